#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace frontline::client {
class Session;
namespace kb {
class ArticleHistory;
}
} // namespace frontline::client

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
    void addVersions(int from);
    void showVersion(int row);

    kb::ArticleHistory* m_history;
    QListWidget* m_versions;
    QTextBrowser* m_diff;
};

} // namespace frontline::client::ui
