#include "cmdbapi.h"

#include "api/fieldapi.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule CmdbNameRule {.minLength = 1, .maxLength = 200};
constexpr TextRule CmdbHostRule {.minLength = 0, .maxLength = 253};
constexpr TextRule SerialRule {.minLength = 0, .maxLength = 100};

QJsonObject classFieldsSchema()
{
    QJsonObject entry {{"type"_L1, u"object"_s},
                       {"properties"_L1,
                        QJsonObject {{"field"_L1, schema::text({.minLength = 1, .maxLength = 40})},
                                     {"required"_L1, schema::boolean()}}},
                       {"required"_L1, QJsonArray {u"field"_s}},
                       {"additionalProperties"_L1, false}};
    return schema::arrayOf(entry, 0, MaxCiClassFields);
}

std::optional<QList<CiClassField>> readClassFields(ParamReader& reader)
{
    const QJsonValue value = reader.rawValue("fields"_L1, classFieldsSchema);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray() || value.toArray().size() > MaxCiClassFields) {
        reader.fail(
            "fields"_L1,
            u"must be an array of at most %1 {field, required} objects"_s.arg(MaxCiClassFields));
        return std::nullopt;
    }
    QList<CiClassField> fields;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ParamReader item(array.at(i), reader.path("fields"_L1) + u"[%1]"_s.arg(i));
        CiClassField field;
        field.field = item.requiredString("field"_L1, {.minLength = 1, .maxLength = 40});
        field.required = item.optionalBool("required"_L1).value_or(false);
        if (item.ok() && !isValidFieldName(field.field))
            item.fail("field"_L1, u"is not a field name"_s);
        for (const CiClassField& other : std::as_const(fields)) {
            if (item.ok() && other.field == field.field)
                item.fail("field"_L1, u"is in the class twice"_s);
        }
        if (auto error = item.finish()) {
            reader.failPath(error->field(), error->reason());
            return std::nullopt;
        }
        fields.append(field);
    }
    return fields;
}

QJsonArray nodesJson(const QList<CiNode>& nodes)
{
    QJsonArray array;
    for (const CiNode& node : nodes)
        array.append(node.toJson());
    return array;
}

QList<CiNode> nodesFrom(const QJsonValue& value)
{
    QList<CiNode> nodes;
    for (const QJsonValue& node : value.toArray())
        nodes.append(CiNode::fromJson(node));
    return nodes;
}

QJsonArray relationsJson(const QList<CiRelation>& relations)
{
    QJsonArray array;
    for (const CiRelation& relation : relations)
        array.append(relation.toJson());
    return array;
}

QList<CiRelation> relationsFrom(const QJsonValue& value)
{
    QList<CiRelation> relations;
    for (const QJsonValue& relation : value.toArray())
        relations.append(CiRelation::fromJson(relation));
    return relations;
}

} // namespace

QStringList ciStatusNames()
{
    return {u"planned"_s, u"in_use"_s, u"maintenance"_s, u"retired"_s};
}

QStringList ciRelationTypeNames()
{
    return {u"depends_on"_s, u"runs_on"_s, u"connected_to"_s, u"used_by"_s};
}

QStringList ciTargetKindNames()
{
    return {u"ci"_s, u"user"_s, u"organisation"_s};
}

std::optional<QList<qint64>> readIdList(ParamReader& reader, QLatin1StringView name, int maxItems)
{
    const QJsonValue value =
        reader.rawValue(name, [maxItems] { return schema::arrayOf(schema::id(), 0, maxItems); });
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > maxItems) {
        reader.fail(name, u"must be an array of at most %1 ids"_s.arg(maxItems));
        return std::nullopt;
    }
    QList<qint64> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const double number = array.at(i).toDouble();
        if (!array.at(i).isDouble() || number < 1 || number != double(qint64(number))) {
            reader.failPath(reader.path(name) + u"[%1]"_s.arg(i), u"must be an id"_s);
            return std::nullopt;
        }
        if (!ids.contains(qint64(number)))
            ids.append(qint64(number));
    }
    return ids;
}

QJsonObject CiClassField::toJson() const
{
    return {{"field"_L1, field}, {"required"_L1, required}};
}

CiClassField CiClassField::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("field"_L1).toString(), object.value("required"_L1).toBool()};
}

const CiClassField* CiClass::field(const QString& name) const
{
    for (const CiClassField& f : fields) {
        if (f.field == name)
            return &f;
    }
    return nullptr;
}

