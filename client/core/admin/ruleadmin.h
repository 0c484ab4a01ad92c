#pragma once

#include "api/automationapi.h"
#include "client/core/admin/admincontroller.h"
#include "client/core/ruleform.h"

#include <QList>

namespace frontline::client {

// The controller of the automation rules page (managers and admins): the rules as the server
// has them (rule.list), and a rule form saved (rule.create / rule.update), deleted or dry-run
// against the open tickets. A form is checked with the rule vocabulary before it is sent;
// a refusal names the field inside the rule ("conditions[0].value", see RuleForm::describePath).
// Once loaded, another manager's change of the rules (config.changed) or a restored connection
// loads them again; the page keeps a rule being edited.
class RuleAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleAdmin)

public:
    explicit RuleAdmin(Session& session, QObject* parent = nullptr);

    void reload();
    const QList<api::AutomationRule>& rules() const { return m_rules; }
    // The form of a listed rule, or of a new one (one empty action) for an unknown id.
    RuleForm form(qint64 id) const;

    // Creates the rule (form.id 0) or updates it; answers with saved() and a reload, or refused().
    void save(const RuleForm& form);
    void remove(qint64 id);
    // Which open tickets the form's rule matches now: dryRunFinished() with the result.
    void dryRun(const RuleForm& form, int limit = 100);
    const api::RuleDryRun& lastDryRun() const { return m_dryRun; }

Q_SIGNALS:
    void loaded();
    // The rule as stored.
    void saved(const api::AutomationRule& rule, bool created);
    void removed(qint64 id);
    // A save went nowhere: refused (refused() says why) or not answered.
    void notSaved();
    void dryRunFinished();

private:
    QList<api::AutomationRule> m_rules;
    api::RuleDryRun m_dryRun;
};

} // namespace frontline::client
