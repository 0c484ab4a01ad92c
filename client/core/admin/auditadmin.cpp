#include "auditadmin.h"

#include "api/methods.h"
#include "api/reportapi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

QString shown(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Null:
        return AuditModel::tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? AuditModel::tr("yes") : AuditModel::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString viaText(const QString& via)
{
    if (via == api::auditvia::Session)
        return AuditModel::tr("signed in");
    if (via == api::auditvia::System)
        return AuditModel::tr("server");
    if (via == api::auditvia::Directory)
        return AuditModel::tr("directory");
    if (via.startsWith("token:"_L1))
        return AuditModel::tr("API token %1").arg(via.mid(6));
    return via;
}

} // namespace

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::ToolTipRole && index.column() == Who && !e.peer.isEmpty())
        return tr("From %1").arg(e.peer);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC)
            .toLocalTime()
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Who:
        return e.actorName.isEmpty() ? tr("(unknown)") : e.actorName;
    case Via:
        return viaText(e.via);
    case Action:
        return e.action;
    case Target:
        if (e.targetLabel.isEmpty())
            return e.targetId ? u"%1 %2"_s.arg(e.targetType).arg(*e.targetId) : e.targetType;
        return u"%1 %2"_s.arg(e.targetType, e.targetLabel);
    case Summary:
        return e.summary();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case Via:
        return tr("Via");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Summary:
        return tr("Changed");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted();
}

const api::AuditEntry* AuditModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

void AuditModel::reset(const QList<api::AuditEntry>& entries, bool more)
{
    beginResetModel();
    m_entries = entries;
    m_more = more;
    m_fetching = false;
    endResetModel();
}

void AuditModel::append(const QList<api::AuditEntry>& entries, bool more)
{
    m_more = more;
    m_fetching = false;
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

AuditAdmin::AuditAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    connect(&m_model, &AuditModel::moreWanted, this, &AuditAdmin::fetchMore);
}

void AuditAdmin::setFilter(const api::AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditAdmin::reload()
{
    api::AuditListParams params;
    params.filter = m_filter;
    params.limit = PageSize;
    if (!accepts(params))
        return;
    const int generation = ++m_generation;
    m_fetching = false;
    send(api::method::AuditList, params.toJson(), [this, generation](const QJsonValue& result) {
        if (generation != m_generation)
            return;
        const api::AuditPage page = api::AuditPage::fromJson(result);
        m_cursor = page.nextCursor;
        m_model.reset(page.items, hasMore());
        Q_EMIT loaded();
    });
}

void AuditAdmin::fetchMore()
{
    if (m_cursor.isEmpty() || m_fetching)
        return;
    api::AuditListParams params;
    params.filter = m_filter;
    params.limit = PageSize;
    params.cursor = m_cursor;
    const int generation = m_generation;
    m_fetching = true;
    send(
        api::method::AuditList, params.toJson(),
        [this, generation](const QJsonValue& result) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            const api::AuditPage page = api::AuditPage::fromJson(result);
            m_cursor = page.nextCursor;
            m_model.append(page.items, hasMore());
            Q_EMIT loaded();
        },
        [this] { m_fetching = false; });
}

void AuditAdmin::exportTo(const QString& path)
{
    api::AuditExportParams params;
    params.filter = m_filter;
    send(
        api::method::AuditExport, params.toJson(),
        [this, path](const QJsonValue& result) {
            const QByteArray data = api::ReportFile::fromJson(result).data;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
                || !file.commit()) {
                Q_EMIT exportFailed(tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            Q_EMIT exported(path);
        },
        [this] { Q_EMIT exportFailed(tr("The export was refused.")); });
}

QList<AuditAdmin::DetailRow> AuditAdmin::detailsOf(const api::AuditEntry& entry)
{
    QList<DetailRow> rows;
    for (const api::AuditEntry::Change& change : entry.changes())
        rows.append({change.field, shown(change.before), shown(change.after)});
    return rows;
}

} // namespace frontline::client
