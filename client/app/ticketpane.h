#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace frontline::client {
class Directory;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

class AttachmentList;

class Composer;
class RequestProgressPanel;
class ConversationView;
class TicketCustomFields;
class TicketFields;

// The open ticket: title and description, the fields, the buttons for the transitions the
// lifecycle allows, escalation, links and merges, time, who else is on it, the conversation
// and the composer. Shows "select a ticket" when none is open.
class TicketPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketPane)

public:
    TicketPane(TicketDetail& detail, const Directory& directory, Session& session,
               QWidget* parent = nullptr);

    Composer* composer() const { return m_composer; }
    TicketFields* fields() const { return m_fields; }
    TicketCustomFields* customFields() const { return m_customFields; }
    RequestProgressPanel* requestProgress() const { return m_requestProgress; }

    // A part of the pane another screen keeps up to date (the problem section, the known-error
    // banner), shown under the ticket's title and actions, in the order added.
    void addSection(QWidget* section);

    // The actions of the window's menus and shortcuts, on the open ticket.
    void assignToMe();
    void escalate();
    void changeStatus(); // offers the allowed transitions in a menu at the buttons
    void linkTicket();
    void mergeTicket();
    void logTime();

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void refresh();
    void refreshTransitions();
    void refreshLinks();
    void refreshViewers();
    void runTransition(const QString& to, const QString& label, bool needsNote);
    void showMessage(const QString& text, bool error);

    TicketDetail& m_detail;
    const Directory& m_directory;
    Session& m_session;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_viewers;
    QLabel* m_message;
    QPlainTextEdit* m_description;
    TicketFields* m_fields;
    TicketCustomFields* m_customFields;
    QHBoxLayout* m_transitionRow;
    QList<QPushButton*> m_transitionButtons;
    QPushButton* m_assignToMe;
    QPushButton* m_escalate;
    QPushButton* m_more;
    QListWidget* m_links;
    QVBoxLayout* m_sections;
    RequestProgressPanel* m_requestProgress;
    AttachmentList* m_attachments;
    ConversationView* m_conversation;
    Composer* m_composer;
};

} // namespace frontline::client::ui
