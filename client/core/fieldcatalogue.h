#pragma once

#include "api/fieldapi.h"
#include "client/core/fieldvalue.h"
#include "domain/enums.h"
#include "domain/organisation.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace frontline::client {

class Session;

// The desk's custom fields as this user may use them (field.list: staff get every
// definition, requesters the active ones shown to them): which apply to a ticket of a type and
// category, the organisations an organisation field offers (staff), people's names for user
// fields, and the shared checks of fields/values (the server's own rules) said in the user's
// language, by field name, for the forms' inline messages.
//
// Loaded by the Directory that keeps it (on login, after a reconnect, and when the
// administration window closes: the server pushes no change of definitions); the
// administration's FieldsAdmin hands each definition it saves to replace(), so its catalogue
// follows at once. Other clients see a change at their next login or reconnect.
class FieldCatalogue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldCatalogue)

public:
    explicit FieldCatalogue(Session& session, QObject* parent = nullptr);

    void reload(); // loaded()
    bool isLoaded() const { return m_loaded; }
    const QList<api::FieldDefinition>& fields() const { return m_fields; }
    std::optional<api::FieldDefinition> field(const QString& name) const;
    // The active fields a ticket of this type and category takes, in the desk's order;
    // `requesterForm`: only those shown to requesters (the applet's form).
    QList<api::FieldDefinition> applicable(TicketType type, const QString& category,
                                           bool requesterForm = false) const;
    const QList<Organisation>& organisations() const { return m_orgs; }
    // A person's name for a user field's value: known, or asked for (namesChanged()).
    QString userName(qint64 id);
    void rememberUser(qint64 id, const QString& name);

    // What keeps `values` from being sent for a ticket of `type` and `category` (`current`:
    // the ticket's values now; `checkRequired`: demand the required fields that apply), by
    // field name, in words for the input's inline message. Empty when they may go.
    QHash<QString, QString> problems(const FieldValues& values, const FieldValues& current,
                                     TicketType type, const QString& category,
                                     bool checkRequired) const;
    // The same against these definitions (a field being designed, for its preview).
    static QHash<QString, QString> problems(const QList<api::FieldDefinition>& fields,
                                            const FieldValues& values, const FieldValues& current,
                                            TicketType type, const QString& category,
                                            bool checkRequired);
    // One problem in the user's language ("must be at most 10").
    static QString problemText(const api::FieldProblem& problem);
    // A value as a person reads it (option labels, a date in the locale, a name).
    QString displayText(const api::FieldDefinition& field, const FieldValue& value);

    // A definition created or changed here (FieldsAdmin): taken in at once.
    void replace(const api::FieldDefinition& field);

Q_SIGNALS:
    void loaded();
    void namesChanged();

private:
    Session& m_session;
    QList<api::FieldDefinition> m_fields;
    QList<Organisation> m_orgs;
    QHash<qint64, QString> m_userNames;
    bool m_loaded = false;
};

} // namespace frontline::client
