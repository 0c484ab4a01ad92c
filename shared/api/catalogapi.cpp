#include "catalogapi.h"

#include "api/approvalapi.h"
#include "api/fieldapi.h"
#include "api/jsonhelpers.h"
#include "api/schema.h"
#include "core/timeutil.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule CatalogNameRule {.minLength = 1, .maxLength = 120};
constexpr TextRule CatalogDescriptionRule {.minLength = 0, .maxLength = 4000, .singleLine = false};
constexpr TextRule CatalogCategoryRule {.minLength = 1, .maxLength = 100};
constexpr TextRule TaskTitleRule {.minLength = 1, .maxLength = 200};
constexpr TextRule SearchRule {.minLength = 0, .maxLength = 200};
constexpr TextRule FieldNameRule {.minLength = 1, .maxLength = 40};

// The first error of a nested reader, moved to its parent (the path is already the full one).
bool passUp(ParamReader& parent, ParamReader& nested)
{
    if (auto error = nested.finish()) {
        parent.failPath(error->field(), error->reason());
        return false;
    }
    return true;
}

QJsonObject audienceSchema()
{
    QJsonObject properties {
        {"roles"_L1, schema::arrayOf(schema::oneOf(roleNames()), 0, 4)},
        {"orgs"_L1, schema::arrayOf(schema::id(), 0, 500)},
    };
    return {{"type"_L1, u"object"_s},
            {"properties"_L1, properties},
            {"additionalProperties"_L1, false}};
}

QJsonObject formSchema()
{
    QJsonObject entry {{"type"_L1, u"object"_s},
                       {"properties"_L1,
                        QJsonObject {{"field"_L1, schema::text(FieldNameRule)},
                                     {"required"_L1, schema::boolean()}}},
                       {"required"_L1, QJsonArray {u"field"_s}},
                       {"additionalProperties"_L1, false}};
    return schema::arrayOf(entry, 0, MaxCatalogFormFields);
}

QJsonObject tasksSchema()
{
    QJsonObject entry {{"type"_L1, u"object"_s},
                       {"properties"_L1,
                        QJsonObject {{"title"_L1, schema::text(TaskTitleRule)},
                                     {"description"_L1, schema::text(CatalogDescriptionRule)},
                                     {"group"_L1, schema::id()},
                                     {"stage"_L1, schema::integer(1, MaxCatalogStages)}}},
                       {"required"_L1, QJsonArray {u"title"_s, u"group"_s}},
                       {"additionalProperties"_L1, false}};
    return schema::arrayOf(entry, 0, MaxCatalogTasks);
}

// The audience as params: the parser takes `roles` only as a non-empty list (none: every
// role), so an empty one is left out rather than sent as [].
QJsonObject audienceParams(const CatalogAudience& audience)
{
    QJsonObject object = audience.toJson();
    if (audience.roles.isEmpty())
        object.remove("roles"_L1);
    return object;
}

std::optional<CatalogAudience> readAudience(ParamReader& reader)
{
    const QJsonValue value = reader.rawValue("audience"_L1, audienceSchema);
    if (value.isUndefined())
        return std::nullopt;
    ParamReader nested(value, reader.path("audience"_L1));
    CatalogAudience audience;
    audience.roles = nested.optionalEnumList("roles"_L1, roleNames()).value_or(QStringList());
    const QJsonValue orgs = nested.rawValue("orgs"_L1);
    if (!orgs.isUndefined()) {
        if (!orgs.isArray() || orgs.toArray().size() > 500)
            nested.fail("orgs"_L1, u"must be an array of organisation ids"_s);
        for (const QJsonValue& org : orgs.toArray()) {
            const qint64 id = org.toInteger(0);
            if (!org.isDouble() || id < 1 || org.toDouble() != static_cast<double>(id)) {
                nested.fail("orgs"_L1, u"must be an array of organisation ids"_s);
                break;
            }
            if (!audience.orgs.contains(id))
                audience.orgs.append(id);
        }
    }
    if (!value.isObject())
        reader.fail("audience"_L1, u"must be an object {roles, orgs}"_s);
    else
        passUp(reader, nested);
    return audience;
}

