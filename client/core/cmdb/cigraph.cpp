#include "cigraph.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {

QString CiGraph::keyOf(const api::CiNode& node)
{
    return node.kind + u':' + QString::number(node.id);
}

QString CiGraph::ciKey(qint64 id)
{
    return u"ci:"_s + QString::number(id);
}

bool CiGraph::needsTarget(const QString& type)
{
    return type != u"used_by"_s;
}

void CiGraph::clear()
{
    m_nodes.clear();
    m_order.clear();
    m_edges.clear();
    m_expanded.clear();
}

void CiGraph::addNode(const api::CiNode& node)
{
    const QString key = keyOf(node);
    if (!m_nodes.contains(key))
        m_order.append(key);
    api::CiNode stored = node;
    stored.depth = 0;
    m_nodes.insert(key, stored);
}

void CiGraph::addEdge(const Edge& edge)
{
    if (!m_edges.contains(edge))
        m_edges.append(edge);
}

void CiGraph::addCi(const api::Ci& ci)
{
    api::CiNode self;
    self.kind = u"ci"_s;
    self.id = ci.id;
    self.name = ci.name;
    self.ciClass = ci.ciClass;
    self.status = ci.status;
    addNode(self);
    const QString key = keyOf(self);
    m_expanded.insert(key);
    for (const api::CiRelation& relation : ci.outgoing.value_or(QList<api::CiRelation>())) {
        if (!m_nodes.contains(keyOf(relation.other)))
            addNode(relation.other);
        addEdge({key, relation.type, keyOf(relation.other)});
    }
    for (const api::CiRelation& relation : ci.incoming.value_or(QList<api::CiRelation>())) {
        if (!m_nodes.contains(keyOf(relation.other)))
            addNode(relation.other);
        addEdge({keyOf(relation.other), relation.type, key});
    }
}

const api::CiNode& CiGraph::node(const QString& key) const
{
    static const api::CiNode none;
    const auto found = m_nodes.constFind(key);
    return found == m_nodes.cend() ? none : *found;
}

const CiGraphLayout::Placement* CiGraphLayout::find(const QString& key) const
{
    for (const Placement& placement : nodes)
        if (placement.key == key)
            return &placement;
    return nullptr;
}

CiGraphLayout CiGraphLayout::compute(const CiGraph& graph, const QString& centre, int depth)
{
    CiGraphLayout layout;
    if (!graph.contains(centre))
        return layout;
    // Neighbours of each node with the step's direction: +1 when the node needs the neighbour.
    QHash<QString, QList<std::pair<QString, int>>> neighbours;
    for (const CiGraph::Edge& edge : graph.edges()) {
        const int step = CiGraph::needsTarget(edge.type) ? 1 : -1;
        neighbours[edge.from].append({edge.to, step});
        neighbours[edge.to].append({edge.from, -step});
    }
    QHash<QString, Placement> placed;
    placed.insert(centre, Placement {centre, 0, 0, {}});
    QList<QString> frontier {centre};
    for (int distance = 1; distance <= depth && !frontier.isEmpty(); ++distance) {
        QList<QString> next;
        for (const QString& key : std::as_const(frontier)) {
            const int column = placed.value(key).column;
            for (const auto& [other, step] : neighbours.value(key)) {
                if (placed.contains(other))
                    continue; // reached already (a cycle or a shorter path): once only
                // Away from the centre on the side the first step chose; a step back toward
                // the centre stays in its parent's column rather than crossing over.
                int to = column + step;
                if (column != 0 && (to == 0 || (to > 0) != (column > 0)))
                    to = column;
                placed.insert(other, Placement {other, to, distance, {}});
                next.append(other);
            }
        }
        frontier = next;
    }
    QMap<int, QList<QString>> columns;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it)
        columns[it->column].append(it.key());
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        it->removeOne(centre);
        std::sort(it->begin(), it->end(), [&](const QString& a, const QString& b) {
            const api::CiNode& na = graph.node(a);
            const api::CiNode& nb = graph.node(b);
            if (na.name != nb.name)
                return na.name.localeAwareCompare(nb.name) < 0;
            return a < b;
        });
        if (it.key() == 0)
            it->insert(it->size() / 2, centre); // the centre in the middle of its column
        const int count = int(it->size());
        const qreal height = count * NodeHeight + (count - 1) * RowGap;
        for (int row = 0; row < count; ++row) {
            Placement& placement = placed[it->at(row)];
            const qreal x = it.key() * (NodeWidth + ColumnGap) - NodeWidth / 2;
            const qreal y = -height / 2 + row * (NodeHeight + RowGap);
            placement.topLeft = QPointF(x, y);
        }
    }
    // In graph order (stable), the centre first.
    layout.nodes.append(placed.value(centre));
    for (const QString& key : graph.keys())
        if (key != centre && placed.contains(key))
            layout.nodes.append(placed.value(key));
    for (const CiGraph::Edge& edge : graph.edges())
        if (placed.contains(edge.from) && placed.contains(edge.to))
            layout.edges.append(edge);
    return layout;
}

} // namespace frontline::client
