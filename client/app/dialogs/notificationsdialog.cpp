#include "notificationsdialog.h"

#include "client/core/notificationcenter.h"
#include "client/core/timetext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

NotificationsDialog::NotificationsDialog(NotificationCenter& center, QWidget* parent)
    : QDialog(parent)
    , m_center(center)
    , m_list(new QListWidget)
{
    setObjectName(u"notificationsDialog"_s);
    setWindowTitle(tr("Notifications"));
    m_list->setObjectName(u"notificationList"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* read = buttons->addButton(tr("Mark all &read"), QDialogButtonBox::ActionRole);
    connect(read, &QPushButton::clicked, &m_center, &NotificationCenter::markAllRead);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 ticket = item->data(Qt::UserRole).toLongLong();
        if (ticket) {
            Q_EMIT openTicketRequested(ticket);
            accept();
        }
    });
    connect(&m_center, &NotificationCenter::changed, this, &NotificationsDialog::refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    refresh();
    resize(560, 420);
}

void NotificationsDialog::refresh()
{
    m_list->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Notification& n : m_center.notifications()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 ago").arg(n.message, TimeText::age(n.createdAt, now)), m_list);
        item->setData(Qt::UserRole, n.ticketId.value_or(0));
        QFont font = item->font();
        font.setBold(!n.readAt);
        item->setFont(font);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("Nothing to tell you yet."), m_list);
}

} // namespace frontline::client::ui
