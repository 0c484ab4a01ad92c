#pragma once

#include "api/tokenapi.h"
#include "client/core/admin/admincontroller.h"

#include <QList>

namespace frontline::client {

// The controller of Settings -> Signed-in devices: the caller's sessions (this one marked),
// ending one, or every other one.
class SignedInDevices final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInDevices)

public:
    explicit SignedInDevices(Session& session, QObject* parent = nullptr);

    void reload(); // loaded() when the list is in
    const QList<api::SessionEntry>& sessions() const { return m_sessions; }

    void revoke(qint64 id);
    // Every session of mine but this one.
    void revokeOthers();

Q_SIGNALS:
    void loaded();
    void revoked(int count);

private:
    QList<api::SessionEntry> m_sessions;
};

} // namespace frontline::client
