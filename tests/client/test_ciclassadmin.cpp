// The CI classes tab's controller and the CI editor's own checks (issue 22). What an update of a
// class sends is decided without a server (changes(): only what differs, nothing when nothing
// does); then, against the in-process server on both databases, an admin creates a class, an
// update with nothing changed sends nothing, and one that reorders the attributes and renames
// the class is stored so; a name the parser refuses is named before sending. The attribute
// values a CI editor would send are checked with the shared field rules (required, limits,
// dates, choices) before anything goes out.
#include "client/core/admin/ciclassadmin.h"
#include "client/core/cmdb/ciattributes.h"
#include "coreclient.h"
#include "serverfixture.h"

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

api::CiClass phoneClass()
{
    api::CiClass phone;
    phone.id = 7;
    phone.name = u"phone"_s;
    phone.label = u"Phone"_s;
    phone.fields = {{u"imei"_s, true}, {u"carrier"_s, false}};
    return phone;
}

} // namespace

TEST(CiClassChangesTest, NothingChangedSendsNothing)
{
    const api::CiClass before = phoneClass();
    EXPECT_FALSE(CiClassAdmin::changes(before, before));
    api::CiClass after = before;
    after.label = u"  Phone "_s; // re-spaced: the same label
    after.updatedAt = 42; // not the admin's
    EXPECT_FALSE(CiClassAdmin::changes(before, after));
}

TEST(CiClassChangesTest, OnlyWhatChangedIsSent)
{
    const api::CiClass before = phoneClass();
    api::CiClass after = before;
    after.label = u"Mobile phone"_s;
    auto params = CiClassAdmin::changes(before, after);
    ASSERT_TRUE(params);
    EXPECT_EQ(params->id, 7);
    EXPECT_EQ(params->label, u"Mobile phone"_s);
    EXPECT_FALSE(params->fields);
    EXPECT_FALSE(params->active);
    EXPECT_EQ(params->toJson(), (QJsonObject {{"id"_L1, 7}, {"label"_L1, u"Mobile phone"_s}}));

    after = before;
    after.active = false;
    params = CiClassAdmin::changes(before, after);
    ASSERT_TRUE(params);
    EXPECT_EQ(params->active, false);
    EXPECT_FALSE(params->label);
    EXPECT_FALSE(params->fields);
}

TEST(CiClassChangesTest, TheAttributesGoAsAWholeListWhenOrderOrRequiredDiffers)
{
    const api::CiClass before = phoneClass();
    api::CiClass after = before;
    std::swap(after.fields[0], after.fields[1]);
    auto params = CiClassAdmin::changes(before, after);
    ASSERT_TRUE(params && params->fields);
    EXPECT_EQ(*params->fields, after.fields) << "reordered: the list in its new order";
    EXPECT_FALSE(params->label);

    after = before;
    after.fields[1].required = true;
    params = CiClassAdmin::changes(before, after);
    ASSERT_TRUE(params && params->fields);
    EXPECT_TRUE(params->fields->at(1).required);

    after = before;
    after.fields.append({u"colour"_s, false});
    params = CiClassAdmin::changes(before, after);
    ASSERT_TRUE(params && params->fields);
    EXPECT_EQ(params->fields->size(), 3);
}

namespace {

QList<api::FieldDefinition> phoneFields()
{
    api::FieldDefinition imei;
    imei.name = u"imei"_s;
    imei.label = u"IMEI"_s;
    imei.type = api::FieldType::Text;
    imei.required = true; // as the class says
    api::FieldDefinition storage;
    storage.name = u"storage_gb"_s;
    storage.label = u"Storage (GB)"_s;
    storage.type = api::FieldType::Number;
    storage.min = 8;
    storage.max = 512;
    api::FieldDefinition bought;
    bought.name = u"bought"_s;
    bought.label = u"Bought"_s;
    bought.type = api::FieldType::Date;
    api::FieldDefinition carrier;
    carrier.name = u"carrier"_s;
    carrier.label = u"Carrier"_s;
    carrier.type = api::FieldType::Choice;
    carrier.options = {{u"orange"_s, u"Orange"_s, true}, {u"sfr"_s, u"SFR"_s, false}};
    return {imei, storage, bought, carrier};
}

} // namespace

TEST(CiAttributeChecksTest, AGoodSetOfValuesMayGo)
{
    const FieldValues values {{u"imei"_s, FieldValue::text(u"356938035643809"_s)},
                              {u"storage_gb"_s, FieldValue::number(128)},
                              {u"bought"_s, FieldValue::date(QDate(2025, 3, 1))},
                              {u"carrier"_s, FieldValue::choice(u"orange"_s)}};
    EXPECT_TRUE(ciAttributeProblems(phoneFields(), values).isEmpty());
}

