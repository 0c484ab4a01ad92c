#include "fieldrepository.h"

#include "storage/sqlsession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString FieldColumns = u"id, name, label, type, required, help, visible_to_requester, "
                             "active, spec, created_at, updated_at"_s;

// The options, limits and where the field applies, as stored in `spec`.
QString specOf(const api::FieldDefinition& field)
{
    QJsonObject full = field.toJson();
    QJsonObject spec;
    for (const auto key : {"options"_L1, "min"_L1, "max"_L1, "ticket_types"_L1, "categories"_L1})
        spec.insert(key, full.value(key));
    return QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
}

api::FieldDefinition readField(const Statement& row)
{
    QJsonObject object = QJsonDocument::fromJson(row.text(8).toUtf8()).object();
    object.insert("id"_L1, row.int64(0));
    object.insert("name"_L1, row.text(1));
    object.insert("label"_L1, row.text(2));
    object.insert("type"_L1, row.text(3));
    object.insert("required"_L1, row.boolean(4));
    object.insert("help"_L1, row.text(5));
    object.insert("visible_to_requester"_L1, row.boolean(6));
    object.insert("active"_L1, row.boolean(7));
    api::FieldDefinition field = api::FieldDefinition::fromJson(object);
    field.createdAt = row.int64(9);
    field.updatedAt = row.int64(10);
    return field;
}

// Rows of (ticket, field, text, number, date, ref) into name -> value per ticket.
void collect(const Statement& row, const QHash<qint64, const api::FieldDefinition*>& byId,
             QJsonObject& values)
{
    const auto it = byId.find(row.int64(1));
    if (it == byId.end())
        return;
    const api::FieldDefinition& field = **it;
    switch (field.type) {
    case api::FieldType::Text:
    case api::FieldType::Choice:
        values.insert(field.name, row.text(2));
        break;
    case api::FieldType::MultiChoice: {
        QJsonArray keys = values.value(field.name).toArray();
        keys.append(row.text(2));
        values.insert(field.name, keys);
        break;
    }
    case api::FieldType::Number:
        values.insert(field.name, row.value(3).toDouble());
        break;
    case api::FieldType::Date:
        values.insert(field.name, api::fieldDate(row.int64(4)));
        break;
    case api::FieldType::User:
    case api::FieldType::Organisation:
        values.insert(field.name, row.int64(5));
        break;
    }
}

QHash<qint64, const api::FieldDefinition*> indexById(const QList<api::FieldDefinition>& fields)
{
    QHash<qint64, const api::FieldDefinition*> byId;
    for (const api::FieldDefinition& field : fields)
        byId.insert(field.id, &field);
    return byId;
}

const QString ValueSelect = u"SELECT ticket_id, field_id, text_value, number_value, date_value, "
                            "ref_id FROM ticket_field_values"_s;

} // namespace

qint64 FieldRepository::insert(const api::FieldDefinition& field, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO ticket_fields (name, label, type, required, help, visible_to_requester, "
        "active, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(field.name)
        .bind(field.label)
        .bind(api::toString(field.type))
        .bind(field.required ? 1 : 0)
        .bind(field.help)
        .bind(field.visibleToRequester ? 1 : 0)
        .bind(field.active ? 1 : 0)
        .bind(specOf(field))
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

void FieldRepository::update(const api::FieldDefinition& field, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE ticket_fields SET label = ?, required = ?, help = ?, visible_to_requester = ?, "
        "active = ?, spec = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(field.label)
        .bind(field.required ? 1 : 0)
        .bind(field.help)
        .bind(field.visibleToRequester ? 1 : 0)
        .bind(field.active ? 1 : 0)
        .bind(specOf(field))
        .bind(now)
        .bind(field.id);
    update.exec();
}

std::optional<api::FieldDefinition> FieldRepository::find(qint64 id)
{
    Statement query =
        m_session.prepare(u"SELECT "_s + FieldColumns + u" FROM ticket_fields WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readField(query);
}

std::optional<api::FieldDefinition> FieldRepository::findByName(const QString& name)
{
    Statement query =
        m_session.prepare(u"SELECT "_s + FieldColumns + u" FROM ticket_fields WHERE name = ?"_s);
    query.bind(name);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readField(query);
}

QList<api::FieldDefinition> FieldRepository::list()
{
    Statement query =
        m_session.prepare(u"SELECT "_s + FieldColumns + u" FROM ticket_fields ORDER BY id"_s);
    query.exec();
    QList<api::FieldDefinition> fields;
    while (query.next())
        fields.append(readField(query));
    return fields;
}

QJsonObject FieldRepository::values(qint64 ticketId, const QList<api::FieldDefinition>& fields)
{
    QJsonObject values;
    if (fields.isEmpty())
        return values;
    const auto byId = indexById(fields);
    Statement query =
        m_session.prepare(ValueSelect + u" WHERE ticket_id = ? ORDER BY field_id, seq"_s);
    query.bind(ticketId);
    query.exec();
    while (query.next())
        collect(query, byId, values);
    return values;
}

QHash<qint64, QJsonObject> FieldRepository::values(const QList<qint64>& ticketIds,
                                                   const QList<api::FieldDefinition>& fields)
{
    QHash<qint64, QJsonObject> values;
    if (fields.isEmpty() || ticketIds.isEmpty())
        return values;
    const auto byId = indexById(fields);
    QStringList marks;
    for (qsizetype i = 0; i < ticketIds.size(); ++i)
        marks << u"?"_s;
    Statement query = m_session.prepare(ValueSelect + u" WHERE ticket_id IN ("_s
                                        + marks.join(u", "_s) + u") ORDER BY field_id, seq"_s);
    for (qint64 id : ticketIds)
        query.bind(id);
    query.exec();
    while (query.next())
        collect(query, byId, values[query.int64(0)]);
    return values;
}

void FieldRepository::write(qint64 ticketId, const api::FieldDefinition& field,
                            const QJsonValue& value)
{
    {
        Statement clear = m_session.prepare(
            u"DELETE FROM ticket_field_values WHERE ticket_id = ? AND field_id = ?"_s);
        clear.bind(ticketId).bind(field.id);
        clear.exec();
    }
    if (api::isEmptyFieldValue(value))
        return;
    const auto insert = [&](int seq, const QVariant& text, const QVariant& number,
                            const QVariant& date, const QVariant& ref) {
        Statement row = m_session.prepare(
            u"INSERT INTO ticket_field_values (ticket_id, field_id, seq, text_value, "
            "number_value, date_value, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        row.bind(ticketId).bind(field.id).bind(seq).bind(text).bind(number).bind(date).bind(ref);
        row.exec();
    };
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noNumber(QMetaType::fromType<double>());
    const QVariant noId(QMetaType::fromType<qint64>());
    switch (field.type) {
    case api::FieldType::Text:
    case api::FieldType::Choice:
        insert(0, value.toString(), noNumber, noId, noId);
        break;
    case api::FieldType::MultiChoice: {
        const QJsonArray keys = value.toArray();
        for (qsizetype i = 0; i < keys.size(); ++i)
            insert(static_cast<int>(i), keys.at(i).toString(), noNumber, noId, noId);
        break;
    }
    case api::FieldType::Number:
        insert(0, noText, value.toDouble(), noId, noId);
        break;
    case api::FieldType::Date:
        insert(0, noText, noNumber, QVariant(api::fieldDay(value.toString()).value_or(0)), noId);
        break;
    case api::FieldType::User:
    case api::FieldType::Organisation:
        insert(0, noText, noNumber, noId, QVariant(value.toInteger()));
        break;
    }
}

} // namespace frontline::server
