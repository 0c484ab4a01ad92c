// The dashboard's custom field filter offscreen against a real server: a manager picks a field
// and a value in its typed editor and sees the figures of only those tickets; "No custom
// field" returns to every ticket.
#include "client/app/actions.h"
#include "client/app/dashboard/dashboardwindow.h"
#include "client/app/mainwindow.h"
#include "client/core/dashboardreport.h"
#include "client/widgets/fieldform.h"
#include "clientfixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class DashboardFieldUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ClientFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        createUser(u"mona"_s, u"manager"_s);
        const Reply field = admin().call(
            u"field.create"_s,
            QJsonObject {
                {"name"_L1, u"site"_s},
                {"label"_L1, u"Site"_s},
                {"type"_L1, u"choice"_s},
                {"options"_L1,
                 QJsonArray {QJsonObject {{"key"_L1, u"paris"_s}, {"label"_L1, u"Paris"_s}},
                             QJsonObject {{"key"_L1, u"lyon"_s}, {"label"_L1, u"Lyon"_s}}}}});
        ASSERT_TRUE(field.ok()) << field.describe();
    }

    void file(const QString& title, const QString& site, bool resolve)
    {
        const Reply created =
            admin().call(u"ticket.create"_s,
                         QJsonObject {{"title"_L1, title},
                                      {"description"_L1, u"d"_s},
                                      {"requester"_L1, m_rita},
                                      {"fields"_L1, QJsonObject {{"site"_L1, site}}}});
        ASSERT_TRUE(created.ok()) << created.describe();
        if (!resolve)
            return;
        const Reply resolved = admin().call(u"ticket.transition"_s,
                                            QJsonObject {{"id"_L1, created.object().value("id"_L1)},
                                                         {"status"_L1, u"resolved"_s},
                                                         {"note"_L1, u"Done."_s}});
        ASSERT_TRUE(resolved.ok()) << resolved.describe();
    }

    static double bars(DashboardWindow* dashboard, int set)
    {
        auto* view = dashboard->findChild<QChartView*>(u"volumeChart"_s);
        auto* series =
            view ? qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0)) : nullptr;
        if (!series || set >= series->count())
            return -1;
        return series->barSets().at(set)->sum();
    }

    qint64 m_rita = 0;
};

} // namespace

TEST_P(DashboardFieldUiTest, PickingAFieldAndAValueNarrowsTheFigures)
{
    file(u"Paris printer"_s, u"paris"_s, true);
    file(u"Paris network"_s, u"paris"_s, false);
    file(u"Lyon screen"_s, u"lyon"_s, false);
    MainWindow& window = startAs(u"mona"_s);
    window.actions()[Actions::Dashboard]->trigger();
    DashboardWindow* dashboard = window.findChild<DashboardWindow*>(u"dashboard"_s);
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(waitUntil([&] { return bars(dashboard, 0) == 3.0; })) << "every ticket at first";

    // The field filter offers the active fields; picking one shows its editor, empty.
    auto* field = dashboard->findChild<QComboBox*>(u"fieldFilter"_s);
    ASSERT_NE(field, nullptr);
    ASSERT_TRUE(waitUntil([&] { return field->findData(u"site"_s) > 0; }));
    EXPECT_EQ(field->itemText(field->findData(u"site"_s)), u"Site"_s);
    auto* editor = dashboard->findChild<FieldForm*>(u"fieldFilterValue"_s);
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isHidden());
    field->setCurrentIndex(field->findData(u"site"_s));
    EXPECT_FALSE(editor->isHidden());
    auto* value = qobject_cast<QComboBox*>(editor->input(u"site"_s));
    ASSERT_NE(value, nullptr) << "a choice is picked in a combo box, as on tickets";

    // Paris: two created, one resolved.
    value->setCurrentIndex(value->findData(u"paris"_s));
    Q_EMIT value->activated(value->currentIndex());
    ASSERT_TRUE(waitUntil([&] { return bars(dashboard, 0) == 2.0; }))
        << "created: " << bars(dashboard, 0);
    EXPECT_EQ(bars(dashboard, 1), 1.0) << "resolved";
    ASSERT_TRUE(dashboard->report().filter().field.has_value());
    EXPECT_EQ(dashboard->report().filter().field->name, u"site"_s);
    EXPECT_EQ(dashboard->report().report().volume.created, 2);
    auto* created = dashboard->findChild<QLabel*>(u"tile0"_s);
    ASSERT_NE(created, nullptr);
    EXPECT_TRUE(created->text().contains(u">2<"_s)) << created->text().toStdString();
    screenshot(dashboard, u"dashboard-field.png"_s);

    // Lyon: one created, none resolved.
    value->setCurrentIndex(value->findData(u"lyon"_s));
    Q_EMIT value->activated(value->currentIndex());
    ASSERT_TRUE(waitUntil([&] { return bars(dashboard, 0) == 1.0; }));
    EXPECT_EQ(bars(dashboard, 1), 0.0);

    // No custom field: every ticket again.
    field->setCurrentIndex(0);
    EXPECT_TRUE(editor->isHidden());
    ASSERT_TRUE(waitUntil([&] { return bars(dashboard, 0) == 3.0; }));
    EXPECT_FALSE(dashboard->report().filter().field.has_value());
}

// What each editor's value asks the server for: a text by a part of it, several keys of a
// multi-choice by any of them, a number exactly; nothing given, no condition.
TEST(DashboardFieldCondition, EachTypeBecomesTheConditionItsEditorMeans)
{
    api::FieldDefinition text;
    text.name = u"asset_tag"_s;
    text.type = api::FieldType::Text;
    const auto contains = DashboardReport::fieldCondition(text, FieldValue::text(u" LT-4 "_s));
    ASSERT_TRUE(contains.has_value());
    EXPECT_EQ(contains->op, api::FieldCondition::Op::Contains);
    EXPECT_EQ(contains->value.toString(), u"LT-4"_s);
    EXPECT_FALSE(DashboardReport::fieldCondition(text, FieldValue::text(u"  "_s)).has_value());
    EXPECT_FALSE(DashboardReport::fieldCondition(text, FieldValue()).has_value());

    api::FieldDefinition software;
    software.name = u"software"_s;
    software.type = api::FieldType::MultiChoice;
    const auto one = DashboardReport::fieldCondition(software, FieldValue::choices({u"vpn"_s}));
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->op, api::FieldCondition::Op::Equals);
    EXPECT_EQ(one->value.toString(), u"vpn"_s);
    const auto two =
        DashboardReport::fieldCondition(software, FieldValue::choices({u"vpn"_s, u"cad"_s}));
    ASSERT_TRUE(two.has_value());
    EXPECT_EQ(two->op, api::FieldCondition::Op::AnyOf);
    EXPECT_EQ(two->value.toArray(), (QJsonArray {u"vpn"_s, u"cad"_s}));

    api::FieldDefinition cost;
    cost.name = u"cost"_s;
    cost.type = api::FieldType::Number;
    const auto exact = DashboardReport::fieldCondition(cost, FieldValue::number(250));
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(exact->op, api::FieldCondition::Op::Equals);
    EXPECT_EQ(exact->value.toDouble(), 250.0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardFieldUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
