#pragma once

#include "api/cmdbapi.h"
#include "client/core/cmdb/cigraph.h"
#include "rpc/rpcerror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace frontline::client {

class CiListModel;
class Session;

// The CI browser's state (issue 22): the classes, the list (a search, or ci.list pages by
// class and status), the selected CI with its relationships, the graph around it to depth 2
// (ci.get of each CI reached, each once) and its impact (ci.impact). Widgets render these and
// forward intent; they never see the connection.
class CiBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiBrowser)

public:
    static constexpr int GraphDepth = 2;
    static constexpr int MaxGraphReads = 60; // ci.get calls for one graph, at most

    explicit CiBrowser(Session& session, QObject* parent = nullptr);

    CiListModel& list() const { return *m_list; }
    const QList<api::CiClass>& classes() const { return m_classes; }
    const api::CiClass* ciClass(const QString& name) const;
    const std::optional<api::Ci>& current() const { return m_current; }
    const CiGraph& graph() const { return m_graph; }
    qint64 centreId() const { return m_centre; } // the CI selected last (the graph's centre)
    bool isGraphLoading() const { return m_pending > 0; }
    const std::optional<api::CiImpact>& impact() const { return m_impact; }
    bool canEdit() const; // admins create, change and relate CIs

    void loadClasses();
    // Text: ci.search; empty: ci.list filtered by class and status (empty: any), by pages.
    void search(const QString& text, const QString& ciClass = {}, const QString& status = {});
    void select(qint64 id);
    // The CI changed here (editor): show the answer and draw the graph again.
    void showCi(const api::Ci& ci);
    void reload();

Q_SIGNALS:
    void classesChanged();
    void listed();
    void currentChanged();
    void graphChanged(); // a CI of the graph was read; isGraphLoading() false when complete
    void impactChanged();
    void failed(const QString& message, const QString& field);

private:
    void send(QLatin1StringView method, const QJsonObject& params,
              const std::function<void(const QJsonValue&)>& done, quint64 generation);
    void listPage(qint64 after);
    void expand(qint64 id, int distance);

    Session& m_session;
    CiListModel* m_list;
    QList<api::CiClass> m_classes;
    std::optional<api::Ci> m_current;
    std::optional<api::CiImpact> m_impact;
    CiGraph m_graph;
    QSet<qint64> m_requested;
    int m_pending = 0;
    qint64 m_centre = 0;
    QString m_filterClass;
    QString m_filterStatus;
    quint64 m_listGeneration = 0;
    quint64 m_selectGeneration = 0;
};

} // namespace frontline::client
