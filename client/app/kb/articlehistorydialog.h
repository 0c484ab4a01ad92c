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
// changed (lines added in green, removed in red). The server answers a page of versions at a
// time; the dialog asks for the next page until it has them all.
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
    void loadPage(const QString& cursor);
    void showVersion(int row);

    Session& m_session;
    qint64 m_articleId;
    QListWidget* m_versions;
    QTextBrowser* m_diff;
    QJsonArray m_items;
};

} // namespace frontline::client::ui
