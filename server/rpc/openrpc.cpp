#include "openrpc.h"

#include "api/methodsummaries.h"
#include "api/resultschemas.h"
#include "rpc/errorcodes.h"
#include "rpc/methodregistry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

struct ErrorInfo
{
    rpc::ErrorCode code;
    QLatin1StringView name;
    QLatin1StringView message;
};

// The messages the server sends with each code (shared/rpc/rpcerror.cpp).
constexpr ErrorInfo Errors[] {
    {rpc::ErrorCode::ParseError, "ParseError"_L1, "Parse error"_L1},
    {rpc::ErrorCode::InvalidRequest, "InvalidRequest"_L1, "Invalid Request"_L1},
    {rpc::ErrorCode::MethodNotFound, "MethodNotFound"_L1, "Method not found"_L1},
    {rpc::ErrorCode::InvalidParams, "InvalidParams"_L1, "Invalid params"_L1},
    {rpc::ErrorCode::InternalError, "InternalError"_L1, "Internal error"_L1},
    {rpc::ErrorCode::Unauthenticated, "Unauthenticated"_L1, "Not authenticated"_L1},
    {rpc::ErrorCode::Forbidden, "Forbidden"_L1, "Forbidden"_L1},
    {rpc::ErrorCode::NotFound, "NotFound"_L1, "Not found"_L1},
    {rpc::ErrorCode::Conflict, "Conflict"_L1, "Conflict"_L1},
    {rpc::ErrorCode::InvalidTransition, "InvalidTransition"_L1, "Invalid transition"_L1},
    {rpc::ErrorCode::RateLimited, "RateLimited"_L1, "Rate limited"_L1},
    {rpc::ErrorCode::TooLarge, "TooLarge"_L1, "Too large"_L1},
    {rpc::ErrorCode::Unavailable, "Unavailable"_L1, "Service unavailable"_L1},
    {rpc::ErrorCode::InvalidCredentials, "InvalidCredentials"_L1,
     "Invalid username or password"_L1},
    {rpc::ErrorCode::SecondFactor, "SecondFactor"_L1, "Second factor required"_L1},
};

QString accessName(Access access)
{
    switch (access) {
    case Access::Anyone:
        return u"anyone"_s;
    case Access::Authenticated:
        return u"authenticated"_s;
    case Access::Staff:
        return u"staff"_s;
    case Access::Manager:
        return u"manager"_s;
    case Access::Admin:
        return u"admin"_s;
    }
    return {};
}

QString key(const QJsonObject& schema)
{
    return QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
}

bool isObjectWithFields(const QJsonObject& schema)
{
    return !schema.value("properties"_L1).toObject().isEmpty();
}

// Nested objects with fields that occur more than once across all params become components.
class Components
{
public:
    // The result shapes (api::resultComponents) come first: a params object named alike gets
    // another name.
    explicit Components(QJsonObject seeded)
        : m_schemas(std::move(seeded))
    { }

    void count(const QJsonObject& schema, const QString& name)
    {
        if (isObjectWithFields(schema)) {
            Seen& seen = m_seen[key(schema)];
            ++seen.count;
            if (seen.name.isEmpty())
                seen.name = name;
        }
        forEachChild(schema, [this](const QJsonObject& child, const QString& childName) {
            count(child, childName);
        });
    }

    QJsonObject hoist(const QJsonObject& schema)
    {
        if (isObjectWithFields(schema)) {
            const auto it = m_seen.constFind(key(schema));
            if (it != m_seen.constEnd() && it->count > 1)
                return {
                    {"$ref"_L1, QString(u"#/components/schemas/"_s + componentName(*it, schema))}};
        }
        QJsonObject out = schema;
        QJsonObject properties = out.value("properties"_L1).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            it.value() = hoist(it.value().toObject());
        if (out.contains("properties"_L1))
            out.insert("properties"_L1, properties);
        if (out.value("items"_L1).isObject())
            out.insert("items"_L1, hoist(out.value("items"_L1).toObject()));
        return out;
    }

    QJsonObject schemas() const { return m_schemas; }

private:
    struct Seen
    {
        int count = 0;
        QString name;
    };

    template<typename Visit> static void forEachChild(const QJsonObject& schema, Visit visit)
    {
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            visit(it.value().toObject(), it.key());
        if (schema.value("items"_L1).isObject())
            visit(schema.value("items"_L1).toObject(), QString());
    }

