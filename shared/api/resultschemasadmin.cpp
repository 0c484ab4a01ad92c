// The result schemas of the desk's administration and the session's plumbing: settings
// (config.*, workflow.get), the notification mails' outbox and templates (mail.*, notifyapi.h),
// the mailboxes (mailbox.*, mailapi.h), the directories' test and sync (ldap.*, ldapapi.h),
// the event subscriptions, presence, the report drill-down and export, and rpc.discover itself,
// from the toJson() of each answer's type.
#include "api/ldapapi.h"
#include "api/mailapi.h"
#include "api/methods.h"
#include "api/notifyapi.h"
#include "api/resultschemashapes.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

void addAdminComponents(QJsonObject& c)
{
    // A notification mail in the outbox; next_attempt_at is empty unless it waits to be tried
    // again, sent_at until it was sent, last_error until an attempt failed.
    c.insert("OutboxMail"_L1,
             object({{"id"_L1, schema::id()},
                     {"ticket_id"_L1, count()},
                     {"event_id"_L1, count()},
                     {"recipient_id"_L1, count()},
                     {"kind"_L1, text()},
                     {"address"_L1, text()},
                     {"subject"_L1, text()},
                     {"message_id"_L1, text()},
                     {"state"_L1, schema::oneOf(mailOutboxStateNames())},
                     {"attempts"_L1, count()},
                     {"next_attempt_at"_L1, text()},
                     {"last_error"_L1, text()},
                     {"created_at"_L1, text()},
                     {"sent_at"_L1, text()}}));
    // A mailbox as admins see it: never its passwords; readable false when this server's mail
    // key cannot open them.
    c.insert("Mailbox"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"address"_L1, text()},
                     {"host"_L1, text()},
                     {"port"_L1, count()},
                     {"security"_L1, schema::oneOf({u"tls"_s, u"starttls"_s, u"none"_s})},
                     {"username"_L1, text()},
                     {"folder"_L1, text()},
                     {"quarantine_folder"_L1, text()},
                     {"has_certificate"_L1, schema::boolean()},
                     {"group"_L1, schema::nullable(schema::id())},
                     {"category"_L1, schema::nullable(text())},
                     {"unknown_senders"_L1, schema::oneOf({u"create"_s, u"refuse"_s})},
                     {"enabled"_L1, schema::boolean()},
                     {"smtp_host"_L1, text()},
                     {"smtp_port"_L1, count()},
                     {"smtp_security"_L1, text()},
                     {"smtp_username"_L1, text()},
                     {"from_address"_L1, text()},
                     {"from_name"_L1, text()},
                     {"readable"_L1, schema::boolean()}}));
    c.insert("MailTemplate"_L1,
             object({{"kind"_L1, text()},
                     {"language"_L1, schema::oneOf({u"en"_s, u"de"_s, u"fr"_s})},
                     {"subject"_L1, text()},
                     {"body"_L1, text()},
                     {"custom"_L1, schema::boolean()}}));
}

