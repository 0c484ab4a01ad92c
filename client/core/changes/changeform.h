#pragma once

#include "api/changeapi.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace frontline::client {

// What the change dialog holds (issue 22), without its widgets: what New → Change… sends to
// change.create, and for Edit change… the change.update of only the fields the agent changed
// since the dialog was filled (so that editing the back-out plan never resends, or reorders,
// anything else). Texts are compared and sent trimmed, CIs as a set.
struct ChangeForm
{
    QString title;
    QString description;
    QString kind = QStringLiteral("normal");
    qint64 templateId = 0; // 0: none chosen (only standard changes have one)
    QList<qint64> cis;
    QString implementationPlan;
    QString backoutPlan;
    QString testPlan;
    QMap<QString, int> risk; // question id -> option index; a standard change's is its template's
    std::optional<qint64> plannedStart; // both or neither
    std::optional<qint64> plannedEnd;

    // change.create: empty plans and an unanswered questionnaire left out.
    api::ChangeCreateParams createParams() const;
    // change.update (without `id`: ChangeDesk sets it) of what differs from `before`, the form
    // as it was filled; nullopt when nothing did. The kind and template go together; a plan
    // emptied is sent empty (cleared), a schedule unticked as null.
    std::optional<api::ChangeUpdateParams> updateFrom(const ChangeForm& before) const;
};

} // namespace frontline::client
