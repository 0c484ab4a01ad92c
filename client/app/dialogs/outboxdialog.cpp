#include "outboxdialog.h"

#include "client/core/errortext.h"
#include "client/core/outbox.h"
#include "client/widgets/safetext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

OutboxDialog::OutboxDialog(Outbox& outbox, QWidget* parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_table(new QTableWidget(0, 4))
    , m_summary(plainLabel())
    , m_retry(new QPushButton(tr("Send &again")))
    , m_applyAnyway(new QPushButton(tr("&Apply anyway")))
    , m_discard(new QPushButton(tr("&Discard")))
{
    setObjectName(u"outboxDialog"_s);
    setWindowTitle(tr("Outbox"));
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Made"), tr("State"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_applyAnyway->setToolTip(
        tr("Someone changed the ticket meanwhile: send your change over theirs."));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_applyAnyway);
    actions->addWidget(m_discard);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_retry, &QPushButton::clicked, this, [this] { m_outbox.retry(selectedId()); });
    connect(m_applyAnyway, &QPushButton::clicked, this,
            [this] { m_outbox.retryWithCurrentVersion(selectedId()); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const auto item = m_outbox.item(selectedId());
        if (!item)
            return;
        if (QMessageBox::question(this, tr("Discard change"),
                                  tr("Discard “%1”? It will not be sent.").arg(item->description))
            == QMessageBox::Yes)
            m_outbox.discard(item->id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    connect(&outbox, &Outbox::changed, this, &OutboxDialog::refresh);
    refresh();
    resize(760, 360);
}

QString OutboxDialog::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty()
        ? QString()
        : m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

void OutboxDialog::refresh()
{
    const QString keep = selectedId();
    m_table->setRowCount(0);
    for (const Outbox::Item& item : m_outbox.items()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* what = new QTableWidgetItem(item.description);
        what->setData(Qt::UserRole, item.id);
        m_table->setItem(row, 0, what);
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(item.createdAt).time(), QLocale::ShortFormat)));
        const QString state = item.state == Outbox::State::Failed ? tr("Refused")
            : item.state == Outbox::State::Sending                ? tr("Sending…")
                                                                  : tr("Waiting");
        m_table->setItem(row, 2, new QTableWidgetItem(state));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(item.error ? ErrorText::describe(*item.error) : QString()));
        if (item.state == Outbox::State::Failed) {
            for (int column = 0; column < 4; ++column)
                m_table->item(row, column)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        if (item.id == keep)
            m_table->selectRow(row);
    }
    setPlainText(m_summary,
                 m_outbox.items().isEmpty() ? tr("Everything has been sent.")
                                            : tr("%n change(s) waiting, %1 refused by the server.",
                                                 nullptr, m_outbox.waitingCount())
                                                  .arg(m_outbox.failedCount()));
    updateButtons();
}

void OutboxDialog::updateButtons()
{
    const auto item = m_outbox.item(selectedId());
    const bool failed = item && item->state == Outbox::State::Failed;
    m_retry->setEnabled(failed);
    m_applyAnyway->setEnabled(failed && item->error && item->error->is(rpc::ErrorCode::Conflict));
    m_discard->setEnabled(item.has_value() && item->state != Outbox::State::Sending);
}

} // namespace frontline::client::ui
