// The notification mails' params and results: strict params (unknown fields refused, the field
// named), results that round-trip, and the wire shape pinned as literal JSON.
#include "api/notifyapi.h"
#include "notify/mailtemplates.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server::notify;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;

namespace {

QJsonValue jsonValue(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST(NotifyApi, TemplateSetNamesTheBadField)
{
    EXPECT_TRUE(api::MailTemplateSetParams::fromJson(
                    jsonValue(R"({"kind":"resolved","language":"de","subject":"S","body":"B"})"))
                    .ok());
    const auto badKind = api::MailTemplateSetParams::fromJson(
        jsonValue(R"({"kind":"spam","language":"de","subject":"S","body":"B"})"));
    ASSERT_FALSE(badKind.ok());
    EXPECT_EQ(badKind.error().field(), u"kind"_s);
    const auto twoLines = api::MailTemplateSetParams::fromJson(
        jsonValue(R"({"kind":"closed","language":"en","subject":"a\nb","body":"B"})"));
    ASSERT_FALSE(twoLines.ok());
    EXPECT_EQ(twoLines.error().field(), u"subject"_s);
    const auto unknown = api::MailTemplateSetParams::fromJson(
        jsonValue(R"({"kind":"closed","language":"en","subject":"S","body":"B","html":true})"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field(), u"html"_s);
    EXPECT_TRUE(api::MailTemplateSetParams::fromJson(
                    jsonValue(R"({"kind":"closed","language":"fr","reset":true})"))
                    .ok());
}

TEST(NotifyApi, SmtpSettingsNameFieldsInsideTheValue)
{
    const auto ok = api::SmtpSettings::fromJson(jsonValue(
        R"({"host":"smtp.example.org","from_address":"desk@example.org","password":"x"})"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->port, 587);
    EXPECT_EQ(ok->security, u"starttls"_s);
    EXPECT_TRUE(ok->enabled);
    const auto badPort = api::SmtpSettings::fromJson(
        jsonValue(R"({"host":"h","port":70000,"from_address":"desk@example.org"})"));
    ASSERT_FALSE(badPort.ok());
    EXPECT_EQ(badPort.error().field(), u"value.port"_s);
    const auto badFrom =
        api::SmtpSettings::fromJson(jsonValue(R"({"host":"h","from_address":"nobody here"})"));
    ASSERT_FALSE(badFrom.ok());
    EXPECT_EQ(badFrom.error().field(), u"value.from_address"_s);
}

TEST(NotifyApi, PrefsAndOutboxParams)
{
    const auto prefs = api::NotificationPrefsSetParams::fromJson(
        jsonValue(R"({"language":"fr","opted_out":["closed","public_reply"]})"));
    ASSERT_TRUE(prefs.ok());
    EXPECT_EQ(*prefs->language, u"fr"_s);
    EXPECT_EQ(prefs->optedOut->size(), 2);
    const auto badLanguage =
        api::NotificationPrefsSetParams::fromJson(jsonValue(R"({"language":"tlh"})"));
    ASSERT_FALSE(badLanguage.ok());
    EXPECT_EQ(badLanguage.error().field(), u"language"_s);
    const auto badState = api::MailOutboxListParams::fromJson(jsonValue(R"({"state":"lost"})"));
    ASSERT_FALSE(badState.ok());
    EXPECT_EQ(badState.error().field(), u"state"_s);
}

TEST(NotifyApi, ResultsRoundTripAndArePinned)
{
    api::MailOutboxList list;
    api::MailOutboxEntry entry;
    entry.id = 7;
    entry.ticketId = 3;
    entry.eventId = 11;
    entry.recipientId = 5;
    entry.kind = u"public_reply"_s;
    entry.address = u"ann@example.test"_s;
    entry.subject = u"[#3] New reply: Printer"_s;
    entry.messageId = u"ticket-3.event-11.user-5@example.test"_s;
    entry.state = u"queued"_s;
    entry.attempts = 1;
    entry.nextAttemptAt = u"2026-01-01T12:00:30.000Z"_s;
    entry.lastError = u"connect: Connection refused"_s;
    entry.createdAt = u"2026-01-01T12:00:00.000Z"_s;
    list.items = {entry};
    list.queued = 1;
    EXPECT_EQ(api::MailOutboxList::fromJson(list.toJson()), list);
    EXPECT_EQ(
        compactJson(list.toJson()),
        QByteArray(
            R"({"counts":{"failed":0,"queued":1,"sending":0,"sent":0},"items":[{"address":"ann@example.test","attempts":1,"created_at":"2026-01-01T12:00:00.000Z","event_id":11,"id":7,"kind":"public_reply","last_error":"connect: Connection refused","message_id":"ticket-3.event-11.user-5@example.test","next_attempt_at":"2026-01-01T12:00:30.000Z","recipient_id":5,"sent_at":"","state":"queued","subject":"[#3] New reply: Printer","ticket_id":3}]})"));

    const api::NotificationPrefs prefs {u"de"_s, {u"received"_s, u"closed"_s}, {u"closed"_s}};
    EXPECT_EQ(api::NotificationPrefs::fromJson(prefs.toJson()), prefs);
    EXPECT_EQ(
        compactJson(prefs.toJson()),
        QByteArray(R"({"kinds":["received","closed"],"language":"de","opted_out":["closed"]})"));

    api::MailTemplateList templates;
    templates.items = {{u"closed"_s, u"en"_s, u"Closed: {{ticket.title}}"_s, u"Bye"_s, true}};
    templates.placeholders = {u"ticket.title"_s};
    EXPECT_EQ(api::MailTemplateList::fromJson(templates.toJson()), templates);
    EXPECT_EQ(
        compactJson(templates.toJson()),
        QByteArray(
            R"({"items":[{"body":"Bye","custom":true,"kind":"closed","language":"en","subject":"Closed: {{ticket.title}}"}],"placeholders":["ticket.title"]})"));
    const api::MailPreview preview {u"[#1] Hi"_s, u"Text"_s};
    EXPECT_EQ(api::MailPreview::fromJson(preview.toJson()), preview);

    api::SmtpSettings smtp;
    smtp.host = u"127.0.0.1"_s;
    smtp.fromAddress = u"desk@example.test"_s;
    smtp.passwordSet = true;
    EXPECT_EQ(
        compactJson(smtp.toJson()),
        QByteArray(
            R"({"certificate":"","enabled":false,"from_address":"desk@example.test","from_name":"Frontline","host":"127.0.0.1","password_set":true,"port":587,"security":"starttls","username":""})"));
}

TEST(MailTemplates, EveryKindHasTextInEveryLanguage)
{
    for (const QString& kind : mailKinds()) {
        for (const QString& language : mailLanguages()) {
            const MailTemplate text = defaultTemplate(kind, language);
            EXPECT_FALSE(text.subject.isEmpty()) << kind.toStdString() << language.toStdString();
            EXPECT_FALSE(templateProblem(text.subject)) << kind.toStdString();
            EXPECT_FALSE(templateProblem(text.body)) << kind.toStdString();
        }
    }
    EXPECT_NE(defaultTemplate(u"resolved"_s, u"de"_s).body,
              defaultTemplate(u"resolved"_s, u"en"_s).body);
}

TEST(MailTemplates, RefusesUnknownPlaceholdersAndFillsKnownOnes)
{
    EXPECT_EQ(templateProblem(u"Hello {{ticket.titel}}"_s).value_or(QString()).left(30),
              u"unknown placeholder {{ticket.t"_s);
    EXPECT_TRUE(templateProblem(u"Hello {{ticket.title"_s).has_value());
    EXPECT_FALSE(templateProblem(u"Hello {{ ticket.title }} and {}"_s).has_value());
    const Values values {{u"ticket.title"_s, u"Printer"_s}, {u"ticket.id"_s, u"12"_s}};
    EXPECT_EQ(render(u"#{{ticket.id}}: {{ ticket.title }}"_s, values), u"#12: Printer"_s);
}

// Placeholders are found as the template editor's check finds them: braces that open no
// placeholder stay as written, spaces inside the braces are allowed, an unclosed one is text.
TEST(MailTemplates, FillsExactlyThePlaceholdersTheEditorAccepts)
{
    const Values values {{u"ticket.title"_s, u"Printer"_s}, {u"ticket.id"_s, u"12"_s}};
    EXPECT_EQ(render(u"{{{ticket.id}}}"_s, values), u"{12}"_s);
    EXPECT_EQ(render(u"{{\tticket.id  }}{{ticket.id}}"_s, values), u"1212"_s);
    EXPECT_EQ(render(u"{ {ticket.id}} {{ticket id}} {{ticket.title"_s, values),
              u"{ {ticket.id}} {{ticket id}} {{ticket.title"_s);
    EXPECT_EQ(render(u"{{nobody}}!"_s, values), u"!"_s) << "an unknown name is left empty";
    EXPECT_EQ(render(u"Über {{ ticket.title }} «ok»"_s, values), u"Über Printer «ok»"_s);
    // A no-break space is no space to the editor's check, so none to the renderer either.
    const QString noBreak = u"{{\u00A0ticket.title}}"_s;
    EXPECT_TRUE(templateProblem(noBreak).has_value());
    EXPECT_EQ(render(noBreak, values), noBreak);

    MailFacts facts;
    facts.ticketId = 7;
    facts.title = u"VPN"_s;
    facts.recipientName = u"Anne"_s;
    const MailTemplate mail =
        renderMail({u"{{ticket.title}} ({{due}})"_s, u"Bonjour {{recipient.name}}, {{survey}}"_s},
                   facts, u"fr"_s);
    EXPECT_EQ(mail.subject, u"[#7] VPN (aucune échéance)"_s);
    EXPECT_TRUE(mail.body.startsWith(u"Bonjour Anne, Êtes-vous satisfait ?"_s))
        << mail.body.toStdString();
    const Values all = valuesOf(facts, u"de"_s);
    EXPECT_EQ(all.size(), placeholders().size());
    EXPECT_EQ(all.value(u"due"_s), u"keine Frist"_s);
}

TEST(MailTemplates, ALineBreakInATitleNeverStartsAHeader)
{
    MailFacts facts;
    facts.ticketId = 9;
    facts.title = u"Broken\r\nBcc: victim@example.org\u2028X-Evil: 1"_s;
    const MailTemplate mail =
        renderMail({u"Re: {{ticket.title}}"_s, u"{{ticket.title}}"_s}, facts, u"en"_s);
    EXPECT_EQ(mail.subject, u"[#9] Re: Broken Bcc: victim@example.org X-Evil: 1"_s);
    EXPECT_FALSE(mail.subject.contains(u'\n'));
    EXPECT_FALSE(mail.subject.contains(u'\r'));
}
