#include "cidetailspanel.h"

#include "client/core/cmdb/ciattributes.h"
#include "client/core/cmdb/cilistmodel.h"
#include "client/widgets/safetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QString nodeKindText(const api::CiNode& node)
{
    if (node.kind == u"user"_s)
        return CiDetailsPanel::tr("user");
    if (node.kind == u"organisation"_s)
        return CiDetailsPanel::tr("organisation");
    return node.ciClass;
}

} // namespace

CiDetailsPanel::CiDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(plainLabel())
    , m_facts(plainLabel())
    , m_relations(new QTreeWidget)
{
    setObjectName(u"ciDetails"_s);
    m_title->setObjectName(u"ciTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setObjectName(u"ciFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_relations->setObjectName(u"ciRelations"_s);
    m_relations->setAccessibleName(tr("Relationships"));
    m_relations->setRootIsDecorated(false);
    m_relations->setHeaderLabels(
        {tr("Direction"), tr("Relationship"), tr("Other end"), tr("Kind")});
    m_relations->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_relations, 1);
    connect(m_relations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(2, Qt::UserRole + 1).toString() == u"ci"_s)
            Q_EMIT openCiRequested(item->data(2, Qt::UserRole).toLongLong());
    });
    clear();
}

void CiDetailsPanel::clear()
{
    m_ci = {};
    setPlainText(m_title, tr("Choose a configuration item"));
    setPlainText(m_facts, {});
    m_relations->clear();
}

void CiDetailsPanel::showCi(const api::Ci& ci, const api::CiClass* ciClass)
{
    m_ci = ci;
    setPlainText(m_title, ci.name);
    const QString none = tr("—");
    QStringList lines;
    lines << tr("Class: %1").arg(ciClass ? ciClass->label : ci.ciClass)
          << tr("Status: %1").arg(CiListModel::statusLabel(ci.status))
          << tr("Owner: %1").arg(ci.ownerName.isEmpty() ? none : ci.ownerName)
          << tr("Organisation: %1").arg(ci.organisationName.isEmpty() ? none : ci.organisationName)
          << tr("Host name: %1").arg(ci.hostName.isEmpty() ? none : ci.hostName)
          << tr("Serial: %1").arg(ci.serial.isEmpty() ? none : ci.serial);
    // The class's fields in its order, then any other value the CI carries.
    QStringList shown;
    if (ciClass) {
        for (const api::CiClassField& field : ciClass->fields) {
            const QString value = ciAttributeText(ci, field.field);
            lines << tr("%1: %2").arg(field.field, value.isEmpty() ? none : value);
            shown << field.field;
        }
    }
    for (const QString& name : ciAttributeNames(ci))
        if (!shown.contains(name))
            lines << tr("%1: %2").arg(name, ciAttributeText(ci, name));
    setPlainText(m_facts, lines.join(u'\n'));

    m_relations->clear();
    const auto add = [this](const api::CiRelation& relation, bool outgoing) {
        auto* item = new QTreeWidgetItem(m_relations);
        item->setText(0, outgoing ? tr("out") : tr("in"));
        item->setText(1, CiListModel::relationLabel(relation.type));
        item->setText(2, relation.other.name);
        item->setText(3, nodeKindText(relation.other));
        item->setData(0, Qt::UserRole, outgoing);
        item->setData(1, Qt::UserRole, relation.type);
        item->setData(2, Qt::UserRole, relation.other.id);
        item->setData(2, Qt::UserRole + 1, relation.other.kind);
        item->setToolTip(1,
                         outgoing ? tr("%1 %2 %3")
                                        .arg(m_ci.name, CiListModel::relationLabel(relation.type),
                                             relation.other.name)
                                  : tr("%1 %2 %3")
                                        .arg(relation.other.name,
                                             CiListModel::relationLabel(relation.type), m_ci.name));
    };
    for (const api::CiRelation& relation : ci.outgoing.value_or(QList<api::CiRelation>()))
        add(relation, true);
    for (const api::CiRelation& relation : ci.incoming.value_or(QList<api::CiRelation>()))
        add(relation, false);
}

std::optional<api::CiRelation> CiDetailsPanel::chosenOutgoing() const
{
    const QTreeWidgetItem* item = m_relations->currentItem();
    if (!item || !item->data(0, Qt::UserRole).toBool())
        return std::nullopt;
    api::CiRelation relation;
    relation.type = item->data(1, Qt::UserRole).toString();
    relation.other.id = item->data(2, Qt::UserRole).toLongLong();
    relation.other.kind = item->data(2, Qt::UserRole + 1).toString();
    relation.other.name = item->text(2);
    return relation;
}

} // namespace frontline::client::ui
