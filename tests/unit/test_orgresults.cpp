// The typed params and results of the organisation methods and the imports: each survives its
// wire form, the wire form is pinned (keys, nulls), the params name the field they refuse, and
// the CSV reader keeps quoted commas, quotes and line breaks and each record's line.
#include "api/directoryapi.h"
#include "api/orgapi.h"
#include "api/ticketapi.h"
#include "domain/ticket.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;

namespace {

Organisation acme()
{
    Organisation org;
    org.id = 3;
    org.name = u"Acme"_s;
    org.domains = {u"acme.example"_s, u"acme.test"_s};
    org.notes = u"Key account"_s;
    org.memberCount = 12;
    org.createdAt = 1767225600000;
    org.updatedAt = 1767225600000;
    return org;
}

} // namespace

TEST(OrgResults, OrganisationsSurviveTheirWireForm)
{
    EXPECT_EQ(Organisation::fromJson(acme().toJson()), acme());
    EXPECT_EQ(compactJson(acme().toJson()),
              QByteArray(R"({"created_at":"2026-01-01T00:00:00.000Z","domains":["acme.example",)"
                         R"("acme.test"],"id":3,"member_count":12,"name":"Acme",)"
                         R"("notes":"Key account","updated_at":"2026-01-01T00:00:00.000Z"})"));
    const OrgList list {{acme()}};
    EXPECT_EQ(OrgList::fromJson(list.toJson()), list);
    EXPECT_TRUE(OrgList::fromJson(QJsonValue()).items.isEmpty());
    const OrgRef ref = acme().ref();
    EXPECT_EQ(OrgRef::fromJson(ref.toJson()), ref);
    EXPECT_EQ(compactJson(ref.toJson()), QByteArray(R"({"id":3,"name":"Acme"})"));
}

TEST(OrgResults, TicketsAndUsersCarryTheOrganisation)
{
    Ticket ticket;
    ticket.id = 1;
    ticket.org = OrgRef {3, u"Acme"_s};
    EXPECT_EQ(Ticket::fromJson(ticket.toJson()).org, ticket.org);
    EXPECT_EQ(ticket.toJson().value("org"_L1).toObject(),
              (QJsonObject {{"id"_L1, 3}, {"name"_L1, u"Acme"_s}}));
    ticket.org.reset();
    EXPECT_TRUE(ticket.toJson().value("org"_L1).isNull()); // present, null
    EXPECT_FALSE(Ticket::fromJson(ticket.toJson()).org);

    User user;
    user.org = OrgRef {3, u"Acme"_s};
    user.vip = true;
    user.orgViewer = true;
    const User back = User::fromJson(user.toJson());
    EXPECT_EQ(back.org, user.org);
    EXPECT_TRUE(back.vip);
    EXPECT_TRUE(back.orgViewer);
    user.org.reset();
    EXPECT_TRUE(user.toJson().value("org"_L1).isNull());
    EXPECT_FALSE(User::fromJson(QJsonObject()).vip);
}

TEST(OrgResults, ImportResultsSurviveTheirWireForm)
{
    ImportResult result;
    result.dryRun = false;
    result.applied = false;
    ImportRow created {2, u"bob"_s, ImportRow::Action::Create, {}, {}, {}};
    ImportRow updated {3, u"ann"_s, ImportRow::Action::Update, {u"email"_s}, {}, {}};
    ImportRow refused {4, u"cy"_s, ImportRow::Action::Refused, {}, u"org"_s, u"no such"_s};
    result.rows = {created, updated, refused};
    EXPECT_EQ(ImportResult::fromJson(result.toJson()), result);
    EXPECT_EQ(result.count(ImportRow::Action::Refused), 1);
    EXPECT_EQ(compactJson(result.toJson()),
              QByteArray(R"({"applied":false,"created":1,"dry_run":false,"refused":1,)"
                         R"("rows":[{"action":"create","key":"bob","line":2},)"
                         R"({"action":"update","changed":["email"],"key":"ann","line":3},)"
                         R"({"action":"refused","field":"org","key":"cy","line":4,)"
                         R"("reason":"no such"}],"unchanged":0,"updated":1})"));
    EXPECT_TRUE(ImportResult::fromJson(QJsonValue()).dryRun);
}

