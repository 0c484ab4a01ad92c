#include "schema.h"

#include "api/paramreader.h"
#include "api/paramsdescription.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::api {

namespace schema {

QJsonObject text(const TextRule& rule)
{
    // Qt's Other_Control category: C0 and C1 controls; a multi-line text allows tab and newlines.
    const QString controls = rule.singleLine
        ? u"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"_s
        : u"^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"_s;
    QJsonObject object {
        {"type"_L1, u"string"_s}, {"maxLength"_L1, rule.maxLength}, {"pattern"_L1, controls}};
    if (rule.minLength > 0)
        object.insert("minLength"_L1, rule.minLength);
    if (rule.singleLine)
        object.insert("description"_L1, u"one line; leading and trailing blanks are trimmed"_s);
    return object;
}

QJsonObject string(int minLength, int maxLength)
{
    QJsonObject object {{"type"_L1, u"string"_s}, {"maxLength"_L1, maxLength}};
    if (minLength > 0)
        object.insert("minLength"_L1, minLength);
    return object;
}

QJsonObject id()
{
    return integer(1, 9'000'000'000'000'000);
}

QJsonObject integer(qint64 minimum, qint64 maximum)
{
    return {{"type"_L1, u"integer"_s},
            {"minimum"_L1, double(minimum)},
            {"maximum"_L1, double(maximum)}};
}

QJsonObject boolean()
{
    return {{"type"_L1, u"boolean"_s}};
}

QJsonObject oneOf(const QStringList& allowed)
{
    return {{"type"_L1, u"string"_s}, {"enum"_L1, QJsonArray::fromStringList(allowed)}};
}

QJsonObject constant(const QString& value)
{
    return {{"const"_L1, value}};
}

QJsonObject arrayOf(const QJsonObject& items, int minItems, int maxItems)
{
    QJsonObject object {{"type"_L1, u"array"_s}, {"items"_L1, items}, {"maxItems"_L1, maxItems}};
    if (minItems > 0)
        object.insert("minItems"_L1, minItems);
    return object;
}

QJsonObject anyObject()
{
    return {{"type"_L1, u"object"_s}};
}

QJsonObject nullable(QJsonObject schema)
{
    const QJsonValue type = schema.value("type"_L1);
    if (type.isString()) {
        schema.insert("type"_L1, QJsonArray {type, u"null"_s});
        if (schema.contains("enum"_L1)) {
            QJsonArray values = schema.value("enum"_L1).toArray();
            values.append(QJsonValue::Null);
            schema.insert("enum"_L1, values);
        }
        return schema;
    }
    return anyOf({schema, QJsonObject {{"type"_L1, u"null"_s}}});
}

QJsonObject anyOf(const QList<QJsonObject>& alternatives)
{
    QJsonArray array;
    for (const QJsonObject& alternative : alternatives)
        array.append(alternative);
    return {{"anyOf"_L1, array}};
}

QJsonObject withDescription(QJsonObject schema, const QString& description)
{
    schema.insert("description"_L1, description);
    return schema;
}

} // namespace schema

namespace {

thread_local ParamsDescriber* t_current = nullptr;
thread_local bool t_optionalsPresent = true;
thread_local int t_pass = 0; // 0: optionals present, 1: absent

int passBit()
{
    return 1 << t_pass;
}

} // namespace

bool describeOptionalsPresent()
{
    return t_optionalsPresent;
}

DescribePass::DescribePass(bool optionalsPresent)
    : m_previous(t_optionalsPresent)
{
    t_optionalsPresent = optionalsPresent;
    t_pass = optionalsPresent ? 0 : 1;
}

DescribePass::~DescribePass()
{
    t_optionalsPresent = m_previous;
    t_pass = m_previous ? 0 : 1;
}

// Each flag is a set of passes (bit 0: optionals present, bit 1: absent).
struct ParamsDescriber::Node
{
    QString name;
    QJsonObject schema;
    int requiredIn = 0;
    int openedIn = 0; // a reader read this object
    int absentIn = 0;
    bool closed = false;
    std::vector<Node> properties; // in the order the fromJson reads them
    std::unique_ptr<Node> items;

    Node& property(const QString& key)
    {
        for (Node& child : properties) {
            if (child.name == key)
                return child;
        }
        properties.push_back(Node {key, {}, 0, 0, 0, false, {}, {}});
        return properties.back();
    }

    QJsonObject toJson() const
    {
        QJsonObject out = schema;
        if (closed || !properties.empty()) {
            if (!out.contains("type"_L1))
                out.insert("type"_L1, u"object"_s);
            QJsonObject props;
            QJsonArray requiredNames;
            for (const Node& child : properties) {
                props.insert(child.name, child.toJson());
                // Required when every pass that read this object required it.
                if (openedIn != 0 && (child.requiredIn & openedIn) == openedIn)
                    requiredNames.append(child.name);
            }
            out.insert("properties"_L1, props);
            if (!requiredNames.isEmpty())
                out.insert("required"_L1, requiredNames);
            if (closed)
                out.insert("additionalProperties"_L1, false);
        }
        if (items) {
            if (!out.contains("type"_L1))
                out.insert("type"_L1, u"array"_s);
            out.insert("items"_L1, items->toJson());
        }
        return out;
    }
};

ParamsDescriber::ParamsDescriber()
    : m_root(std::make_unique<Node>())
    , m_previous(t_current)
{
    t_current = this;
}

ParamsDescriber::~ParamsDescriber()
{
    t_current = m_previous;
}

ParamsDescriber* ParamsDescriber::current()
{
    return t_current;
}

// "a.b[0].c": properties a, b, b's items, c.
ParamsDescriber::Node& ParamsDescriber::node(const QString& path)
{
    Node* at = m_root.get();
    if (path.isEmpty())
        return *at;
    for (const QString& segment : path.split(u'.')) {
        const qsizetype bracket = segment.indexOf(u'[');
        at = &at->property(bracket < 0 ? segment : segment.left(bracket));
        for (qsizetype i = bracket; i >= 0; i = segment.indexOf(u'[', i + 1)) {
            if (!at->items)
                at->items = std::make_unique<Node>();
            at = at->items.get();
        }
    }
    return *at;
}

void ParamsDescriber::readerAt(const QString& path)
{
    Node& at = node(path);
    at.closed = true;
    at.openedIn |= passBit();
}

void ParamsDescriber::field(const QString& path, const QJsonObject& fieldSchema, bool required)
{
    Node& at = node(path);
    if (!fieldSchema.isEmpty())
        at.schema = fieldSchema;
    if (required)
        at.requiredIn |= passBit();
}

void ParamsDescriber::readAbsent(const QString& path)
{
    node(path).absentIn |= passBit();
}

void ParamsDescriber::refused(const QString& path)
{
    // Only a field already read: a refusal of the whole params or of a value inside a field
    // says nothing about which fields exist.
    Node* at = m_root.get();
    for (const QString& segment : path.split(u'.')) {
        const auto it =
            std::find_if(at->properties.begin(), at->properties.end(),
                         [&segment](const Node& child) { return child.name == segment; });
        if (it == at->properties.end())
            return;
        at = &*it;
    }
    if (at->absentIn & passBit())
        at->requiredIn |= passBit();
}

void ParamsDescriber::allowNull(const QString& path)
{
    Node& at = node(path);
    at.schema = schema::nullable(at.schema);
}

QJsonObject ParamsDescriber::schema() const
{
    QJsonObject out = m_root->toJson();
    if (!out.contains("type"_L1))
        out.insert("type"_L1, u"object"_s);
    return out;
}

} // namespace frontline::api
