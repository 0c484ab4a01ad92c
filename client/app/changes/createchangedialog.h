#pragma once

#include "api/changeapi.h"
#include "api/cmdbapi.h"
#include "client/core/changes/changeform.h"
#include "client/widgets/fieldmark.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace frontline::client {
class ChangeDesk;
class ChangeSetup;
} // namespace frontline::client

namespace frontline::client::ui {

class CiPicker;
class RiskForm;

// New → Change… (issue 22): the kind (a standard change from a template, normal, emergency),
// title and description, the affected CIs, the implementation, back-out and test plans, the
// risk questionnaire with its live level, and the planned start and end. An error from the
// server (or from the shared parser, before sending) is shown and marks the field it names.
// Closes once the server made the change; ChangeDesk holds it then.
//
// Edit change… (the change section, before the board approved) opens the same form in edit
// mode on the desk that shows the change: filled from its ChangeDetail, titled "Edit change
// #N", "Save" sends change.update with only the fields the agent changed (ChangeForm), and
// closes once the server saved them (ChangeDesk then holds the new values).
class CreateChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateChangeDialog)

public:
    CreateChangeDialog(ChangeDesk& desk, ChangeSetup& setup, QWidget* parent = nullptr);

    // Edit mode: the form filled from `change` (once the questionnaire and templates are
    // here), saved with change.update through the dialog's desk, which shows that change.
    void editChange(const api::ChangeDetail& change);
    bool isEditing() const { return m_editing != 0; }

    void setCis(const QList<api::CiNode>& cis);
    void setKind(const QString& kind);
    void setSchedule(const QDateTime& start, const QDateTime& end);
    // Raised from tickets (one, or a selection in the queue): the title and description to
    // start from, and the new change linked to each of them once made.
    void setRaisedFrom(const QList<qint64>& ticketIds, const QString& title,
                       const QString& description);
    const QList<qint64>& raisedFrom() const { return m_raisedFrom; }
    void submit();

    CiPicker* ciPicker() const { return m_cis; }
    RiskForm* riskForm() const { return m_risk; }
    // The field the last error named ("" when none).
    QString markedField() const { return m_marked; }

private:
    void fillTemplates();
    void fillFrom(const api::ChangeDetail& change);
    ChangeForm form() const;
    void save();
    void kindChanged();
    void templateChosen();
    void showError(const QString& message, const QString& field);
    void fieldEdited(QWidget* field);
    QWidget* widgetFor(const QString& field) const;

    ChangeDesk& m_desk;
    ChangeSetup& m_setup;
    QComboBox* m_kind;
    QComboBox* m_template;
    QLabel* m_templateLabel;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    CiPicker* m_cis;
    QPlainTextEdit* m_implementation;
    QPlainTextEdit* m_backout;
    QPlainTextEdit* m_test;
    RiskForm* m_risk;
    QLabel* m_templateRisk;
    QCheckBox* m_scheduled;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_status;
    QPushButton* m_create;
    QString m_marked;
    FieldMark m_mark;
    QList<qint64> m_raisedFrom;
    qint64 m_appliedTemplate = 0; // the template whose plans the form holds
    qint64 m_editing = 0; // the change edited (0: a new change)
    qint64 m_editedTemplate = 0; // its template when it was loaded (offered even if deactivated)
    std::optional<api::ChangeDetail> m_unfilled; // to fill once the setup is loaded
    ChangeForm m_filled; // the form as filled, what the edit's changes are measured against
};

} // namespace frontline::client::ui