TEST(OrgResults, ParamsNameTheFieldTheyRefuse)
{
    OrgCreateParams create;
    create.name = u"Acme"_s;
    create.domains = {u"acme.test"_s};
    const auto parsed = OrgCreateParams::fromJson(create.toJson());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().domains, create.domains);
    const auto noName = OrgCreateParams::fromJson(QJsonObject {{"name"_L1, u" "_s}});
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().field(), u"name"_s);
    const auto badDomain = OrgCreateParams::fromJson(
        QJsonObject {{"name"_L1, u"x"_s}, {"domains"_L1, QJsonArray {u"-bad.test"_s}}});
    ASSERT_FALSE(badDomain.ok());
    EXPECT_EQ(badDomain.error().field(), u"domains"_s);
    // Domains are lower-cased and kept once.
    const auto upper = OrgCreateParams::fromJson(QJsonObject {
        {"name"_L1, u"x"_s}, {"domains"_L1, QJsonArray {u"Acme.Test"_s, u"acme.test"_s}}});
    ASSERT_TRUE(upper.ok());
    EXPECT_EQ(upper.value().domains, QStringList {u"acme.test"_s});

    OrgUpdateParams update;
    update.id = 3;
    update.notes = QString();
    const auto updated = OrgUpdateParams::fromJson(update.toJson());
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated.value().notes, QString());
    EXPECT_FALSE(updated.value().name);

    UserUpdateParams user;
    user.id = 5;
    user.org = Nullable<qint64>::null();
    user.vip = true;
    user.orgViewer = false;
    const auto userBack = UserUpdateParams::fromJson(user.toJson());
    ASSERT_TRUE(userBack.ok());
    EXPECT_TRUE(userBack.value().org.isNull());
    EXPECT_EQ(userBack.value().vip, true);
    EXPECT_EQ(userBack.value().orgViewer, false);

    const auto import = ImportParams::fromJson(QJsonObject {{"csv"_L1, u"name\nx\n"_s}});
    ASSERT_TRUE(import.ok());
    EXPECT_TRUE(import.value().dryRun) << "a dry run unless asked otherwise";
    EXPECT_EQ(ImportParams::fromJson(QJsonObject {{"csv"_L1, u""_s}}).error().field(), u"csv"_s);

    TicketFilter filter;
    filter.orgs = QList<qint64> {3, 4};
    TicketListParams list;
    list.filter = filter;
    const auto listed = TicketListParams::fromJson(list.toJson());
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed.value().filter.orgs, filter.orgs);
    const auto badOrg = TicketListParams::fromJson(
        QJsonObject {{"filter"_L1, QJsonObject {{"org"_L1, u"acme"_s}}}});
    ASSERT_FALSE(badOrg.ok());
    EXPECT_EQ(badOrg.error().field(), u"filter.org"_s);
}

TEST(OrgResults, CsvKeepsQuotesCommasAndLines)
{
    const auto records =
        parseCsv(u"name,notes\r\n\"Acme, Inc.\",\"says \"\"hi\"\"\nand more\"\r\n\r\nGlobex,\n"_s);
    ASSERT_TRUE(records.ok()) << records.error().toStdString();
    ASSERT_EQ(records.value().size(), 3);
    EXPECT_EQ(records.value().at(1).fields,
              (QStringList {u"Acme, Inc."_s, u"says \"hi\"\nand more"_s}));
    EXPECT_EQ(records.value().at(1).line, 2);
    EXPECT_EQ(records.value().at(2).fields, (QStringList {u"Globex"_s, QString()}));
    EXPECT_EQ(records.value().at(2).line, 5);
    EXPECT_FALSE(parseCsv(u"name\n\"open\n"_s).ok());
    EXPECT_FALSE(parseCsv(u"name\nab\"c\n"_s).ok());
    EXPECT_EQ(mailDomainOf(u"Bob@ACME.test"_s), u"acme.test"_s);
    EXPECT_TRUE(isValidMailDomain(u"mail.acme-corp.co.uk"_s));
    EXPECT_FALSE(isValidMailDomain(u"localhost"_s));
}
