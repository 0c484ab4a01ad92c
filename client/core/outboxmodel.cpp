#include "outboxmodel.h"

#include "client/core/errortext.h"

#include <QDateTime>
#include <QLocale>

namespace frontline::client {

OutboxModel::OutboxModel(Outbox& outbox, QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    // Few items, changed one at a time: a reset keeps it simple and the view keeps its place
    // by item id (rowOf).
    connect(&outbox, &Outbox::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QString OutboxModel::stateLabel(Outbox::State state)
{
    switch (state) {
    case Outbox::State::Failed:
        return tr("Refused");
    case Outbox::State::Sending:
        return tr("Sending…");
    case Outbox::State::Waiting:
        break;
    }
    return tr("Waiting");
}

QString OutboxModel::summary() const
{
    if (m_outbox.items().isEmpty())
        return tr("Everything has been sent.");
    return tr("%n change(s) waiting, %1 refused by the server.", nullptr, m_outbox.waitingCount())
        .arg(m_outbox.failedCount());
}

int OutboxModel::rowOf(const QString& id) const
{
    const QList<Outbox::Item>& items = m_outbox.items();
    for (qsizetype row = 0; row < items.size(); ++row) {
        if (items[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outbox.items().size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Item& item = m_outbox.items().at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case StateRole:
        return QVariant::fromValue(item.state);
    case FailedRole:
        return item.state == Outbox::State::Failed;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case ChangeColumn:
        return item.files.isEmpty()
            ? item.description
            : tr("%1 (%n file(s))", nullptr, static_cast<int>(item.files.size()))
                  .arg(item.description);
    case MadeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.createdAt).time(),
                                  QLocale::ShortFormat);
    case StateColumn:
        return stateLabel(item.state);
    case ProblemColumn:
        return item.error ? ErrorText::describe(*item.error) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ChangeColumn:
        return tr("Change");
    case MadeColumn:
        return tr("Made");
    case StateColumn:
        return tr("State");
    case ProblemColumn:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline::client
