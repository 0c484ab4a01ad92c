#pragma once

#include "domain/article.h"

#include <QDialog>

class QTextBrowser;

namespace frontline::client {
class Session;
}

namespace frontline::client::ui {

// One article to read, rendered from its Markdown; opening it counts as a view (and as a
// followed suggestion when it came from one).
class ArticleViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleViewer)

public:
    ArticleViewer(Session& session, qint64 id, bool fromSuggestion, QWidget* parent = nullptr);

    const Article& article() const { return m_article; }

Q_SIGNALS:
    void loaded();

private:
    QTextBrowser* m_view;
    Article m_article;
};

} // namespace frontline::client::ui
