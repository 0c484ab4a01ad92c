#include "cigraphview.h"

#include "client/core/cmdb/cilistmodel.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QMouseEvent>
#include <QPainterPath>
#include <QShortcut>
#include <QWheelEvent>
#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

constexpr int KeyRole = 0;

QPainterPath shapeFor(const api::CiNode& node, const QRectF& rect)
{
    QPainterPath path;
    if (node.kind != u"ci"_s) {
        path.addEllipse(rect);
    } else if (node.ciClass == u"service"_s) {
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    } else if (node.ciClass == u"application"_s) {
        path.addRoundedRect(rect, 10, 10);
    } else if (node.ciClass == u"server"_s) {
        path.addRect(rect);
    } else {
        // Devices (laptop, printer, network device, any other class): cut corners.
        const qreal c = 12;
        path.moveTo(rect.left() + c, rect.top());
        path.lineTo(rect.right() - c, rect.top());
        path.lineTo(rect.right(), rect.top() + c);
        path.lineTo(rect.right(), rect.bottom() - c);
        path.lineTo(rect.right() - c, rect.bottom());
        path.lineTo(rect.left() + c, rect.bottom());
        path.lineTo(rect.left(), rect.bottom() - c);
        path.lineTo(rect.left(), rect.top() + c);
        path.closeSubpath();
    }
    return path;
}

// A hue per class, the same every time; translucent over the palette's base colour so the
// text (the palette's) stays readable on light and dark themes.
QColor tintFor(const api::CiNode& node, const QPalette& palette)
{
    const QString name = node.kind == u"ci"_s ? node.ciClass : node.kind;
    static const QHash<QString, int> known {
        {u"service"_s, 210}, {u"application"_s, 275},    {u"server"_s, 28}, {u"laptop"_s, 125},
        {u"printer"_s, 330}, {u"network_device"_s, 175}, {u"user"_s, 50},   {u"organisation"_s, 0}};
    // The seeded classes far apart on the wheel; any other stable across runs.
    const int hue = known.value(name, int(qChecksum(QByteArrayView(name.toUtf8())) % 360));
    QColor tint = QColor::fromHsv(hue, 150, 210);
    const QColor base = palette.color(QPalette::Base);
    const qreal a = 0.35;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + tint.redF() * a),
                            float(base.greenF() * (1 - a) + tint.greenF() * a),
                            float(base.blueF() * (1 - a) + tint.blueF() * a));
}

QString kindLabel(const api::CiNode& node)
{
    if (node.kind == u"user"_s)
        return CiGraphView::tr("user");
    if (node.kind == u"organisation"_s)
        return CiGraphView::tr("organisation");
    return node.ciClass;
}

} // namespace

CiGraphView::CiGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(u"ciGraphView"_s);
    setAccessibleName(tr("Relationship graph"));
    setAccessibleDescription(tr("The selected CI in the middle, what it depends on to the right, "
                                "what depends on it to the left"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    auto* in = new QShortcut(QKeySequence::ZoomIn, this);
    auto* inEquals = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), this);
    auto* out = new QShortcut(QKeySequence::ZoomOut, this);
    auto* reset = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this);
    for (QShortcut* shortcut : {in, inEquals, out, reset})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(in, &QShortcut::activated, this, [this] { zoomBy(1.25); });
    connect(inEquals, &QShortcut::activated, this, [this] { zoomBy(1.25); });
    connect(out, &QShortcut::activated, this, [this] { zoomBy(0.8); });
    connect(reset, &QShortcut::activated, this, [this] {
        m_userZoomed = true;
        resetTransform();
    });
}

void CiGraphView::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    if ((factor > 1 && current > 4) || (factor < 1 && current < 0.2))
        return;
    m_userZoomed = true;
    scale(factor, factor);
}

void CiGraphView::showGraph(const CiGraph& graph, const QString& centre)
{
    m_graph = graph;
    const bool moved = centre != m_centre;
    if (moved)
        m_selected = centre;
    m_centre = centre;
    m_layout = CiGraphLayout::compute(m_graph, centre);
    redraw();
    if (moved)
        m_userZoomed = false;
    // The whole graph when it fits at a readable size, else as much as it can around the centre.
    const QRectF all = m_scene->itemsBoundingRect();
    const QSizeF room = viewport()->size();
    if (!m_userZoomed) {
        const qreal fit = qMin(room.width() / qMax<qreal>(all.width() + 40, 1),
                               room.height() / qMax<qreal>(all.height() + 40, 1));
        const qreal factor = qBound<qreal>(0.6, fit, 1.0);
        setTransform(QTransform::fromScale(factor, factor));
    }
    if (const CiGraphLayout::Placement* middle = m_layout.find(centre))
        centerOn(QRectF(middle->topLeft, CiGraphLayout::nodeSize()).center());
}

void CiGraphView::setImpacted(const QSet<QString>& keys)
{
    m_impacted = keys;
    redraw();
}

