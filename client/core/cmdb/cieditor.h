#pragma once

#include "api/cmdbapi.h"
#include "api/orgapi.h"
#include "rpc/rpcerror.h"

#include <QObject>

#include <functional>

namespace frontline::client {

class Session;

// Changes to configuration items (issue 22, admins): create and update a CI, relate and
// unrelate it, import a CSV file (a dry run first: its preview says what each row would do),
// and find a CI to relate to or link. Params are checked with the server's own parser
// before they are sent; every failure names its field.
class CiEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiEditor)

public:
    explicit CiEditor(Session& session, QObject* parent = nullptr);

    Session& session() const { return m_session; } // for the dialogs' people picker

    void create(const api::CiCreateParams& params);
    void update(const api::CiUpdateParams& params);
    // type: depends_on, runs_on, connected_to, used_by; targetKind: ci, user, organisation.
    void relate(qint64 from, const QString& type, const QString& targetKind, qint64 target);
    void unrelate(qint64 from, const QString& type, const QString& targetKind, qint64 target);
    void importCsv(const QString& csv, bool dryRun);
    void find(const QString& text); // ci.search, answered by found()

    const api::ImportResult& importResult() const { return m_import; }

Q_SIGNALS:
    void saved(const frontline::api::Ci& ci); // created, updated, related or unrelated
    void imported(); // importResult() holds the answer (a preview on a dry run)
    void found(const QList<frontline::api::Ci>& items);
    void failed(const QString& message, const QString& field);

private:
    void send(QLatin1StringView method, const QJsonObject& params,
              const std::function<void(const QJsonValue&)>& done);
    void relation(QLatin1StringView method, qint64 from, const QString& type,
                  const QString& targetKind, qint64 target);

    Session& m_session;
    api::ImportResult m_import;
    quint64 m_findGeneration = 0;
};

} // namespace frontline::client
