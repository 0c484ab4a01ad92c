#include "requestprogresspanel.h"

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

} // namespace

RequestProgressPanel::RequestProgressPanel(TicketDetail& detail, const Directory& directory,
                                           Session& session, QWidget* parent)
    : QGroupBox(tr("Service request"), parent)
    , m_detail(detail)
    , m_directory(directory)
    , m_model(new RequestTasks(session, this))
    , m_item(plainLabel())
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
    m_approvalsPlace->hide(); // see the header: the approval steps join here
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
    connect(&detail, &TicketDetail::loaded, this, [this] { m_model->show(m_detail.ticket()); });
    connect(m_model, &RequestTasks::changed, this, &RequestProgressPanel::refresh);
    refresh();
}

QString RequestProgressPanel::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void RequestProgressPanel::refresh()
{
    const RequestTasks& model = *m_model;
    setVisible(!model.isEmpty() && model.ticketId() == m_detail.ticketId());
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