TEST(CiAttributeChecksTest, EachBadValueIsNamedByItsField)
{
    const FieldValues values {{u"imei"_s, FieldValue()},
                              {u"storage_gb"_s, FieldValue::number(4096)},
                              {u"bought"_s, FieldValue::text(u"2025-02-30"_s)},
                              {u"carrier"_s, FieldValue::choice(u"free"_s)}};
    const QHash<QString, QString> problems = ciAttributeProblems(phoneFields(), values);
    EXPECT_EQ(problems.value(u"imei"_s), u"Required: please fill this in."_s);
    EXPECT_EQ(problems.value(u"storage_gb"_s), u"Must be at most 512."_s);
    EXPECT_FALSE(problems.value(u"bought"_s).isEmpty()) << "no such day";
    EXPECT_FALSE(problems.value(u"carrier"_s).isEmpty()) << "not in the list";
    EXPECT_EQ(problems.size(), 4);
}

TEST(CiAttributeChecksTest, AnUpdateIsCheckedOverTheValuesTheCiHas)
{
    const FieldValues current {{u"imei"_s, FieldValue::text(u"356938035643809"_s)},
                               {u"carrier"_s, FieldValue::choice(u"sfr"_s)}};
    // Nothing sent for the required IMEI: the CI keeps it. SFR is no longer offered, but this
    // CI has it: it stays acceptable where it was chosen.
    EXPECT_TRUE(ciAttributeProblems(phoneFields(), {}, current).isEmpty());
    EXPECT_TRUE(
        ciAttributeProblems(phoneFields(), {{u"carrier"_s, FieldValue::choice(u"sfr"_s)}}, current)
            .isEmpty());
    // Emptying the required IMEI is refused.
    const auto problems = ciAttributeProblems(phoneFields(), {{u"imei"_s, FieldValue()}}, current);
    EXPECT_EQ(problems.keys(), QStringList {u"imei"_s});
}

namespace {

class CiClassAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        for (const char* name : {"imei", "carrier"}) {
            const Reply reply = admin().call(u"field.create"_s,
                                             QJsonObject {{"name"_L1, QLatin1StringView(name)},
                                                          {"label"_L1, QLatin1StringView(name)},
                                                          {"type"_L1, u"text"_s}});
            ASSERT_TRUE(reply.ok()) << reply.describe();
        }
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(CiClassAdminTest, CreatesAClassThenSendsOnlyWhatChanged)
{
    CiClassAdmin admin(ada->session);
    QString refusedField;
    int unchanged = 0;
    std::optional<api::CiClass> saved;
    QObject::connect(&admin, &CiClassAdmin::refused,
                     [&](const QString& field, const QString&) { refusedField = field; });
    QObject::connect(&admin, &CiClassAdmin::unchanged, [&] { ++unchanged; });
    QObject::connect(&admin, &CiClassAdmin::saved,
                     [&](const api::CiClass& ciClass) { saved = ciClass; });
    admin.reload();
    ASSERT_TRUE(waitUntil([&] { return !admin.isBusy() && !admin.classes().isEmpty(); }));
    const qsizetype seeded = admin.classes().size();

    // A name the parser refuses: named, nothing sent.
    api::CiClass draft;
    draft.name = u"Phone!"_s;
    draft.label = u"Phone"_s;
    draft.fields = {{u"imei"_s, true}, {u"carrier"_s, false}};
    admin.save(draft);
    EXPECT_EQ(refusedField, u"name"_s);
    EXPECT_FALSE(admin.isBusy()) << "refused before sending";

    draft.name = u"phone"_s;
    admin.save(draft);
    ASSERT_TRUE(waitUntil([&] { return saved && !admin.isBusy(); }));
    ASSERT_EQ(admin.classes().size(), seeded + 1);
    const api::CiClass created = *admin.ciClass(saved->id);
    EXPECT_EQ(created.fields, draft.fields);

    // Saved as loaded: no call at all.
    saved.reset();
    admin.save(created);
    EXPECT_EQ(unchanged, 1);
    EXPECT_FALSE(admin.isBusy());

    // Reordered and renamed: stored in the new order, the name kept.
    api::CiClass edited = created;
    edited.label = u"Mobile phone"_s;
    std::swap(edited.fields[0], edited.fields[1]);
    admin.save(edited);
    ASSERT_TRUE(waitUntil([&] { return saved && !admin.isBusy(); }));
    const api::CiClass stored = *admin.ciClass(created.id);
    EXPECT_EQ(stored.label, u"Mobile phone"_s);
    EXPECT_EQ(stored.name, u"phone"_s);
    EXPECT_EQ(stored.fields.at(0).field, u"carrier"_s);
    EXPECT_TRUE(stored.fields.at(1).required);
}

INSTANTIATE_TEST_SUITE_P(Backends, CiClassAdminTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
