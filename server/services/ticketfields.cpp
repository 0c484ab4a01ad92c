#include "ticketfields.h"

#include "storage/fieldrepository.h"
#include "storage/orgrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {

TicketFields::TicketFields(SqlSession& session, const Principal& principal)
    : m_session(session)
    , m_principal(principal)
{ }

const QList<api::FieldDefinition>& TicketFields::definitions()
{
    if (!m_definitions)
        m_definitions = FieldRepository(m_session).list();
    return *m_definitions;
}

const api::FieldDefinition* TicketFields::byName(const QString& name)
{
    for (const api::FieldDefinition& field : definitions()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

void TicketFields::load(TicketRecord& record)
{
    if (record.fieldValuesLoaded)
        return;
    if (record.ticket.id != 0)
        record.fieldValues = FieldRepository(m_session).values(record.ticket.id, definitions());
    record.fieldValuesLoaded = true;
}

std::optional<QString> TicketFields::checkReference(const api::FieldDefinition& field,
                                                    const QJsonValue& value)
{
    if (api::isEmptyFieldValue(value))
        return std::nullopt;
    if (field.type == api::FieldType::User) {
        const auto user = UserRepository(m_session).find(value.toInteger());
        if (!user || user->disabled)
            return u"no such active user"_s;
    } else if (field.type == api::FieldType::Organisation) {
        if (!OrgRepository(m_session).ref(value.toInteger()))
            return u"no such organisation"_s;
    }
    return std::nullopt;
}

std::optional<rpc::RpcError> TicketFields::apply(TicketRecord& record, const QJsonObject& values,
                                                 bool checkRequired,
                                                 QList<TicketMutation::Change>& changes)
{
    load(record);
    // A requester works with the fields shown to them: others do not exist for them.
    QList<api::FieldDefinition> usable;
    for (const api::FieldDefinition& field : definitions()) {
        if (m_principal.isStaff() || field.visibleToRequester)
            usable.append(field);
    }
    const Ticket& ticket = record.ticket;
    const QList<api::FieldProblem> problems = api::checkFieldValues(
        usable, values, record.fieldValues, ticket.type, ticket.category, checkRequired);
    if (!problems.isEmpty())
        return rpc::RpcError::invalidParams(problems.constFirst().path,
                                            problems.constFirst().reason);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const api::FieldDefinition& field = *byName(it.key());
        const QJsonValue value = api::normalizedFieldValue(field, it.value());
        if (auto problem = checkReference(field, value))
            return rpc::RpcError::invalidParams(changeName(field.name), *problem);
        const QJsonValue old = record.fieldValues.value(field.name);
        const QJsonValue before = old.isUndefined() ? QJsonValue(QJsonValue::Null) : old;
        if (before == value)
            continue;
        TicketMutation::Change change {changeName(field.name), before, value};
        change.internal = !field.visibleToRequester;
        changes.append(change);
        record.fieldWrites.append({field, value});
        if (value.isNull())
            record.fieldValues.remove(field.name);
        else
            record.fieldValues.insert(field.name, value);
    }
    return std::nullopt;
}

QJsonObject TicketFields::visible(const QJsonObject& values, const Principal& principal)
{
    return principal.isStaff() ? values : shownToRequesters(values);
}

QJsonObject TicketFields::shownToRequesters(const QJsonObject& values)
{
    QJsonObject shown;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const api::FieldDefinition* field = byName(it.key());
        if (field && field->visibleToRequester)
            shown.insert(it.key(), it.value());
    }
    return shown;
}

FieldFilter TicketFields::filterOf(const api::FieldDefinition& field,
                                   const api::FieldCondition& condition)
{
    FieldFilter filter;
    filter.fieldId = field.id;
    // The column's value of one JSON value of this field.
    const auto columnValue = [&field](const QJsonValue& value) -> QVariant {
        switch (field.type) {
        case api::FieldType::Number:
            return value.toDouble();
        case api::FieldType::Date:
            return api::fieldDay(value.toString()).value_or(0);
        case api::FieldType::User:
        case api::FieldType::Organisation:
            return value.toInteger();
        default:
            return value.toString();
        }
    };
    switch (field.type) {
    case api::FieldType::Number:
        filter.column = u"number_value"_s;
        break;
    case api::FieldType::Date:
        filter.column = u"date_value"_s;
        break;
    case api::FieldType::User:
    case api::FieldType::Organisation:
        filter.column = u"ref_id"_s;
        break;
    default:
        filter.column = u"text_value"_s;
        break;
    }
    switch (condition.op) {
    case api::FieldCondition::Op::Equals:
        filter.op = FieldFilter::Op::Equals;
        filter.values << columnValue(condition.value);
        break;
    case api::FieldCondition::Op::AnyOf:
        filter.op = FieldFilter::Op::Equals;
        for (const QJsonValue& value : condition.value.toArray())
            filter.values << columnValue(value);
        break;
    case api::FieldCondition::Op::Contains:
        filter.op = FieldFilter::Op::Contains;
        filter.values << condition.value.toString().trimmed().toLower();
        break;
    case api::FieldCondition::Op::Between: {
        filter.op = FieldFilter::Op::Range;
        const QJsonArray bounds = condition.value.toArray();
        if (!bounds.at(0).isNull())
            filter.low = columnValue(bounds.at(0));
        if (!bounds.at(1).isNull())
            filter.high = columnValue(bounds.at(1));
        break;
    }
    }
    return filter;
}

Result<QList<FieldFilter>, rpc::RpcError>
TicketFields::resolve(const QList<api::FieldCondition>& conditions)
{
    QList<FieldFilter> filters;
    for (const api::FieldCondition& condition : conditions) {
        const QString path = u"filter.fields."_s + condition.name;
        const api::FieldDefinition* field = byName(condition.name);
        if (!field || (!m_principal.isStaff() && !field->visibleToRequester))
            return rpc::RpcError::invalidParams(path, u"no such field"_s);
        if (auto problem = api::checkFieldCondition(*field, condition))
            return rpc::RpcError::invalidParams(path, *problem);
        filters.append(filterOf(*field, condition));
    }
    return filters;
}

} // namespace frontline::server
