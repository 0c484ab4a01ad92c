#pragma once

#include "client/core/admin/lifecycleform.h"
#include "domain/enums.h"
#include "workflow/lifecycle.h"

#include <QObject>
#include <QString>

namespace frontline::rpc {
struct RpcError;
}

namespace frontline::client {

class Session;

// The controller of the lifecycle administration page (admins): loads the lifecycles in force
// (config.get), checks an edited lifecycle with the server's own rules before sending it, and
// saves it with config.set (the other types unchanged). A refusal, the client's or the
// server's, names the field inside the edited type's lifecycle ("transitions[1].to"); a
// refusal about something else (the connection, a conflict) has no field.
class LifecycleEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleEditor)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loaded)

public:
    explicit LifecycleEditor(Session& session, QObject* parent = nullptr);

    void reload();
    bool isLoaded() const { return !m_saved.isEmpty(); }
    bool isBusy() const { return m_pending > 0; }

    // The lifecycles as the server has them.
    const LifecycleSet& lifecycles() const { return m_saved; }
    LifecycleForm form(TicketType type) const;

    // Checks `form`; if it holds, saves it as the lifecycle of `type`. Answers with saved() or
    // refused().
    void save(TicketType type, const LifecycleForm& form);

Q_SIGNALS:
    void loaded();
    void saved(TicketType type);
    // `field` is a path inside the type's lifecycle (LifecycleForm::describePath), or empty.
    void refused(const QString& field, const QString& message);
    void busyChanged();

private:
    void finishCall();
    void refuse(TicketType type, const rpc::RpcError& error);

    Session& m_session;
    LifecycleSet m_saved;
    int m_pending = 0;
};

} // namespace frontline::client
