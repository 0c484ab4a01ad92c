#include "outboxdialog.h"

#include "client/core/outboxmodel.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

// A refused item reads in red.
class RefusedInRed final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OutboxModel::FailedRole).toBool())
            option->palette.setColor(QPalette::Text, Theme::colour(Theme::Role::ErrorText));
    }
};

} // namespace

OutboxDialog::OutboxDialog(OutboxModel& model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_table(new QTableView)
    , m_summary(plainLabel())
    , m_retry(new QPushButton(tr("Send &again")))
    , m_applyAnyway(new QPushButton(tr("&Apply anyway")))
    , m_discard(new QPushButton(tr("&Discard")))
{
    setObjectName(u"outboxDialog"_s);
    setWindowTitle(tr("Outbox"));
    m_summary->setObjectName(u"outboxSummary"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setModel(&model);
    m_table->setItemDelegate(new RefusedInRed(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_retry->setObjectName(u"retryButton"_s);
    m_applyAnyway->setObjectName(u"applyAnywayButton"_s);
    m_discard->setObjectName(u"discardButton"_s);
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

    Outbox& outbox = model.outbox();
    connect(m_retry, &QPushButton::clicked, this, [this, &outbox] { outbox.retry(selectedId()); });
    connect(m_applyAnyway, &QPushButton::clicked, this,
            [this, &outbox] { outbox.retryWithCurrentVersion(selectedId()); });
    connect(m_discard, &QPushButton::clicked, this, [this, &outbox] {
        const auto item = outbox.item(selectedId());
        if (!item)
            return;
        if (QMessageBox::question(this, tr("Discard change"),
                                  tr("Discard “%1”? It will not be sent.").arg(item->description))
            == QMessageBox::Yes)
            outbox.discard(item->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selected = rows.first().data(OutboxModel::ItemIdRole).toString();
        updateButtons();
    });
    connect(&model, &QAbstractItemModel::modelReset, this, &OutboxDialog::refresh);
    refresh();
    resize(760, 360);
}

QString OutboxDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OutboxModel::ItemIdRole).toString();
}

void OutboxDialog::select(const QString& id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void OutboxDialog::refresh()
{
    // The model was reset: the same item stays selected.
    select(m_selected);
    setPlainText(m_summary, m_model.summary());
    updateButtons();
}

void OutboxDialog::updateButtons()
{
    const auto item = m_model.outbox().item(selectedId());
    m_retry->setEnabled(item && item->canRetry());
    m_applyAnyway->setEnabled(item && item->canApplyAnyway());
    m_discard->setEnabled(item && item->canDiscard());
}

} // namespace frontline::client::ui