    QString componentName(const Seen& seen, const QJsonObject& schema)
    {
        QString base;
        for (const QString& part : seen.name.split(u'_', Qt::SkipEmptyParts))
            base += part.left(1).toUpper() + part.mid(1);
        if (base.isEmpty())
            base = u"Item"_s;
        QString name = base;
        for (int n = 2; m_schemas.contains(name) && m_schemas.value(name).toObject() != schema; ++n)
            name = base + QString::number(n);
        if (!m_schemas.contains(name)) {
            // Its own fields may refer to other components.
            QJsonObject inner = schema;
            QJsonObject properties = inner.value("properties"_L1).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                it.value() = hoist(it.value().toObject());
            inner.insert("properties"_L1, properties);
            m_schemas.insert(name, inner);
        }
        return name;
    }

    QHash<QString, Seen> m_seen;
    QJsonObject m_schemas;
};

QJsonArray errorRefs(Access access)
{
    QJsonArray refs;
    for (const ErrorInfo& error : Errors) {
        if (error.code == rpc::ErrorCode::ParseError || error.code == rpc::ErrorCode::InvalidRequest
            || error.code == rpc::ErrorCode::MethodNotFound)
            continue; // about the message, not the method
        if (access == Access::Anyone && error.code == rpc::ErrorCode::Forbidden)
            continue;
        refs.append(QJsonObject {{"$ref"_L1, QString(u"#/components/errors/"_s + error.name)}});
    }
    return refs;
}

QJsonObject errorComponents()
{
    QJsonObject errors;
    for (const ErrorInfo& error : Errors)
        errors.insert(error.name,
                      QJsonObject {{"code"_L1, rpc::toInt(error.code)},
                                   {"message"_L1, QString(error.message)}});
    return errors;
}

} // namespace

QJsonObject openRpcDocument(const MethodRegistry& registry, const QString& version)
{
    struct Described
    {
        const MethodSpec* spec;
        QJsonObject params;
    };
    QList<Described> described;
    Components components(api::resultComponents());
    for (const QString& name : registry.names()) {
        const MethodSpec* spec = registry.find(name);
        QJsonObject params = spec->paramsSchema ? spec->paramsSchema() : QJsonObject();
        const QJsonObject properties = params.value("properties"_L1).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            components.count(it.value().toObject(), it.key());
        described.append({spec, params});
    }

    QJsonArray methods;
    for (const auto& [spec, params] : std::as_const(described)) {
        const QJsonObject properties = params.value("properties"_L1).toObject();
        const QJsonArray required = params.value("required"_L1).toArray();
        QJsonArray descriptors;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            QJsonObject descriptor {{"name"_L1, it.key()},
                                    {"schema"_L1, components.hoist(it.value().toObject())}};
            if (required.contains(it.key()))
                descriptor.insert("required"_L1, true);
            descriptors.append(descriptor);
        }
        QJsonObject method {
            {"name"_L1, spec->name},
            {"paramStructure"_L1, u"by-name"_s},
            {"params"_L1, descriptors},
            {"result"_L1,
             QJsonObject {{"name"_L1, u"result"_s},
                          {"description"_L1, u"described in the protocol reference"_s},
                          {"schema"_L1, api::resultSchema(spec->name)}}},
            {"errors"_L1, errorRefs(spec->access)},
            {"x-access"_L1, accessName(spec->access)},
        };
        const QString summary = api::methodSummary(spec->name);
        if (!summary.isEmpty())
            method.insert("summary"_L1, summary);
        if (!spec->paramsSchema)
            method.insert("x-params-undescribed"_L1, true);
        methods.append(method);
    }

    return {
        {"openrpc"_L1, u"1.2.6"_s},
        {"info"_L1,
         QJsonObject {{"title"_L1, u"Frontline"_s},
                      {"version"_L1, version},
                      {"description"_L1,
                       u"The Frontline help desk's JSON-RPC 2.0 methods. Params are by name; "
                       "unknown fields are refused. x-access: who may call the method."_s}}},
        {"methods"_L1, methods},
        {"components"_L1,
         QJsonObject {{"schemas"_L1, components.schemas()}, {"errors"_L1, errorComponents()}}},
    };
}

} // namespace frontline::server
