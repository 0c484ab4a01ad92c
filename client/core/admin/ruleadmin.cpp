#include "ruleadmin.h"

#include "api/methods.h"

namespace frontline::client {

RuleAdmin::RuleAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    followConfig({QString(api::configpart::Rules)}, [this] { reload(); });
}

void RuleAdmin::reload()
{
    startFollowing();
    sendLatest(api::method::RuleList, {}, [this](const QJsonValue& result) {
        m_rules = api::RuleList::fromJson(result).rules;
        Q_EMIT loaded();
    });
}

RuleForm RuleAdmin::form(qint64 id) const
{
    for (const api::AutomationRule& rule : m_rules) {
        if (rule.id == id)
            return RuleForm::from(rule);
    }
    RuleForm blank;
    blank.actions.append({QStringLiteral("add_tag"), {}, {}});
    return blank;
}

void RuleAdmin::save(const RuleForm& form)
{
    if (const auto problem = form.problem()) {
        refuse(*problem);
        Q_EMIT notSaved();
        return;
    }
    api::RuleParams params;
    params.definition = form.definition();
    if (form.id)
        params.id = form.id;
    const bool creating = form.id == 0;
    send(
        creating ? api::method::RuleCreate : api::method::RuleUpdate, params.toJson(),
        [this, creating](const QJsonValue& result) {
            Q_EMIT saved(api::AutomationRule::fromJson(result), creating);
            reload();
        },
        [this] { Q_EMIT notSaved(); });
}

void RuleAdmin::remove(qint64 id)
{
    send(api::method::RuleDelete, api::IdParams {id}.toJson(), [this](const QJsonValue& result) {
        Q_EMIT removed(api::AutomationDeleted::fromJson(result).deleted);
        reload();
    });
}

void RuleAdmin::dryRun(const RuleForm& form, int limit)
{
    RuleForm named = form;
    if (named.name.trimmed().isEmpty())
        named.name = QStringLiteral("dry run"); // a dry run needs no name
    if (const auto problem = named.problem()) {
        refuse(*problem);
        return;
    }
    api::RuleParams params;
    params.definition = named.definition();
    params.limit = limit;
    send(api::method::RuleDryRun, params.toJson(), [this](const QJsonValue& result) {
        m_dryRun = api::RuleDryRun::fromJson(result);
        Q_EMIT dryRunFinished();
    });
}

} // namespace frontline::client
