#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {
class SqlSession;
}

namespace frontline::server::notify {

// The notification mails' texts: a default per kind in each language Frontline ships (English,
// German, French), which admins may override (mail_templates), and the renderer that fills the
// placeholders. The defaults are data rather than tr() strings: a mail is written in its
// recipient's language, not in the server's.
struct MailTemplate
{
    QString subject;
    QString body;
};

// Requesters: received, public_reply, waiting, resolved, closed. Staff: assigned, new_in_group,
// sla_at_risk, sla_breached, escalated. Approvers: approval_requested, approval_reminder (sent
// by the approval engine, not the planner: comment.text is the chain's note).
QStringList mailKinds();
QStringList requesterKinds();
QStringList mailLanguages(); // "en" first: the fallback
QStringList placeholders(); // "ticket.id", "ticket.title", ...

MailTemplate defaultTemplate(const QString& kind, const QString& language);
// The admins' override of `kind` in `language` (mail_templates), or the default.
MailTemplate effectiveTemplate(SqlSession& session, const QString& kind, const QString& language);

using Values = QHash<QString, QString>;

// What a mail says about its ticket, for the placeholders.
struct MailFacts
{
    qint64 ticketId = 0;
    QString title;
    QString status;
    QString commentText;
    QString requesterName;
    QString agentName; // who made the change
    QString recipientName;
    QString groupName;
    std::optional<qint64> due; // resolution due, ms since the epoch
};
// The placeholders' values in `language` (the survey's text, the due time's words).
Values valuesOf(const MailFacts& facts, const QString& language);
// A rendered mail: "[#12] subject" on one line, and the body.
MailTemplate renderMail(const MailTemplate& mail, const MailFacts& facts, const QString& language);

// Account mails (kind "password_reset": placeholders recipient.name, user.name, code,
// minutes): the default text in `language`, filled; admins do not override these.
MailTemplate renderAccountMail(const QString& kind, const QString& language, const Values& values);
struct AccountMail
{
    qint64 recipientId = 0;
    QString kind;
    QString address;
    MailTemplate rendered;
};
// Queues an account mail in mail_outbox (no ticket, no event), in the caller's transaction;
// the MailSender sends it like any other. False (nothing queued) while outgoing mail is off.
bool queueAccountMail(SqlSession& session, const AccountMail& mail, qint64 now);

// The first placeholder in `text` that the renderer does not know, or an unclosed "{{".
std::optional<QString> templateProblem(const QString& text);
// Fills the placeholders (unknown ones were refused when the template was saved; any left
// become empty). No escaping is needed in a plain-text body; see headerText for the subject.
QString render(const QString& text, const Values& values);
// A header value made safe: CR, LF and every other control character become a space, so a
// ticket title can never start a header of its own.
QString headerText(const QString& text);
// "[#12] " + the rendered subject, on one line.
QString renderSubject(const MailTemplate& mail, const Values& values);

} // namespace frontline::server::notify
