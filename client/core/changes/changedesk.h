#pragma once

#include "api/changeapi.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace frontline::client {

class Session;

// One change (issue 22): made, loaded by id, updated, submitted for approval (or pre-approved
// when standard), reviewed after implementation, and the incidents it caused linked and
// unlinked. Each answer replaces change(); widgets render it and forward intent, and never see
// the connection. Params are checked with the shared parser before they are sent, so a
// mistake names its field as the server would.
class ChangeDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeDesk)

public:
    explicit ChangeDesk(Session& session, QObject* parent = nullptr);

    const std::optional<api::ChangeDetail>& change() const { return m_change; }
    qint64 changeId() const { return m_change ? m_change->id : 0; }

    // Forgets the change shown (another ticket was opened).
    void clear();
    void load(qint64 changeId);
    // Makes the change; with `relatedTo`, links it to those tickets (the incidents or requests
    // it was raised from, ticket.link) before created() is said.
    void create(const api::ChangeCreateParams& params, const QList<qint64>& relatedTo = {});
    // `params.id` is set to the change shown.
    void update(api::ChangeUpdateParams params);
    void submit(const QString& note = {});
    void review(const QString& outcome, const QString& notes);
    void linkIncidents(const QList<qint64>& incidents);
    void unlinkIncidents(const QList<qint64>& incidents);

    // The CIs a ticket is about (ticket.get `cis`), to raise a change on them.
    static QList<api::CiNode> cisOf(const Ticket& ticket);

Q_SIGNALS:
    void changeChanged(); // change() loaded, changed or cleared
    void created(qint64 changeId);
    void saved();
    void submitted();
    void reviewed();
    // Why an action failed, in the user's language (ErrorText), and the field it names.
    void failed(const QString& message, const QString& field);

private:
    void send(QLatin1StringView method, const QJsonObject& params,
              const std::function<void(const QJsonValue&)>& done);
    void setChange(const QJsonValue& value);
    void fail(const rpc::RpcError& error);
    void linkCreated(qint64 changeId, QList<qint64> relatedTo);

    Session& m_session;
    std::optional<api::ChangeDetail> m_change;
    quint64 m_generation = 0; // answers about a change no longer shown are dropped
};

} // namespace frontline::client
