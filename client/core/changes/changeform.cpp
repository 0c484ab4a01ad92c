#include "changeform.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {

std::optional<QString> planOrNone(const QString& text)
{
    const QString value = text.trimmed();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

std::optional<QString> changedText(const QString& now, const QString& before)
{
    const QString value = now.trimmed();
    return value == before.trimmed() ? std::nullopt : std::optional(value);
}

QList<qint64> ciSet(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool standardKind(const QString& kind)
{
    return kind == u"standard"_s;
}

} // namespace

api::ChangeCreateParams ChangeForm::createParams() const
{
    api::ChangeCreateParams params;
    params.title = title.trimmed();
    params.description = description.trimmed();
    params.kind = kind;
    if (standardKind(kind) && templateId > 0)
        params.templateId = templateId;
    params.cis = cis;
    params.implementationPlan = planOrNone(implementationPlan);
    params.backoutPlan = planOrNone(backoutPlan);
    params.testPlan = planOrNone(testPlan);
    if (!standardKind(kind) && !risk.isEmpty())
        params.risk = risk;
    params.plannedStart = plannedStart;
    params.plannedEnd = plannedEnd;
    return params;
}

std::optional<api::ChangeUpdateParams> ChangeForm::updateFrom(const ChangeForm& before) const
{
    api::ChangeUpdateParams params;
    params.title = changedText(title, before.title);
    params.description = changedText(description, before.description);
    const bool standard = standardKind(kind);
    if (kind != before.kind || (standard && templateId != before.templateId)) {
        params.kind = kind;
        // A standard change without a template is the server's to refuse, naming `template`.
        params.templateId = standard && templateId > 0 ? api::Nullable<qint64>::of(templateId)
                                                       : api::Nullable<qint64>::null();
    }
    if (ciSet(cis) != ciSet(before.cis))
        params.cis = cis;
    params.implementationPlan = changedText(implementationPlan, before.implementationPlan);
    params.backoutPlan = changedText(backoutPlan, before.backoutPlan);
    params.testPlan = changedText(testPlan, before.testPlan);
    // A standard change's risk is its template's; the answers count for the other kinds, and
    // are sent again when a standard change becomes one of them.
    if (!standard && (risk != before.risk || (standardKind(before.kind) && !risk.isEmpty())))
        params.risk = risk;
    if (plannedStart != before.plannedStart || plannedEnd != before.plannedEnd) {
        const auto time = [](const std::optional<qint64>& ms) {
            return ms ? api::Nullable<qint64>::of(*ms) : api::Nullable<qint64>::null();
        };
        params.plannedStart = time(plannedStart);
        params.plannedEnd = time(plannedEnd);
    }
    if (params.empty())
        return std::nullopt;
    return params;
}

} // namespace frontline::client
