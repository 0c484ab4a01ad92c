#include "workspaceservice.h"

#include "storage/workspacerepository.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

api::CannedResponse toApi(const CannedResponse& r)
{
    return {r.id, r.title, r.body, r.updatedAt};
}

api::SavedView toApi(const SavedView& view)
{
    return {view.id, view.name, view.query.value("filter"_L1).toObject(),
            view.query.value("sort"_L1).toString(), view.updatedAt};
}

} // namespace

WorkspaceService::WorkspaceService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult WorkspaceService::listCanned()
{
    api::CannedList list;
    for (const CannedResponse& response : WorkspaceRepository(m_session).cannedResponses())
        list.items.append(toApi(response));
    return Outcome(list);
}

ServiceResult WorkspaceService::createCanned(const api::CannedCreateParams& params)
{
    WorkspaceRepository repository(m_session);
    if (repository.cannedResponseByTitle(params.title))
        return rpc::RpcError::conflict(u"title_taken"_s, QJsonObject {{"field"_L1, u"title"_s}});
    CannedResponse response {0, params.title, params.body, m_principal.userId, m_now};
    response.id = repository.insertCanned(response);
    return Outcome(toApi(response));
}

ServiceResult WorkspaceService::updateCanned(const api::CannedUpdateParams& params)
{
    WorkspaceRepository repository(m_session);
    auto response = repository.cannedResponse(params.id);
    if (!response)
        return rpc::RpcError::notFound(u"canned_response"_s);
    if (params.title) {
        const auto existing = repository.cannedResponseByTitle(*params.title);
        if (existing && *existing != params.id)
            return rpc::RpcError::conflict(u"title_taken"_s,
                                           QJsonObject {{"field"_L1, u"title"_s}});
        response->title = *params.title;
    }
    if (params.body)
        response->body = *params.body;
    response->updatedBy = m_principal.userId;
    response->updatedAt = m_now;
    repository.updateCanned(*response);
    return Outcome(toApi(*response));
}

ServiceResult WorkspaceService::deleteCanned(qint64 id)
{
    if (!WorkspaceRepository(m_session).deleteCanned(id))
        return rpc::RpcError::notFound(u"canned_response"_s);
    return Outcome(api::Deleted {});
}

ServiceResult WorkspaceService::listViews()
{
    api::SavedViewList list;
    for (const SavedView& view : WorkspaceRepository(m_session).views(m_principal.userId))
        list.items.append(toApi(view));
    return Outcome(list);
}

ServiceResult WorkspaceService::saveView(const api::ViewSaveParams& params)
{
    WorkspaceRepository repository(m_session);
    const auto sameName = repository.viewByName(m_principal.userId, params.name);
    if (sameName && sameName != params.id)
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    SavedView view {params.id.value_or(0), params.name,
                    QJsonObject {{"filter"_L1, params.filter.toJson()},
                                 {"sort"_L1, api::toString(params.sort)}},
                    m_now};
    if (params.id) {
        if (!repository.view(m_principal.userId, *params.id))
            return rpc::RpcError::notFound(u"view"_s); // someone else's view answers the same
        repository.updateView(m_principal.userId, view);
    } else {
        view.id = repository.insertView(m_principal.userId, view);
    }
    return Outcome(toApi(view));
}

ServiceResult WorkspaceService::deleteView(qint64 id)
{
    if (!WorkspaceRepository(m_session).deleteView(m_principal.userId, id))
        return rpc::RpcError::notFound(u"view"_s);
    return Outcome(api::Deleted {});
}

} // namespace frontline::server
