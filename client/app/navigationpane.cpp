#include "navigationpane.h"

#include "client/core/approvalinbox.h"
#include "client/core/directory.h"
#include "client/core/queuecontroller.h"
#include "client/core/session.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>

#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int ViewIdRole = Qt::UserRole + 2;
constexpr int ApprovalsRole = Qt::UserRole + 3;
constexpr qint64 AtRiskWindowMs = 4 * 3600 * 1000;

} // namespace

NavigationPane::NavigationPane(Session& session, Directory& directory, QueueController& queues,
                               QWidget* parent)
    : QTreeWidget(parent)
    , m_session(session)
    , m_directory(directory)
    , m_controller(queues)
{
    setObjectName(u"navigationPane"_s);
    setColumnCount(2);
    setHeaderHidden(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && current->data(0, ApprovalsRole).toBool())
            Q_EMIT approvalsRequested();
        else if (current && current->data(0, KindRole).isValid())
            Q_EMIT queueSelected(queryOf(current), current->text(0));
    });
    connect(this, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = itemAt(at);
        if (!item || static_cast<Kind>(item->data(0, KindRole).toInt()) != Kind::SavedView)
            return;
        QMenu menu;
        menu.addAction(tr("Delete this view"), this, [this, item] {
            Q_EMIT deleteViewRequested(item->data(0, ViewIdRole).toLongLong(), item->text(0));
        });
        menu.exec(viewport()->mapToGlobal(at));
    });
    connect(&directory, &Directory::viewsChanged, this, &NavigationPane::rebuild);
    connect(&queues, &QueueController::counted, this,
            [this](const QString& name, const api::TicketCount& count) {
                for (QTreeWidgetItem* found :
                     findItems(name, Qt::MatchExactly | Qt::MatchRecursive))
                    found->setText(1, QueueController::countText(count));
            });
    // Counts follow the desk: after any pushed change (a few seconds later), and every minute.
    m_countTimer.setSingleShot(true);
    connect(&m_countTimer, &QTimer::timeout, this, &NavigationPane::refreshCounts);
    connect(&session, &Session::ticketCreated, this, &NavigationPane::scheduleCounts);
    connect(&session, &Session::ticketChanged, this, &NavigationPane::scheduleCounts);
    auto* minute = new QTimer(this);
    minute->start(60000);
    connect(minute, &QTimer::timeout, this, &NavigationPane::refreshCounts);
}

