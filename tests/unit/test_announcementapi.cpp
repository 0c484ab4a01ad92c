// announcement.publish's params (issue 22): the audience `affected` names the CIs whose
// services' users hear it; `cis` goes with that audience only, each id checked, refusals name
// the field; what the staff's dialog builds is read back by the server's own parser. The
// Announcement carries its CIs and, for staff, the people reached.
#include "api/selfserviceapi.h"
#include "domain/announcement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;

namespace {

QString failingField(const char* text)
{
    auto result = AnnouncementPublishParams::fromJson(QJsonDocument::fromJson(text).object());
    EXPECT_FALSE(result.ok()) << text;
    return result.ok() ? QString() : result.error().field();
}

} // namespace

TEST(AnnouncementApi, AffectedParamsTheDialogBuildsAreReadBack)
{
    AnnouncementPublishParams params;
    params.kind = u"outage"_s;
    params.title = u"Payroll is down"_s;
    params.audience = u"affected"_s;
    params.cis = {7, 9};
    const QJsonObject wire = params.toJson();
    EXPECT_EQ(wire.value("cis"_L1).toArray(), (QJsonArray {7, 9}));
    const auto read = AnnouncementPublishParams::fromJson(wire);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->audience, u"affected"_s);
    EXPECT_EQ(read->cis, (QList<qint64> {7, 9}));

    const auto repeated = AnnouncementPublishParams::fromJson(
        QJsonDocument::fromJson(R"({"title":"x","audience":"affected","cis":[3,3]})").object());
    ASSERT_TRUE(repeated.ok());
    EXPECT_EQ(repeated->cis, QList<qint64> {3}) << "a CI named twice counts once";

    AnnouncementPublishParams everyone;
    everyone.title = u"News"_s;
    EXPECT_FALSE(everyone.toJson().contains("cis"_L1)) << "other audiences send no CIs";
    EXPECT_TRUE(AnnouncementPublishParams::fromJson(everyone.toJson()).ok());
}

TEST(AnnouncementApi, RefusalsNameTheField)
{
    EXPECT_EQ(failingField(R"({"title":"x","audience":"affected"})"), u"cis"_s);
    EXPECT_EQ(failingField(R"({"title":"x","audience":"affected","cis":[]})"), u"cis"_s);
    EXPECT_EQ(failingField(R"({"title":"x","audience":"staff","cis":[1]})"), u"cis"_s);
    EXPECT_EQ(failingField(R"({"title":"x","cis":[1]})"), u"cis"_s) << "everyone by default";
    EXPECT_EQ(failingField(R"({"title":"x","audience":"affected","cis":[0]})"), u"cis[0]"_s);
    EXPECT_EQ(failingField(R"({"title":"x","audience":"affected","cis":[1,"b"]})"), u"cis[1]"_s);
    EXPECT_EQ(failingField(R"({"title":"x","audience":"affected","cis":7})"), u"cis"_s);
    QJsonArray many;
    for (int i = 1; i <= MaxAnnouncementCis + 1; ++i)
        many.append(i);
    const auto tooMany = AnnouncementPublishParams::fromJson(
        QJsonObject {{"title"_L1, u"x"_s}, {"audience"_L1, u"affected"_s}, {"cis"_L1, many}});
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().field(), u"cis"_s);
    EXPECT_EQ(failingField(R"({"title":"x","audience":"customers"})"), u"audience"_s);
}

TEST(AnnouncementApi, TheAnnouncementCarriesItsCisAndTheCountForStaff)
{
    Announcement a;
    a.id = 3;
    a.kind = u"outage"_s;
    a.title = u"Payroll is down"_s;
    a.audience = u"affected"_s;
    a.cis = {{7, u"Payroll app"_s, u"application"_s}};
    a.recipients = 120;
    const QJsonObject staff = a.toJson();
    EXPECT_EQ(staff.value("recipients"_L1).toInt(), 120);
    EXPECT_EQ(staff.value("cis"_L1).toArray().at(0).toObject(),
              (QJsonObject {
                  {"id"_L1, 7}, {"name"_L1, u"Payroll app"_s}, {"class"_L1, u"application"_s}}));
    EXPECT_EQ(Announcement::fromJson(staff), a);
    a.recipients.reset();
    EXPECT_FALSE(a.toJson().contains("recipients"_L1)) << "requesters are not told the count";
    EXPECT_EQ(Announcement::fromJson(a.toJson()), a);
}