QJsonObject CiClass::toJson() const
{
    QJsonArray array;
    for (const CiClassField& f : fields)
        array.append(f.toJson());
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"label"_L1, label},
            {"fields"_L1, array},
            {"active"_L1, active},
            {"created_at"_L1, createdAt},
            {"updated_at"_L1, updatedAt}};
}

CiClass CiClass::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    CiClass c;
    c.id = object.value("id"_L1).toInteger();
    c.name = object.value("name"_L1).toString();
    c.label = object.value("label"_L1).toString();
    for (const QJsonValue& f : object.value("fields"_L1).toArray())
        c.fields.append(CiClassField::fromJson(f));
    c.active = object.value("active"_L1).toBool(true);
    c.createdAt = object.value("created_at"_L1).toInteger();
    c.updatedAt = object.value("updated_at"_L1).toInteger();
    return c;
}

QJsonObject CiClassCreateParams::toJson() const
{
    QJsonObject object = ciClass.toJson();
    for (const char* key : {"id", "created_at", "updated_at"})
        object.remove(QLatin1StringView(key));
    return object;
}

Result<CiClassCreateParams, rpc::RpcError> CiClassCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiClassCreateParams p;
    p.ciClass.name = reader.requiredString("name"_L1, {.minLength = 1, .maxLength = 40});
    if (reader.ok() && !reader.describing() && !isValidFieldName(p.ciClass.name))
        reader.fail("name"_L1, u"must be lower-case letters, digits and _ (a letter first)"_s);
    p.ciClass.label = reader.requiredString("label"_L1, {.minLength = 1, .maxLength = 100});
    p.ciClass.fields = readClassFields(reader).value_or(QList<CiClassField>());
    p.ciClass.active = reader.optionalBool("active"_L1).value_or(true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

CiClass CiClassUpdateParams::applied(const CiClass& before) const
{
    CiClass after = before;
    if (label)
        after.label = *label;
    if (fields)
        after.fields = *fields;
    if (active)
        after.active = *active;
    return after;
}

QJsonObject CiClassUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (label)
        object.insert("label"_L1, *label);
    if (fields) {
        QJsonArray array;
        for (const CiClassField& f : *fields)
            array.append(f.toJson());
        object.insert("fields"_L1, array);
    }
    if (active)
        object.insert("active"_L1, *active);
    return object;
}

Result<CiClassUpdateParams, rpc::RpcError> CiClassUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiClassUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.label = reader.optionalString("label"_L1, {.minLength = 1, .maxLength = 100});
    p.fields = readClassFields(reader);
    p.active = reader.optionalBool("active"_L1);
    reader.refuse("name"_L1, u"never changes"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiClassList::toJson() const
{
    QJsonArray array;
    for (const CiClass& c : items)
        array.append(c.toJson());
    return {{"items"_L1, array}};
}

CiClassList CiClassList::fromJson(const QJsonValue& value)
{
    CiClassList list;
    for (const QJsonValue& c : value.toObject().value("items"_L1).toArray())
        list.items.append(CiClass::fromJson(c));
    return list;
}

QJsonObject CiNode::toJson() const
{
    QJsonObject object {{"kind"_L1, kind}, {"id"_L1, id}, {"name"_L1, name}};
    if (kind == "ci"_L1) {
        object.insert("class"_L1, ciClass);
        object.insert("status"_L1, status);
    }
    if (depth > 0)
        object.insert("depth"_L1, depth);
    return object;
}

CiNode CiNode::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    CiNode node;
    node.kind = object.value("kind"_L1).toString();
    node.id = object.value("id"_L1).toInteger();
    node.name = object.value("name"_L1).toString();
    node.ciClass = object.value("class"_L1).toString();
    node.status = object.value("status"_L1).toString();
    node.depth = object.value("depth"_L1).toInt();
    return node;
}

QJsonObject CiRelation::toJson() const
{
    return {{"type"_L1, type}, {"other"_L1, other.toJson()}};
}

CiRelation CiRelation::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("type"_L1).toString(), CiNode::fromJson(object.value("other"_L1))};
}

QJsonObject Ci::toJson() const
{
    QJsonObject object {{"id"_L1, id},
                        {"name"_L1, name},
                        {"class"_L1, ciClass},
                        {"status"_L1, status},
                        {"host_name"_L1, hostName},
                        {"serial"_L1, serial},
                        {"attributes"_L1, attributes},
                        {"version"_L1, version},
                        {"created_at"_L1, createdAt},
                        {"updated_at"_L1, updatedAt}};
    object.insert("owner"_L1,
                  owner ? QJsonValue(QJsonObject {{"id"_L1, *owner}, {"name"_L1, ownerName}})
                        : QJsonValue());
    object.insert("organisation"_L1,
                  organisation ? QJsonValue(
                      QJsonObject {{"id"_L1, *organisation}, {"name"_L1, organisationName}})
                               : QJsonValue());
    if (outgoing)
        object.insert("outgoing"_L1, relationsJson(*outgoing));
    if (incoming)
        object.insert("incoming"_L1, relationsJson(*incoming));
    return object;
}

