#include "cipicker.h"

#include "client/core/cmdb/cifinder.h"
#include "client/widgets/theme.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CiPicker::CiPicker(CiFinder& finder, QWidget* parent)
    : QWidget(parent)
    , m_finder(finder)
    , m_search(new QLineEdit)
    , m_results(new QListWidget)
    , m_chips(new QListWidget)
    , m_typing(new QTimer(this))
{
    setObjectName(u"ciPicker"_s);
    m_search->setObjectName(u"ciSearchEdit"_s);
    m_search->setAccessibleName(tr("Find a configuration item"));
    m_search->setPlaceholderText(tr("Find a CI by name, host name or serial…"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"ciSearchResults"_s);
    m_results->setAccessibleName(tr("CIs found"));
    m_results->setAccessibleDescription(tr("Enter or a click adds the CI to the chosen ones"));
    m_results->setMaximumHeight(90);
    m_results->hide();
    m_chips->setObjectName(u"ciChips"_s);
    m_chips->setAccessibleName(tr("Affected CIs"));
    m_chips->setAccessibleDescription(tr("A click or Delete removes a CI from the chosen ones"));
    m_chips->setViewMode(QListView::IconMode);
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setResizeMode(QListView::Adjust);
    m_chips->setMovement(QListView::Static);
    m_chips->setSpacing(3);
    m_chips->setMaximumHeight(64);
    Theme::setStyleSheet(m_chips,
                         u"QListWidget::item { background: {BannerNeutral}; "
                         u"color: {BannerText}; border-radius: 9px; padding: 2px 8px; }"_s);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_chips);

    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { m_finder.search(m_search->text()); });
    connect(&finder, &CiFinder::found, this, &CiPicker::showFound);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            addFound(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
    });
    connect(m_results, &QListWidget::itemActivated, this, &CiPicker::addFound);
    connect(m_results, &QListWidget::itemClicked, this, &CiPicker::addFound);
    connect(m_chips, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { removeCi(item->data(Qt::UserRole).toLongLong()); });
    auto* remove = new QShortcut(QKeySequence::Delete, m_chips);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (QListWidgetItem* item = m_chips->currentItem())
            removeCi(item->data(Qt::UserRole).toLongLong());
    });
}

QList<qint64> CiPicker::ids() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_chips->count(); ++i)
        ids.append(m_chips->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void CiPicker::setCis(const QList<api::CiNode>& cis)
{
    m_chips->clear();
    for (const api::CiNode& ci : cis)
        addCi(ci.id, ci.name);
    Q_EMIT changed();
}

void CiPicker::addCi(qint64 id, const QString& name)
{
    if (ids().contains(id))
        return;
    auto* item = new QListWidgetItem(tr("%1  ✕").arg(name), m_chips);
    item->setData(Qt::UserRole, id);
    item->setToolTip(tr("Remove %1 from the chosen CIs").arg(name));
    Q_EMIT changed();
}

void CiPicker::removeCi(qint64 id)
{
    for (int i = 0; i < m_chips->count(); ++i) {
        if (m_chips->item(i)->data(Qt::UserRole).toLongLong() == id) {
            delete m_chips->takeItem(i);
            Q_EMIT changed();
            return;
        }
    }
}

void CiPicker::showFound(const QList<api::Ci>& cis)
{
    m_results->clear();
    for (const api::Ci& ci : cis) {
        auto* item = new QListWidgetItem(
            ci.hostName.isEmpty() ? tr("%1 (%2)").arg(ci.name, ci.ciClass)
                                  : tr("%1 (%2, %3)").arg(ci.name, ci.ciClass, ci.hostName),
            m_results);
        item->setData(Qt::UserRole, ci.id);
        item->setData(Qt::UserRole + 1, ci.name);
    }
    m_results->setVisible(!cis.isEmpty());
    if (!cis.isEmpty())
        m_results->setCurrentRow(0);
}

void CiPicker::addFound(QListWidgetItem* item)
{
    if (!item)
        return;
    addCi(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    m_search->clear();
    m_results->clear();
    m_results->hide();
    m_search->setFocus();
}

} // namespace frontline::client::ui
