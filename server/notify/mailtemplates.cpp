#include "notify/mailtemplates.h"

#include "api/notifyapi.h"
#include "storage/sqlsession.h"

#include <QDateTime>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

namespace {

struct Default
{
    const char* kind;
    const char* language;
    const char* subject;
    const char* body;
};

// clang-format off
const Default Defaults[] = {
    {"received", "en", "We received your request: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nwe received your request \"{{ticket.title}}\" and filed it as ticket #{{ticket.id}}. We will answer as soon as we can.\n\nReply to this mail to add to it."},
    {"received", "de", "Ihre Anfrage ist eingegangen: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nIhre Anfrage \"{{ticket.title}}\" ist als Ticket #{{ticket.id}} eingegangen. Wir melden uns so bald wie möglich.\n\nAntworten Sie auf diese Mail, um etwas zu ergänzen."},
    {"received", "fr", "Nous avons reçu votre demande : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nnous avons reçu votre demande « {{ticket.title}} », enregistrée sous le ticket n° {{ticket.id}}. Nous vous répondrons dès que possible.\n\nRépondez à ce mail pour la compléter."},
    {"public_reply", "en", "New reply: {{ticket.title}}",
     "Hello {{recipient.name}},\n\n{{agent.name}} replied to your ticket #{{ticket.id}}:\n\n{{comment.text}}\n\nReply to this mail to answer."},
    {"public_reply", "de", "Neue Antwort: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\n{{agent.name}} hat auf Ihr Ticket #{{ticket.id}} geantwortet:\n\n{{comment.text}}\n\nAntworten Sie auf diese Mail, um zu antworten."},
    {"public_reply", "fr", "Nouvelle réponse : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\n{{agent.name}} a répondu à votre ticket n° {{ticket.id}} :\n\n{{comment.text}}\n\nRépondez à ce mail pour lui répondre."},
    {"waiting", "en", "Waiting for you: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nwe need something from you before we can go on with ticket #{{ticket.id}} \"{{ticket.title}}\".\n\n{{comment.text}}\n\nReply to this mail to answer."},
    {"waiting", "de", "Wir warten auf Sie: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nwir brauchen etwas von Ihnen, bevor wir Ticket #{{ticket.id}} \"{{ticket.title}}\" weiter bearbeiten können.\n\n{{comment.text}}\n\nAntworten Sie auf diese Mail, um zu antworten."},
    {"waiting", "fr", "En attente de votre réponse : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nnous avons besoin de vous pour continuer le ticket n° {{ticket.id}} « {{ticket.title}} ».\n\n{{comment.text}}\n\nRépondez à ce mail pour nous répondre."},
    {"resolved", "en", "Resolved: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" is resolved.\n\n{{comment.text}}\n\n{{survey}}\n\nIf the problem is not solved, reply to this mail and we will reopen it."},
    {"resolved", "de", "Gelöst: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" ist gelöst.\n\n{{comment.text}}\n\n{{survey}}\n\nFalls das Problem weiter besteht, antworten Sie auf diese Mail; wir öffnen es wieder."},
    {"resolved", "fr", "Résolu : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » est résolu.\n\n{{comment.text}}\n\n{{survey}}\n\nSi le problème persiste, répondez à ce mail et nous le rouvrirons."},
    {"closed", "en", "Closed: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" is closed. Thank you."},
    {"closed", "de", "Geschlossen: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" ist geschlossen. Vielen Dank."},
    {"closed", "fr", "Fermé : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » est fermé. Merci."},
    {"assigned", "en", "Assigned to you: {{ticket.title}}",
     "Hello {{recipient.name}},\n\n{{agent.name}} assigned ticket #{{ticket.id}} \"{{ticket.title}}\" from {{requester.name}} to you.\n\nDue: {{due}}"},
    {"assigned", "de", "Ihnen zugewiesen: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\n{{agent.name}} hat Ihnen Ticket #{{ticket.id}} \"{{ticket.title}}\" von {{requester.name}} zugewiesen.\n\nFällig: {{due}}"},
    {"assigned", "fr", "Vous est attribué : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\n{{agent.name}} vous a attribué le ticket n° {{ticket.id}} « {{ticket.title}} » de {{requester.name}}.\n\nÉchéance : {{due}}"},
    {"new_in_group", "en", "New in {{group.name}}: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" from {{requester.name}} is new in {{group.name}}.\n\nDue: {{due}}"},
    {"new_in_group", "de", "Neu in {{group.name}}: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" von {{requester.name}} ist neu in {{group.name}}.\n\nFällig: {{due}}"},
    {"new_in_group", "fr", "Nouveau dans {{group.name}} : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » de {{requester.name}} est nouveau dans {{group.name}}.\n\nÉchéance : {{due}}"},
    {"sla_at_risk", "en", "SLA at risk: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" is close to its SLA target.\n\nDue: {{due}}"},
    {"sla_at_risk", "de", "SLA gefährdet: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" erreicht bald sein SLA-Ziel.\n\nFällig: {{due}}"},
    {"sla_at_risk", "fr", "SLA menacé : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » approche de son objectif SLA.\n\nÉchéance : {{due}}"},
    {"sla_breached", "en", "SLA breached: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" missed its SLA target ({{due}})."},
    {"sla_breached", "de", "SLA verletzt: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" hat sein SLA-Ziel verfehlt ({{due}})."},
    {"sla_breached", "fr", "SLA dépassé : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » a dépassé son objectif SLA ({{due}})."},
    {"escalated", "en", "Escalated to {{group.name}}: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" from {{requester.name}} was escalated to {{group.name}}.\n\nDue: {{due}}"},
    {"escalated", "de", "Eskaliert an {{group.name}}: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" von {{requester.name}} wurde an {{group.name}} eskaliert.\n\nFällig: {{due}}"},
    {"escalated", "fr", "Escaladé vers {{group.name}} : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » de {{requester.name}} a été escaladé vers {{group.name}}.\n\nÉchéance : {{due}}"},
    // To an approver (issue 21): the first line of a reply decides (approve or reject, also in
    // German and French), the rest of its first paragraph is the comment.
    {"approval_requested", "en", "Approval requested: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nyour approval is requested on ticket #{{ticket.id}} \"{{ticket.title}}\" (requested by {{requester.name}}).\n\n{{comment.text}}\n\nReply to this mail with \"approve\" or \"reject\" on the first line; the rest of the first paragraph is your comment. Or decide in the Frontline client's Approvals inbox."},
    {"approval_requested", "de", "Genehmigung erbeten: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nIhre Genehmigung wird für Ticket #{{ticket.id}} \"{{ticket.title}}\" erbeten (angefragt von {{requester.name}}).\n\n{{comment.text}}\n\nAntworten Sie auf diese Mail mit \"genehmigen\" oder \"ablehnen\" in der ersten Zeile; der Rest des ersten Absatzes ist Ihr Kommentar. Oder entscheiden Sie im Frontline-Client unter \"Genehmigungen\"."},
    {"approval_requested", "fr", "Approbation demandée : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nvotre approbation est demandée pour le ticket n° {{ticket.id}} « {{ticket.title}} » (demandé par {{requester.name}}).\n\n{{comment.text}}\n\nRépondez à ce mail avec « approuver » ou « rejeter » sur la première ligne ; le reste du premier paragraphe est votre commentaire. Ou décidez dans les approbations du client Frontline."},
    {"approval_reminder", "en", "Reminder: approval requested: {{ticket.title}}",
     "Hello {{recipient.name}},\n\nticket #{{ticket.id}} \"{{ticket.title}}\" (requested by {{requester.name}}) is still waiting for your approval.\n\n{{comment.text}}\n\nReply to this mail with \"approve\" or \"reject\" on the first line; the rest of the first paragraph is your comment. Or decide in the Frontline client's Approvals inbox."},
    {"approval_reminder", "de", "Erinnerung: Genehmigung erbeten: {{ticket.title}}",
     "Hallo {{recipient.name}},\n\nTicket #{{ticket.id}} \"{{ticket.title}}\" (angefragt von {{requester.name}}) wartet noch auf Ihre Genehmigung.\n\n{{comment.text}}\n\nAntworten Sie auf diese Mail mit \"genehmigen\" oder \"ablehnen\" in der ersten Zeile; der Rest des ersten Absatzes ist Ihr Kommentar. Oder entscheiden Sie im Frontline-Client unter \"Genehmigungen\"."},
    {"approval_reminder", "fr", "Rappel : approbation demandée : {{ticket.title}}",
     "Bonjour {{recipient.name}},\n\nle ticket n° {{ticket.id}} « {{ticket.title}} » (demandé par {{requester.name}}) attend toujours votre approbation.\n\n{{comment.text}}\n\nRépondez à ce mail avec « approuver » ou « rejeter » sur la première ligne ; le reste du premier paragraphe est votre commentaire. Ou décidez dans les approbations du client Frontline."},
    // Account mails (not ticket notifications: no opt-out, no "[#id]" subject).
    {"password_reset", "en", "Your Frontline password reset code",
     "Hello {{recipient.name}},\n\nsomeone (hopefully you) asked to reset the password of your Frontline account {{user.name}}.\n\nYour code: {{code}}\n\nIt is valid for {{minutes}} minutes and works once. If you did not ask for it, ignore this mail: your password stays as it is."},
    {"password_reset", "de", "Ihr Code zum Zurücksetzen des Frontline-Passworts",
     "Hallo {{recipient.name}},\n\njemand (hoffentlich Sie) möchte das Passwort Ihres Frontline-Kontos {{user.name}} zurücksetzen.\n\nIhr Code: {{code}}\n\nEr gilt {{minutes}} Minuten und nur einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Mail: Ihr Passwort bleibt unverändert."},
    {"password_reset", "fr", "Votre code de réinitialisation du mot de passe Frontline",
     "Bonjour {{recipient.name}},\n\nquelqu'un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Frontline {{user.name}}.\n\nVotre code : {{code}}\n\nIl est valable {{minutes}} minutes, une seule fois. Si vous n'avez rien demandé, ignorez ce mail : votre mot de passe reste inchangé."},
};
// clang-format on

// The spaces allowed around a placeholder's name: tab to carriage return and space (what a
// template's `\s` meant when placeholders were found by a regular expression), not the other
// Unicode spaces QChar::isSpace knows.
bool isPatternSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_' || c == u'.';
}

// `text` with each placeholder ("{{", spaces, a name of letters, digits, '_' and '.', spaces,
// "}}") replaced by `value(name)`. The one reader of the placeholder syntax: the editor's check
// (templateProblem) and the renderers go through it, so they never disagree.
template<typename Value> QString renderWith(QStringView text, const Value& value)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype covered = 0;
    qsizetype from = 0;
    const qsizetype size = text.size();
    for (qsizetype open = text.indexOf(u"{{"); open >= 0; open = text.indexOf(u"{{", from)) {
        qsizetype at = open + 2;
        while (at < size && isPatternSpace(text[at]))
            ++at;
        const qsizetype nameStart = at;
        while (at < size && isNameChar(text[at]))
            ++at;
        const qsizetype nameEnd = at;
        while (at < size && isPatternSpace(text[at]))
            ++at;
        if (at + 1 < size && text[at] == u'}' && text[at + 1] == u'}') {
            out += text.mid(covered, open - covered);
            out += value(text.mid(nameStart, nameEnd - nameStart));
            covered = at + 2;
            from = covered;
        } else {
            from = open + 1;
        }
    }
    out += text.mid(covered);
    return out;
}

QString surveyText(const QString& language)
{
    if (language == u"de"_s)
        return u"Wie zufrieden sind Sie? Bewerten Sie das Ticket in der Frontline-App unter "
               "\"Meine Tickets\" (1 bis 5 Sterne)."_s;
    if (language == u"fr"_s)
        return u"Êtes-vous satisfait ? Notez le ticket dans l'application Frontline, "
               "« Mes tickets » (de 1 à 5 étoiles)."_s;
    return u"How did we do? Rate the ticket in the Frontline app under \"My tickets\" "
           "(1 to 5 stars)."_s;
}

QString dueText(const std::optional<qint64>& due, const QString& language)
{
    if (due)
        return QDateTime::fromMSecsSinceEpoch(*due, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s)
            + u" UTC"_s;
    if (language == u"de"_s)
        return u"keine Frist"_s;
    if (language == u"fr"_s)
        return u"aucune échéance"_s;
    return u"no deadline"_s;
}

// "[#12] " + the rendered subject, made a safe header.
QString subjectLine(const QString& ticketId, const QString& rendered)
{
    return headerText(u"[#"_s + ticketId + u"] "_s + rendered);
}

// One of placeholders()'s values (empty for a name it does not know).
QString placeholderValue(QStringView name, const MailFacts& facts, const QString& language)
{
    if (name == u"ticket.id")
        return QString::number(facts.ticketId);
    if (name == u"ticket.title")
        return facts.title;
    if (name == u"ticket.status")
        return facts.status;
    if (name == u"comment.text")
        return facts.commentText;
    if (name == u"requester.name")
        return facts.requesterName;
    if (name == u"agent.name")
        return facts.agentName;
    if (name == u"recipient.name")
        return facts.recipientName;
    if (name == u"group.name")
        return facts.groupName;
    if (name == u"due")
        return dueText(facts.due, language);
    if (name == u"survey")
        return surveyText(language);
    return {};
}

} // namespace

QStringList mailKinds()
{
    return api::mailKindNames();
}

QStringList requesterKinds()
{
    return api::requesterMailKindNames();
}

QStringList mailLanguages()
{
    return api::mailLanguageNames();
}

QStringList placeholders()
{
    return {u"ticket.id"_s,      u"ticket.title"_s,   u"ticket.status"_s,
            u"comment.text"_s,   u"requester.name"_s, u"agent.name"_s,
            u"recipient.name"_s, u"group.name"_s,     u"due"_s,
            u"survey"_s};
}

MailTemplate defaultTemplate(const QString& kind, const QString& language)
{
    const Default* fallback = nullptr;
    for (const Default& entry : Defaults) {
        if (QLatin1StringView(entry.kind) != kind)
            continue;
        if (QLatin1StringView(entry.language) == language)
            return {QString::fromUtf8(entry.subject), QString::fromUtf8(entry.body)};
        if (QLatin1StringView(entry.language) == "en"_L1)
            fallback = &entry;
    }
    if (!fallback)
        return {};
    return {QString::fromUtf8(fallback->subject), QString::fromUtf8(fallback->body)};
}

MailTemplate effectiveTemplate(SqlSession& session, const QString& kind, const QString& language)
{
    Statement query = session.prepare(
        u"SELECT subject, body FROM mail_templates WHERE kind = ? AND language = ?"_s);
    query.bind(kind).bind(language);
    query.exec();
    if (query.next())
        return {query.text(0), query.text(1)};
    return defaultTemplate(kind, language);
}

MailTemplate renderAccountMail(const QString& kind, const QString& language, const Values& values)
{
    const MailTemplate source = defaultTemplate(kind, language);
    return {headerText(render(source.subject, values)), render(source.body, values)};
}

bool queueAccountMail(SqlSession& session, const AccountMail& mail, qint64 now)
{
    QString domain;
    {
        Statement settings =
            session.prepare(u"SELECT enabled, from_address FROM mail_outgoing WHERE id = 1"_s);
        settings.exec();
        if (!settings.next() || !settings.boolean(0))
            return false; // mail is off: nothing is queued (as for notifications)
        const QString from = settings.text(1);
        const qsizetype at = from.lastIndexOf(u'@');
        domain = at < 0 ? QString() : from.mid(at + 1).trimmed();
        if (domain.isEmpty())
            domain = u"frontline.invalid"_s;
    }
    QByteArray random(12, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    const QString messageId = u"account-%1.user-%2.%3@%4"_s.arg(mail.kind)
                                  .arg(mail.recipientId)
                                  .arg(QString::fromLatin1(random.toHex()))
                                  .arg(domain);
    Statement insert = session.prepare(
        u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, subject, "
        "body, message_id, in_reply_to, state, next_attempt_at, created_at) VALUES (NULL, ?, "
        "NULL, ?, ?, ?, ?, ?, '', 'queued', ?, ?)"_s);
    insert.bind(mail.recipientId)
        .bind(mail.kind)
        .bind(mail.address)
        .bind(mail.rendered.subject)
        .bind(mail.rendered.body)
        .bind(messageId)
        .bind(now)
        .bind(now);
    insert.exec();
    return true;
}

std::optional<QString> templateProblem(const QString& text)
{
    static const QStringList known = placeholders();
    QStringList names;
    const QString outside = renderWith(text, [&](QStringView name) {
        names.append(name.toString());
        return QString();
    });
    for (const QString& name : std::as_const(names)) {
        if (!known.contains(name))
            return u"unknown placeholder {{%1}}; known: %2"_s.arg(name, known.join(u", "_s));
    }
    if (outside.contains(u"{{"_s))
        return u"a placeholder is not closed with }}"_s;
    return std::nullopt;
}

QString render(const QString& text, const Values& values)
{
    return renderWith(text, [&](QStringView name) { return values.value(name.toString()); });
}

QString headerText(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out.simplified();
}

QString renderSubject(const MailTemplate& mail, const Values& values)
{
    return subjectLine(values.value(u"ticket.id"_s), render(mail.subject, values));
}

Values valuesOf(const MailFacts& facts, const QString& language)
{
    Values values;
    for (const QString& name : placeholders())
        values.insert(name, placeholderValue(name, facts, language));
    return values;
}

MailTemplate renderMail(const MailTemplate& mail, const MailFacts& facts, const QString& language)
{
    // Each placeholder's value worked out only where the template uses it: the planner renders
    // every notification mail inside the writer's transaction.
    const auto value = [&](QStringView name) { return placeholderValue(name, facts, language); };
    return {subjectLine(QString::number(facts.ticketId), renderWith(mail.subject, value)),
            renderWith(mail.body, value)};
}

} // namespace frontline::server::notify
