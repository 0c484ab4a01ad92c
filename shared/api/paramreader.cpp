#include "paramreader.h"

#include "api/paramsdescription.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr qsizetype MaxEnumListLength = 32;

} // namespace

ParamReader::ParamReader(const QJsonValue& params, QString pathPrefix)
    : m_prefix(std::move(pathPrefix))
    , m_describer(ParamsDescriber::current())
{
    if (m_describer) {
        m_describer->readerAt(m_prefix);
        return;
    }
    if (params.isObject()) {
        m_object = params.toObject();
    } else if (!params.isUndefined() && !params.isNull()) {
        m_error = rpc::RpcError::invalidParams(m_prefix.isEmpty() ? u"params"_s : m_prefix,
                                               u"must be an object with named fields"_s);
    }
}

QString ParamReader::path(QLatin1StringView name) const
{
    return m_prefix.isEmpty() ? QString(name) : m_prefix + u'.' + name;
}

void ParamReader::fail(QLatin1StringView name, const QString& reason)
{
    failPath(path(name), reason);
}

void ParamReader::failPath(const QString& fieldPath, const QString& reason)
{
    if (m_describer) {
        m_describer->refused(fieldPath);
        return;
    }
    if (!m_error)
        m_error = rpc::RpcError::invalidParams(fieldPath, reason);
}

// In describe mode every field is there, so that the code reading it runs.
bool ParamReader::contains(QLatin1StringView name) const
{
    return m_describer ? describeOptionalsPresent() : m_object.contains(name);
}

QJsonValue ParamReader::take(QLatin1StringView name)
{
    m_seen.insert(QString(name));
    return m_object.value(name);
}

void ParamReader::refuse(QLatin1StringView name, const QString& reason)
{
    if (m_describer || !m_object.contains(name))
        return;
    take(name);
    fail(name, reason);
}

void ParamReader::allowNull(QLatin1StringView name)
{
    if (m_describer)
        m_describer->allowNull(path(name));
}

void ParamReader::describe(QLatin1StringView name, const QJsonObject& schema, bool required)
{
    m_describer->field(path(name), schema, required);
}

namespace {

// What a read answers in describe mode: a value the rule accepts, so the caller goes on.
QString plausibleText(const TextRule& rule)
{
    return QString(std::max(rule.minLength, 1), u'x');
}

} // namespace

