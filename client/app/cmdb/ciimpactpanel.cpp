#include "ciimpactpanel.h"

#include "client/core/cmdb/ticketcis.h"
#include "client/widgets/safetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CiImpactPanel::CiImpactPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(plainLabel())
    , m_tree(new QTreeWidget)
{
    setObjectName(u"ciImpactPanel"_s);
    m_summary->setObjectName(u"impactSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"impactTree"_s);
    m_tree->setAccessibleName(tr("What the selected CI affects"));
    m_tree->setHeaderLabels({tr("Affected"), tr("Class"), tr("Steps away")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, Qt::UserRole + 1).toString() == u"ci"_s)
            Q_EMIT openCiRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    clear();
}

void CiImpactPanel::clear()
{
    setPlainText(m_summary, tr("No impact computed yet."));
    m_tree->clear();
}

void CiImpactPanel::showImpact(const api::CiImpact& impact)
{
    QString text = tr("If %1 fails: %2.").arg(impact.ci.name, TicketCis::describe(impact));
    if (impact.truncated)
        text +=
            u' ' + tr("Truncated: the depth or node bound stopped the walk, there may be more.");
    setPlainText(m_summary, text);
    m_tree->clear();
    const auto group = [this](const QString& title, const QList<api::CiNode>& nodes,
                              const QString& name) {
        auto* top = new QTreeWidgetItem(m_tree, {title.arg(nodes.size())});
        top->setData(0, Qt::UserRole + 2, name);
        for (const api::CiNode& node : nodes) {
            auto* item =
                new QTreeWidgetItem(top, {node.name, node.ciClass, QString::number(node.depth)});
            item->setData(0, Qt::UserRole, node.id);
            item->setData(0, Qt::UserRole + 1, node.kind);
        }
        top->setExpanded(name != u"cis"_s);
    };
    group(tr("Services (%1)"), impact.services, u"services"_s);
    group(tr("Users (%1)"), impact.users, u"users"_s);
    group(tr("Organisations (%1)"), impact.organisations, u"organisations"_s);
    group(tr("All affected CIs (%1)"), impact.cis, u"cis"_s);
}

} // namespace frontline::client::ui
