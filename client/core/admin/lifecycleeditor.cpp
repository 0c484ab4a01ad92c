#include "lifecycleeditor.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "api/workflowapi.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

const QString LifecyclesKey = u"lifecycles"_s;

} // namespace

LifecycleEditor::LifecycleEditor(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void LifecycleEditor::reload()
{
    ++m_pending;
    Q_EMIT busyChanged();
    m_session.rpc().call(
        QString(api::method::ConfigGet), api::ConfigGetParams {LifecyclesKey}.toJson(), this,
        [this](const rpc::RpcReply& reply) {
            finishCall();
            if (reply.isError()) {
                Q_EMIT refused(QString(), ErrorText::describe(reply.error()));
                return;
            }
            m_saved = LifecycleSet::readable(api::ConfigValue::fromJson(reply.result()).value);
            Q_EMIT loaded();
        });
}

LifecycleForm LifecycleEditor::form(TicketType type) const
{
    return LifecycleForm::from(m_saved.of(type));
}

void LifecycleEditor::save(TicketType type, const LifecycleForm& form)
{
    auto lifecycle = form.toLifecycle();
    if (!lifecycle) {
        Q_EMIT refused(lifecycle.error().first, lifecycle.error().second);
        return;
    }
    LifecycleSet all = m_saved;
    all.set(type, *lifecycle);
    ++m_pending;
    Q_EMIT busyChanged();
    m_session.rpc().call(QString(api::method::ConfigSet),
                         api::ConfigSetParams {LifecyclesKey, all.toJson()}.toJson(), this,
                         [this, type](const rpc::RpcReply& reply) {
                             finishCall();
                             if (reply.isError()) {
                                 refuse(type, reply.error());
                                 return;
                             }
                             m_saved = LifecycleSet::readable(
                                 api::ConfigValue::fromJson(reply.result()).value);
                             Q_EMIT saved(type);
                         });
}

void LifecycleEditor::finishCall()
{
    --m_pending;
    Q_EMIT busyChanged();
}

// The server names the field inside config.set's value: "value.incident.states[2].name".
void LifecycleEditor::refuse(TicketType type, const rpc::RpcError& error)
{
    const QString prefix = u"value."_s + toString(type);
    QString field = error.field();
    if (field == prefix)
        field.clear();
    else if (field.startsWith(prefix + u'.'))
        field = field.mid(prefix.size() + 1);
    else if (!field.isEmpty())
        field.clear(); // about something outside this type's lifecycle
    Q_EMIT refused(field,
                   field.isEmpty() && error.field().isEmpty() ? ErrorText::describe(error)
                                                              : ErrorText::fieldProblem(error));
}

} // namespace frontline::client
