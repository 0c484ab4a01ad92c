#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace frontline::api {

struct TextRule;

// JSON Schema (draft 7, what OpenRPC uses) for the fields a ParamReader reads, and for the few
// a fromJson validates by hand: it states them next to that code with
// ParamReader::rawValue(name, [] { return schema::...; }).
namespace schema {

QJsonObject text(const TextRule& rule);
QJsonObject string(int minLength, int maxLength); // taken as given: not trimmed, any characters
QJsonObject id(); // a positive integer id
QJsonObject integer(qint64 minimum, qint64 maximum);
QJsonObject boolean();
QJsonObject oneOf(const QStringList& allowed); // one of these strings
QJsonObject constant(const QString& value);
QJsonObject arrayOf(const QJsonObject& items, int minItems, int maxItems);
QJsonObject anyObject();
QJsonObject nullable(QJsonObject schema); // the schema, or null
QJsonObject anyOf(const QList<QJsonObject>& alternatives);
QJsonObject withDescription(QJsonObject schema, const QString& description);

} // namespace schema

// Describe mode. While a ParamsDescriber lives on a thread, every ParamReader made on that
// thread — the params reader of a fromJson and the readers of its nested objects alike —
// records each field it is asked for (name, type, limits, required or not) instead of
// validating: every read answers a plausible value (a present optional, the first enum value,
// the minimum), never fails, and a rawValue answers "absent", so every branch of the fromJson
// is followed. A field read as absent and then refused by the fromJson is required.
// schema() is the params object's JSON Schema: unknown fields are refused
// (additionalProperties: false), as the reader refuses them.
class ParamsDescriber
{
public:
    ParamsDescriber();
    ~ParamsDescriber();
    ParamsDescriber(const ParamsDescriber&) = delete;
    ParamsDescriber& operator=(const ParamsDescriber&) = delete;

    // The describer of this thread, or nullptr when readers validate.
    static ParamsDescriber* current();

    // Called by ParamReader. Paths are the reader's own (filter.status, groups[0].name).
    void readerAt(const QString& path); // a reader reads the object at path: closed
    void field(const QString& path, const QJsonObject& schema, bool required);
    void readAbsent(const QString& path);
    void refused(const QString& path);
    void allowNull(const QString& path);

    QJsonObject schema() const;

private:
    struct Node;
    Node& node(const QString& path);

    std::unique_ptr<Node> m_root;
    ParamsDescriber* m_previous = nullptr;
};

// The JSON Schema of a params type, from its own fromJson run in describe mode.
template<typename Params> QJsonObject describeParams()
{
    ParamsDescriber describer;
    (void)Params::fromJson(QJsonValue());
    return describer.schema();
}

} // namespace frontline::api
