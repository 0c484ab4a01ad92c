// Automation rule definitions as admins send them (rule.create's definition). A definition is
// either refused with the path of the offending field and a reason, or read into a rule whose
// definition reads back to the same rule; a read rule evaluates against a ticket without harm.
#include "fuzzcheck.h"
#include "workflow/rule.h"

#include <QJsonDocument>

using namespace frontline;
using namespace frontline::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const auto rule = Rule::fromJson(doc.object());
    if (!rule) {
        // The path is "" only for an unknown key "" at the top.
        FUZZ_CHECK(!rule.error().first.isEmpty() || doc.object().contains(QString()));
        FUZZ_CHECK(!rule.error().second.isEmpty());
        return 0;
    }
    const QJsonObject definition = rule->definition();
    const auto again = Rule::fromJson(definition);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->definition() == definition);
    FUZZ_CHECK(!rule->toJson().isEmpty());

    Ticket ticket;
    ticket.id = 7;
    ticket.title = QStringLiteral("VPN drops every hour");
    ticket.status = QStringLiteral("new");
    ticket.category = QStringLiteral("network");
    ticket.tags = {QStringLiteral("vpn")};
    for (const QString& role : {QStringLiteral("requester"), QStringLiteral("agent")}) {
        RuleSubject subject {&ticket, QStringLiteral("ok"), role, {QStringLiteral("status")}};
        FUZZ_CHECK(rule->matches(subject) == again->matches(subject));
    }
    for (const auto& [path, id] : rule->referencedUsers())
        FUZZ_CHECK(!path.isEmpty());
    for (const auto& [path, id] : rule->referencedGroups())
        FUZZ_CHECK(!path.isEmpty());
    for (const auto& [path, status] : rule->referencedStatuses())
        FUZZ_CHECK(!path.isEmpty() && !status.isEmpty());
    return 0;
}
