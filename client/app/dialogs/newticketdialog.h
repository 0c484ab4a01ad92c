#pragma once

#include "client/core/ticketdraft.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace frontline::client {
class NewTicketController;
class SearchResults;
} // namespace frontline::client

namespace frontline::client::ui {

class FieldForm;
class SuggestionList;
class UserPicker;

// A ticket taken by phone: on behalf of the caller, with type, category, impact and urgency
// (the priority they give is shown as it will be), and where it goes; or a problem or change
// raised from the ticket open (linked with it once sent). The draft is checked with the
// server's own rules before sending; a problem is shown next to its field. Sent through the
// outbox, so a ticket written while offline is not lost.
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    explicit NewTicketDialog(NewTicketController& controller, QWidget* parent = nullptr);

    // Fills the form (a problem or a change raised from a ticket).
    void setDraft(const TicketDraft& draft);
    // The form as filled in.
    TicketDraft draft() const;
    // Attaches a file (sent once the ticket exists); false, with the reason shown, when it
    // cannot go.
    bool addFile(const QString& path);
    // The outbox item of the ticket sent, once accepted.
    QString submittedItem() const { return m_submitted; }
    void accept() override;

    // The problem shown next to a field; for tests.
    QString problemAt(const QString& field) const;
    SearchResults& suggestions() const;
    // The custom fields of the type and category chosen.
    FieldForm* fieldForm() const { return m_fieldForm; }

private:
    void updatePriority();
    void updateFields();
    void clearProblems();
    void showProblem(const QString& field, const QString& message);

    NewTicketController& m_controller;
    QComboBox* m_type;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    SuggestionList* m_suggestions;
    UserPicker* m_requester;
    QComboBox* m_category;
    QComboBox* m_impact;
    QComboBox* m_urgency;
    QLabel* m_priority;
    QComboBox* m_group;
    QCheckBox* m_assignToMe;
    QLabel* m_raisedFrom;
    QListWidget* m_files;
    FieldForm* m_fieldForm;
    QList<TicketDraft::File> m_attached;
    QHash<QString, QLabel*> m_problems;
    qint64 m_raisedFromId = 0;
    QString m_submitted;
};

} // namespace frontline::client::ui
