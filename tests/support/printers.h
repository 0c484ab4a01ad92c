#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

// Readable assertion messages for Qt types (found by GoogleTest through argument lookup).
inline void PrintTo(const QString& value, std::ostream* out)
{
    *out << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QJsonValue& value, std::ostream* out)
{
    const QJsonArray wrapper {value};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    *out << json.mid(1, json.size() - 2).toStdString();
}

inline void PrintTo(const QJsonObject& value, std::ostream* out)
{
    *out << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QStringList& value, std::ostream* out)
{
    *out << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

template<typename T> void PrintTo(const QSet<T>& value, std::ostream* out)
{
    *out << '{';
    for (const T& element : value)
        *out << ::testing::PrintToString(element) << ' ';
    *out << '}';
}