void addAdminResults(Table& m)
{
    // A setting as stored (its value's shape is the key's: docs/protocol.md, config.set).
    const auto setting = [] {
        return object({{"key"_L1, text()}, {"value"_L1, schema::anyObject()}});
    };
    m.insert(QString(method::ConfigGet), setting);
    m.insert(QString(method::ConfigSet), setting);
    m.insert(QString(method::WorkflowGet), [] {
        return object({{"lifecycles"_L1, schema::anyObject()},
                       {"priority_matrix"_L1, schema::anyObject()},
                       {"sla_targets"_L1, schema::anyObject()}});
    });
    const auto topics = [] {
        return object({{"topics"_L1,
                        list(schema::oneOf({u"tickets"_s, u"presence"_s, u"notifications"_s,
                                            u"announcements"_s}))}});
    };
    m.insert(QString(method::EventsSubscribe), topics);
    m.insert(QString(method::EventsUnsubscribe), topics);
    m.insert(QString(method::PresenceUpdate), [] {
        return object(
            {{"ticket_id"_L1, schema::nullable(schema::id())},
             {"viewers"_L1,
              list(object({{"user"_L1, ref(u"UserRef"_s)}, {"typing"_L1, schema::boolean()}}))}});
    });
    m.insert(QString(method::MailOutboxList), [] {
        return object({{"items"_L1, list(ref(u"OutboxMail"_s))},
                       {"counts"_L1,
                        object({{"queued"_L1, count()},
                                {"sending"_L1, count()},
                                {"sent"_L1, count()},
                                {"failed"_L1, count()}})}});
    });
    m.insert(QString(method::MailOutboxRetry), [] { return ref(u"OutboxMail"_s); });
    m.insert(QString(method::MailTemplateList), [] {
        return object(
            {{"items"_L1, list(ref(u"MailTemplate"_s))}, {"placeholders"_L1, list(text())}});
    });
    m.insert(QString(method::MailTemplateSet), [] { return ref(u"MailTemplate"_s); });
    m.insert(QString(method::MailTemplatePreview), [] {
        return object({{"subject"_L1, text()}, {"body"_L1, text()}});
    });
    const auto mailbox = [] { return ref(u"Mailbox"_s); };
    m.insert(QString(method::MailboxCreate), mailbox);
    m.insert(QString(method::MailboxUpdate), mailbox);
    m.insert(QString(method::MailboxList), [] {
        return object({{"items"_L1, list(ref(u"Mailbox"_s))}});
    });
    m.insert(QString(method::MailboxDelete), [] {
        return object({{"id"_L1, schema::id()}, {"deleted"_L1, QJsonObject {{"const"_L1, true}}}});
    });
    // The first step that failed (null when all worked) and the server's or library's words.
    m.insert(QString(method::MailboxTest), [] {
        return object({{"ok"_L1, schema::boolean()},
                       {"step"_L1, schema::nullable(text())},
                       {"message"_L1, text()},
                       {"idle"_L1, schema::boolean()}});
    });
    m.insert(QString(method::MailboxQuarantineList), [] {
        return object({{"items"_L1,
                        list(object({{"id"_L1, schema::id()},
                                     {"mailbox"_L1, schema::id()},
                                     {"mailbox_name"_L1, text()},
                                     {"reason"_L1, text()},
                                     {"subject"_L1, text()},
                                     {"sender"_L1, text()},
                                     {"quarantined_at"_L1, time()}}))},
                       {"next_cursor"_L1, schema::nullable(schema::id())}});
    });
    // A directory's check: the first step that failed ("" when it worked), how many users the
    // filter matched and up to 10 of them.
    m.insert(QString(method::LdapTest), [] {
        return object({{"ok"_L1, schema::boolean()},
                       {"step"_L1, text()},
                       {"message"_L1, text()},
                       {"matched"_L1, count()},
                       {"sample"_L1,
                        list(object({{"dn"_L1, text()},
                                     {"login"_L1, text()},
                                     {"name"_L1, text()},
                                     {"email"_L1, text()}}))}});
    });
    m.insert(QString(method::LdapSync), [] {
        return object({{"created"_L1, count()},
                       {"updated"_L1, count()},
                       {"disabled"_L1, count()},
                       {"unchanged"_L1, count()},
                       {"errors"_L1, list(text())}});
    });
    // The tickets behind a figure; a rated one with the requester's answer.
    m.insert(QString(method::ReportTickets), [] {
        return object({{"tickets"_L1,
                        list(object({{"id"_L1, schema::id()},
                                     {"title"_L1, text()},
                                     {"type"_L1, text()},
                                     {"status"_L1, text()},
                                     {"priority"_L1, schema::integer(1, 5)},
                                     {"group"_L1, schema::nullable(text())},
                                     {"assignee"_L1, schema::nullable(text())},
                                     {"created_at"_L1, time()},
                                     {"rating"_L1, ref(u"Rating"_s), false}}))},
                       {"more"_L1, schema::boolean()},
                       {"rebuilding"_L1,
                        object({{"name"_L1, text()},
                                {"done"_L1, count()},
                                {"total"_L1, count()},
                                {"remaining_seconds"_L1, schema::nullable(count())}}),
                        false}});
    });
    m.insert(QString(method::ReportExport), [] {
        return object({{"file_name"_L1, text()},
                       {"content_type"_L1, text()},
                       {"size"_L1, count()},
                       {"data"_L1, text()}});
    });
    // The OpenRPC document (its own meta-schema checks it in full).
    m.insert(QString(method::RpcDiscover), [] {
        return object({{"openrpc"_L1, text()},
                       {"info"_L1, schema::anyObject()},
                       {"methods"_L1, list(schema::anyObject())},
                       {"components"_L1, schema::anyObject()}});
    });
}

} // namespace frontline::api::resultshape