std::optional<QList<CatalogFormField>> readForm(ParamReader& reader)
{
    const QJsonValue value = reader.rawValue("form"_L1, formSchema);
    if (value.isUndefined())
        return std::nullopt;
    QList<CatalogFormField> form;
    if (!value.isArray() || value.toArray().size() > MaxCatalogFormFields) {
        reader.fail("form"_L1,
                    u"must be an array of at most %1 {field, required} objects"_s.arg(
                        MaxCatalogFormFields));
        return form;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ParamReader entry(array.at(i), reader.path("form"_L1) + u'.' + QString::number(i));
        CatalogFormField field;
        field.field = entry.requiredString("field"_L1, FieldNameRule);
        field.required = entry.optionalBool("required"_L1).value_or(false);
        if (entry.ok() && !isValidFieldName(field.field))
            entry.fail("field"_L1, u"is not a field name"_s);
        if (entry.ok() && seen.contains(field.field))
            entry.fail("field"_L1, u"is on the form twice"_s);
        if (!passUp(reader, entry))
            return form;
        seen.insert(field.field);
        form.append(field);
    }
    return form;
}

std::optional<QList<CatalogTask>> readTasks(ParamReader& reader)
{
    const QJsonValue value = reader.rawValue("tasks"_L1, tasksSchema);
    if (value.isUndefined())
        return std::nullopt;
    QList<CatalogTask> tasks;
    if (!value.isArray() || value.toArray().size() > MaxCatalogTasks) {
        reader.fail(
            "tasks"_L1,
            u"must be an array of at most %1 {title, description, group, stage} objects"_s.arg(
                MaxCatalogTasks));
        return tasks;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ParamReader entry(array.at(i), reader.path("tasks"_L1) + u'.' + QString::number(i));
        CatalogTask task;
        task.title = entry.requiredString("title"_L1, TaskTitleRule);
        task.description =
            entry.optionalString("description"_L1, CatalogDescriptionRule).value_or(QString());
        task.group = entry.requiredId("group"_L1);
        task.stage = entry.optionalInt("stage"_L1, 1, MaxCatalogStages).value_or(1);
        if (!passUp(reader, entry))
            return tasks;
        tasks.append(task);
    }
    // Stage order, the given order within a stage.
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const CatalogTask& a, const CatalogTask& b) { return a.stage < b.stage; });
    return tasks;
}

std::optional<QJsonArray> readApprovals(ParamReader& reader)
{
    if (!reader.contains("approvals"_L1) && !reader.describing())
        return std::nullopt;
    // The approval chain's own parser (shared/api/approvalapi): one shape, one set of messages.
    const QList<ApprovalStep> steps = readApprovalSteps(reader, "approvals"_L1, true);
    if (reader.describing())
        return std::nullopt;
    return approvalStepsJson(steps);
}

std::optional<QString> readIcon(ParamReader& reader, bool required)
{
    if (required)
        return reader.requiredEnum("icon"_L1, catalogIconNames());
    return reader.optionalEnum("icon"_L1, catalogIconNames());
}

} // namespace

QStringList catalogIconNames()
{
    return {u"access"_s,  u"account"_s,  u"building"_s, u"calendar"_s, u"headset"_s, u"key"_s,
            u"laptop"_s,  u"mail"_s,     u"monitor"_s,  u"network"_s,  u"package"_s, u"phone"_s,
            u"printer"_s, u"question"_s, u"server"_s,   u"software"_s, u"travel"_s};
}

bool CatalogAudience::includes(Role role, std::optional<qint64> org) const
{
    if (!roles.isEmpty() && !roles.contains(toString(role)))
        return false;
    return orgs.isEmpty() || (org && orgs.contains(*org));
}

QJsonObject CatalogAudience::toJson() const
{
    QJsonArray orgArray;
    for (qint64 org : orgs)
        orgArray.append(org);
    return {{"roles"_L1, QJsonArray::fromStringList(roles)}, {"orgs"_L1, orgArray}};
}

CatalogAudience CatalogAudience::fromJson(const QJsonValue& value)
{
    CatalogAudience audience;
    const QJsonObject object = value.toObject();
    for (const QJsonValue& role : object.value("roles"_L1).toArray())
        audience.roles.append(role.toString());
    for (const QJsonValue& org : object.value("orgs"_L1).toArray())
        audience.orgs.append(org.toInteger());
    return audience;
}

