// The mail parser on whatever arrives in a mailbox: it never crashes or hangs, and what it gives
// a ticket is always tidy plain text, safe file names and clean Message-IDs. The text it found
// survives being sent back out (OutboundMail) and parsed again, byte for byte.
#include "fuzzcheck.h"
#include "mail/inboundmail.h"
#include "mail/mailtext.h"
#include "mail/outboundmail.h"

using namespace frontline;
using namespace frontline::server::mail;

namespace {

bool tidy(const QString& text)
{
    return tidyText(text) == text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    FUZZ_CHECK(tidy(htmlToText(input)));

    const auto parsed = InboundMail::parse(input);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty());
        return 0;
    }
    const InboundMail& mail = *parsed;
    FUZZ_CHECK(tidy(mail.fullText));
    FUZZ_CHECK(tidy(mail.text));
    FUZZ_CHECK(mail.text.isEmpty() == mail.fullText.isEmpty());
    FUZZ_CHECK(!mail.subject.contains(u'\n') && !mail.subject.contains(u'\r'));
    FUZZ_CHECK(mail.fromAddress == mail.fromAddress.toLower());
    FUZZ_CHECK((mail.automated == Automated::No) == mail.automatedReason.isEmpty());
    if (mail.ticketTag)
        FUZZ_CHECK(*mail.ticketTag >= 0);
    for (const QString& id : mail.references)
        FUZZ_CHECK(!id.isEmpty() && !id.startsWith(u'<'));
    for (const MailAttachment& attachment : mail.attachments) {
        FUZZ_CHECK(!attachment.fileName.isEmpty());
        FUZZ_CHECK(!attachment.fileName.contains(u'/') && !attachment.fileName.contains(u'\\'));
        FUZZ_CHECK(attachment.fileName != QStringLiteral(".")
                   && attachment.fileName != QStringLiteral(".."));
        FUZZ_CHECK(!attachment.contentType.isEmpty());
    }

    if (!mail.fullText.isEmpty()) {
        OutboundMail answer;
        answer.fromAddress = QStringLiteral("desk@example.test");
        answer.to = {QStringLiteral("someone@example.test")};
        answer.subject = QStringLiteral("[#1] Re");
        answer.text = mail.fullText;
        answer.messageId = QStringLiteral("fuzz@example.test");
        const auto back = InboundMail::parse(answer.toBytes());
        FUZZ_CHECK(back.ok());
        FUZZ_CHECK(back->fullText == mail.fullText);
        FUZZ_CHECK(back->ticketTag == 1);
        FUZZ_CHECK(back->automated == Automated::AutoReply);
    }
    return 0;
}
