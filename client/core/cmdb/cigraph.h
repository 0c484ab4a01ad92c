#pragma once

#include "api/cmdbapi.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QSizeF>
#include <QString>

namespace frontline::client {

// The relationships around a CI as the CI browser draws them (issue 22): the nodes (CIs,
// users, organisations, by key "ci:7", "user:3", "organisation:2") and the relationships
// between them as the server names them ("from type to"). Filled from ci.get answers, each
// relationship once however many of its two ends were read.
class CiGraph
{
public:
    struct Edge
    {
        QString from;
        QString type;
        QString to;
        bool operator==(const Edge&) const = default;
    };

    static QString keyOf(const api::CiNode& node);
    static QString ciKey(qint64 id);

    void clear();
    // The CI and every relationship ci.get gave it (outgoing and incoming).
    void addCi(const api::Ci& ci);
    void addNode(const api::CiNode& node);
    void addEdge(const Edge& edge);

    bool contains(const QString& key) const { return m_nodes.contains(key); }
    const api::CiNode& node(const QString& key) const;
    QList<QString> keys() const { return m_order; }
    const QList<Edge>& edges() const { return m_edges; }
    // Whether ci.get of this CI was added (its relationships are all known).
    bool isExpanded(const QString& key) const { return m_expanded.contains(key); }

    // "from needs to": the edge read so that its `from` depends on its `to` (depends_on,
    // runs_on, connected_to as they are; used_by the other way round: the user needs the CI).
    static bool needsTarget(const QString& type);

private:
    QHash<QString, api::CiNode> m_nodes;
    QList<QString> m_order; // as added: layouts are stable
    QList<Edge> m_edges;
    QSet<QString> m_expanded;
};

// Where each node of a CiGraph goes: the centre CI in the middle column, what it depends on
// in the columns to its right (one column per step), what depends on it to its left, up to
// `depth` steps away (breadth first, each node once at its shortest distance, so cycles end).
// Nodes of one column are stacked top to bottom by name with a gap: no two overlap. Pure.
struct CiGraphLayout
{
    struct Placement
    {
        QString key;
        int column = 0; // < 0: depends on the centre, > 0: the centre depends on it
        int distance = 0; // steps from the centre
        QPointF topLeft;
    };

    static constexpr qreal NodeWidth = 180;
    static constexpr qreal NodeHeight = 52;
    static constexpr qreal ColumnGap = 110;
    static constexpr qreal RowGap = 26;

    QList<Placement> nodes;
    QList<CiGraph::Edge> edges; // those between two placed nodes

    static CiGraphLayout compute(const CiGraph& graph, const QString& centre, int depth = 2);
    const Placement* find(const QString& key) const;
    static QSizeF nodeSize() { return {NodeWidth, NodeHeight}; }
};

} // namespace frontline::client