QTreeWidgetItem* NavigationPane::addQueue(QTreeWidgetItem* parent, const QString& name, Kind kind,
                                          qint64 viewId)
{
    auto* item = new QTreeWidgetItem(parent, {name, QString()});
    item->setData(0, KindRole, static_cast<int>(kind));
    item->setData(0, ViewIdRole, viewId);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void NavigationPane::rebuild()
{
    // What is selected, to select it again afterwards: by its name, and what it asks for.
    const QTreeWidgetItem* previous = currentItem();
    const QString current = previous ? previous->text(0) : QString();
    const bool wasApprovals = previous && previous->data(0, ApprovalsRole).toBool();
    const std::optional<TicketQuery> previousQuery =
        previous && previous->data(0, KindRole).isValid() ? std::optional(queryOf(previous))
                                                          : std::nullopt;
    blockSignals(true);
    clear();
    m_queues = new QTreeWidgetItem(this, {tr("Queues")});
    m_queues->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    m_queues->setFont(0, bold);
    if (m_session.isStaff()) {
        addQueue(m_queues, tr("My open tickets"), Kind::MyOpen);
        addQueue(m_queues, tr("Unassigned in my groups"), Kind::Unassigned);
        addQueue(m_queues, tr("SLA at risk"), Kind::AtRisk);
        addQueue(m_queues, tr("All open"), Kind::AllOpen);
        addQueue(m_queues, tr("Recently updated"), Kind::Recent);
        addQueue(m_queues, tr("Open problems"), Kind::OpenProblems);
        addQueue(m_queues, tr("Open changes"), Kind::OpenChanges);
    } else {
        addQueue(m_queues, tr("My requests"), Kind::MyRequests);
    }
    m_views = new QTreeWidgetItem(this, {tr("Saved views")});
    m_views->setFlags(Qt::ItemIsEnabled);
    m_views->setFont(0, bold);
    for (const SavedViewInfo& view : m_directory.savedViews())
        addQueue(m_views, view.name, Kind::SavedView, view.id);
    m_approvals = nullptr;
    if (m_inbox) {
        m_approvals = new QTreeWidgetItem(this, {tr("Approvals"), QString()});
        m_approvals->setData(0, ApprovalsRole, true);
        m_approvals->setFont(0, bold);
        m_approvals->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        showApprovalCount();
    }
    expandAll();
    blockSignals(false);
    const QList<QTreeWidgetItem*> same = findItems(current, Qt::MatchExactly | Qt::MatchRecursive);
    if (!same.isEmpty()) {
        QTreeWidgetItem* again = same.constFirst();
        // The same queue asking the same (a reconnect, another admin's change pushed): selected
        // quietly, since selecting it anew clears the agent's search and reads the queue again.
        const bool unchanged = (wasApprovals && again->data(0, ApprovalsRole).toBool())
            || (previousQuery && again->data(0, KindRole).isValid()
                && queryOf(again) == *previousQuery);
        const QSignalBlocker quiet(unchanged ? this : nullptr);
        setCurrentItem(again);
    }
    refreshCounts();
}

void NavigationPane::selectFirstQueue()
{
    if (m_queues && m_queues->childCount())
        setCurrentItem(m_queues->child(0));
}

TicketQuery NavigationPane::queryOf(const QTreeWidgetItem* item) const
{
    api::TicketFilter filter;
    api::TicketSort sort = api::TicketSort::Priority;
    switch (static_cast<Kind>(item->data(0, KindRole).toInt())) {
    case Kind::MyOpen:
        filter.open = true;
        filter.assignee = api::Selector {api::Selector::Kind::Me, 0};
        break;
    case Kind::Unassigned:
        filter.open = true;
        filter.assignee = api::Selector {api::Selector::Kind::None, 0};
        filter.group = api::Selector {api::Selector::Kind::Mine, 0};
        break;
    case Kind::AtRisk:
        filter.open = true;
        filter.dueBefore = QDateTime::currentMSecsSinceEpoch() + AtRiskWindowMs;
        sort = api::TicketSort::Due;
        break;
    case Kind::AllOpen:
        filter.open = true;
        break;
    case Kind::Recent:
        sort = api::TicketSort::UpdatedDesc;
        break;
    case Kind::OpenProblems:
        filter.open = true;
        filter.types = QList<TicketType> {TicketType::Problem};
        break;
    case Kind::OpenChanges:
        filter.open = true;
        filter.types = QList<TicketType> {TicketType::Change};
        break;
    case Kind::MyRequests:
        filter.requester = api::Selector {api::Selector::Kind::Me, 0};
        sort = api::TicketSort::UpdatedDesc;
        break;
    case Kind::SavedView: {
        const qint64 id = item->data(0, ViewIdRole).toLongLong();
        for (const SavedViewInfo& view : m_directory.savedViews()) {
            if (view.id != id)
                continue;
            const TicketQuery saved = QueueController::savedQuery(view.filter, view.sort);
            filter = saved.filter();
            sort = saved.sort();
        }
        break;
    }
    }
    return TicketQuery(filter, sort);
}

void NavigationPane::scheduleCounts()
{
    if (!m_countTimer.isActive())
        m_countTimer.start(3000);
}

void NavigationPane::refreshCounts()
{
    if (!m_session.isReady())
        return;
    for (QTreeWidgetItem* parent : {m_queues, m_views}) {
        if (!parent)
            continue;
        for (int i = 0; i < parent->childCount(); ++i) {
            QTreeWidgetItem* item = parent->child(i);
            m_controller.count(item->text(0), queryOf(item));
        }
    }
}

void NavigationPane::setApprovalInbox(ApprovalInbox* inbox)
{
    m_inbox = inbox;
    connect(inbox, &ApprovalInbox::changed, this, &NavigationPane::showApprovalCount);
    rebuild();
}

void NavigationPane::showApprovalCount()
{
    if (!m_approvals || !m_inbox)
        return;
    const int count = m_inbox->count();
    m_approvals->setText(1, count > 0 ? QString::number(count) : QString());
    m_approvals->setData(0, Qt::AccessibleTextRole,
                         tr("Approvals, %n waiting on me", nullptr, count));
}

} // namespace frontline::client::ui
