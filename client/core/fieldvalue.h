#pragma once

#include "api/fieldapi.h"

#include <QDate>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace frontline::client {

// One custom field's value as the forms hold it: typed, so the widgets that edit it never see
// its JSON (client/core turns it into the wire's value). None is "no value" (clears a field).
class FieldValue
{
public:
    FieldValue() = default; // none
    static FieldValue text(const QString& text);
    static FieldValue number(double number);
    static FieldValue date(const QDate& date);
    static FieldValue choice(const QString& key);
    static FieldValue choices(const QStringList& keys);
    static FieldValue id(qint64 id); // a user or an organisation
    // A name typed where a person must be picked: refused by the shared rules, said inline.
    static FieldValue unresolved(const QString& typed);

    bool isNone() const;
    QString toText() const; // a text, a choice's key, a typed name
    double toNumber() const;
    bool isNumber() const { return m_value.isDouble(); }
    QDate toDate() const;
    QStringList keys() const; // a multi-choice's keys, a choice's key
    qint64 toId() const;

    QJsonValue toJson() const; // null when none
    static FieldValue fromJson(const QJsonValue& value);
    // The same value as the field stores it (texts trimmed, keys without repeats).
    bool sameAs(const FieldValue& other, const api::FieldDefinition& field) const;
    friend bool operator==(const FieldValue&, const FieldValue&) = default;

private:
    explicit FieldValue(const QJsonValue& value)
        : m_value(value)
    { }

    QJsonValue m_value;
};

// Values by field name.
using FieldValues = QMap<QString, FieldValue>;
QJsonObject toJson(const FieldValues& values);
FieldValues fieldValuesFromJson(const QJsonObject& object);

} // namespace frontline::client
