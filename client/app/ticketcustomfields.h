#pragma once

#include <QGroupBox>

class QPushButton;

namespace frontline::client {
class FieldCatalogue;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

class FieldForm;

// The open ticket's custom fields in the ticket pane: the fields its type and category take
// (and any other with a value), shown and edited in the shared FieldForm. Save sends what
// changed with the ticket's version (through the outbox, like the other fields: a conflict is
// reported as elsewhere); the shared rules are checked inline first. While the agent edits,
// a change from elsewhere does not overwrite the form; Revert takes the ticket's values again.
class TicketCustomFields final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCustomFields)

public:
    TicketCustomFields(TicketDetail& detail, FieldCatalogue& catalogue, Session& session,
                       QWidget* parent = nullptr);

    void refresh();
    FieldForm* form() const { return m_form; }
    // Checks the changed values and sends them; false (problems shown) when they cannot go.
    bool save();
    void revert();

private:
    void updateButtons();

    TicketDetail& m_detail;
    FieldCatalogue& m_catalogue;
    Session& m_session;
    FieldForm* m_form;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_editing = false;
};

} // namespace frontline::client::ui
