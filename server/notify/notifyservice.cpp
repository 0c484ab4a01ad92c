#include "notify/notifyservice.h"

#include "api/workflowapi.h"
#include "notify/mailoutbox.h"
#include "notify/mailtemplates.h"
#include "notify/smtpsettingsstore.h"
#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

namespace {

std::optional<MailTemplate> storedTemplate(SqlSession& session, const QString& kind,
                                           const QString& language)
{
    Statement query = session.prepare(
        u"SELECT subject, body FROM mail_templates WHERE kind = ? AND language = ?"_s);
    query.bind(kind).bind(language);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return MailTemplate {query.text(0), query.text(1)};
}

std::optional<rpc::RpcError> check(const std::optional<QString>& subject,
                                   const std::optional<QString>& body)
{
    if (subject) {
        if (auto problem = templateProblem(*subject))
            return rpc::RpcError::invalidParams(u"subject"_s, *problem);
    }
    if (body) {
        if (auto problem = templateProblem(*body))
            return rpc::RpcError::invalidParams(u"body"_s, *problem);
    }
    return std::nullopt;
}

MailFacts sampleFacts(const QString& kind)
{
    MailFacts facts;
    facts.ticketId = 1234;
    facts.title = u"Printer on the 3rd floor prints blank pages"_s;
    facts.status = u"in_progress"_s;
    facts.commentText = kind == u"resolved"_s ? u"The toner cartridge was empty; we replaced it."_s
                                              : u"Could you tell us the printer's asset tag?"_s;
    facts.requesterName = u"Jane Requester"_s;
    facts.agentName = u"Alex Agent"_s;
    facts.recipientName = requesterKinds().contains(kind) ? facts.requesterName : u"Sam Staff"_s;
    facts.groupName = u"Service Desk"_s;
    facts.due = 1767268800000; // 2026-01-01 12:00 UTC
    return facts;
}

} // namespace

ServiceResult NotifyService::templateList()
{
    api::MailTemplateList list;
    list.placeholders = placeholders();
    for (const QString& kind : mailKinds()) {
        for (const QString& language : mailLanguages()) {
            const auto stored = storedTemplate(m_session, kind, language);
            const MailTemplate shown = stored.value_or(defaultTemplate(kind, language));
            list.items.append({kind, language, shown.subject, shown.body, stored.has_value()});
        }
    }
    return Outcome(list);
}

