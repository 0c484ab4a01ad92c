// The mail parser on real-world-shaped mails: what becomes a ticket's title, text, sender and
// attachments, how a reply finds its ticket, and which mails are from machines.
#include "mail/inboundmail.h"
#include "mail/mailtext.h"
#include "mail/outboundmail.h"
#include "mail/ticketmailids.h"
#include "mailsamples.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace frontline::server::mail;
namespace samples = frontline::test::mailsamples;

namespace {

InboundMail parsed(const QByteArray& raw)
{
    auto mail = InboundMail::parse(raw);
    EXPECT_TRUE(mail.ok()) << (mail.ok() ? QString() : mail.error()).toStdString();
    return mail.ok() ? *mail : InboundMail {};
}

} // namespace

TEST(InboundMail, OutlookWindows1252QuotedPrintableAndEncodedWords)
{
    const InboundMail mail = parsed(samples::outlookLatin1);
    EXPECT_EQ(mail.subject, QStringLiteral("Drucker im 2. Stock druckt nicht überall"));
    EXPECT_EQ(mail.fromName, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(mail.fromAddress, QStringLiteral("juergen.mueller@example.org"));
    EXPECT_EQ(mail.messageId, QStringLiteral("AM0PR04MB1234.eurprd04.prod.outlook.com"));
    // The plain alternative wins over the HTML one; € and ß come through Windows-1252.
    EXPECT_EQ(mail.text,
              QStringLiteral("Hallo,\n\nder Drucker im 2. Stock druckt nur jede zweite "
                             "Seite. Kosten bisher: 20 €.\n\nGrüße\nJürgen"));
    EXPECT_TRUE(mail.attachments.isEmpty());
    EXPECT_EQ(mail.automated, Automated::No);
    EXPECT_EQ(mail.date, QDateTime(QDate(2025, 3, 3), QTime(8, 14, 7), Qt::UTC));
    EXPECT_FALSE(mail.ticketTag.has_value());
}

TEST(InboundMail, GmailReplyFindsItsTicketAndLosesHistoryAndSignature)
{
    const InboundMail mail = parsed(samples::gmailReply);
    EXPECT_EQ(mail.ticketTag, 1234);
    EXPECT_EQ(mail.subject, QStringLiteral("[#1234] VPN verbindet nicht – Tokyo"));
    EXPECT_EQ(mail.inReplyTo, QStringLiteral("ticket-1234-3@frontline.example.test"));
    EXPECT_EQ(mail.references,
              (QStringList {QStringLiteral("ticket-1234-3@frontline.example.test"),
                            QStringLiteral("ticket-1234-1@frontline.example.test")}));
    EXPECT_EQ(mail.text, QStringLiteral("It works again after the update, thank you! 日本語もOK."));
    EXPECT_TRUE(mail.fullText.contains(QStringLiteral("> Please install the update")));
}

// A broken References list (found by fuzz_mailparser): GMime returns what it could read, and an
// id with an angle bracket still inside is no Message-ID, so it is dropped, not kept half-read.
TEST(InboundMail, BrokenReferencesKeepOnlyWholeMessageIds)
{
    const InboundMail mail = parsed(QByteArrayLiteral(
        "From: Ann Example <ann@example.test>\r\n"
        "Message-ID: <reply-1@example.test>\r\n"
        "References: <ticket-1234-1@fro%n<<<<<<<<k@example.test> <ticket-1234-3@frontline.test>\r\n"
        "Subject: Re: [#1234] VPN\r\n\r\nStill broken.\r\n"));
    for (const QString& id : mail.references) {
        EXPECT_FALSE(id.contains(u'<')) << id.toStdString();
        EXPECT_FALSE(id.isEmpty());
    }
    EXPECT_EQ(mail.ticketTag, 1234);
}

TEST(InboundMail, HtmlBecomesSafePlainText)
{
    const InboundMail mail = parsed(samples::htmlOnly);
    EXPECT_EQ(mail.subject, QStringLiteral("Café machine broken"));
    EXPECT_EQ(mail.fromName, QStringLiteral("Bob"));
    const QString expected =
        QStringLiteral("The café machine & the fridge are both broken.\n\n"
                       "- Machine: wiki page <https://wiki.example.test/cafe>\n"
                       "- Fridge: click\n\n"
                       "Line one\nLine two");
    EXPECT_EQ(mail.text, expected);
    for (const char* banned : {"alert", "owned", "color", "javascript", "tracker", "&amp;", "<p"})
        EXPECT_FALSE(mail.fullText.contains(QLatin1String(banned))) << banned;
    EXPECT_TRUE(mail.fullText.contains(QStringLiteral("> older text")));
}

TEST(InboundMail, AttachmentsAreDecodedWithSafeNames)
{
    const InboundMail mail = parsed(samples::withAttachments);
    EXPECT_EQ(mail.text, QStringLiteral("See the invoice for März."));
    ASSERT_EQ(mail.attachments.size(), 3);
    EXPECT_EQ(mail.attachments[0].fileName, QStringLiteral("Rechnung März.pdf"));
    EXPECT_EQ(mail.attachments[0].contentType, QStringLiteral("application/pdf"));
    EXPECT_TRUE(mail.attachments[0].data.startsWith("%PDF-1.4"));
    EXPECT_EQ(mail.attachments[1].contentType, QStringLiteral("image/png"));
    EXPECT_EQ(mail.attachments[1].fileName, QStringLiteral("attachment-2.bin"));
    EXPECT_TRUE(mail.attachments[1].data.startsWith("\x89PNG"));
    EXPECT_EQ(mail.attachments[2].fileName, QStringLiteral("passwd"));
    EXPECT_EQ(mail.attachments[2].data, QByteArray("root:x:0:0"));
}

TEST(InboundMail, MachinesAreRecognised)
{
    const InboundMail bounce = parsed(samples::bounce);
    EXPECT_EQ(bounce.automated, Automated::Bounce);
    EXPECT_TRUE(bounce.automatedReason.contains(QStringLiteral("delivery-status")));
    EXPECT_TRUE(bounce.attachments.isEmpty()); // the report part is not a file

    const InboundMail away = parsed(samples::outOfOffice);
    EXPECT_EQ(away.automated, Automated::AutoReply);
    EXPECT_EQ(away.automatedReason, QStringLiteral("X-Auto-Response-Suppress: All"));
    EXPECT_EQ(away.ticketTag, 77);

    const InboundMail list = parsed(samples::listMail);
    EXPECT_EQ(list.automated, Automated::Bulk);

    EXPECT_EQ(parsed(samples::gmailReply).automated, Automated::No);
}

TEST(InboundMail, UndeclaredCharsetsAreGuessed)
{
    const InboundMail mail = parsed(samples::undeclaredLatin1);
    EXPECT_EQ(mail.subject, QStringLiteral("Größe ändern"));
    EXPECT_EQ(mail.text, QStringLiteral("Die Größe ist falsch."));
}

TEST(InboundMail, WhatIsNotAMailIsAnError)
{
    EXPECT_FALSE(InboundMail::parse(QByteArray()).ok());
    EXPECT_FALSE(InboundMail::parse(QByteArray("\r\n\r\njust a body")).ok());
}

TEST(InboundMail, WhatWeSendReadsBackAndIsNeverAnswered)
{
    OutboundMail out;
    out.fromAddress = QStringLiteral("desk@example.test");
    out.fromName = QStringLiteral("IT-Service Desk Zürich");
    out.to = {QStringLiteral("ann@example.test")};
    out.subject = QStringLiteral("[#42] Ihr Drucker – erledigt ✓");
    out.text =
        QStringLiteral("Grüße aus Zürich.\nZeile zwei mit einer sehr langen Zeile, die länger "
                       "als sechsundsiebzig Zeichen ist, damit quoted-printable sie umbricht.");
    out.messageId = OutboundMail::newMessageId(QStringLiteral("frontline.example.test"));
    out.inReplyTo = QStringLiteral("CAH+w=7Zr1@mail.gmail.com");
    out.references = {QStringLiteral("first@x"), QStringLiteral("CAH+w=7Zr1@mail.gmail.com")};
    const QByteArray bytes = out.toBytes();
    for (char c : bytes)
        ASSERT_GT(static_cast<unsigned char>(c), 0) << "8-bit or NUL byte on the wire";
    for (char c : bytes)
        ASSERT_LT(static_cast<unsigned char>(c), 128) << "8-bit byte on the wire";

    const InboundMail back = parsed(bytes);
    EXPECT_EQ(back.subject, out.subject);
    EXPECT_EQ(back.text, out.text);
    EXPECT_EQ(back.fromName, out.fromName);
    EXPECT_EQ(back.messageId, out.messageId);
    EXPECT_EQ(back.inReplyTo, out.inReplyTo);
    EXPECT_EQ(back.references.first(), out.inReplyTo);
    EXPECT_EQ(back.ticketTag, 42);
    EXPECT_EQ(back.automated, Automated::AutoReply); // another Frontline never answers it
}

TEST(MailText, QuotedHistoryIsCutInTheUsualLanguages)
{
    EXPECT_EQ(cutQuotedHistory(QStringLiteral("Danke!\n\nAm 03.03.2025 um 10:00 schrieb Desk "
                                              "<d@x>:\n> alt")),
              QStringLiteral("Danke!"));
    EXPECT_EQ(cutQuotedHistory(QStringLiteral("Merci\nLe lun. 3 mars 2025 à 10:00, Desk <d@x> a "
                                              "écrit :\n> vieux")),
              QStringLiteral("Merci"));
    EXPECT_EQ(cutQuotedHistory(QStringLiteral("Fixed.\n\n-----Original Message-----\nFrom: Desk\n"
                                              "Sent: Monday\nold")),
              QStringLiteral("Fixed."));
    EXPECT_EQ(cutQuotedHistory(QStringLiteral("Yes.\n\nFrom: Desk <d@x>\nSent: Monday, March 3\n"
                                              "To: Ann\nold")),
              QStringLiteral("Yes."));
    // An attribution that the sender's mailer broke over two lines.
    EXPECT_EQ(
        cutQuotedHistory(QStringLiteral("Ok\nOn Mon, 3 Mar 2025 at 10:00, Desk\n<d@x> wrote:\n"
                                        "> old")),
        QStringLiteral("Ok"));
    // Inline answers between quoted lines are kept; only the trailing quote goes.
    EXPECT_EQ(cutQuotedHistory(QStringLiteral("> Which model?\nHP 4050\n> old")),
              QStringLiteral("> Which model?\nHP 4050"));
    // A mail that is nothing but history keeps its text rather than becoming empty.
    EXPECT_EQ(cutQuotedHistory(QStringLiteral("> only quoted")), QStringLiteral("> only quoted"));
}

TEST(MailText, TicketTagAndPrefixes)
{
    EXPECT_EQ(ticketTag(QStringLiteral("Re: [#1234] Printer")), 1234);
    EXPECT_FALSE(ticketTag(QStringLiteral("[1234] Printer")).has_value());
    EXPECT_FALSE(ticketTag(QStringLiteral("[#] Printer")).has_value());
    EXPECT_EQ(subjectWithoutPrefixes(QStringLiteral("RE: AW: Fwd: WG:  Printer")),
              QStringLiteral("Printer"));
    EXPECT_EQ(subjectWithoutPrefixes(QStringLiteral("Reminder: Printer")),
              QStringLiteral("Reminder: Printer"));
}

TEST(MailText, TidyTextDropsControlCharacters)
{
    EXPECT_EQ(tidyText(QStringLiteral("a\r\nb\x1b[31m\u202e\n\n\n\nc  ")),
              QStringLiteral("a\nb[31m\n\nc"));
}

// Ticket mails' Message-IDs name the outbox row they were sent from: written and read back the
// same, anything else (another form, a signed or zero-padded number, no domain) is not ours.
TEST(TicketMailIds, AreReadBackAsWrittenAndNothingElseIsOurs)
{
    const QString sent = ticketMailId(1234, 98765, 7, QStringLiteral("desk.example.test"));
    EXPECT_EQ(sent, QStringLiteral("ticket-1234.event-98765.user-7@desk.example.test"));
    const auto read = parseTicketMailId(sent);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->ticketId, 1234);
    EXPECT_EQ(read->eventId, 98765);
    EXPECT_EQ(read->recipientId, 7);
    EXPECT_FALSE(read->isRoot());

    const auto root = parseTicketMailId(ticketThreadId(1234, QStringLiteral("desk.example.test")));
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(root->ticketId, 1234);
    EXPECT_TRUE(root->isRoot());

    for (const char* other :
         {"ticket-1234@", "ticket-1234", "ticket-@x", "ticket-0012@x", "ticket--5@x",
          "ticket-1234.event-5@x", "ticket-1234.event-5.user-@x", "ticket-1234.event-5.user-7",
          "ticket-1234.event-5.user-7@a@b", "ticket-1234.event-5.user-7.x@y", "approval-abc.17@x",
          "account-reset.user-3.9@x", "ann-1@example.test", "ticket-99999999999999999999@x"})
        EXPECT_FALSE(parseTicketMailId(QString::fromLatin1(other)).has_value()) << other;
}
