#include "ticketfields.h"

#include "client/core/directory.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/core/timetext.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

// "23 Nov 06:10": day, month and minute are what an agent plans with.
QString shortTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), TicketFields::tr("d MMM HH:mm"));
}

QString slaText(const Ticket& ticket, qint64 now)
{
    const QString& state = ticket.sla.state;
    if (state == u"met"_s)
        return TicketFields::tr("Met");
    if (state == u"paused"_s)
        return TicketFields::tr("Paused (waiting on requester)");
    const std::optional<qint64> due = ticket.nextDue();
    if (!due)
        return TicketFields::tr("No target");
    const QString when = shortTime(*due);
    const QString what = ticket.sla.firstResponseAt || !ticket.sla.responseDue
        ? TicketFields::tr("Resolve")
        : TicketFields::tr("Respond");
    // Two lines at most: the state when it needs attention, then what is due when.
    if (state == u"breached"_s) {
        const bool responseLate = ticket.sla.responseDue
            && (ticket.sla.firstResponseAt ? *ticket.sla.firstResponseAt > *ticket.sla.responseDue
                                           : now > *ticket.sla.responseDue);
        return TicketFields::tr("%1\n%2 by %3")
            .arg(responseLate ? TicketFields::tr("Breached: response was late")
                              : TicketFields::tr("Breached: resolution overdue"),
                 what, when);
    }
    if (state == u"at_risk"_s)
        return TicketFields::tr("%1\n%2 by %3").arg(TicketFields::tr("At risk"), what, when);
    return TicketFields::tr("%1 by %2\n%3").arg(what, when, TimeText::due(*due, now));
}

} // namespace

