#include "workflowconfig.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

static void initWorkflowResources()
{
    Q_INIT_RESOURCE(workflow);
}

namespace frontline::server {
namespace {

QString resourceFor(const QString& key)
{
    if (key == u"lifecycles"_s)
        return u":/frontline/workflow/lifecycles.json"_s;
    if (key == u"priority_matrix"_s)
        return u":/frontline/workflow/priority-matrix.json"_s;
    return u":/frontline/workflow/sla-targets.json"_s;
}

WorkflowConfig loadDefaults()
{
    auto result = WorkflowConfig::with(WorkflowConfig {}, u"lifecycles"_s,
                                       WorkflowConfig::defaultJson(u"lifecycles"_s));
    for (const QString& key : {u"priority_matrix"_s, u"sla_targets"_s}) {
        if (result)
            result = WorkflowConfig::with(*result, key, WorkflowConfig::defaultJson(key));
    }
    if (!result)
        qFatal("built-in workflow configuration is invalid: %s %s",
               qPrintable(result.error().first), qPrintable(result.error().second));
    return std::move(result).value();
}

} // namespace

QJsonObject WorkflowConfig::defaultJson(const QString& key)
{
    initWorkflowResources();
    QFile file(resourceFor(key));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const WorkflowConfig& WorkflowConfig::defaults()
{
    static const WorkflowConfig config = loadDefaults();
    return config;
}

Result<WorkflowConfig, FieldError> WorkflowConfig::with(const WorkflowConfig& base,
                                                        const QString& key, const QJsonValue& value)
{
    if (!value.isObject())
        return FieldError {QString(), u"must be an object"_s};
    WorkflowConfig config = base;
    if (key == u"lifecycles"_s) {
        // Lifecycles saved before fulfilment tasks existed (issue 21) get the built-in one.
        QJsonObject lifecycles = value.toObject();
        if (!lifecycles.contains("task"_L1))
            lifecycles.insert("task"_L1, defaultJson(u"lifecycles"_s).value("task"_L1));
        auto parsed = LifecycleSet::fromJson(lifecycles);
        if (!parsed)
            return parsed.error();
        config.lifecycles = std::move(parsed).value();
    } else if (key == u"priority_matrix"_s) {
        auto parsed = PriorityMatrix::fromJson(value.toObject());
        if (!parsed)
            return FieldError {QString(), parsed.error()};
        config.priorityMatrix = *parsed;
    } else if (key == u"sla_targets"_s) {
        auto parsed = SlaTargets::fromJson(value.toObject());
        if (!parsed)
            return FieldError {QString(), parsed.error()};
        config.slaTargets = *parsed;
    } else if (key == u"security"_s) {
        auto parsed = api::SecuritySettings::parse(value);
        if (!parsed)
            return parsed.error();
        config.security = *parsed;
    } else if (key == u"approvals"_s) {
        auto parsed = api::ApprovalSettings::parse(value);
        if (!parsed)
            return parsed.error();
        config.approvals = *parsed;
    } else if (key == u"change_risk"_s || key == u"change_approval"_s) {
        // The parsers name paths under "value"; the caller wants them inside the value.
        const auto inside = [](const FieldError& error) {
            return FieldError {error.first == u"value"_s ? QString() : error.first.mid(6),
                               error.second};
        };
        if (key == u"change_risk"_s) {
            auto parsed = api::ChangeQuestionnaire::parse(value, u"value"_s);
            if (!parsed)
                return inside(parsed.error());
            config.changeRisk = *parsed;
        } else {
            auto parsed = api::ChangeApprovalConfig::parse(value, u"value"_s);
            if (!parsed)
                return inside(parsed.error());
            config.changeApproval = *parsed;
        }
    } else {
        return FieldError {QString(), u"unknown configuration key "_s + key};
    }
    return config;
}

QJsonObject WorkflowConfig::toJson(const QString& key) const
{
    if (key == u"lifecycles"_s)
        return lifecycles.toJson();
    if (key == u"priority_matrix"_s)
        return priorityMatrix.toJson();
    if (key == u"security"_s)
        return security.toJson();
    if (key == u"approvals"_s)
        return approvals.toJson();
    if (key == u"change_risk"_s)
        return changeRisk.toJson();
    if (key == u"change_approval"_s)
        return changeApproval.toJson();
    return slaTargets.toJson();
}

WorkflowStore::WorkflowStore()
    : m_current(std::make_shared<WorkflowConfig>(WorkflowConfig::defaults()))
{ }

std::shared_ptr<const WorkflowConfig> WorkflowStore::current() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

void WorkflowStore::replace(std::shared_ptr<const WorkflowConfig> config)
{
    std::lock_guard lock(m_mutex);
    m_current = std::move(config);
}

} // namespace frontline::server
