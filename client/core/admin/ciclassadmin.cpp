#include "ciclassadmin.h"

#include "api/methods.h"

#include <QJsonObject>

namespace frontline::client {

CiClassAdmin::CiClassAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<api::CiClass> CiClassAdmin::ciClass(qint64 id) const
{
    for (const api::CiClass& item : m_classes) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

void CiClassAdmin::reload()
{
    sendLatest(api::method::CiClassList, QJsonObject(), [this](const QJsonValue& result) {
        m_classes = api::CiClassList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

std::optional<api::CiClassUpdateParams> CiClassAdmin::changes(const api::CiClass& before,
                                                              const api::CiClass& after)
{
    api::CiClassUpdateParams params;
    params.id = before.id;
    bool any = false;
    if (after.label.trimmed() != before.label.trimmed()) {
        params.label = after.label.trimmed();
        any = true;
    }
    if (after.fields != before.fields) {
        params.fields = after.fields;
        any = true;
    }
    if (after.active != before.active) {
        params.active = after.active;
        any = true;
    }
    return any ? std::optional(params) : std::nullopt;
}

void CiClassAdmin::took(const QJsonValue& result)
{
    const api::CiClass stored = api::CiClass::fromJson(result);
    for (api::CiClass& known : m_classes) {
        if (known.id == stored.id)
            known = stored;
    }
    Q_EMIT saved(stored);
    reload();
}

void CiClassAdmin::save(const api::CiClass& draft)
{
    if (draft.id == 0) {
        api::CiClassCreateParams params;
        params.ciClass = draft;
        params.ciClass.name = draft.name.trimmed();
        params.ciClass.label = draft.label.trimmed();
        if (!accepts(params))
            return;
        send(api::method::CiClassCreate, params.toJson(),
             [this](const QJsonValue& result) { took(result); });
        return;
    }
    const std::optional<api::CiClass> before = ciClass(draft.id);
    const std::optional<api::CiClassUpdateParams> params =
        before ? changes(*before, draft) : std::nullopt;
    if (!params) {
        Q_EMIT unchanged();
        return;
    }
    if (!accepts(*params))
        return;
    send(api::method::CiClassUpdate, params->toJson(),
         [this](const QJsonValue& result) { took(result); });
}

} // namespace frontline::client
