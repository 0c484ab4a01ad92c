#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace frontline::client::ui {

// Colour cues of the queue: the priority as a coloured chip, the SLA column red when breached,
// amber at risk, grey while paused; closed tickets greyed.
class TicketDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    static QColor priorityColour(int priority);
};

// The queue: rows of uniform height (fast at tens of thousands of rows), whole-row selection,
// several rows for bulk actions, columns that remember their width.
class TicketTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTable)

public:
    explicit TicketTable(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model) override;
    QList<int> selectedTicketRows() const;
    void selectRow(int row); // and scroll to it
    void moveSelection(int delta); // next/previous ticket
};

} // namespace frontline::client::ui
