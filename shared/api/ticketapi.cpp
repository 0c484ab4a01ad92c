#include "ticketapi.h"

#include "api/cmdbapi.h"
#include "api/methods.h"
#include "api/selfserviceapi.h"
#include "core/timeutil.h"

#include <QJsonArray>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule TicketTitleRule {.minLength = 1, .maxLength = MaxTitleLength};
constexpr TextRule TicketBodyRule {.minLength = 1, .maxLength = MaxBodyLength, .singleLine = false};
constexpr TextRule OptionalBodyRule {
    .minLength = 0, .maxLength = MaxBodyLength, .singleLine = false};
constexpr TextRule TicketCategoryRule {.minLength = 1, .maxLength = 100};
constexpr TextRule StatusRule {.minLength = 1, .maxLength = MaxStatusLength};
constexpr TextRule ClientRefRule {.minLength = 8, .maxLength = 64};
// A filter's list of values: there are only a handful of statuses and priorities, so a longer
// list is a mistake or an attack (each value would be one SQL parameter).
constexpr int MaxFilterValues = 32;

constexpr std::array sorts {std::pair {TicketSort::Priority, "priority"_L1},
                            std::pair {TicketSort::CreatedAsc, "created"_L1},
                            std::pair {TicketSort::CreatedDesc, "-created"_L1},
                            std::pair {TicketSort::UpdatedAsc, "updated"_L1},
                            std::pair {TicketSort::UpdatedDesc, "-updated"_L1},
                            std::pair {TicketSort::Due, "due"_L1}};

std::optional<Level> readLevel(ParamReader& reader, QLatin1StringView name)
{
    if (auto level = reader.optionalEnum(name, levelNames()))
        return levelFromString(*level);
    return std::nullopt;
}

// A person or group selector: an id, null, or one of the given keywords ("me", "mine").
std::optional<Selector> readSelector(ParamReader& reader, QLatin1StringView name, bool allowNull,
                                     std::optional<QLatin1StringView> keyword,
                                     Selector::Kind keywordKind)
{
    const QJsonValue value = reader.rawValue(name, [&] {
        QList<QJsonObject> choices {schema::id()};
        if (keyword)
            choices.append(schema::constant(QString(*keyword)));
        return allowNull ? schema::nullable(schema::anyOf(choices)) : schema::anyOf(choices);
    });
    if (value.isUndefined())
        return std::nullopt;
    if (value.isNull() && allowNull)
        return Selector {Selector::Kind::None, 0};
    if (keyword && value.isString() && value.toString() == *keyword)
        return Selector {keywordKind, 0};
    const double number = value.toDouble(-1);
    if (value.isDouble() && number >= 1 && std::floor(number) == number)
        return Selector {Selector::Kind::Id, value.toInteger()};
    QString expected = u"an id"_s;
    if (keyword)
        expected += u", \""_s + *keyword + u'"';
    if (allowNull)
        expected += u" or null"_s;
    reader.fail(name, u"must be "_s + expected);
    return std::nullopt;
}

} // namespace

