#pragma once

#include "api/problemapi.h"
#include "rpc/rpcerror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace frontline::client {

class Session;

// One problem (issue 22): made from incidents, loaded by id, its incidents linked and
// unlinked, its root cause / workaround / known error saved, and resolved with (when asked)
// its open incidents. Each answer replaces problem(); widgets render it and forward intent,
// and never see the connection.
class ProblemDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemDesk)

public:
    explicit ProblemDesk(Session& session, QObject* parent = nullptr);

    const std::optional<api::ProblemDetail>& problem() const { return m_problem; }
    qint64 problemId() const { return m_problem ? m_problem->id : 0; }

    // Forgets the problem shown (another ticket was opened).
    void clear();
    void load(qint64 problemId);
    void create(const QString& title, const QString& description, const QString& category,
                const QList<qint64>& incidents);
    void link(const QList<qint64>& incidents);
    void unlink(const QList<qint64>& incidents);
    // A known error needs a workaround: refused here, before it is sent, as the server would.
    void saveRecord(const QString& rootCause, const QString& workaround, bool knownError);
    void resolve(const QString& resolution, bool resolveIncidents, const QString& incidentReply);

Q_SIGNALS:
    void problemChanged(); // problem() loaded, changed or cleared
    void created(qint64 problemId);
    void saved();
    // The problem resolved; how many incidents with it and how many left as they were.
    void resolved(int incidentsResolved, int incidentsUntouched);
    // Why an action failed, in the user's language (ErrorText), and the field it names.
    void failed(const QString& message, const QString& field);

private:
    void send(QLatin1StringView method, const QJsonObject& params,
              const std::function<void(const QJsonValue&)>& done);
    void setProblem(const QJsonValue& value);
    void fail(const rpc::RpcError& error);

    Session& m_session;
    std::optional<api::ProblemDetail> m_problem;
    quint64 m_generation = 0; // answers about a problem no longer shown are dropped
};

} // namespace frontline::client
