#pragma once

#include "api/cmdbapi.h"

#include <QObject>

namespace frontline::client {

class Session;

// CIs found by name, host name or serial as the user types (ci.search), for the forms that
// name CIs: a change's affected CIs, a window's, an outage announcement's. found() answers the
// latest query only; an empty query answers at once with nothing.
class CiFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiFinder)

public:
    explicit CiFinder(Session& session, QObject* parent = nullptr);

    void search(const QString& query);

Q_SIGNALS:
    void found(const QList<frontline::api::Ci>& cis);
    void failed(const QString& message);

private:
    Session& m_session;
    quint64 m_search = 0;
};

} // namespace frontline::client