QJsonObject CatalogFormField::toJson() const
{
    return {{"field"_L1, field}, {"required"_L1, required}};
}

CatalogFormField CatalogFormField::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("field"_L1).toString(), object.value("required"_L1).toBool()};
}

QJsonObject CatalogTask::toJson() const
{
    return {{"title"_L1, title},
            {"description"_L1, description},
            {"group"_L1, group},
            {"stage"_L1, stage}};
}

CatalogTask CatalogTask::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("title"_L1).toString(), object.value("description"_L1).toString(),
            object.value("group"_L1).toInteger(), object.value("stage"_L1).toInt(1)};
}

QList<int> CatalogItem::stages() const
{
    QList<int> list;
    for (const CatalogTask& task : tasks) {
        if (!list.contains(task.stage))
            list.append(task.stage);
    }
    std::sort(list.begin(), list.end());
    return list;
}

QJsonObject CatalogItem::toJson() const
{
    QJsonArray formArray;
    for (const CatalogFormField& field : form)
        formArray.append(field.toJson());
    QJsonArray taskArray;
    for (const CatalogTask& task : tasks)
        taskArray.append(task.toJson());
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"description"_L1, description},
            {"icon"_L1, icon},
            {"category"_L1, category.isEmpty() ? QJsonValue(QJsonValue::Null) : category},
            {"audience"_L1, audience.toJson()},
            {"form"_L1, formArray},
            {"group"_L1, idJson(group)},
            {"sla_policy"_L1, idJson(slaPolicy)},
            {"approvals"_L1, approvals},
            {"tasks"_L1, taskArray},
            {"active"_L1, active},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

CatalogItem CatalogItem::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    CatalogItem item;
    item.id = object.value("id"_L1).toInteger();
    item.name = object.value("name"_L1).toString();
    item.description = object.value("description"_L1).toString();
    item.icon = object.value("icon"_L1).toString();
    item.category = object.value("category"_L1).toString();
    item.audience = CatalogAudience::fromJson(object.value("audience"_L1));
    for (const QJsonValue& field : object.value("form"_L1).toArray())
        item.form.append(CatalogFormField::fromJson(field));
    item.group = idOf(object.value("group"_L1));
    item.slaPolicy = idOf(object.value("sla_policy"_L1));
    item.approvals = object.value("approvals"_L1).toArray();
    for (const QJsonValue& task : object.value("tasks"_L1).toArray())
        item.tasks.append(CatalogTask::fromJson(task));
    item.active = object.value("active"_L1).toBool(true);
    item.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    item.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    return item;
}

QJsonObject CatalogItemCreateParams::toJson() const
{
    QJsonObject object = item.toJson();
    for (const char* key : {"id", "created_at", "updated_at"})
        object.remove(QLatin1StringView(key));
    object.insert("audience"_L1, audienceParams(item.audience));
    return object;
}

Result<CatalogItemCreateParams, rpc::RpcError>
CatalogItemCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CatalogItemCreateParams p;
    CatalogItem& item = p.item;
    item.name = reader.requiredString("name"_L1, CatalogNameRule);
    item.description =
        reader.optionalString("description"_L1, CatalogDescriptionRule).value_or(QString());
    item.icon = readIcon(reader, true).value_or(QString());
    item.category =
        reader.nullableString("category"_L1, CatalogCategoryRule).value.value_or(QString());
    item.audience = readAudience(reader).value_or(CatalogAudience());
    item.form = readForm(reader).value_or(QList<CatalogFormField>());
    item.group = reader.nullableId("group"_L1).value;
    item.slaPolicy = reader.nullableId("sla_policy"_L1).value;
    item.approvals = readApprovals(reader).value_or(QJsonArray());
    item.tasks = readTasks(reader).value_or(QList<CatalogTask>());
    item.active = reader.optionalBool("active"_L1).value_or(true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

CatalogItem CatalogItemUpdateParams::applied(const CatalogItem& before) const
{
    CatalogItem item = before;
    if (name)
        item.name = *name;
    if (description)
        item.description = *description;
    if (icon)
        item.icon = *icon;
    if (category.present)
        item.category = category.value.value_or(QString());
    if (audience)
        item.audience = *audience;
    if (form)
        item.form = *form;
    if (group.present)
        item.group = group.value;
    if (slaPolicy.present)
        item.slaPolicy = slaPolicy.value;
    if (approvals)
        item.approvals = *approvals;
    if (tasks)
        item.tasks = *tasks;
    if (active)
        item.active = *active;
    return item;
}

QJsonObject CatalogItemUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (name)
        object.insert("name"_L1, *name);
    if (description)
        object.insert("description"_L1, *description);
    if (icon)
        object.insert("icon"_L1, *icon);
    if (category.present)
        object.insert("category"_L1,
                      category.value ? QJsonValue(*category.value) : QJsonValue(QJsonValue::Null));
    if (audience)
        object.insert("audience"_L1, audienceParams(*audience));
    if (form) {
        QJsonArray array;
        for (const CatalogFormField& field : *form)
            array.append(field.toJson());
        object.insert("form"_L1, array);
    }
    if (group.present)
        object.insert("group"_L1, idJson(group.value));
    if (slaPolicy.present)
        object.insert("sla_policy"_L1, idJson(slaPolicy.value));
    if (approvals)
        object.insert("approvals"_L1, *approvals);
    if (tasks) {
        QJsonArray array;
        for (const CatalogTask& task : *tasks)
            array.append(task.toJson());
        object.insert("tasks"_L1, array);
    }
    if (active)
        object.insert("active"_L1, *active);
    return object;
}

