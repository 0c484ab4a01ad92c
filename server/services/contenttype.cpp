#include "contenttype.h"

#include <QMimeDatabase>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace frontline::server {

bool isSafeTextType(const QString& type)
{
    static const QStringList safe {u"text/plain"_s, u"text/csv"_s, u"text/x-log"_s,
                                   u"text/markdown"_s, u"text/tab-separated-values"_s};
    return safe.contains(type);
}

QString recogniseContentType(const QString& name, QByteArrayView head)
{
    const QMimeDatabase db;
    const QMimeType byContent = db.mimeTypeForData(head.toByteArray());
    if (byContent.name() != u"text/plain"_s)
        return byContent.isDefault() ? u"application/octet-stream"_s : byContent.name();
    const QMimeType byName = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    return isSafeTextType(byName.name()) ? byName.name() : byContent.name();
}

} // namespace frontline::server
