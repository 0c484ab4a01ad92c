#include "tickettable.h"

#include "client/core/ticketlistmodel.h"
#include "client/widgets/theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

QColor TicketDelegate::priorityColour(int priority)
{
    return Theme::priorityColour(priority);
}

void TicketDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const bool open = index.data(TicketListModel::OpenRole).toBool();
    if (!open)
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Disabled, QPalette::Text));
    if (index.column() == TicketListModel::PriorityColumn) {
        // A rounded chip in the priority's colour.
        QStyleOptionViewItem background(opt);
        background.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
        const QRect chip = opt.rect.adjusted(4, 3, -4, -3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(priorityColour(index.data(TicketListModel::PriorityRole).toInt()));
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(
            QRect(chip.left(), chip.top(), std::min(chip.width(), 34), chip.height()), 4, 4);
        painter->setPen(Theme::colour(Theme::Role::ChipText));
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(QRect(chip.left(), chip.top(), std::min(chip.width(), 34), chip.height()),
                          Qt::AlignCenter, index.data().toString());
        painter->restore();
        return;
    }
    if (index.column() == TicketListModel::SlaColumn) {
        const QString state = index.data(TicketListModel::SlaStateRole).toString();
        if (state == u"breached"_s)
            opt.palette.setColor(QPalette::Text, Theme::colour(Theme::Role::SlaBreached));
        else if (state == u"at_risk"_s)
            opt.palette.setColor(QPalette::Text, Theme::colour(Theme::Role::SlaAtRisk));
        else if (state == u"paused"_s)
            opt.palette.setColor(QPalette::Text, Theme::colour(Theme::Role::MutedText));
        if (state == u"breached"_s || state == u"at_risk"_s)
            opt.font.setBold(true);
    }
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

TicketTable::TicketTable(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(u"ticketTable"_s);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setItemDelegate(new TicketDelegate(this));
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the queue for the ticket pane, as it is read; rows are whole, arrows and J/K
    // move between them (Tab walked cell by cell and kept the keyboard in the table).
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: no per-row layout
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
}

void TicketTable::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The title is what an agent reads first: it keeps a readable width (the table scrolls
    // sideways before it is squeezed), and the last column takes what is left.
    header->setStretchLastSection(true);
    setColumnWidth(TicketListModel::TitleColumn, 260);
    header->moveSection(header->visualIndex(TicketListModel::TitleColumn), 2);
    // The type beside the id: an "all open" queue mixes incidents, requests, problems, changes.
    header->moveSection(header->visualIndex(TicketListModel::TypeColumn), 1);
    setColumnWidth(TicketListModel::TypeColumn, 115);
    setColumnWidth(TicketListModel::IdColumn, 60);
    setColumnWidth(TicketListModel::PriorityColumn, 50);
    setColumnWidth(TicketListModel::StatusColumn, 95);
    setColumnWidth(TicketListModel::RequesterColumn, 100);
    setColumnWidth(TicketListModel::AssigneeColumn, 95);
    setColumnWidth(TicketListModel::GroupColumn, 95);
    setColumnWidth(TicketListModel::AgeColumn, 55);
    setColumnWidth(TicketListModel::SlaColumn, 100);
    setColumnWidth(TicketListModel::ViewersColumn, 120);
    // "Updated" is the sort key of some queues but rarely read: hidden unless asked for.
    setColumnHidden(TicketListModel::UpdatedColumn, true);
}

QList<int> TicketTable::selectedTicketRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TicketTable::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, TicketListModel::TitleColumn);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void TicketTable::moveSelection(int delta)
{
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    int next = current + delta;
    if (next >= model()->rowCount() && model()->canFetchMore({}))
        model()->fetchMore({});
    next = std::clamp(next, 0, model()->rowCount() - 1);
    selectRow(next);
}

} // namespace frontline::client::ui
