#pragma once

#include "client/app/admin/adminpage.h"
#include "client/core/admin/editedrecord.h"
#include "client/core/ruleform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace frontline::client {
class Session;
class RuleAdmin;
} // namespace frontline::client

namespace frontline::client::ui {

// Automation rules: the list (disabled ones marked), an editor for the trigger, conditions
// and actions, enable/disable, delete, and a dry run that lists the open tickets the rule
// would match now. RuleAdmin checks, saves and dry-runs; a refusal names the row and column.
// When another manager changes the rules, the list follows; a rule being edited keeps its
// unsaved edits, and the status says if it was changed or deleted meanwhile.
class RulesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    RulesPage(RuleAdmin& admin, QWidget* parent = nullptr);

    void reload() override;
    // For tests: what the editor holds now, the editor filled as if typed, and the last dry
    // run's lines.
    RuleForm form() const;
    void setForm(const RuleForm& form);
    bool hasUnsavedEdits() const override;
    void dryRun();
    QStringList dryRunLines() const;
    // The last refusal's field ("conditions[0].value"), empty when none is shown.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;
    QString describeField(const QString& field) const override;

private:
    void listRules();
    // Fills the editor with a rule as the server has it (or a blank one).
    void showForm(const RuleForm& form);
    void addCondition(const RuleForm::Condition& condition);
    void addAction(const RuleForm::Action& action);
    void updateTriggerFields();
    void showProblem(const QString& field, const QString& message);
    void showDryRun();
    QWidget* widgetOf(const QString& field) const;
    void mark(const QString& field, bool on);

    RuleAdmin& m_admin;
    QLineEdit* m_name;
    QCheckBox* m_enabled;
    QComboBox* m_event;
    QWidget* m_timeRow;
    QSpinBox* m_after;
    QComboBox* m_anchor;
    QCheckBox* m_businessHours;
    QComboBox* m_match;
    QTableWidget* m_conditions;
    QTableWidget* m_actions;
    QListWidget* m_matches;
    qint64 m_id = 0;
    QString m_problemField;
    EditedRecord<RuleForm> m_edited;
};

} // namespace frontline::client::ui
