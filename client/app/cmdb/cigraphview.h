#pragma once

#include "client/core/cmdb/cigraph.h"

#include <QGraphicsView>
#include <QSet>

class QGraphicsScene;

namespace frontline::client::ui {

// The relationship graph of the CI browser (issue 22), drawn with Graphics View: one node per
// CI, user or organisation where CiGraphLayout puts it, shaped and coloured by class (from the
// palette, so a dark theme stays readable), arrows labelled with the relationship. Impacted
// nodes are outlined. Wheel or Ctrl+plus/minus zoom; a click selects, a double click
// re-centres. Every node item has data(0) = its key, every edge item data(0) = "edge".
class CiGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiGraphView)

public:
    explicit CiGraphView(QWidget* parent = nullptr);

    void showGraph(const CiGraph& graph, const QString& centre);
    void setImpacted(const QSet<QString>& keys);
    const CiGraphLayout& layout() const { return m_layout; }
    QString selectedKey() const { return m_selected; }
    void zoomBy(qreal factor);

Q_SIGNALS:
    void nodeSelected(const QString& key);
    void recentreRequested(const QString& key);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QString keyAt(const QPoint& position) const;
    void redraw();
    void drawNode(const CiGraphLayout::Placement& placement, const api::CiNode& node);
    void drawEdge(const CiGraph::Edge& edge);

    QGraphicsScene* m_scene;
    CiGraph m_graph;
    CiGraphLayout m_layout;
    QString m_centre;
    QString m_selected;
    QSet<QString> m_impacted;
    bool m_userZoomed = false; // since the centre moved: then updates keep the user's zoom
};

} // namespace frontline::client::ui
