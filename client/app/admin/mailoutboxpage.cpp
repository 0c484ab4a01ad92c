#include "mailoutboxpage.h"

#include "client/core/admin/mailoutboxadmin.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

MailOutboxPage::MailOutboxPage(MailOutboxAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_filter(new QComboBox)
    , m_counts(plainLabel())
    , m_table(new QTableView)
    , m_retry(new QPushButton(tr("&Retry now")))
    , m_refresh(new QPushButton(tr("Re&fresh")))
{
    setObjectName(u"mailOutboxPage"_s);
    m_filter->setObjectName(u"outboxStateBox"_s);
    m_counts->setObjectName(u"outboxCounts"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setAccessibleName(tr("Outgoing mails"));
    m_retry->setObjectName(u"outboxRetry"_s);
    m_refresh->setObjectName(u"outboxRefresh"_s);
    m_list->hide(); // one table
    m_new->hide();
    m_save->hide();

    m_filter->addItem(tr("All mails"), QString());
    for (const QString& state : {u"queued"_s, u"sending"_s, u"sent"_s, u"failed"_s})
        m_filter->addItem(MailOutboxModel::stateLabel(state), state);
    m_form->addRow(tr("&Show"), m_filter);
    m_filter->setToolTip(tr("Which mails the list shows: all, waiting, sent or failed."));
    m_form->addRow(QString(), m_counts);

    m_table->setModel(m_admin.model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    auto* layout = new QVBoxLayout(m_extra);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    followBusy(m_admin);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_admin.setStateFilter(m_filter->currentData().toString()); });
    connect(&m_admin, &MailOutboxAdmin::loaded, this, [this] {
        showCounts();
        updateRetry();
    });
    connect(&m_admin, &MailOutboxAdmin::retried, this, [this](const api::MailOutboxEntry& entry) {
        showStatus(tr("The mail to %1 is sent again now.").arg(entry.address), false);
    });
    connect(&m_admin, &MailOutboxAdmin::refused, this, &MailOutboxPage::showRefusal);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailOutboxPage::updateRetry);
    connect(m_admin.model(), &QAbstractItemModel::dataChanged, this, &MailOutboxPage::updateRetry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            m_admin.retry(id);
    });
    connect(m_refresh, &QPushButton::clicked, this, &MailOutboxPage::reload);
    showCounts();
    updateRetry();
}

void MailOutboxPage::reload()
{
    m_admin.reload();
}

void MailOutboxPage::showRecord(const QVariant&) { }

void MailOutboxPage::save() { }

void MailOutboxPage::showEvent(QShowEvent* event)
{
    AdminPage::showEvent(event);
    m_admin.setRefreshInterval(RefreshMs);
}

void MailOutboxPage::hideEvent(QHideEvent* event)
{
    m_admin.setRefreshInterval(0);
    AdminPage::hideEvent(event);
}

qint64 MailOutboxPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MailOutboxModel::IdRole).toLongLong();
}

void MailOutboxPage::showCounts()
{
    const api::MailOutboxList& counts = m_admin.counts();
    setPlainText(m_counts,
                 tr("%1 queued, %2 being sent, %3 sent, %4 failed")
                     .arg(counts.queued)
                     .arg(counts.sending)
                     .arg(counts.sent)
                     .arg(counts.failed));
}

// Only a failed mail, or one waiting for its next try, can be sent again now.
void MailOutboxPage::updateRetry()
{
    const auto* entry = m_admin.model()->entry(selectedId());
    m_retry->setEnabled(entry && (entry->state == u"failed"_s || entry->state == u"queued"_s));
}

} // namespace frontline::client::ui
