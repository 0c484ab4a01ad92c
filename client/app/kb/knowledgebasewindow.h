#pragma once

#include "client/core/articledraft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace frontline::client {
class Directory;
class SearchResults;
class Session;
namespace kb {
class KnowledgeBase;
}
} // namespace frontline::client

namespace frontline::client::ui {

// The knowledge base for agents: articles by state or found by words, the chosen one rendered
// from its Markdown with who wrote it and how it is used; write, edit, publish, retire, and
// read its history.
class KnowledgeBaseWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBaseWindow)

public:
    KnowledgeBaseWindow(Session& session, const Directory& directory, QWidget* parent = nullptr);

    void showArticle(qint64 id);
    // Opens the editor on a new article (empty, or prefilled from a ticket).
    void write(const ArticleDraft& draft);
    void reload();

    const Article& current() const;
    kb::KnowledgeBase& knowledgeBase() const { return *m_kb; }
    QListWidget* list() const { return m_list; }
    QTextBrowser* view() const { return m_view; }

Q_SIGNALS:
    void openTicketRequested(qint64 id);
    void articleShown(qint64 id);
    void listed(int count);

private:
    void fillFromList();
    void fillFromSearch();
    void render();
    void setState(const QString& state);
    void edit();
    void history();

    const Directory& m_directory;
    kb::KnowledgeBase* m_kb;
    SearchResults* m_search;
    QComboBox* m_filter;
    QLineEdit* m_find;
    QListWidget* m_list;
    QLabel* m_meta;
    QTextBrowser* m_view;
    QPushButton* m_edit;
    QPushButton* m_publish;
    QPushButton* m_retire;
    QPushButton* m_history;
};

} // namespace frontline::client::ui
