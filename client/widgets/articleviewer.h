#pragma once

#include "domain/article.h"

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

namespace frontline::client {
class Session;
namespace kb {
class ArticleReader;
}
} // namespace frontline::client

namespace frontline::client::ui {

// One article to read, rendered from its Markdown; opening it counts as a view (and as a
// followed suggestion when it came from one).
class ArticleViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleViewer)

public:
    // Reads article `id` through its own kb::ArticleReader.
    ArticleViewer(Session& session, qint64 id, bool fromSuggestion, QWidget* parent = nullptr);

    const Article& article() const;
    // Self-service: a "This solved my problem" button; pressing it records a ticket that was
    // not needed (kb.article.solved, with what the person was typing) and emits solved().
    void offerSolved(const QString& subject);

Q_SIGNALS:
    void loaded();
    void solved();

private:
    kb::ArticleReader* m_reader;
    QTextBrowser* m_view;
    QDialogButtonBox* m_buttons;
};

} // namespace frontline::client::ui
