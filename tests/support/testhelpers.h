#pragma once

// Small helpers that several test support files and tests share (defined once: the sanitizer
// builds are unity builds, where two .cpp files' own copies would clash).
#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTcpServer>
#include <QtGlobal>

namespace frontline::test {

// Spans of time in milliseconds (the clocks' unit).
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// A loopback port nobody listens on (at the time of the call; 0 if none could be had).
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Writes `content` to `path`, replacing the file; false if it could not be written whole.
inline bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

// JSON text (a literal in a test) as an object; empty if it is not one.
inline QJsonObject jsonObject(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// An object as compact JSON text (what the wire carries).
inline QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace frontline::test
