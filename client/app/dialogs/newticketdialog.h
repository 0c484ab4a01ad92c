#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;

namespace frontline::client {
class Directory;
class Outbox;
class SearchResults;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class SuggestionList;
class UserPicker;

// A ticket taken by phone: on behalf of the caller, with type, category, impact and urgency
// (the priority they give is shown as it will be), and where it goes. The fields are checked
// with the server's own rules before sending; a problem is shown next to its field. Sent
// through the outbox, so a ticket written while offline is not lost.
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    NewTicketDialog(Session& session, const Directory& directory, Outbox& outbox,
                    QWidget* parent = nullptr);

    // The outbox item of the ticket sent, once accepted.
    QString submittedItem() const { return m_submitted; }
    void accept() override;

    // The parameters as filled in, and the field problems found (field -> message); for tests.
    QJsonObject params() const;
    QString problemAt(const QString& field) const;
    SearchResults& suggestions() const;

private:
    void updatePriority();
    void clearProblems();
    void showProblem(const QString& field, const QString& message);

    Session& m_session;
    const Directory& m_directory;
    Outbox& m_outbox;
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
    QHash<QString, QLabel*> m_problems;
    QString m_submitted;
};

} // namespace frontline::client::ui