void TicketFilter::read(ParamReader& parent, TicketFilter& filter)
{
    const auto object = parent.optionalObject("filter"_L1);
    if (!object || !parent.ok())
        return;
    ParamReader reader(*object, parent.path("filter"_L1));
    const QJsonValue statuses = reader.rawValue("status"_L1, [] {
        const QJsonObject status = schema::string(1, MaxStatusLength);
        return schema::anyOf({status, schema::arrayOf(status, 1, MaxFilterValues)});
    });
    if (!statuses.isUndefined()) {
        QStringList list;
        const QJsonArray array = statuses.isString() ? QJsonArray {statuses} : statuses.toArray();
        if (array.isEmpty() || array.size() > MaxFilterValues)
            reader.fail("status"_L1,
                        u"must be a status or an array of 1 to %1 statuses"_s.arg(MaxFilterValues));
        for (const QJsonValue& status : array) {
            const QString text = status.toString();
            if (!status.isString() || text.isEmpty() || text.size() > MaxStatusLength) {
                reader.fail("status"_L1, u"must be a status or a non-empty array of statuses"_s);
                break;
            }
            if (!list.contains(text))
                list.append(text);
        }
        filter.statuses = list;
    }
    filter.open = reader.optionalBool("open"_L1);
    filter.assignee = readSelector(reader, "assignee"_L1, true, "me"_L1, Selector::Kind::Me);
    filter.requester = readSelector(reader, "requester"_L1, false, "me"_L1, Selector::Kind::Me);
    filter.group = readSelector(reader, "group"_L1, true, "mine"_L1, Selector::Kind::Mine);
    const QJsonValue priorities = reader.rawValue("priority"_L1, [] {
        const QJsonObject priority = schema::integer(HighestPriority, LowestPriority);
        return schema::anyOf({priority, schema::arrayOf(priority, 1, MaxFilterValues)});
    });
    if (!priorities.isUndefined()) {
        QList<int> list;
        const QJsonArray array =
            priorities.isDouble() ? QJsonArray {priorities} : priorities.toArray();
        for (const QJsonValue& priority : array) {
            const int p = priority.toInt(0);
            if (array.size() > MaxFilterValues || !priority.isDouble() || p < HighestPriority
                || p > LowestPriority || priority.toDouble() != p) {
                list.clear();
                break;
            }
            if (!list.contains(p))
                list.append(p);
        }
        if (list.isEmpty())
            reader.fail(
                "priority"_L1,
                u"must be a priority 1-5 or an array of 1 to %1 of them"_s.arg(MaxFilterValues));
        filter.priorities = list;
    }
    if (auto types = reader.optionalEnumList("type"_L1, ticketTypeNames())) {
        QList<TicketType> list;
        for (const QString& type : *types)
            list.append(*ticketTypeFromString(type));
        filter.types = list;
    }
    filter.category = reader.optionalString("category"_L1, TicketCategoryRule);
    if (const auto due =
            reader.optionalString("due_before"_L1, {.minLength = 1, .maxLength = 40})) {
        filter.dueBefore = timeutil::fromIso(*due);
        if (!filter.dueBefore)
            reader.fail("due_before"_L1, u"must be an ISO 8601 time"_s);
    }
    filter.slaStates = reader.optionalEnumList(
        "sla_state"_L1, {u"on_track"_s, u"at_risk"_s, u"breached"_s, u"paused"_s, u"met"_s});
    const QJsonValue orgs = reader.rawValue("org"_L1, [] {
        return schema::anyOf({schema::id(), schema::arrayOf(schema::id(), 1, MaxFilterValues)});
    });
    if (!orgs.isUndefined()) {
        QList<qint64> list;
        const QJsonArray array = orgs.isDouble() ? QJsonArray {orgs} : orgs.toArray();
        for (const QJsonValue& org : array) {
            const qint64 id = org.toInteger(0);
            if (array.size() > MaxFilterValues || !org.isDouble() || id < 1
                || org.toDouble() != static_cast<double>(id)) {
                list.clear();
                break;
            }
            if (!list.contains(id))
                list.append(id);
        }
        if (list.isEmpty())
            reader.fail("org"_L1,
                        u"must be an organisation id or an array of 1 to %1 of them"_s.arg(
                            MaxFilterValues));
        filter.orgs = list;
    }
    filter.fields = readFieldConditions(reader);
    filter.parent = reader.optionalId("parent"_L1);
    if (auto error = reader.finish())
        parent.failPath(error->field(), error->reason());
}

namespace { } // namespace

QString toString(TicketSort sort)
{
    for (const auto& [value, name] : sorts) {
        if (value == sort)
            return QString(name);
    }
    return {};
}