TicketFields::TicketFields(TicketDetail& detail, const Directory& directory, const Session& session,
                           QWidget* parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_directory(directory)
    , m_session(session)
    , m_requester(plainLabel())
    , m_org(plainLabel())
    , m_status(plainLabel())
    , m_assignee(new QComboBox)
    , m_group(new QComboBox)
    , m_priority(new QComboBox)
    , m_category(plainLabel())
    , m_sla(plainLabel())
    , m_timeSpent(plainLabel())
    , m_tags(plainLabel())
    , m_created(plainLabel())
{
    setObjectName(u"ticketFields"_s);
    m_assignee->setObjectName(u"assigneeBox"_s);
    m_group->setObjectName(u"groupBox"_s);
    m_priority->setObjectName(u"priorityBox"_s);
    m_priority->setToolTip(tr("P1 is the most urgent, P5 the least; set by impact and urgency, "
                              "changed here by hand. A change is saved at once."));
    m_group->setToolTip(tr("The group whose queue holds this ticket. A change is saved at once."));
    m_assignee->setToolTip(tr("The agent who works on this ticket. A change is saved at once."));
    m_sla->setObjectName(u"slaLabel"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_tags->setObjectName(u"tagsLabel"_s);
    m_requester->setObjectName(u"requesterLabel"_s);
    m_org->setObjectName(u"orgLabel"_s);
    for (QLabel* label :
         {m_requester, m_org, m_status, m_category, m_sla, m_timeSpent, m_tags, m_created}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (int p = 1; p <= 5; ++p)
        m_priority->addItem(tr("P%1").arg(p), p);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Requester"), m_requester);
    form->addRow(tr("Organisation"), m_org);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("&Assignee"), m_assignee);
    form->addRow(tr("&Group"), m_group);
    form->addRow(tr("Priorit&y"), m_priority);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("SLA"), m_sla);
    form->addRow(tr("Time spent"), m_timeSpent);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Created"), m_created);

    connect(&m_detail, &TicketDetail::requesterChanged, this, &TicketFields::showRequester);
    // `activated` fires only on the user's choice, never when refresh() sets the box.
    connect(m_assignee, &QComboBox::activated, this, [this](int index) {
        // Ids are positive; 0 stands for "nobody" here.
        const qint64 chosen = m_assignee->itemData(index).toLongLong();
        const qint64 current = m_detail.ticket().assignee ? m_detail.ticket().assignee->id : 0;
        if (chosen != current)
            m_detail.assign(chosen ? std::optional<qint64>(chosen) : std::nullopt);
    });
    connect(m_group, &QComboBox::activated, this, [this](int index) {
        const qint64 chosen = m_group->itemData(index).toLongLong();
        const qint64 current = m_detail.ticket().group ? m_detail.ticket().group->id : 0;
        if (chosen != current)
            m_detail.setGroup(chosen ? std::optional<qint64>(chosen) : std::nullopt);
    });
    connect(m_priority, &QComboBox::activated, this, [this](int index) {
        const int chosen = m_priority->itemData(index).toInt();
        if (chosen != m_detail.ticket().priority)
            m_detail.setPriority(chosen);
    });
}

void TicketFields::fillAssignees()
{
    const Ticket& ticket = m_detail.ticket();
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"));
    // The ticket's group members first, then everyone else on staff.
    QList<User> people = ticket.group ? m_directory.membersOf(ticket.group->id) : QList<User>();
    QList<qint64> seen;
    for (const User& user : std::as_const(people))
        seen.append(user.id);
    for (const User& user : m_directory.staff()) {
        if (!seen.contains(user.id))
            people.append(user);
    }
    for (const User& user : std::as_const(people)) {
        if (user.disabled)
            continue;
        QString text = user.shownName();
        if (user.id == m_session.user().id)
            text = tr("%1 (me)").arg(text);
        m_assignee->addItem(text, user.id);
    }
    if (ticket.assignee && m_assignee->findData(ticket.assignee->id) < 0)
        m_assignee->addItem(ticket.assignee->shownName(), ticket.assignee->id);
    m_assignee->setCurrentIndex(ticket.assignee ? m_assignee->findData(ticket.assignee->id) : 0);
}

void TicketFields::showRequester()
{
    const QString name = m_detail.ticket().requester.shownName();
    setPlainText(m_requester, m_detail.requesterVip() ? tr("%1 ★ VIP").arg(name) : name);
}

void TicketFields::refresh()
{
    const Ticket& ticket = m_detail.ticket();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    showRequester();
    setPlainText(m_org, ticket.org ? ticket.org->name : tr("None"));
    setPlainText(m_status, m_directory.workflow().stateLabel(ticket.type, ticket.status));
    fillAssignees();

    m_group->clear();
    m_group->addItem(tr("No group"));
    for (const Group& group : m_directory.groups())
        m_group->addItem(tr("%1 (L%2)").arg(group.name).arg(group.tier), group.id);
    if (ticket.group && m_group->findData(ticket.group->id) < 0)
        m_group->addItem(ticket.group->name, ticket.group->id);
    m_group->setCurrentIndex(ticket.group ? m_group->findData(ticket.group->id) : 0);

    m_priority->setCurrentIndex(m_priority->findData(ticket.priority));
    setPlainText(m_category, ticket.category.isEmpty() ? tr("None") : ticket.category);
    setPlainText(m_sla, slaText(ticket, now));
    const QString& state = ticket.sla.state;
    Theme::setStyleSheet(m_sla,
                         state == u"breached"_s      ? u"color: {SlaBreached}; font-weight: bold;"_s
                             : state == u"at_risk"_s ? u"color: {SlaAtRisk}; font-weight: bold;"_s
                                                     : QString());
    setPlainText(m_timeSpent, TimeText::minutes(ticket.timeSpentMinutes));
    setPlainText(m_tags, ticket.tags.isEmpty() ? tr("None") : ticket.tags.join(u", "_s));
    setPlainText(
        m_created,
        tr("%1 (%2 ago)").arg(shortTime(ticket.createdAt), TimeText::age(ticket.createdAt, now)));
    const bool staff = m_session.isStaff();
    for (QComboBox* box : {m_assignee, m_group, m_priority})
        box->setEnabled(staff);
}

} // namespace frontline::client::ui
