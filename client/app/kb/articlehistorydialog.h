#pragma once

#include <QDialog>
#include <QJsonArray>

class QListWidget;
class QTextBrowser;

namespace frontline::client {
class Session;
}

namespace frontline::client::ui {

// Every version of an article, newest first, with its author; choosing one shows what it
// changed (lines added in green, removed in red).
class ArticleHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHistoryDialog)

public:
    ArticleHistoryDialog(Session& session, qint64 articleId, QWidget* parent = nullptr);

    int versionCount() const;
    // The diff shown, as HTML; for tests.
    QString shownDiff() const;

    // A line diff ("  " kept, "- " removed, "+ " added) as escaped, coloured HTML.
    static QString diffHtml(const QString& diff);

Q_SIGNALS:
    void loaded();

private:
    void showVersion(int row);

    QListWidget* m_versions;
    QTextBrowser* m_diff;
    QJsonArray m_items;
};

} // namespace frontline::client::ui
