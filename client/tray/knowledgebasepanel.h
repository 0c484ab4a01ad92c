#pragma once

#include <QWidget>

class QLineEdit;

namespace frontline::client {
class SearchResults;
class Session;
} // namespace frontline::client

namespace frontline::client::tray {

// The desk's public answers, found by words as they are typed; an answer opens to be read.
class KnowledgeBasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBasePanel)

public:
    explicit KnowledgeBasePanel(Session& session, QWidget* parent = nullptr);

    void search(const QString& text);
    SearchResults& results() { return *m_results; }

private:
    Session& m_session;
    QLineEdit* m_query;
    SearchResults* m_results;
};

} // namespace frontline::client::tray
