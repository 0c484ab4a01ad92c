#pragma once

// JSON helpers that several files of shared/api use (lists, ids, numbers, times): each is defined
// here once, not again in a .cpp file (the sanitizer builds are unity builds, where two .cpp files'
// helpers of one name would clash; cmake/FrontlineSanitizers.cmake).
#include "api/paramreader.h"
#include "core/timeutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace frontline::api::jsonhelpers {

using namespace Qt::StringLiterals;

inline QJsonObject riskJson(const QMap<QString, int>& answers)
{
    QJsonObject o;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline QMap<QString, int> riskOf(const QJsonValue& value)
{
    QMap<QString, int> answers;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        answers.insert(it.key(), it.value().toInt());
    return answers;
}

inline QJsonArray idsJson(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

template<typename T> QJsonArray listJson(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

template<typename T, typename ToJson> QJsonArray listJson(const QList<T>& items, ToJson toJson)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

template<typename T> QList<T> listOf(const QJsonValue& value)
{
    QList<T> items;
    for (const QJsonValue& item : value.toArray())
        items.append(T::fromJson(item));
    return items;
}

template<typename T, typename FromJson> QList<T> listOf(const QJsonValue& value, FromJson fromJson)
{
    const QJsonArray array = value.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue& item : array)
        items.append(fromJson(item));
    return items;
}

inline QStringList stringsOf(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& item : value.toArray())
        strings.append(item.toString());
    return strings;
}

inline QJsonValue numberJson(const std::optional<double>& number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

inline std::optional<double> numberOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

inline QJsonValue timeJson(std::optional<qint64> at)
{
    return at ? QJsonValue(timeutil::toIso(*at)) : QJsonValue();
}

inline std::optional<qint64> timeOf(const QJsonValue& value)
{
    return value.isString() ? timeutil::fromIso(value.toString()) : std::nullopt;
}

inline qint64 timeOr0(const QJsonValue& value)
{
    return timeOf(value).value_or(0);
}

inline QJsonValue idJson(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

inline std::optional<qint64> idOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

inline QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

template<typename T> void putNullable(QJsonObject& o, QLatin1StringView name, const Nullable<T>& v)
{
    if (v.present)
        o.insert(name, v.value ? QJsonValue(*v.value) : QJsonValue());
}

inline void putNullableTime(QJsonObject& o, QLatin1StringView name, const Nullable<qint64>& v)
{
    if (v.present)
        o.insert(name, timeJson(v.value));
}

template<typename T>
inline void putOptional(QJsonObject& o, QLatin1StringView name, const std::optional<T>& v)
{
    if (v)
        o.insert(name, *v);
}

} // namespace frontline::api::jsonhelpers
