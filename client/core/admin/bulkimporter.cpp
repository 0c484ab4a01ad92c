#include "bulkimporter.h"

#include "api/methods.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setRows(const QList<api::ImportRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::ImportRow& row = m_rows.at(index.row());
    if (role == ActionRole)
        return static_cast<int>(row.action);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case KeyColumn:
        return row.key;
    case ActionColumn:
        switch (row.action) {
        case api::ImportRow::Action::Create:
            return tr("Create");
        case api::ImportRow::Action::Update:
            return tr("Update");
        case api::ImportRow::Action::Unchanged:
            return tr("Unchanged");
        case api::ImportRow::Action::Refused:
            return tr("Refused");
        }
        return {};
    case DetailColumn:
        if (row.action == api::ImportRow::Action::Refused)
            return tr("%1: %2").arg(row.field, row.reason);
        if (row.action == api::ImportRow::Action::Update)
            return row.changed.join(u", "_s);
        return QString();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KeyColumn:
        return tr("Name");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

BulkImporter::BulkImporter(Session& session, Kind kind, QObject* parent)
    : AdminController(session, parent)
    , m_kind(kind)
{ }

bool BulkImporter::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(std::pair {QString(), tr("Cannot read %1: %2").arg(path, file.errorString())});
        return false;
    }
    const QByteArray bytes = file.read(api::MaxImportBytes + 1);
    if (bytes.size() > api::MaxImportBytes) {
        refuse(std::pair {QString(),
                          tr("The file is larger than %1 MB; import it in parts.")
                              .arg(api::MaxImportBytes / (1024 * 1024))});
        return false;
    }
    preview(QString::fromUtf8(bytes));
    return true;
}

void BulkImporter::preview(const QString& csv)
{
    m_csv = csv;
    m_previewedCurrent = false;
    m_result = api::ImportResult();
    m_model.setRows({});
    Q_EMIT stateChanged();
    run(true);
}

void BulkImporter::import()
{
    if (canImport())
        run(false);
}

bool BulkImporter::canImport() const
{
    return m_previewedCurrent && !m_result.rows.isEmpty()
        && m_result.count(api::ImportRow::Action::Refused) == 0
        && (m_result.count(api::ImportRow::Action::Create) > 0
            || m_result.count(api::ImportRow::Action::Update) > 0);
}

QString BulkImporter::summary() const
{
    using Action = api::ImportRow::Action;
    return tr("%1 to create, %2 to update, %3 unchanged, %4 refused")
        .arg(m_result.count(Action::Create))
        .arg(m_result.count(Action::Update))
        .arg(m_result.count(Action::Unchanged))
        .arg(m_result.count(Action::Refused));
}

void BulkImporter::run(bool dryRun)
{
    api::ImportParams params;
    params.csv = m_csv;
    params.dryRun = dryRun;
    if (!accepts(params))
        return;
    const auto method = m_kind == Kind::Users ? api::method::UserImport : api::method::OrgImport;
    const QString csv = m_csv;
    send(method, params.toJson(), [this, dryRun, csv](const QJsonValue& value) {
        if (csv != m_csv)
            return; // another file was chosen meanwhile
        m_result = api::ImportResult::fromJson(value);
        m_model.setRows(m_result.rows);
        m_previewedCurrent = dryRun;
        Q_EMIT stateChanged();
        if (dryRun)
            Q_EMIT previewed();
        else
            Q_EMIT imported(m_result);
    });
}

} // namespace frontline::client
