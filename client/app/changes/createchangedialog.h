#pragma once

#include "api/cmdbapi.h"

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
class CreateChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateChangeDialog)

public:
    CreateChangeDialog(ChangeDesk& desk, ChangeSetup& setup, QWidget* parent = nullptr);

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
    void kindChanged();
    void templateChosen();
    void showError(const QString& message, const QString& field);
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
    QList<qint64> m_raisedFrom;
};

} // namespace frontline::client::ui
