#include "problemdesk.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

ProblemDesk::ProblemDesk(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void ProblemDesk::clear()
{
    ++m_generation;
    if (!m_problem)
        return;
    m_problem.reset();
    Q_EMIT problemChanged();
}

void ProblemDesk::fail(const rpc::RpcError& error)
{
    Q_EMIT failed(ErrorText::describe(error), error.field());
}

void ProblemDesk::send(QLatin1StringView method, const QJsonObject& params,
                       const std::function<void(const QJsonValue&)>& done)
{
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(method), params, this,
                         [this, done, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return;
                             if (reply.isError()) {
                                 fail(reply.error());
                                 return;
                             }
                             done(reply.result());
                         });
}

void ProblemDesk::setProblem(const QJsonValue& value)
{
    m_problem = api::ProblemDetail::fromJson(value);
    Q_EMIT problemChanged();
}

void ProblemDesk::load(qint64 problemId)
{
    ++m_generation;
    send(api::method::ProblemGet, api::IdParams {problemId}.toJson(),
         [this](const QJsonValue& result) { setProblem(result); });
}

void ProblemDesk::create(const QString& title, const QString& description, const QString& category,
                         const QList<qint64>& incidents)
{
    api::ProblemCreateParams params;
    params.title = title.trimmed();
    params.description = description.trimmed();
    if (!category.isEmpty())
        params.category = category;
    params.incidents = incidents;
    if (auto checked = api::ProblemCreateParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    ++m_generation;
    send(api::method::ProblemCreate, params.toJson(), [this](const QJsonValue& result) {
        setProblem(result);
        Q_EMIT created(m_problem->id);
    });
}

void ProblemDesk::link(const QList<qint64>& incidents)
{
    if (!m_problem)
        return;
    const api::ProblemLinkParams params {m_problem->id, incidents};
    if (auto checked = api::ProblemLinkParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    send(api::method::ProblemLink, params.toJson(),
         [this](const QJsonValue& result) { setProblem(result); });
}

void ProblemDesk::unlink(const QList<qint64>& incidents)
{
    if (!m_problem || incidents.isEmpty())
        return;
    send(api::method::ProblemUnlink, api::ProblemLinkParams {m_problem->id, incidents}.toJson(),
         [this](const QJsonValue& result) { setProblem(result); });
}

void ProblemDesk::saveRecord(const QString& rootCause, const QString& workaround, bool knownError)
{
    if (!m_problem)
        return;
    if (knownError && workaround.trimmed().isEmpty()) {
        Q_EMIT failed(tr("A known error needs a workaround: it is what agents are offered."),
                      u"workaround"_s);
        return;
    }
    api::ProblemUpdateParams params;
    params.id = m_problem->id;
    params.rootCause = rootCause.trimmed();
    params.workaround = workaround.trimmed();
    params.knownError = knownError;
    send(api::method::ProblemUpdate, params.toJson(), [this](const QJsonValue& result) {
        setProblem(result);
        Q_EMIT saved();
    });
}

void ProblemDesk::resolve(const QString& resolution, bool resolveIncidents,
                          const QString& incidentReply)
{
    if (!m_problem)
        return;
    api::ProblemResolveParams params;
    params.id = m_problem->id;
    params.resolution = resolution.trimmed();
    params.resolveIncidents = resolveIncidents;
    params.incidentReply = incidentReply.trimmed();
    if (auto checked = api::ProblemResolveParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    send(api::method::ProblemResolve, params.toJson(), [this](const QJsonValue& result) {
        const api::ProblemResolved resolved = api::ProblemResolved::fromJson(result);
        m_problem = resolved.problem;
        Q_EMIT problemChanged();
        Q_EMIT this->resolved(int(resolved.resolvedIncidents.size()),
                              int(resolved.untouchedIncidents.size()));
    });
}

} // namespace frontline::client
