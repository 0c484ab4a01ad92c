#include "devicesdialog.h"

#include "client/core/account/signedindevices.h"
#include "client/core/timetext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

DevicesDialog::DevicesDialog(SignedInDevices& devices, QWidget* parent)
    : QDialog(parent)
    , m_devices(devices)
    , m_list(new QTreeWidget(this))
    , m_revoke(new QPushButton(tr("&Sign out"), this))
    , m_revokeOthers(new QPushButton(tr("Sign out &all others"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Signed-in devices"));
    m_list->setObjectName(u"deviceList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Program"), tr("Address"), tr("Signed in"), tr("Last seen")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_revokeOthers->setObjectName(u"revokeOthersButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    buttons->addButton(m_revokeOthers, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(680, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem* item = m_list->currentItem();
        m_revoke->setEnabled(item && !item->data(0, Qt::UserRole + 1).toBool());
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_list->currentItem())
            m_devices.revoke(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_revokeOthers, &QPushButton::clicked, &m_devices, &SignedInDevices::revokeOthers);
    connect(&m_devices, &SignedInDevices::loaded, this, &DevicesDialog::render);
    connect(&m_devices, &SignedInDevices::refused, this,
            [this](const QString&, const QString& message) { m_status->setText(message); });
    connect(&m_devices, &SignedInDevices::revoked, this, [this](int count) {
        m_status->setText(tr("Signed out on %n device(s).", nullptr, count));
    });
    m_revoke->setEnabled(false);
    m_devices.reload();
}

void DevicesDialog::render()
{
    m_list->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const api::SessionEntry& session : m_devices.sessions()) {
        auto* item = new QTreeWidgetItem(m_list);
        const QString program = session.client.isEmpty() ? tr("unknown program") : session.client;
        item->setText(0, session.current ? tr("%1 (this device)").arg(program) : program);
        item->setText(1, session.peer);
        item->setText(2, TimeText::moment(session.createdAt, now));
        item->setText(3,
                      session.lastSeenAt ? TimeText::moment(*session.lastSeenAt, now) : QString());
        item->setData(0, Qt::UserRole, session.id);
        item->setData(0, Qt::UserRole + 1, session.current);
    }
    m_revoke->setEnabled(false);
}

} // namespace frontline::client::ui