std::optional<TicketSort> ticketSortFromString(QStringView text)
{
    for (const auto& [value, name] : sorts) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

QStringList ticketSortNames()
{
    QStringList names;
    for (const auto& entry : sorts)
        names.append(QString(entry.second));
    return names;
}

QJsonObject TicketCreateParams::toJson() const
{
    QJsonObject object {{"title"_L1, title},
                        {"description"_L1, description},
                        {"type"_L1, toString(type)},
                        {"impact"_L1, toString(impact)},
                        {"urgency"_L1, toString(urgency)}};
    if (category)
        object.insert("category"_L1, *category);
    if (requester)
        object.insert("requester"_L1, *requester);
    if (assignee)
        object.insert("assignee"_L1, *assignee);
    if (group)
        object.insert("group"_L1, *group);
    if (!clientRef.isEmpty())
        object.insert("client_ref"_L1, clientRef);
    if (!systemInfo.isEmpty())
        object.insert("system_info"_L1, systemInfo);
    if (!fields.isEmpty())
        object.insert("fields"_L1, fields);
    if (!cis.isEmpty()) {
        QJsonArray ids;
        for (qint64 ci : cis)
            ids.append(ci);
        object.insert("cis"_L1, ids);
    }
    return object;
}

Result<TicketCreateParams, rpc::RpcError> TicketCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketCreateParams p;
    p.title = reader.requiredString("title"_L1, TicketTitleRule);
    p.description = reader.requiredString("description"_L1, OptionalBodyRule);
    // Tasks are made by catalog requests (their fulfilment), never by hand.
    QStringList creatable = ticketTypeNames();
    creatable.removeAll(toString(TicketType::Task));
    if (auto type = reader.optionalEnum("type"_L1, creatable))
        p.type = *ticketTypeFromString(*type);
    p.category = reader.optionalString("category"_L1, TicketCategoryRule);
    p.impact = readLevel(reader, "impact"_L1).value_or(Level::Medium);
    p.urgency = readLevel(reader, "urgency"_L1).value_or(Level::Medium);
    p.requester = reader.optionalId("requester"_L1);
    p.assignee = reader.optionalId("assignee"_L1);
    p.group = reader.optionalId("group"_L1);
    p.clientRef = reader.optionalString("client_ref"_L1, ClientRefRule).value_or(QString());
    if (auto info = reader.optionalObject("system_info"_L1)) {
        QString key;
        if (auto problem = systeminfo::check(*info, &key))
            reader.failPath(key.isEmpty() ? u"system_info"_s : u"system_info."_s + key, *problem);
        p.systemInfo = *info;
    }
    p.fields = readFieldValues(reader).value_or(QJsonObject());
    p.cis = readIdList(reader, "cis"_L1, MaxTicketCis).value_or(QList<qint64>());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonValue Selector::toJson() const
{
    switch (kind) {
    case Kind::Id:
        return id;
    case Kind::Me:
        return u"me"_s;
    case Kind::Mine:
        return u"mine"_s;
    case Kind::None:
        break;
    }
    return QJsonValue::Null;
}

QJsonObject TicketFilter::toJson() const
{
    QJsonObject object;
    if (statuses)
        object.insert("status"_L1, QJsonArray::fromStringList(*statuses));
    if (open)
        object.insert("open"_L1, *open);
    if (assignee)
        object.insert("assignee"_L1, assignee->toJson());
    if (requester)
        object.insert("requester"_L1, requester->toJson());
    if (group)
        object.insert("group"_L1, group->toJson());
    if (priorities) {
        QJsonArray array;
        for (int priority : *priorities)
            array.append(priority);
        object.insert("priority"_L1, array);
    }
    if (types) {
        QJsonArray array;
        for (TicketType type : *types)
            array.append(toString(type));
        object.insert("type"_L1, array);
    }
    if (category)
        object.insert("category"_L1, *category);
    if (dueBefore)
        object.insert("due_before"_L1, timeutil::toIso(*dueBefore));
    if (slaStates)
        object.insert("sla_state"_L1, QJsonArray::fromStringList(*slaStates));
    if (orgs) {
        QJsonArray array;
        for (qint64 org : *orgs)
            array.append(org);
        object.insert("org"_L1, array);
    }
    if (!fields.isEmpty()) {
        QJsonObject conditions;
        for (const FieldCondition& condition : fields)
            conditions.insert(condition.name, condition.toJson());
        object.insert("fields"_L1, conditions);
    }
    if (parent)
        object.insert("parent"_L1, *parent);
    return object;
}

QJsonObject TicketListParams::toJson() const
{
    QJsonObject object {{"sort"_L1, toString(sort)}, {"limit"_L1, limit}};
    const QJsonObject filterObject = filter.toJson();
    if (!filterObject.isEmpty())
        object.insert("filter"_L1, filterObject);
    if (!cursor.isEmpty())
        object.insert("cursor"_L1, cursor);
    if (includeFields)
        object.insert("include_fields"_L1, true);
    return object;
}

Result<TicketListParams, rpc::RpcError> TicketListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketListParams p;
    TicketFilter::read(reader, p.filter);
    if (auto sort = reader.optionalEnum("sort"_L1, ticketSortNames()))
        p.sort = *ticketSortFromString(*sort);
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    p.cursor = reader.optionalString("cursor"_L1, {.maxLength = 500}).value_or(QString());
    p.includeFields = reader.optionalBool("include_fields"_L1).value_or(false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

bool TicketUpdateParams::hasChanges() const
{
    return title || description || category.present || impact || urgency || priority
        || assignee.present || group.present || resolution || fields || cis;
}

QJsonObject TicketUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"version"_L1, version}};
    if (title)
        object.insert("title"_L1, *title);
    if (description)
        object.insert("description"_L1, *description);
    if (category.present)
        object.insert("category"_L1,
                      category.value ? QJsonValue(*category.value) : QJsonValue(QJsonValue::Null));
    if (impact)
        object.insert("impact"_L1, toString(*impact));
    if (urgency)
        object.insert("urgency"_L1, toString(*urgency));
    if (priority)
        object.insert("priority"_L1, *priority);
    if (assignee.present)
        object.insert("assignee"_L1,
                      assignee.value ? QJsonValue(*assignee.value) : QJsonValue(QJsonValue::Null));
    if (group.present)
        object.insert("group"_L1,
                      group.value ? QJsonValue(*group.value) : QJsonValue(QJsonValue::Null));
    if (resolution)
        object.insert("resolution"_L1, *resolution);
    if (fields)
        object.insert("fields"_L1, *fields);
    if (cis) {
        QJsonArray ids;
        for (qint64 ci : *cis)
            ids.append(ci);
        object.insert("cis"_L1, ids);
    }
    return object;
}

