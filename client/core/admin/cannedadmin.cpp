#include "cannedadmin.h"

#include "api/methods.h"

#include <QJsonObject>

namespace frontline::client {

CannedAdmin::CannedAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<api::CannedResponse> CannedAdmin::response(qint64 id) const
{
    for (const api::CannedResponse& response : m_responses) {
        if (response.id == id)
            return response;
    }
    return std::nullopt;
}

void CannedAdmin::reload()
{
    sendLatest(api::method::CannedList, QJsonObject(), [this](const QJsonValue& result) {
        m_responses = api::CannedList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

void CannedAdmin::create(const api::CannedCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::CannedCreate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(api::CannedResponse::fromJson(result), true);
        reload();
    });
}

void CannedAdmin::update(const api::CannedUpdateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::CannedUpdate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(api::CannedResponse::fromJson(result), false);
        reload();
    });
}

void CannedAdmin::remove(qint64 id)
{
    send(api::method::CannedDelete, api::IdParams {id}.toJson(), [this, id](const QJsonValue&) {
        Q_EMIT removed(id);
        reload();
    });
}

} // namespace frontline::client