Ci Ci::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    Ci ci;
    ci.id = object.value("id"_L1).toInteger();
    ci.name = object.value("name"_L1).toString();
    ci.ciClass = object.value("class"_L1).toString();
    ci.status = object.value("status"_L1).toString();
    if (object.value("owner"_L1).isObject()) {
        ci.owner = object.value("owner"_L1).toObject().value("id"_L1).toInteger();
        ci.ownerName = object.value("owner"_L1).toObject().value("name"_L1).toString();
    }
    if (object.value("organisation"_L1).isObject()) {
        ci.organisation = object.value("organisation"_L1).toObject().value("id"_L1).toInteger();
        ci.organisationName =
            object.value("organisation"_L1).toObject().value("name"_L1).toString();
    }
    ci.hostName = object.value("host_name"_L1).toString();
    ci.serial = object.value("serial"_L1).toString();
    ci.attributes = object.value("attributes"_L1).toObject();
    ci.version = object.value("version"_L1).toInt(1);
    ci.createdAt = object.value("created_at"_L1).toInteger();
    ci.updatedAt = object.value("updated_at"_L1).toInteger();
    if (object.value("outgoing"_L1).isArray())
        ci.outgoing = relationsFrom(object.value("outgoing"_L1));
    if (object.value("incoming"_L1).isArray())
        ci.incoming = relationsFrom(object.value("incoming"_L1));
    return ci;
}

QJsonObject CiCreateParams::toJson() const
{
    QJsonObject object {{"name"_L1, name}, {"class"_L1, ciClass}, {"status"_L1, status}};
    if (owner)
        object.insert("owner"_L1, *owner);
    if (organisation)
        object.insert("organisation"_L1, *organisation);
    if (!hostName.isEmpty())
        object.insert("host_name"_L1, hostName);
    if (!serial.isEmpty())
        object.insert("serial"_L1, serial);
    if (!attributes.isEmpty())
        object.insert("attributes"_L1, attributes);
    return object;
}

Result<CiCreateParams, rpc::RpcError> CiCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiCreateParams p;
    p.name = reader.requiredString("name"_L1, CmdbNameRule);
    p.ciClass = reader.requiredString("class"_L1, {.minLength = 1, .maxLength = 40});
    p.status = reader.optionalEnum("status"_L1, ciStatusNames()).value_or(u"in_use"_s);
    p.owner = reader.optionalId("owner"_L1);
    p.organisation = reader.optionalId("organisation"_L1);
    p.hostName = reader.optionalString("host_name"_L1, CmdbHostRule).value_or(QString());
    p.serial = reader.optionalString("serial"_L1, SerialRule).value_or(QString());
    p.attributes = reader.optionalObject("attributes"_L1).value_or(QJsonObject());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (version)
        object.insert("version"_L1, *version);
    if (name)
        object.insert("name"_L1, *name);
    if (status)
        object.insert("status"_L1, *status);
    if (owner.present)
        object.insert("owner"_L1, owner.value ? QJsonValue(*owner.value) : QJsonValue());
    if (organisation.present)
        object.insert("organisation"_L1,
                      organisation.value ? QJsonValue(*organisation.value) : QJsonValue());
    if (hostName)
        object.insert("host_name"_L1, *hostName);
    if (serial)
        object.insert("serial"_L1, *serial);
    if (attributes)
        object.insert("attributes"_L1, *attributes);
    return object;
}