Result<TicketUpdateParams, rpc::RpcError> TicketUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.version = reader.requiredInt("version"_L1, 1, std::numeric_limits<int>::max());
    p.title = reader.optionalString("title"_L1, TicketTitleRule);
    p.description = reader.optionalString("description"_L1, OptionalBodyRule);
    p.category = reader.nullableString("category"_L1, TicketCategoryRule);
    p.impact = readLevel(reader, "impact"_L1);
    p.urgency = readLevel(reader, "urgency"_L1);
    p.priority = reader.optionalInt("priority"_L1, HighestPriority, LowestPriority);
    p.assignee = reader.nullableId("assignee"_L1);
    p.group = reader.nullableId("group"_L1);
    p.resolution = reader.optionalString("resolution"_L1, OptionalBodyRule);
    p.fields = readFieldValues(reader);
    p.cis = readIdList(reader, "cis"_L1, MaxTicketCis);
    reader.refuse("status"_L1, u"is changed with ticket.transition"_s);
    reader.refuse("type"_L1, u"cannot be changed after creation"_s);
    if (auto error = reader.finish())
        return *error;
    if (!p.hasChanges())
        return rpc::RpcError::invalidParams(u"params"_s, u"no field to change"_s);
    return p;
}

QJsonObject TicketTransitionParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"status"_L1, status}};
    if (!note.isEmpty())
        object.insert("note"_L1, note);
    if (version)
        object.insert("version"_L1, *version);
    return object;
}

Result<TicketTransitionParams, rpc::RpcError>
TicketTransitionParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketTransitionParams p;
    p.id = reader.requiredId("id"_L1);
    p.status = reader.requiredString("status"_L1, StatusRule);
    p.note = reader.optionalString("note"_L1, OptionalBodyRule).value_or(QString()).trimmed();
    p.version = reader.optionalInt("version"_L1, 1, std::numeric_limits<int>::max());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TicketCommentParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"body"_L1, body}, {"internal"_L1, internal}};
    if (!clientRef.isEmpty())
        object.insert("client_ref"_L1, clientRef);
    return object;
}

Result<TicketCommentParams, rpc::RpcError> TicketCommentParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketCommentParams p;
    p.id = reader.requiredId("id"_L1);
    p.body = reader.requiredString("body"_L1, TicketBodyRule);
    if (reader.ok() && p.body.trimmed().isEmpty())
        reader.fail("body"_L1, u"must not be empty"_s);
    p.internal = reader.optionalBool("internal"_L1).value_or(false);
    p.clientRef = reader.optionalString("client_ref"_L1, ClientRefRule).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TicketCountParams::toJson() const
{
    const QJsonObject filterObject = filter.toJson();
    return filterObject.isEmpty() ? QJsonObject() : QJsonObject {{"filter"_L1, filterObject}};
}

Result<TicketCountParams, rpc::RpcError> TicketCountParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketCountParams p;
    TicketFilter::read(reader, p.filter);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TicketLinkParams::toJson() const
{
    return {{"id"_L1, id}, {"other"_L1, other}};
}