ServiceResult NotifyService::templateSet(const api::MailTemplateSetParams& p)
{
    if (p.reset) {
        Statement remove =
            m_session.prepare(u"DELETE FROM mail_templates WHERE kind = ? AND language = ?"_s);
        remove.bind(p.kind).bind(p.language);
        remove.exec();
        const MailTemplate shown = defaultTemplate(p.kind, p.language);
        return Outcome(
            api::MailTemplateItem {p.kind, p.language, shown.subject, shown.body, false});
    }
    if (auto error = check(p.subject, p.body))
        return *error;
    Statement remove =
        m_session.prepare(u"DELETE FROM mail_templates WHERE kind = ? AND language = ?"_s);
    remove.bind(p.kind).bind(p.language);
    remove.exec();
    Statement insert =
        m_session.prepare(u"INSERT INTO mail_templates (kind, language, subject, body, updated_at) "
                          "VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(p.kind).bind(p.language).bind(p.subject).bind(p.body).bind(m_now);
    insert.exec();
    return Outcome(api::MailTemplateItem {p.kind, p.language, p.subject, p.body, true});
}

ServiceResult NotifyService::templatePreview(const api::MailTemplatePreviewParams& p,
                                             const Principal& caller)
{
    if (auto error = check(p.subject, p.body))
        return *error;
    MailTemplate source =
        storedTemplate(m_session, p.kind, p.language).value_or(defaultTemplate(p.kind, p.language));
    if (p.subject)
        source.subject = *p.subject;
    if (p.body)
        source.body = *p.body;
    MailFacts facts = sampleFacts(p.kind);
    if (p.ticketId) {
        Statement query = m_session.prepare(
            u"SELECT t.title, t.status, r.display_name, g.name, t.resolve_due FROM tickets t "
            "JOIN users r ON r.id = t.requester_id LEFT JOIN agent_groups g ON g.id = t.group_id "
            "WHERE t.id = ?"_s);
        query.bind(*p.ticketId);
        query.exec();
        if (!query.next())
            return rpc::RpcError::notFound(u"ticket"_s);
        facts.ticketId = *p.ticketId;
        facts.title = query.text(0);
        facts.status = query.text(1);
        facts.requesterName = query.text(2);
        facts.groupName = query.text(3);
        facts.due = query.optionalInt64(4);
        facts.agentName = caller.displayName;
        if (requesterKinds().contains(p.kind))
            facts.recipientName = facts.requesterName;
    }
    const MailTemplate mail = renderMail(source, facts, p.language);
    return Outcome(api::MailPreview {mail.subject, mail.body});
}

ServiceResult NotifyService::outboxList(const api::MailOutboxListParams& p)
{
    return Outcome(MailOutbox(m_session).list(p.state, p.limit));
}

// The sender looks for due rows at least once a second (MailSender::PollMs), so the mail goes
// out within a second of the commit.
ServiceResult NotifyService::outboxRetry(qint64 id)
{
    MailOutbox outbox(m_session);
    if (!outbox.retry(id, m_now)) {
        const auto entry = outbox.entry(id);
        if (!entry)
            return rpc::RpcError::notFound(u"mail"_s);
        return rpc::RpcError::conflict(entry->state == u"sent"_s ? u"already_sent"_s
                                                                 : u"being_sent"_s);
    }
    return Outcome(*outbox.entry(id));
}

ServiceResult NotifyService::prefsGet(const Principal& caller)
{
    api::NotificationPrefs prefs;
    Statement language = m_session.prepare(u"SELECT language FROM users WHERE id = ?"_s);
    language.bind(caller.userId);
    language.exec();
    prefs.language = language.next() ? language.text(0) : u"en"_s;
    prefs.kinds = caller.isStaff() ? mailKinds() : requesterKinds();
    Statement outs =
        m_session.prepare(u"SELECT kind FROM mail_opt_outs WHERE user_id = ? ORDER BY kind"_s);
    outs.bind(caller.userId);
    outs.exec();
    while (outs.next())
        prefs.optedOut.append(outs.text(0));
    return Outcome(prefs);
}

ServiceResult NotifyService::prefsSet(const Principal& caller,
                                      const api::NotificationPrefsSetParams& p)
{
    if (p.language) {
        Statement update = m_session.prepare(u"UPDATE users SET language = ? WHERE id = ?"_s);
        update.bind(*p.language).bind(caller.userId);
        update.exec();
    }
    if (p.optedOut) {
        Statement clear = m_session.prepare(u"DELETE FROM mail_opt_outs WHERE user_id = ?"_s);
        clear.bind(caller.userId);
        clear.exec();
        Statement insert = m_session.prepare(
            u"INSERT INTO mail_opt_outs (user_id, kind) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        for (const QString& kind : *p.optedOut) {
            insert.bind(caller.userId).bind(kind);
            insert.exec();
        }
    }
    return prefsGet(caller);
}

ServiceResult NotifyService::smtpGet()
{
    QJsonObject value = SmtpSettingsStore(m_session, nullptr).load().toJson();
    value.remove("password"_L1);
    return Outcome(api::ConfigValue {u"smtp"_s, value});
}

ServiceResult NotifyService::smtpSet(const QJsonValue& value, const mail::SecretSealer* sealer)
{
    auto settings = api::SmtpSettings::fromJson(value);
    if (!settings)
        return settings.error();
    if (settings->password && !settings->password->isEmpty() && !sealer)
        return rpc::RpcError::unavailable(u"no_mail_key"_s);
    SmtpSettingsStore store(m_session, sealer);
    store.save(*settings, m_now);
    return smtpGet();
}

} // namespace frontline::server::notify