std::optional<QString> ParamReader::checkText(QLatin1StringView name, const QJsonValue& value,
                                              const TextRule& rule)
{
    if (!value.isString()) {
        fail(name, u"must be a string"_s);
        return std::nullopt;
    }
    QString text = value.toString();
    if (rule.singleLine)
        text = text.trimmed();
    for (const QChar c : std::as_const(text)) {
        const bool allowedWhitespace = !rule.singleLine && (c == u'\n' || c == u'\t' || c == u'\r');
        if (c.category() == QChar::Other_Control && !allowedWhitespace) {
            fail(name, u"must not contain control characters"_s);
            return std::nullopt;
        }
    }
    if (text.size() < rule.minLength) {
        fail(name,
             rule.minLength <= 1 ? u"must not be empty"_s
                                 : u"must be at least %1 characters"_s.arg(rule.minLength));
        return std::nullopt;
    }
    if (text.size() > rule.maxLength) {
        fail(name, u"must be at most %1 characters"_s.arg(rule.maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> ParamReader::checkId(QLatin1StringView name, const QJsonValue& value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || std::floor(number) != number || number > 9.0e15) {
        fail(name, u"must be a positive integer id"_s);
        return std::nullopt;
    }
    return value.toInteger();
}

QString ParamReader::requiredString(QLatin1StringView name, const TextRule& rule)
{
    if (m_describer) {
        describe(name, schema::text(rule), true);
        return plausibleText(rule);
    }
    const QJsonValue value = take(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"is required"_s);
        return {};
    }
    return checkText(name, value, rule).value_or(QString());
}

std::optional<QString> ParamReader::optionalString(QLatin1StringView name, const TextRule& rule)
{
    if (m_describer) {
        describe(name, schema::text(rule), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return plausibleText(rule);
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    return checkText(name, value, rule);
}

Nullable<QString> ParamReader::nullableString(QLatin1StringView name, const TextRule& rule)
{
    if (m_describer) {
        describe(name, schema::nullable(schema::text(rule)), false);
        if (!describeOptionalsPresent())
            return Nullable<QString>::absent();
        return Nullable<QString>::of(plausibleText(rule));
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return Nullable<QString>::absent();
    if (value.isNull())
        return Nullable<QString>::null();
    if (auto text = checkText(name, value, rule))
        return Nullable<QString>::of(*text);
    return Nullable<QString>::absent();
}

qint64 ParamReader::requiredId(QLatin1StringView name)
{
    if (m_describer) {
        describe(name, schema::id(), true);
        return 1;
    }
    const QJsonValue value = take(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"is required"_s);
        return 0;
    }
    return checkId(name, value).value_or(0);
}

std::optional<qint64> ParamReader::optionalId(QLatin1StringView name)
{
    if (m_describer) {
        describe(name, schema::id(), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return 1;
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    return checkId(name, value);
}

Nullable<qint64> ParamReader::nullableId(QLatin1StringView name)
{
    if (m_describer) {
        describe(name, schema::nullable(schema::id()), false);
        if (!describeOptionalsPresent())
            return Nullable<qint64>::absent();
        return Nullable<qint64>::of(1);
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return Nullable<qint64>::absent();
    if (value.isNull())
        return Nullable<qint64>::null();
    if (auto id = checkId(name, value))
        return Nullable<qint64>::of(*id);
    return Nullable<qint64>::absent();
}

std::optional<int> ParamReader::optionalInt(QLatin1StringView name, int minimum, int maximum)
{
    if (m_describer) {
        describe(name, schema::integer(minimum, maximum), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return minimum;
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < minimum || number > maximum) {
        fail(name, u"must be an integer from %1 to %2"_s.arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

int ParamReader::requiredInt(QLatin1StringView name, int minimum, int maximum)
{
    if (m_describer) {
        describe(name, schema::integer(minimum, maximum), true);
        return minimum;
    }
    if (!m_object.contains(name)) {
        take(name);
        fail(name, u"is required"_s);
        return minimum;
    }
    return optionalInt(name, minimum, maximum).value_or(minimum);
}

std::optional<bool> ParamReader::optionalBool(QLatin1StringView name)
{
    if (m_describer) {
        describe(name, schema::boolean(), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return false;
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        fail(name, u"must be true or false"_s);
        return std::nullopt;
    }
    return value.toBool();
}

QString ParamReader::requiredEnum(QLatin1StringView name, const QStringList& allowed)
{
    if (m_describer) {
        describe(name, schema::oneOf(allowed), true);
        return allowed.value(0);
    }
    if (!m_object.contains(name) || m_object.value(name).isNull()) {
        take(name);
        fail(name, u"is required"_s);
        return {};
    }
    return optionalEnum(name, allowed).value_or(QString());
}

std::optional<QString> ParamReader::optionalEnum(QLatin1StringView name, const QStringList& allowed)
{
    if (m_describer) {
        describe(name, schema::oneOf(allowed), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return allowed.value(0);
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString() || !allowed.contains(value.toString())) {
        fail(name, u"must be one of: "_s + allowed.join(u", "_s));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QStringList> ParamReader::optionalEnumList(QLatin1StringView name,
                                                         const QStringList& allowed)
{
    const qsizetype maxLength = std::max<qsizetype>(MaxEnumListLength, allowed.size());
    if (m_describer) {
        describe(name, schema::arrayOf(schema::oneOf(allowed), 1, int(maxLength)), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return QStringList {allowed.value(0)};
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    // A list of known values, duplicates dropped: never longer than the allowed ones, and a
    // longer array is refused before any of it is read.
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > maxLength) {
        fail(name, u"must be a non-empty array of at most %1 values"_s.arg(maxLength));
        return std::nullopt;
    }
    QStringList result;
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isString() || !allowed.contains(element.toString())) {
            fail(name, u"each element must be one of: "_s + allowed.join(u", "_s));
            return std::nullopt;
        }
        if (!result.contains(element.toString()))
            result.append(element.toString());
    }
    return result;
}

std::optional<QJsonObject> ParamReader::optionalObject(QLatin1StringView name)
{
    if (m_describer) {
        describe(name, schema::anyObject(), false);
        if (!describeOptionalsPresent())
            return std::nullopt;
        return QJsonObject();
    }
    const QJsonValue value = take(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        fail(name, u"must be an object"_s);
        return std::nullopt;
    }
    return value.toObject();
}

QJsonValue ParamReader::rawValue(QLatin1StringView name)
{
    if (m_describer) {
        describe(name, {}, false);
        m_describer->readAbsent(path(name));
        return QJsonValue(QJsonValue::Undefined);
    }
    return take(name);
}

std::optional<rpc::RpcError> ParamReader::finish()
{
    if (m_describer)
        return std::nullopt;
    if (m_error)
        return m_error;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            return rpc::RpcError::invalidParams(
                m_prefix.isEmpty() ? it.key() : m_prefix + u'.' + it.key(), u"unknown field"_s);
    }
    return std::nullopt;
}

QJsonObject IdParams::toJson() const
{
    return {{"id"_L1, id}};
}

Result<IdParams, rpc::RpcError> IdParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    IdParams p;
    p.id = reader.requiredId("id"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

Result<EmptyParams, rpc::RpcError> EmptyParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    if (auto error = reader.finish())
        return *error;
    return EmptyParams {};
}

} // namespace frontline::api
