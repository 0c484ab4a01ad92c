#pragma once

#include "api/schema.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::api {

// A field that may be absent, explicitly null (clear it) or set.
template<typename T> struct Nullable
{
    bool present = false;
    std::optional<T> value;

    bool isNull() const { return present && !value.has_value(); }
    static Nullable absent() { return {}; }
    static Nullable null() { return {true, std::nullopt}; }
    static Nullable of(T v) { return {true, std::move(v)}; }
};

struct TextRule
{
    int minLength = 0;
    int maxLength = 200;
    bool singleLine = true; // refuse control characters, including newlines
};

// Reads named params with strict types. Every read marks the field as known; finish() reports
// the first problem, or a field nobody read (unknown fields are refused, never ignored).
// Errors name the field by its path (filter.status) so that clients can show them inline.
// Under a ParamsDescriber (schema.h) it records the fields instead: the same code that validates
// params describes them for rpc.discover.
class ParamReader
{
public:
    explicit ParamReader(const QJsonValue& params, QString pathPrefix = {});

    bool contains(QLatin1StringView name) const;

    QString requiredString(QLatin1StringView name, const TextRule& rule = {});
    std::optional<QString> optionalString(QLatin1StringView name, const TextRule& rule = {});
    Nullable<QString> nullableString(QLatin1StringView name, const TextRule& rule = {});

    qint64 requiredId(QLatin1StringView name);
    std::optional<qint64> optionalId(QLatin1StringView name);
    Nullable<qint64> nullableId(QLatin1StringView name);

    std::optional<int> optionalInt(QLatin1StringView name, int minimum, int maximum);
    int requiredInt(QLatin1StringView name, int minimum, int maximum);
    std::optional<bool> optionalBool(QLatin1StringView name);

    QString requiredEnum(QLatin1StringView name, const QStringList& allowed);
    std::optional<QString> optionalEnum(QLatin1StringView name, const QStringList& allowed);
    std::optional<QStringList> optionalEnumList(QLatin1StringView name, const QStringList& allowed);

    // A nested object; read it with its own ParamReader(value, path(name)).
    std::optional<QJsonObject> optionalObject(QLatin1StringView name);
    // Any JSON value, validated by the caller; in describe mode it is absent. The caller states
    // what it accepts with the second form (only called when describing).
    QJsonValue rawValue(QLatin1StringView name);
    template<typename SchemaOf> QJsonValue rawValue(QLatin1StringView name, SchemaOf schemaOf)
    {
        const QJsonValue value = rawValue(name);
        if (m_describer)
            m_describer->field(path(name), schemaOf(), false);
        return value;
    }
    bool describing() const { return m_describer != nullptr; }
    // A field the method never takes, refused with a reason when present ("is changed with
    // ticket.transition"); described as not there (unknown fields are refused anyway).
    void refuse(QLatin1StringView name, const QString& reason);
    // The field just read may also be null (a helper that tests for null before reading it).
    void allowNull(QLatin1StringView name);

    // Records a problem found by the caller's own validation (first problem wins).
    void fail(QLatin1StringView name, const QString& reason);
    void failPath(const QString& path, const QString& reason);
    QString path(QLatin1StringView name) const;

    bool ok() const { return !m_error.has_value(); }
    // Checks for unknown fields; returns the first error, if any.
    std::optional<rpc::RpcError> finish();

private:
    QJsonValue take(QLatin1StringView name);
    void describe(QLatin1StringView name, const QJsonObject& schema, bool required);
    std::optional<QString> checkText(QLatin1StringView name, const QJsonValue& value,
                                     const TextRule& rule);
    std::optional<qint64> checkId(QLatin1StringView name, const QJsonValue& value);

    QJsonObject m_object;
    QString m_prefix;
    QSet<QString> m_seen;
    std::optional<rpc::RpcError> m_error;
    ParamsDescriber* m_describer = nullptr;
};

// {"id": N}: the params of every get-style method.
struct IdParams
{
    qint64 id = 0;

    QJsonObject toJson() const;
    static Result<IdParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Params of a method that takes none: absent, null or {} (anything else is refused).
struct EmptyParams
{
    static Result<EmptyParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

} // namespace frontline::api