Result<CatalogItemUpdateParams, rpc::RpcError>
CatalogItemUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CatalogItemUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.name = reader.optionalString("name"_L1, CatalogNameRule);
    p.description = reader.optionalString("description"_L1, CatalogDescriptionRule);
    p.icon = readIcon(reader, false);
    p.category = reader.nullableString("category"_L1, CatalogCategoryRule);
    p.audience = readAudience(reader);
    p.form = readForm(reader);
    p.group = reader.nullableId("group"_L1);
    p.slaPolicy = reader.nullableId("sla_policy"_L1);
    p.approvals = readApprovals(reader);
    p.tasks = readTasks(reader);
    p.active = reader.optionalBool("active"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CatalogItemListParams::toJson() const
{
    QJsonObject object {{"limit"_L1, limit}};
    if (!search.isEmpty())
        object.insert("search"_L1, search);
    if (all)
        object.insert("all"_L1, true);
    if (!cursor.isEmpty())
        object.insert("cursor"_L1, cursor);
    if (requester)
        object.insert("requester"_L1, *requester);
    return object;
}

Result<CatalogItemListParams, rpc::RpcError>
CatalogItemListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CatalogItemListParams p;
    p.search = reader.optionalString("search"_L1, SearchRule).value_or(QString());
    p.all = reader.optionalBool("all"_L1).value_or(false);
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    p.cursor =
        reader.optionalString("cursor"_L1, {.minLength = 1, .maxLength = 400}).value_or(QString());
    p.requester = reader.optionalId("requester"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CatalogItemPage::toJson() const
{
    QJsonArray array;
    for (const CatalogItem& item : items)
        array.append(item.toJson());
    QJsonObject object {{"items"_L1, array}};
    if (nextCursor)
        object.insert("next_cursor"_L1, *nextCursor);
    return object;
}

CatalogItemPage CatalogItemPage::fromJson(const QJsonValue& value)
{
    CatalogItemPage page;
    const QJsonObject object = value.toObject();
    for (const QJsonValue& item : object.value("items"_L1).toArray())
        page.items.append(CatalogItem::fromJson(item));
    if (object.value("next_cursor"_L1).isString())
        page.nextCursor = object.value("next_cursor"_L1).toString();
    return page;
}

QJsonObject CatalogRequestParams::toJson() const
{
    QJsonObject object {{"item"_L1, item}};
    if (!fields.isEmpty())
        object.insert("fields"_L1, fields);
    if (requester)
        object.insert("requester"_L1, *requester);
    if (!description.isEmpty())
        object.insert("description"_L1, description);
    return object;
}

Result<CatalogRequestParams, rpc::RpcError> CatalogRequestParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CatalogRequestParams p;
    p.item = reader.requiredId("item"_L1);
    p.fields = readFieldValues(reader).value_or(QJsonObject());
    p.requester = reader.optionalId("requester"_L1);
    p.description =
        reader.optionalString("description"_L1, CatalogDescriptionRule).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

} // namespace frontline::api
