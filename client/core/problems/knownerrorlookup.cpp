#include "knownerrorlookup.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

KnownErrorLookup::KnownErrorLookup(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void KnownErrorLookup::clear()
{
    ++m_generation;
    m_ticketId = 0;
    const bool had = m_match || m_linkedProblem;
    m_match.reset();
    m_linkedProblem.reset();
    if (had)
        Q_EMIT changed();
}

void KnownErrorLookup::lookup(qint64 ticketId)
{
    clear();
    if (ticketId <= 0)
        return;
    m_ticketId = ticketId;
    api::ProblemMatchParams params;
    params.ticket = ticketId;
    params.limit = 1;
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(api::method::ProblemMatch), params.toJson(), this,
                         [this, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation || reply.isError())
                                 return; // an offer that cannot be made is no error to show
                             const api::ProblemMatches matches =
                                 api::ProblemMatches::fromJson(reply.result());
                             m_linkedProblem = matches.linkedProblem;
                             if (!matches.linkedProblem && !matches.items.isEmpty())
                                 m_match = matches.items.first();
                             Q_EMIT changed();
                         });
}

void KnownErrorLookup::linkToProblem()
{
    if (!m_match || !m_ticketId)
        return;
    const qint64 problem = m_match->problem;
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(api::method::ProblemLink),
                         api::ProblemLinkParams {problem, {m_ticketId}}.toJson(), this,
                         [this, generation, problem](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return;
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             m_match.reset();
                             m_linkedProblem = problem;
                             Q_EMIT changed();
                             Q_EMIT linked(problem);
                         });
}

} // namespace frontline::client
