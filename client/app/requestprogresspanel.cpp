#include "requestprogresspanel.h"

#include "client/core/catalog/requestprogress.h"
#include "client/core/directory.h"
#include "client/core/requesttasks.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

enum TaskColumn { TitleColumn, GroupColumn, StatusColumn, StageColumn };

QString stepKindText(const QString& kind)
{
    if (kind == u"manager"_s)
        return RequestProgressPanel::tr("The requester's manager");
    if (kind == u"group"_s)
        return RequestProgressPanel::tr("A group");
    return RequestProgressPanel::tr("A named approver");
}

QString stepStateText(const QString& state)
{
    if (state == u"waiting"_s)
        return RequestProgressPanel::tr("waiting for a decision");
    if (state == u"approved"_s)
        return RequestProgressPanel::tr("approved");
    if (state == u"rejected"_s)
        return RequestProgressPanel::tr("rejected");
    if (state == u"skipped"_s)
        return RequestProgressPanel::tr("not needed");
    return RequestProgressPanel::tr("not yet started");
}

} // namespace

RequestProgressPanel::RequestProgressPanel(TicketDetail& detail, const Directory& directory,
                                           Session& session, QWidget* parent)
    : QGroupBox(tr("Service request"), parent)
    , m_detail(detail)
    , m_directory(directory)
    , m_model(new RequestTasks(session, this))
    , m_item(plainLabel())
    , m_approvals(new RequestProgress(session, this))
    , m_approvalsPlace(plainLabel())
    , m_summary(plainLabel())
    , m_tasks(new QTreeWidget)
    , m_parentButton(new QPushButton)
{
    setObjectName(u"requestProgress"_s);
    m_item->setObjectName(u"requestCatalogItem"_s);
    m_approvalsPlace->setObjectName(u"requestApprovalsPlace"_s);
    m_summary->setObjectName(u"requestTasksSummary"_s);
    m_tasks->setObjectName(u"requestTasksList"_s);
    m_parentButton->setObjectName(u"requestParentButton"_s);

    m_item->setWordWrap(true);
    m_approvalsPlace->setWordWrap(true);
    m_approvalsPlace->hide();
    Theme::setStyleSheet(m_summary, u"color: {MutedText};"_s);
    m_tasks->setColumnCount(4);
    m_tasks->setHeaderLabels({tr("Task"), tr("Group"), tr("Status"), tr("Stage")});
    m_tasks->setRootIsDecorated(false);
    m_tasks->setUniformRowHeights(true);
    m_tasks->setAllColumnsShowFocus(true);
    m_tasks->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->setMaximumHeight(120);
    m_tasks->setAccessibleName(tr("Fulfilment tasks"));
    m_tasks->setAccessibleDescription(
        tr("The request's tasks with their group, status and stage; Enter or a double-click "
           "opens one"));
    m_parentButton->setAutoDefault(false);
    m_parentButton->setAccessibleDescription(tr("Opens the service request this task fulfils"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_item);
    layout->addWidget(m_approvalsPlace);
    layout->addWidget(m_summary);
    layout->addWidget(m_tasks);
    layout->addWidget(m_parentButton);

    connect(m_tasks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openTicketRequested(item->data(TitleColumn, Qt::UserRole).toLongLong());
    });
    connect(m_parentButton, &QPushButton::clicked, this, [this] {
        if (const auto& parentRequest = m_model->parentRequest())
            Q_EMIT openTicketRequested(parentRequest->id);
    });
    connect(&detail, &TicketDetail::loaded, this, [this] {
        const Ticket& ticket = m_detail.ticket();
        m_model->show(ticket);
        // Approval chains are for requests and changes: only those cost a second read.
        const bool approvable =
            ticket.type == TicketType::ServiceRequest || ticket.type == TicketType::Change;
        // A change's chain is its advisory board's.
        setTitle(ticket.type == TicketType::Change ? tr("Change advisory board")
                                                   : tr("Service request"));
        const qint64 follow = approvable ? ticket.id : 0;
        if (m_approvals->requestId() != follow)
            m_approvals->setRequest(follow);
    });
    connect(m_approvals, &RequestProgress::changed, this, &RequestProgressPanel::refresh);
    connect(m_model, &RequestTasks::changed, this, &RequestProgressPanel::refresh);
    refresh();
}

QString RequestProgressPanel::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QString RequestProgressPanel::approvalsText() const
{
    return m_approvalsPlace->isHidden() ? QString() : m_approvalsPlace->text();
}

void RequestProgressPanel::refresh()
{
    const RequestTasks& model = *m_model;
    const bool chain =
        m_approvals->requestId() == m_detail.ticketId() && !m_approvals->approvals().isEmpty();
    QStringList steps;
    if (chain) {
        for (const api::ApprovalProgressStep& step : m_approvals->approvals()) {
            QString who = stepKindText(step.kind);
            if (!step.approvers.isEmpty())
                who = tr("%1 (%2)").arg(who, step.approvers.join(tr(", ")));
            QString line =
                tr("Approval %1: %2, %3").arg(step.step + 1).arg(who, stepStateText(step.state));
            if (!step.comment.isEmpty())
                line = tr("%1: “%2”").arg(line, step.comment);
            steps.append(line);
        }
    }
    m_approvalsPlace->setVisible(chain);
    setPlainText(m_approvalsPlace, steps.join(u'\n'));
    setVisible((!model.isEmpty() && model.ticketId() == m_detail.ticketId()) || chain);
    const auto& item = model.catalogItem();
    m_item->setVisible(item.has_value());
    if (item)
        setPlainText(m_item, tr("Requested from the catalog: %1").arg(item->name));

    const QList<TicketTask>& tasks = model.tasks();
    m_tasks->clear();
    for (const TicketTask& task : tasks) {
        auto* row = new QTreeWidgetItem(m_tasks);
        row->setText(TitleColumn, tr("#%1 %2").arg(task.id).arg(task.title));
        row->setData(TitleColumn, Qt::UserRole, task.id);
        row->setText(GroupColumn, task.group ? task.group->name : tr("(none)"));
        row->setText(StatusColumn,
                     m_directory.workflow().stateLabel(TicketType::Task, task.status));
        row->setText(StageColumn, QString::number(task.stage));
        if (!task.open) {
            for (int column = 0; column < m_tasks->columnCount(); ++column)
                row->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_tasks->setVisible(!tasks.isEmpty());
    m_summary->setVisible(item.has_value() || !tasks.isEmpty());
    if (tasks.isEmpty())
        setPlainText(m_summary,
                     tr("No fulfilment task yet: they start once the request is "
                        "approved."));
    else
        setPlainText(
            m_summary,
            tr("Fulfilment: %1 of %2 tasks done.").arg(model.doneCount()).arg(tasks.size()));

    const auto& parentRequest = model.parentRequest();
    m_parentButton->setVisible(parentRequest.has_value());
    if (parentRequest) {
        m_parentButton->setText(parentRequest->title.isEmpty()
                                    ? tr("Part of service request #%1").arg(parentRequest->id)
                                    : tr("Part of service request #%1: %2")
                                          .arg(parentRequest->id)
                                          .arg(parentRequest->title));
    }
}

} // namespace frontline::client::ui