Result<TicketLinkParams, rpc::RpcError> TicketLinkParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketLinkParams p;
    p.id = reader.requiredId("id"_L1);
    p.other = reader.requiredId("other"_L1);
    if (reader.ok() && p.id == p.other)
        reader.fail("other"_L1, u"must be another ticket"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TicketMergeParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"into"_L1, into}};
    if (!note.isEmpty())
        object.insert("note"_L1, note);
    return object;
}

Result<TicketMergeParams, rpc::RpcError> TicketMergeParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketMergeParams p;
    p.id = reader.requiredId("id"_L1);
    p.into = reader.requiredId("into"_L1);
    if (reader.ok() && p.id == p.into)
        reader.fail("into"_L1, u"must be another ticket"_s);
    p.note = reader.optionalString("note"_L1, OptionalBodyRule).value_or(QString()).trimmed();
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TicketEscalateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (group)
        object.insert("group"_L1, *group);
    if (!note.isEmpty())
        object.insert("note"_L1, note);
    if (version)
        object.insert("version"_L1, *version);
    return object;
}

Result<TicketEscalateParams, rpc::RpcError> TicketEscalateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketEscalateParams p;
    p.id = reader.requiredId("id"_L1);
    p.group = reader.optionalId("group"_L1);
    p.note = reader.optionalString("note"_L1, OptionalBodyRule).value_or(QString()).trimmed();
    p.version = reader.optionalInt("version"_L1, 1, std::numeric_limits<int>::max());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TicketLogTimeParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"minutes"_L1, minutes}};
    if (!note.isEmpty())
        object.insert("note"_L1, note);
    return object;
}

Result<TicketLogTimeParams, rpc::RpcError> TicketLogTimeParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketLogTimeParams p;
    p.id = reader.requiredId("id"_L1);
    p.minutes = reader.requiredInt("minutes"_L1, 1, MaxLoggedMinutes);
    p.note =
        reader.optionalString("note"_L1, {.minLength = 0, .maxLength = 500}).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QStringList topicNames()
{
    return {QString(topic::Tickets), QString(topic::Presence), QString(topic::Notifications),
            QString(topic::Announcements), QString(topic::Configuration)};
}

QJsonObject SubscribeParams::toJson() const
{
    return {{"topics"_L1, QJsonArray::fromStringList(topics)}};
}

Result<SubscribeParams, rpc::RpcError> SubscribeParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    SubscribeParams p;
    if (reader.rawValue("topics"_L1).isUndefined())
        reader.fail("topics"_L1, u"is required"_s);
    p.topics = reader.optionalEnumList("topics"_L1, topicNames()).value_or(QStringList());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QStringList configKeys()
{
    return {u"priority_matrix"_s,
            u"lifecycles"_s,
            u"sla_targets"_s,
            u"smtp"_s, // smtp: the notification mails' relay (api::SmtpSettings)
            u"ldap"_s, // ldap: the directories users sign in with (api::LdapSettings)
            u"security"_s, // security: roles that must use a second factor (api::SecuritySettings)
            u"approvals"_s, // approvals: reminder and escalation (api::ApprovalSettings)
            u"change_risk"_s, // change_risk: the changes' risk questionnaire (changeapi.h)
            u"change_approval"_s}; // change_approval: the change boards' chains (changeapi.h)
}

QJsonObject ConfigGetParams::toJson() const
{
    return {{"key"_L1, key}};
}

Result<ConfigGetParams, rpc::RpcError> ConfigGetParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ConfigGetParams p;
    p.key = reader.requiredEnum("key"_L1, configKeys());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ConfigSetParams::toJson() const
{
    return {{"key"_L1, key}, {"value"_L1, value}};
}

Result<ConfigSetParams, rpc::RpcError> ConfigSetParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ConfigSetParams p;
    p.key = reader.requiredEnum("key"_L1, configKeys());
    p.value = reader.rawValue("value"_L1, [] {
        return schema::withDescription(
            QJsonObject {{"not"_L1, QJsonObject {{"type"_L1, u"null"_s}}}},
            u"the value of the key, as config.get answers it"_s);
    });
    if (p.value.isUndefined() || p.value.isNull())
        reader.fail("value"_L1, u"is required"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

} // namespace frontline::api
