#include "contenttype.h"

#include <QMimeDatabase>
#include <QStringList>

#include <algorithm>

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
    // attachment.add refuses names with control characters (api::fileNameProblem), and Qt 6.4's
    // suffix lookup reads past its cache for a name with NULs: such a name refines nothing.
    if (std::any_of(name.begin(), name.end(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return byContent.name();
    const QMimeType byName = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    return isSafeTextType(byName.name()) ? byName.name() : byContent.name();
}

} // namespace frontline::server
