#include "auditservice.h"

#include "api/reportapi.h"
#include "core/timeutil.h"
#include "reports/reportexport.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {

ServiceResult AuditService::list(const api::AuditListParams& params)
{
    const qint64 before = params.cursor.isEmpty() ? 0 : params.cursor.toLongLong();
    const QList<api::AuditEntry> entries =
        AuditRepository(m_session).list(params.filter, before, params.limit + 1);
    api::AuditPage page;
    page.items = entries.mid(0, params.limit);
    if (entries.size() > params.limit)
        page.nextCursor = QString::number(page.items.constLast().id);
    return Outcome(page);
}

ServiceResult AuditService::exportCsv(const api::AuditExportParams& params)
{
    using reportexport::csvCell;
    QByteArray out = "\xEF\xBB\xBF"; // UTF-8 for spreadsheets
    const QList<QByteArray> heading {
        csvCell(QCoreApplication::translate("AuditExport", "Time")),
        csvCell(QCoreApplication::translate("AuditExport", "Actor")),
        csvCell(QCoreApplication::translate("AuditExport", "Actor id")),
        csvCell(QCoreApplication::translate("AuditExport", "Via")),
        csvCell(QCoreApplication::translate("AuditExport", "Address")),
        csvCell(QCoreApplication::translate("AuditExport", "Action")),
        csvCell(QCoreApplication::translate("AuditExport", "Target type")),
        csvCell(QCoreApplication::translate("AuditExport", "Target id")),
        csvCell(QCoreApplication::translate("AuditExport", "Target")),
        csvCell(QCoreApplication::translate("AuditExport", "Details"))};
    out += heading.join(',') + "\r\n";
    AuditRepository repository(m_session);
    qint64 before = 0;
    int written = 0;
    while (written < MaxExportRows) {
        const int page = std::min(1000, MaxExportRows - written);
        const QList<api::AuditEntry> entries = repository.list(params.filter, before, page);
        for (const api::AuditEntry& e : entries) {
            const QList<QByteArray> cells {
                csvCell(timeutil::toIso(e.at)),
                csvCell(e.actorName),
                e.actorId ? QByteArray::number(*e.actorId) : QByteArray(),
                csvCell(e.via),
                csvCell(e.peer),
                csvCell(e.action),
                csvCell(e.targetType),
                e.targetId ? QByteArray::number(*e.targetId) : QByteArray(),
                csvCell(e.targetLabel),
                csvCell(
                    QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)))};
            out += cells.join(',') + "\r\n";
            before = e.id;
        }
        written += static_cast<int>(entries.size());
        if (entries.size() < page)
            break;
    }
    return Outcome(api::ReportFile {u"frontline-audit-%1.csv"_s.arg(QString::number(before)),
                                    u"text/csv; charset=utf-8"_s, out});
}

} // namespace frontline::server
