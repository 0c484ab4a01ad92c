#include "serverconfigfile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace frontline::server {

QString ServerConfigFile::defaultPath()
{
    return u"/etc/frontline/server.conf"_s;
}

Result<QMap<QString, QString>, QString> ServerConfigFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the configuration file %1: %2").arg(path, file.errorString());
    return parse(file.readAll(), path);
}

Result<QMap<QString, QString>, QString> ServerConfigFile::parse(const QByteArray& text,
                                                                const QString& path)
{
    QMap<QString, QString> values;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = QString::fromUtf8(lines.at(index)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString where = u"%1:%2"_s.arg(path).arg(index + 1);
        if (equals < 0)
            return tr("%1: expected key = value").arg(where);
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (key.isEmpty())
            return tr("%1: no key before '='").arg(where);
        if (values.contains(key))
            return tr("%1: %2 is given twice").arg(where, key);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        values.insert(key, value);
    }
    return values;
}

} // namespace frontline::server
