#include "mailoutboxmodel.h"

#include "core/timeutil.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

MailOutboxModel::MailOutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MailOutboxModel::setEntries(const QList<api::MailOutboxEntry>& entries)
{
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries[i].id == m_entries[i].id;
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i] == m_entries[i])
            continue;
        m_entries[i] = entries[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const api::MailOutboxEntry* MailOutboxModel::entry(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries[row];
}

int MailOutboxModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

QString MailOutboxModel::stateLabel(const QString& state)
{
    if (state == u"queued"_s)
        return tr("Queued");
    if (state == u"sending"_s)
        return tr("Sending");
    if (state == u"sent"_s)
        return tr("Sent");
    if (state == u"failed"_s)
        return tr("Failed");
    return state;
}

int MailOutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MailOutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString localTime(const QString& iso)
{
    const auto ms = timeutil::fromIso(iso);
    if (!ms)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

QVariant MailOutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const api::MailOutboxEntry& e = m_entries[index.row()];
    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return e.state;
    case TicketRole:
        return e.ticketId;
    case Qt::ToolTipRole:
        return index.column() == LastError ? QVariant(e.lastError) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case State:
        return stateLabel(e.state);
    case Recipient:
        return e.address;
    case Subject:
        return e.subject;
    case Ticket:
        return u"#%1"_s.arg(e.ticketId);
    case Attempts:
        return e.attempts;
    case NextTry:
        return localTime(e.nextAttemptAt);
    case LastError:
        return e.lastError.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant MailOutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Recipient:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case Ticket:
        return tr("Ticket");
    case Attempts:
        return tr("Attempts");
    case NextTry:
        return tr("Next try");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace frontline::client
