// The CI browser's graph layout (issue 22), pure: what the centre depends on lies to its
// right and what depends on it to its left; no two nodes overlap however many share a column;
// a cycle ends (each node once, at its shortest distance); nothing beyond the depth is placed;
// the edges kept are those between placed nodes.
#include "client/core/cmdb/cigraph.h"

#include <QRectF>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::client;
using namespace Qt::StringLiterals;

namespace {

api::CiNode ciNode(qint64 id, const QString& name, const QString& ciClass)
{
    api::CiNode node;
    node.id = id;
    node.name = name;
    node.ciClass = ciClass;
    node.status = u"in_use"_s;
    return node;
}

api::CiRelation relation(const QString& type, const api::CiNode& other)
{
    return api::CiRelation {type, other};
}

// A ci.get answer: the CI with its outgoing and incoming relationships.
api::Ci ciWith(const api::CiNode& node, QList<api::CiRelation> outgoing,
               QList<api::CiRelation> incoming = {})
{
    api::Ci ci;
    ci.id = node.id;
    ci.name = node.name;
    ci.ciClass = node.ciClass;
    ci.outgoing = std::move(outgoing);
    ci.incoming = std::move(incoming);
    return ci;
}

void expectNoOverlap(const CiGraphLayout& layout)
{
    for (int i = 0; i < layout.nodes.size(); ++i)
        for (int j = i + 1; j < layout.nodes.size(); ++j) {
            const QRectF a(layout.nodes[i].topLeft, CiGraphLayout::nodeSize());
            const QRectF b(layout.nodes[j].topLeft, CiGraphLayout::nodeSize());
            EXPECT_FALSE(a.intersects(b)) << layout.nodes[i].key.toStdString() << " overlaps "
                                          << layout.nodes[j].key.toStdString();
        }
}

TEST(CiGraphLayout, DependenciesRightDependentsLeftWithoutOverlap)
{
    const api::CiNode db = ciNode(1, u"db01"_s, u"server"_s);
    const api::CiNode mail = ciNode(2, u"Mail"_s, u"service"_s);
    const api::CiNode crm = ciNode(3, u"CRM"_s, u"service"_s);
    const api::CiNode san = ciNode(4, u"san01"_s, u"network_device"_s);
    api::CiNode ann;
    ann.kind = u"user"_s;
    ann.id = 9;
    ann.name = u"Ann"_s;
    CiGraph graph;
    graph.addCi(ciWith(db, {relation(u"runs_on"_s, san), relation(u"used_by"_s, ann)},
                       {relation(u"depends_on"_s, mail), relation(u"depends_on"_s, crm)}));
    for (int i = 0; i < 12; ++i) // a crowded column
        graph.addCi(ciWith(ciNode(100 + i, u"app%1"_s.arg(i), u"application"_s),
                           {relation(u"runs_on"_s, db)}));

    const CiGraphLayout layout = CiGraphLayout::compute(graph, CiGraph::ciKey(1));
    ASSERT_EQ(layout.nodes.size(), 17);
    EXPECT_EQ(layout.nodes.first().key, u"ci:1"_s) << "the centre first";
    EXPECT_EQ(layout.find(u"ci:1"_s)->column, 0);
    EXPECT_EQ(layout.find(u"ci:4"_s)->column, 1) << "db01 runs on san01: to its right";
    EXPECT_EQ(layout.find(u"ci:2"_s)->column, -1) << "Mail depends on db01: to its left";
    EXPECT_EQ(layout.find(u"ci:3"_s)->column, -1);
    EXPECT_EQ(layout.find(u"user:9"_s)->column, -1) << "db01 is used by Ann: she is to its left";
    EXPECT_EQ(layout.find(u"ci:105"_s)->column, -1);
    EXPECT_LT(layout.find(u"ci:2"_s)->topLeft.x(), layout.find(u"ci:1"_s)->topLeft.x());
    EXPECT_GT(layout.find(u"ci:4"_s)->topLeft.x(), layout.find(u"ci:1"_s)->topLeft.x());
    expectNoOverlap(layout);
    EXPECT_EQ(layout.edges.size(), 16);
}

TEST(CiGraphLayout, ACycleEndsAndEachNodeIsPlacedOnce)
{
    // a depends on b, b on c, c on a: a cycle, read from every CI.
    const api::CiNode a = ciNode(1, u"a"_s, u"application"_s);
    const api::CiNode b = ciNode(2, u"b"_s, u"application"_s);
    const api::CiNode c = ciNode(3, u"c"_s, u"server"_s);
    CiGraph graph;
    graph.addCi(ciWith(a, {relation(u"depends_on"_s, b)}, {relation(u"depends_on"_s, c)}));
    graph.addCi(ciWith(b, {relation(u"depends_on"_s, c)}, {relation(u"depends_on"_s, a)}));
    graph.addCi(ciWith(c, {relation(u"depends_on"_s, a)}, {relation(u"depends_on"_s, b)}));
    EXPECT_EQ(graph.edges().size(), 3) << "each relationship once, read from both ends";

    const CiGraphLayout layout = CiGraphLayout::compute(graph, CiGraph::ciKey(1), 10);
    ASSERT_EQ(layout.nodes.size(), 3);
    QSet<QString> keys;
    for (const auto& placement : layout.nodes)
        keys.insert(placement.key);
    EXPECT_EQ(keys.size(), 3);
    EXPECT_EQ(layout.find(u"ci:2"_s)->distance, 1);
    EXPECT_EQ(layout.find(u"ci:3"_s)->distance, 1) << "c reaches a in one step";
    EXPECT_EQ(layout.edges.size(), 3);
    expectNoOverlap(layout);
}

TEST(CiGraphLayout, NothingBeyondTheDepth)
{
    // A chain 1 -> 2 -> 3 -> 4 -> 5 (each depends on the next).
    CiGraph graph;
    for (qint64 id = 1; id <= 4; ++id)
        graph.addCi(
            ciWith(ciNode(id, u"n%1"_s.arg(id), u"server"_s),
                   {relation(u"depends_on"_s, ciNode(id + 1, u"n%1"_s.arg(id + 1), u"server"_s))}));
    const CiGraphLayout two = CiGraphLayout::compute(graph, CiGraph::ciKey(1), 2);
    EXPECT_EQ(two.nodes.size(), 3);
    EXPECT_TRUE(two.find(u"ci:3"_s));
    EXPECT_FALSE(two.find(u"ci:4"_s));
    EXPECT_EQ(two.find(u"ci:3"_s)->column, 2);
    EXPECT_EQ(two.edges.size(), 2) << "the edge to ci:4 has no placed end";

    // From the middle: two each side.
    const CiGraphLayout middle = CiGraphLayout::compute(graph, CiGraph::ciKey(3), 2);
    EXPECT_EQ(middle.nodes.size(), 5);
    EXPECT_EQ(middle.find(u"ci:1"_s)->column, -2);
    EXPECT_EQ(middle.find(u"ci:5"_s)->column, 2);
    expectNoOverlap(middle);

    EXPECT_TRUE(CiGraphLayout::compute(graph, CiGraph::ciKey(42)).nodes.isEmpty())
        << "an unknown centre places nothing";
}

} // namespace
