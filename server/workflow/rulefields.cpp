#include "rulefields.h"

#include "api/fieldapi.h"
#include "workflow/ruleschema.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server::rulefields {
namespace {

int compareValues(const QJsonValue& current, const QJsonValue& wanted)
{
    if (current.isDouble() && wanted.isDouble()) {
        const double a = current.toDouble();
        const double b = wanted.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    const auto text = [](const QJsonValue& v) {
        return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    };
    return text(current).compare(text(wanted));
}

} // namespace

std::optional<QString> customFieldOf(const QString& field)
{
    if (!field.startsWith(u"fields."_s))
        return std::nullopt;
    const QString name = field.mid(7);
    return api::isValidFieldName(name) ? std::optional(name) : std::nullopt;
}

std::optional<std::pair<QString, QString>> checkCondition(const RuleCondition& condition,
                                                          const QString& path)
{
    const QString valuePath = path + u".value"_s;
    const QStringList ops = ruleschema::operatorNames();
    if (!ops.contains(condition.op))
        return std::pair {path + u".op"_s, u"must be one of "_s + ops.join(u", "_s)};
    const auto scalar = [](const QJsonValue& v) {
        return (v.isString() && !v.toString().isEmpty() && v.toString().size() <= 200)
            || v.isDouble();
    };
    const QJsonValue& value = condition.value;
    if (!ruleschema::takesValue(condition.op)) {
        if (!value.isUndefined() && !value.isNull())
            return std::pair {valuePath, u"takes no value with "_s + condition.op};
    } else if (ruleschema::takesList(condition.op)) {
        const QJsonArray values = value.toArray();
        if (!value.isArray() || values.isEmpty() || values.size() > 50
            || !std::all_of(values.begin(), values.end(), scalar))
            return std::pair {valuePath, u"must be a list of 1 to 50 texts or numbers"_s};
    } else if (!scalar(value)) {
        return std::pair {valuePath, u"must be a text or a number"_s};
    }
    return std::nullopt;
}

bool holds(const RuleCondition& c, const QJsonValue& current)
{
    const bool present = !api::isEmptyFieldValue(current);
    const QString& op = c.op;
    if (op == u"is_set"_s)
        return present;
    if (op == u"is_not_set"_s)
        return !present;
    const QJsonArray values = current.isArray() ? current.toArray() : QJsonArray {current};
    const QJsonArray wanted = c.value.isArray() ? c.value.toArray() : QJsonArray {c.value};
    const auto any = [&](const auto& test) {
        return present && std::any_of(values.begin(), values.end(), test);
    };
    const auto equal = [&](const QJsonValue& v) {
        return std::any_of(wanted.begin(), wanted.end(),
                           [&](const QJsonValue& w) { return compareValues(v, w) == 0; });
    };
    const auto contains = [&](const QJsonValue& v) {
        return v.toString().contains(c.value.toString(), Qt::CaseInsensitive);
    };
    const auto order = [&](const QJsonValue& v) { return compareValues(v, c.value); };
    if (op == u"is"_s || op == u"in"_s)
        return any(equal);
    if (op == u"is_not"_s || op == u"not_in"_s)
        return !any(equal);
    if (op == u"contains"_s)
        return any(contains);
    if (op == u"not_contains"_s)
        return !any(contains);
    if (op == u"lt"_s)
        return any([&](const QJsonValue& v) { return order(v) < 0; });
    if (op == u"lte"_s)
        return any([&](const QJsonValue& v) { return order(v) <= 0; });
    if (op == u"gt"_s)
        return any([&](const QJsonValue& v) { return order(v) > 0; });
    if (op == u"gte"_s)
        return any([&](const QJsonValue& v) { return order(v) >= 0; });
    return false;
}

} // namespace frontline::server::rulefields