void CiGraphView::redraw()
{
    m_scene->clear();
    for (const CiGraph::Edge& edge : m_layout.edges)
        drawEdge(edge);
    for (const CiGraphLayout::Placement& placement : m_layout.nodes)
        drawNode(placement, m_graph.node(placement.key));
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

void CiGraphView::drawNode(const CiGraphLayout::Placement& placement, const api::CiNode& node)
{
    const QPalette& pal = palette();
    const QRectF rect(placement.topLeft, CiGraphLayout::nodeSize());
    auto* item = m_scene->addPath(shapeFor(node, rect));
    item->setData(KeyRole, placement.key);
    item->setToolTip(
        node.name + u"\n"_s + kindLabel(node)
        + (node.status.isEmpty() ? QString() : u" · "_s + CiListModel::statusLabel(node.status)));
    item->setBrush(tintFor(node, pal));
    QPen pen(pal.color(QPalette::Text), placement.key == m_centre ? 2.5 : 1.2);
    if (m_impacted.contains(placement.key)) {
        pen = QPen(QColor(230, 80, 60), 3, Qt::DashLine);
        item->setData(1, u"impacted"_s);
    }
    if (placement.key == m_selected)
        pen = QPen(pal.color(QPalette::Highlight), 3.5);
    item->setPen(pen);
    item->setZValue(2);

    auto* name = new QGraphicsSimpleTextItem(item);
    QFont bold = font();
    bold.setBold(placement.key == m_centre);
    name->setFont(bold);
    name->setBrush(pal.color(QPalette::Text));
    const QFontMetrics metrics(bold);
    name->setText(metrics.elidedText(node.name, Qt::ElideRight, int(rect.width()) - 20));
    name->setPos(rect.center().x() - name->boundingRect().width() / 2, rect.top() + 8);
    auto* kind = new QGraphicsSimpleTextItem(kindLabel(node), item);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    kind->setFont(small);
    kind->setBrush(pal.color(QPalette::PlaceholderText));
    kind->setPos(rect.center().x() - kind->boundingRect().width() / 2,
                 rect.bottom() - kind->boundingRect().height() - 6);
}

void CiGraphView::drawEdge(const CiGraph::Edge& edge)
{
    const CiGraphLayout::Placement* from = m_layout.find(edge.from);
    const CiGraphLayout::Placement* to = m_layout.find(edge.to);
    if (!from || !to)
        return;
    const QSizeF size = CiGraphLayout::nodeSize();
    const QRectF a(from->topLeft, size);
    const QRectF b(to->topLeft, size);
    QPointF start;
    QPointF end;
    if (to->column > from->column) {
        start = {a.right(), a.center().y()};
        end = {b.left(), b.center().y()};
    } else if (to->column < from->column) {
        start = {a.left(), a.center().y()};
        end = {b.right(), b.center().y()};
    } else {
        // The same column: an arc outside it (right of the centre's side, left of the
        // dependents'), so that it passes no node stacked between the two.
        const bool left = from->column < 0;
        start = {left ? a.left() : a.right(), a.center().y()};
        end = {left ? b.left() : b.right(), b.center().y()};
    }
    const QColor colour = palette().color(QPalette::Text);
    QPainterPath path(start);
    if (from->column == to->column) {
        const qreal rows = std::abs(end.y() - start.y()) / (size.height() + CiGraphLayout::RowGap);
        const qreal bulge = (from->column < 0 ? -1 : 1) * (30 + 12 * rows);
        path.cubicTo(start + QPointF(bulge, 0), end + QPointF(bulge, 0), end);
    } else {
        const qreal mid = (start.x() + end.x()) / 2;
        path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end);
    }
    auto* line = m_scene->addPath(path, QPen(colour, 1.3));
    line->setData(KeyRole, u"edge"_s);
    line->setData(1, edge.from);
    line->setData(2, edge.to);
    line->setData(3, edge.type);
    line->setZValue(1);
    // The arrowhead at `to`, along the curve's last direction.
    const qreal angle = qDegreesToRadians(path.angleAtPercent(1.0));
    const QPointF back(-std::cos(angle), std::sin(angle));
    const QPointF side(-back.y(), back.x());
    QPolygonF head;
    head << end << end + back * 11 + side * 5 << end + back * 11 - side * 5;
    auto* arrow = m_scene->addPolygon(head, QPen(colour), QBrush(colour));
    arrow->setParentItem(line);
    auto* label = new QGraphicsSimpleTextItem(CiListModel::relationLabel(edge.type), line);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    label->setFont(small);
    label->setBrush(colour);
    const QPointF middle = path.pointAtPercent(0.5);
    const QRectF box = label->boundingRect();
    label->setPos(middle - QPointF(box.width() / 2, box.height() + 1));
    auto* plate =
        m_scene->addRect(box.adjusted(-2, 0, 2, 0), Qt::NoPen, palette().color(QPalette::Base));
    plate->setParentItem(line);
    plate->setPos(label->pos());
    plate->setZValue(-0.5);
    label->setZValue(0.5);
}

QString CiGraphView::keyAt(const QPoint& position) const
{
    for (QGraphicsItem* item : items(position)) {
        for (QGraphicsItem* at = item; at; at = at->parentItem()) {
            const QString key = at->data(KeyRole).toString();
            if (!key.isEmpty() && key != u"edge"_s)
                return key;
        }
    }
    return {};
}

void CiGraphView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QGraphicsView::wheelEvent(event);
    zoomBy(delta > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void CiGraphView::mousePressEvent(QMouseEvent* event)
{
    const QString key = keyAt(event->position().toPoint());
    if (!key.isEmpty() && event->button() == Qt::LeftButton) {
        m_selected = key;
        redraw();
        Q_EMIT nodeSelected(key);
    }
    QGraphicsView::mousePressEvent(event);
}

void CiGraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString key = keyAt(event->position().toPoint());
    if (!key.isEmpty() && key.startsWith(u"ci:"_s))
        Q_EMIT recentreRequested(key);
    else
        QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace frontline::client::ui