Result<CiUpdateParams, rpc::RpcError> CiUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.version = reader.optionalInt("version"_L1, 1, std::numeric_limits<int>::max());
    p.name = reader.optionalString("name"_L1, CmdbNameRule);
    p.status = reader.optionalEnum("status"_L1, ciStatusNames());
    p.owner = reader.nullableId("owner"_L1);
    p.organisation = reader.nullableId("organisation"_L1);
    p.hostName = reader.optionalString("host_name"_L1, CmdbHostRule);
    p.serial = reader.optionalString("serial"_L1, SerialRule);
    p.attributes = reader.optionalObject("attributes"_L1);
    reader.refuse("class"_L1, u"never changes"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiListParams::toJson() const
{
    QJsonObject object {{"limit"_L1, limit}};
    if (ciClass)
        object.insert("class"_L1, *ciClass);
    if (status)
        object.insert("status"_L1, *status);
    if (organisation)
        object.insert("organisation"_L1, *organisation);
    if (owner)
        object.insert("owner"_L1, *owner);
    if (after > 0)
        object.insert("cursor"_L1, QString::number(after));
    return object;
}

Result<CiListParams, rpc::RpcError> CiListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiListParams p;
    p.ciClass = reader.optionalString("class"_L1, {.minLength = 1, .maxLength = 40});
    p.status = reader.optionalEnum("status"_L1, ciStatusNames());
    p.organisation = reader.optionalId("organisation"_L1);
    p.owner = reader.optionalId("owner"_L1);
    p.limit = reader.optionalInt("limit"_L1, 1, 500).value_or(50);
    if (auto cursor = reader.optionalString("cursor"_L1, {.minLength = 1, .maxLength = 20})) {
        bool ok = false;
        p.after = cursor->toLongLong(&ok);
        if ((!ok || p.after < 0) && !reader.describing())
            reader.fail("cursor"_L1, u"is not a cursor of ci.list"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiSearchParams::toJson() const
{
    return {{"query"_L1, query}, {"limit"_L1, limit}};
}

Result<CiSearchParams, rpc::RpcError> CiSearchParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiSearchParams p;
    p.query = reader.requiredString("query"_L1, {.minLength = 1, .maxLength = 200});
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiPage::toJson() const
{
    QJsonArray array;
    for (const Ci& ci : items)
        array.append(ci.toJson());
    QJsonObject object {{"items"_L1, array}};
    if (nextCursor)
        object.insert("next_cursor"_L1, *nextCursor);
    return object;
}

CiPage CiPage::fromJson(const QJsonValue& value)
{
    CiPage page;
    const QJsonObject object = value.toObject();
    for (const QJsonValue& ci : object.value("items"_L1).toArray())
        page.items.append(Ci::fromJson(ci));
    if (object.value("next_cursor"_L1).isString())
        page.nextCursor = object.value("next_cursor"_L1).toString();
    return page;
}

QJsonObject CiRelateParams::toJson() const
{
    const QString key = targetKind == "ci"_L1 ? u"to"_s : targetKind;
    return {{"from"_L1, from}, {"type"_L1, type}, {key, target}};
}

Result<CiRelateParams, rpc::RpcError> CiRelateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiRelateParams p;
    p.from = reader.requiredId("from"_L1);
    p.type = reader.requiredEnum("type"_L1, ciRelationTypeNames());
    const auto to = reader.optionalId("to"_L1);
    const auto user = reader.optionalId("user"_L1);
    const auto org = reader.optionalId("organisation"_L1);
    if (!reader.describing() && reader.ok()) {
        const int given = int(to.has_value()) + int(user.has_value()) + int(org.has_value());
        if (given != 1)
            reader.fail("to"_L1, u"name exactly one of to, user and organisation"_s);
        else if (!to && p.type != "used_by"_L1)
            reader.fail(user ? "user"_L1 : "organisation"_L1,
                        u"only a used_by relationship points at a user or organisation"_s);
    }
    p.targetKind = to ? u"ci"_s : user ? u"user"_s : u"organisation"_s;
    p.target = to.value_or(user.value_or(org.value_or(0)));
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiImpactParams::toJson() const
{
    return {{"id"_L1, id}, {"depth"_L1, depth}, {"limit"_L1, limit}};
}

Result<CiImpactParams, rpc::RpcError> CiImpactParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CiImpactParams p;
    p.id = reader.requiredId("id"_L1);
    p.depth = reader.optionalInt("depth"_L1, 1, MaxImpactDepth).value_or(DefaultImpactDepth);
    p.limit = reader.optionalInt("limit"_L1, 1, MaxImpactNodes).value_or(DefaultImpactNodes);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CiImpact::toJson() const
{
    return {{"ci"_L1, ci.toJson()},
            {"cis"_L1, nodesJson(cis)},
            {"services"_L1, nodesJson(services)},
            {"users"_L1, nodesJson(users)},
            {"organisations"_L1, nodesJson(organisations)},
            {"truncated"_L1, truncated}};
}

CiImpact CiImpact::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    CiImpact impact;
    impact.ci = CiNode::fromJson(object.value("ci"_L1));
    impact.cis = nodesFrom(object.value("cis"_L1));
    impact.services = nodesFrom(object.value("services"_L1));
    impact.users = nodesFrom(object.value("users"_L1));
    impact.organisations = nodesFrom(object.value("organisations"_L1));
    impact.truncated = object.value("truncated"_L1).toBool();
    return impact;
}

} // namespace frontline::api
