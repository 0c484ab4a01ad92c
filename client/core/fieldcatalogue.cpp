#include "fieldcatalogue.h"

#include "api/methods.h"
#include "api/orgapi.h"
#include "client/core/session.h"
#include "domain/user.h"
#include "rpc/rpcclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

FieldCatalogue::FieldCatalogue(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void FieldCatalogue::reload()
{
    m_session.rpc().call(QString(api::method::FieldList), {}, this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             m_fields = api::FieldList::fromJson(reply.result()).items;
                             m_loaded = true;
                             Q_EMIT loaded();
                         });
    if (!m_session.isStaff())
        return;
    m_session.rpc().call(QString(api::method::OrgList), {}, this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             m_orgs = api::OrgList::fromJson(reply.result()).items;
                             if (m_loaded)
                                 Q_EMIT loaded();
                         });
}

std::optional<api::FieldDefinition> FieldCatalogue::field(const QString& name) const
{
    for (const api::FieldDefinition& field : m_fields) {
        if (field.name == name)
            return field;
    }
    return std::nullopt;
}

QList<api::FieldDefinition> FieldCatalogue::applicable(TicketType type, const QString& category,
                                                       bool requesterForm) const
{
    QList<api::FieldDefinition> fields;
    for (const api::FieldDefinition& field : m_fields) {
        if (field.active && field.appliesTo(type, category)
            && (!requesterForm || field.visibleToRequester))
            fields.append(field);
    }
    return fields;
}

QString FieldCatalogue::userName(qint64 id)
{
    if (const auto it = m_userNames.constFind(id); it != m_userNames.constEnd())
        return *it;
    m_userNames.insert(id, tr("#%1").arg(id)); // asked once
    m_session.rpc().call(QString(api::method::UserGet), api::IdParams {id}.toJson(), this,
                         [this, id](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             rememberUser(id,
                                          User::fromJson(reply.result().toObject()).shownName());
                             Q_EMIT namesChanged();
                         });
    return m_userNames.value(id);
}

void FieldCatalogue::rememberUser(qint64 id, const QString& name)
{
    m_userNames.insert(id, name);
}

QHash<QString, QString> FieldCatalogue::problems(const FieldValues& values,
                                                 const FieldValues& current, TicketType type,
                                                 const QString& category, bool checkRequired) const
{
    return problems(m_fields, values, current, type, category, checkRequired);
}

QHash<QString, QString> FieldCatalogue::problems(const QList<api::FieldDefinition>& fields,
                                                 const FieldValues& values,
                                                 const FieldValues& current, TicketType type,
                                                 const QString& category, bool checkRequired)
{
    QHash<QString, QString> byName;
    for (const api::FieldProblem& problem : api::checkFieldValues(
             fields, toJson(values), toJson(current), type, category, checkRequired)) {
        const QString name = problem.path.section(u'.', 1);
        if (!byName.contains(name))
            byName.insert(name, problemText(problem));
    }
    return byName;
}

QString FieldCatalogue::problemText(const api::FieldProblem& problem)
{
    const QLocale locale;
    using api::FieldIssue;
    switch (problem.issue) {
    case FieldIssue::Required:
        return tr("Required: please fill this in.");
    case FieldIssue::NoSuchField:
        return tr("This field no longer exists; reopen the form.");
    case FieldIssue::NotApplicable:
        return tr("This field does not apply to the ticket's type or category.");
    case FieldIssue::NotText:
        return tr("Must be a text.");
    case FieldIssue::TooShort:
        return tr("Too short: at least %n character(s).", nullptr, static_cast<int>(problem.limit));
    case FieldIssue::TooLong:
        return tr("Too long: at most %n character(s).", nullptr, static_cast<int>(problem.limit));
    case FieldIssue::NotOneLine:
        return tr("Must be one line.");
    case FieldIssue::NotNumber:
        return tr("Must be a number.");
    case FieldIssue::BelowMin:
        return tr("Must be at least %1.").arg(locale.toString(problem.limit));
    case FieldIssue::AboveMax:
        return tr("Must be at most %1.").arg(locale.toString(problem.limit));
    case FieldIssue::NotDate:
        return tr("Must be a date.");
    case FieldIssue::NotOption:
        return problem.key.isEmpty() ? tr("Choose one of the options offered.")
                                     : tr("%1 is not one of the options offered.").arg(problem.key);
    case FieldIssue::NotUser:
        return tr("Pick a person from the list that appears while typing.");
    case FieldIssue::NotOrganisation:
        return tr("Choose an organisation.");
    case FieldIssue::Other:
        break;
    }
    return problem.reason; // unusual reasons stay as the shared rules word them
}

QString FieldCatalogue::displayText(const api::FieldDefinition& field, const FieldValue& value)
{
    if (value.isNone())
        return tr("None");
    const auto label = [&](const QString& key) {
        const api::FieldOption* option = field.option(key);
        return option ? option->label : key;
    };
    switch (field.type) {
    case api::FieldType::Text:
        return value.toText();
    case api::FieldType::Number:
        return QLocale().toString(value.toNumber());
    case api::FieldType::Date:
        return value.toDate().isValid() ? QLocale().toString(value.toDate(), QLocale::ShortFormat)
                                        : value.toText();
    case api::FieldType::Choice:
    case api::FieldType::MultiChoice: {
        QStringList labels;
        for (const QString& key : value.keys())
            labels.append(label(key));
        return labels.join(u", "_s);
    }
    case api::FieldType::User:
        return userName(value.toId());
    case api::FieldType::Organisation:
        for (const Organisation& org : std::as_const(m_orgs)) {
            if (org.id == value.toId())
                return org.name;
        }
        return tr("Organisation #%1").arg(value.toId());
    }
    return value.toText();
}

void FieldCatalogue::replace(const api::FieldDefinition& field)
{
    for (api::FieldDefinition& known : m_fields) {
        if (known.id == field.id) {
            known = field;
            Q_EMIT loaded();
            return;
        }
    }
    m_fields.append(field);
    Q_EMIT loaded();
}

} // namespace frontline::client
