// Editing a change after it was filed, in the agent client (issue 22), offscreen against a real
// server: the change section's Edit change… opens the change form filled from the change; the
// agent fixes the back-out plan, adds a forgotten CI and changes a risk answer, saves, and the
// section and the server show the new plan, CIs and risk level. A mistake is named on the field
// and the dialog stays. An approved change keeps its plan: the button is disabled and says why.
#include "client/app/actions.h"
#include "client/app/changes/changescreens.h"
#include "client/app/changes/changesection.h"
#include "client/app/changes/cipicker.h"
#include "client/app/changes/createchangedialog.h"
#include "client/app/changes/riskform.h"
#include "client/app/mainwindow.h"
#include "client/app/ticketpane.h"
#include "client/core/changes/changedesk.h"
#include "clientfixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ChangeEditUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
        database = createCi(admin(), u"db-server-01"_s, u"server"_s);
        backup = createCi(admin(), u"backup-server-02"_s, u"server"_s);
        alex = connectAs(u"alex"_s);
        start = QDateTime(QDate::currentDate().addDays(3), QTime(20, 0));
    }

    QJsonObject plannedOn(QJsonObject params) const
    {
        params.insert("cis"_L1, QJsonArray {database});
        params.insert("planned_start"_L1, start.toUTC().toString(Qt::ISODateWithMs));
        params.insert("planned_end"_L1, start.addSecs(3600).toUTC().toString(Qt::ISODateWithMs));
        return params;
    }

    qint64 made(const Reply& reply)
    {
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    QJsonObject changeOnServer(qint64 id)
    {
        return admin().call(u"change.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    // The change opened in the main window, its section showing it.
    ChangeSection* openChange(MainWindow& window, qint64 change)
    {
        window.openTicket(change);
        auto* section = window.pane()->findChild<ChangeSection*>(u"changeSection"_s);
        EXPECT_TRUE(section);
        EXPECT_TRUE(waitUntil(
            [&] {
                return window.changes()->desk().changeId() == change && section
                    && section->isVisible();
            },
            10000));
        return section;
    }

    qint64 database = 0;
    qint64 backup = 0;
    QDateTime start;
    std::unique_ptr<TestClient> alex;
};

TEST_P(ChangeEditUiTest, TheBackoutPlanACiAndARiskAnswerAreFixedAfterFiling)
{
    // Filed with a wrong back-out plan, one CI and a low risk: 1 + 1 of the built-in scores.
    const QJsonObject risk {{"users_affected"_L1, 1},
                            {"services_affected"_L1, 1},
                            {"tested"_L1, 0},
                            {"backout"_L1, 0},
                            {"done_before"_L1, 0}};
    const qint64 change =
        made(alex->call(u"change.create"_s,
                        plannedOn(QJsonObject {{"title"_L1, u"Upgrade the payroll database"_s},
                                               {"kind"_L1, u"normal"_s},
                                               {"implementation_plan"_L1, u"pg_upgrade --link"_s},
                                               {"backout_plan"_L1, u"Hope for the best"_s},
                                               {"test_plan"_L1, u"Run the payroll smoke tests"_s},
                                               {"risk"_L1, risk}})));
    ASSERT_EQ(changeOnServer(change).value("risk_level"_L1).toString(), u"low"_s);

    MainWindow& window = startAs(u"alex"_s);
    ChangeSection* section = openChange(window, change);
    ASSERT_TRUE(section);
    auto* edit = section->findChild<QPushButton*>(u"changeEditButton"_s);
    ASSERT_TRUE(edit);
    EXPECT_TRUE(edit->isEnabled()) << "a new change is edited until the board approved";
    edit->click();
    // Deleted once closed.
    QPointer<CreateChangeDialog> dialog =
        window.findChild<CreateChangeDialog*>(u"editChangeDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isEditing());
    EXPECT_EQ(dialog->windowTitle(), u"Edit change #%1"_s.arg(change));
    auto* save = dialog->findChild<QPushButton*>(u"saveChangeButton"_s);
    ASSERT_TRUE(save);
    EXPECT_EQ(save->text(), u"Sa&ve"_s);
    RiskForm* riskForm = dialog->riskForm();
    ASSERT_TRUE(
        waitUntil([&] { return save->isEnabled() && riskForm->answers().size() == 5; }, 10000))
        << "filled from the change once the questionnaire is here";

    // The form shows the change as filed.
    auto* backout = dialog->findChild<QPlainTextEdit*>(u"changeBackoutPlan"_s);
    auto* title = dialog->findChild<QLineEdit*>(u"changeTitle"_s);
    EXPECT_EQ(title->text(), u"Upgrade the payroll database"_s);
    EXPECT_EQ(backout->toPlainText(), u"Hope for the best"_s);
    EXPECT_EQ(dialog->findChild<QPlainTextEdit*>(u"changeImplementationPlan"_s)->toPlainText(),
              u"pg_upgrade --link"_s);
    EXPECT_EQ(dialog->ciPicker()->ids(), QList<qint64> {database});
    EXPECT_EQ(riskForm->answers().value(u"users_affected"_s), 1);
    EXPECT_EQ(riskForm->level(), u"low"_s);

    // A mistake is named on its field; the dialog stays for the user to fix it.
    title->clear();
    save->click();
    auto* status = dialog->findChild<QLabel*>(u"createChangeStatus"_s);
    ASSERT_TRUE(waitUntil([&] { return !status->isHidden(); }, 10000));
    EXPECT_EQ(dialog->markedField(), u"title"_s) << status->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    title->setText(u"Upgrade the payroll database"_s);
    EXPECT_TRUE(status->isHidden()) << "fixing the named field takes the error away";
    EXPECT_TRUE(dialog->markedField().isEmpty());

    backout->setPlainText(u"Restore last night's snapshot"_s);
    CiPicker* cis = dialog->ciPicker();
    cis->searchEdit()->setText(u"backup"_s);
    Q_EMIT cis->searchEdit()->textEdited(cis->searchEdit()->text());
    ASSERT_TRUE(waitUntil([&] { return cis->results()->count() == 1; }, 10000));
    Q_EMIT cis->searchEdit()->returnPressed();
    const QList<qint64> chosen = cis->ids();
    ASSERT_EQ(QSet<qint64>(chosen.begin(), chosen.end()), (QSet<qint64> {database, backup}));
    // Not tested at all: 1 + 1 + 3 = 5, medium.
    ASSERT_TRUE(riskForm->answer(u"tested"_s, 2));
    EXPECT_EQ(riskForm->level(), u"medium"_s);
    screenshot(dialog, u"change-edit.png"_s);
    save->click();

    EXPECT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }, 10000))
        << "closes once saved";
    auto* plans = section->findChild<QLabel*>(u"changePlans"_s);
    auto* ciText = section->findChild<QLabel*>(u"changeCis"_s);
    auto* chip = section->findChild<QLabel*>(u"changeRiskChip"_s);
    ASSERT_TRUE(waitUntil(
        [&] { return plans->text().contains(u"Restore last night's snapshot"_s); }, 10000))
        << plans->text().toStdString();
    EXPECT_TRUE(ciText->text().contains(u"db-server-01"_s)) << ciText->text().toStdString();
    EXPECT_TRUE(ciText->text().contains(u"backup-server-02"_s)) << ciText->text().toStdString();
    EXPECT_EQ(chip->property("riskLevel").toString(), u"medium"_s);

    const QJsonObject onServer = changeOnServer(change);
    EXPECT_EQ(onServer.value("backout_plan"_L1).toString(), u"Restore last night's snapshot"_s);
    EXPECT_EQ(onServer.value("implementation_plan"_L1).toString(), u"pg_upgrade --link"_s)
        << "what was not changed stays";
    QSet<qint64> serverCis;
    for (const QJsonValue& ci : onServer.value("cis"_L1).toArray())
        serverCis.insert(ci.toObject().value("id"_L1).toInteger());
    EXPECT_EQ(serverCis, (QSet<qint64> {database, backup}));
    EXPECT_EQ(onServer.value("risk_level"_L1).toString(), u"medium"_s);
    EXPECT_EQ(onServer.value("risk"_L1).toObject().value("tested"_L1).toInt(), 2);
    EXPECT_EQ(onServer.value("title"_L1).toString(), u"Upgrade the payroll database"_s);
}

TEST_P(ChangeEditUiTest, AnApprovedChangeKeepsItsPlan)
{
    // A standard change is approved as soon as it is submitted.
    const qint64 templateId =
        made(admin().call(u"change.template.create"_s,
                          QJsonObject {{"name"_L1, u"Rotate the backup tapes"_s},
                                       {"implementation_plan"_L1, u"Swap the tapes"_s},
                                       {"backout_plan"_L1, u"Put the old tapes back"_s},
                                       {"test_plan"_L1, u"Read one file back"_s}}));
    const qint64 change = made(alex->call(u"change.create"_s,
                                          plannedOn(QJsonObject {{"title"_L1, u"Rotate tapes"_s},
                                                                 {"kind"_L1, u"standard"_s},
                                                                 {"template"_L1, templateId}})));
    const Reply submitted = alex->call(u"change.submit"_s, QJsonObject {{"id"_L1, change}});
    ASSERT_TRUE(submitted.ok()) << submitted.describe();
    ASSERT_EQ(changeOnServer(change).value("status"_L1).toString(), u"approved"_s);

    MainWindow& window = startAs(u"alex"_s);
    ChangeSection* section = openChange(window, change);
    ASSERT_TRUE(section);
    auto* edit = section->findChild<QPushButton*>(u"changeEditButton"_s);
    ASSERT_TRUE(edit);
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_TRUE(edit->toolTip().contains(u"Approved changes keep their plan"_s))
        << edit->toolTip().toStdString();
    EXPECT_TRUE(section->findChild<QPushButton*>(u"changeRescheduleButton"_s)->isEnabled())
        << "the schedule may still move";
}

// A standard change whose template was deactivated after it was filed is edited with its
// template shown as it is; a new change is not offered that template.
TEST_P(ChangeEditUiTest, AChangeKeepsItsDeactivatedTemplateWhenEdited)
{
    const qint64 templateId =
        made(admin().call(u"change.template.create"_s,
                          QJsonObject {{"name"_L1, u"Rotate the backup tapes"_s},
                                       {"implementation_plan"_L1, u"Swap the tapes"_s},
                                       {"backout_plan"_L1, u"Put the old tapes back"_s},
                                       {"test_plan"_L1, u"Read one file back"_s}}));
    const qint64 change = made(alex->call(u"change.create"_s,
                                          plannedOn(QJsonObject {{"title"_L1, u"Rotate tapes"_s},
                                                                 {"kind"_L1, u"standard"_s},
                                                                 {"template"_L1, templateId}})));
    ASSERT_TRUE(admin()
                    .call(u"change.template.update"_s,
                          QJsonObject {{"id"_L1, templateId}, {"active"_L1, false}})
                    .ok());
    const qint64 other =
        made(admin().call(u"change.template.create"_s,
                          QJsonObject {{"name"_L1, u"Swap a disk"_s},
                                       {"implementation_plan"_L1, u"Pull the disk"_s},
                                       {"backout_plan"_L1, u"Put it back"_s},
                                       {"test_plan"_L1, u"Check the array"_s}}));

    MainWindow& window = startAs(u"alex"_s);
    ChangeSection* section = openChange(window, change);
    ASSERT_TRUE(section);
    section->findChild<QPushButton*>(u"changeEditButton"_s)->click();
    QPointer<CreateChangeDialog> dialog =
        window.findChild<CreateChangeDialog*>(u"editChangeDialog"_s);
    ASSERT_TRUE(dialog);
    auto* save = dialog->findChild<QPushButton*>(u"saveChangeButton"_s);
    auto* chosen = dialog->findChild<QComboBox*>(u"changeTemplate"_s);
    ASSERT_TRUE(
        waitUntil([&] { return save->isEnabled() && chosen->currentData() == templateId; }, 10000))
        << chosen->currentText().toStdString();
    EXPECT_EQ(chosen->currentText(), u"Rotate the backup tapes (deactivated)"_s);
    EXPECT_TRUE(dialog->findChild<QLabel*>(u"changeTemplateRisk"_s)
                    ->text()
                    .contains(u"choose another template or make it a normal change"_s))
        << "it is pre-approved no more";
    auto* implementation = dialog->findChild<QPlainTextEdit*>(u"changeImplementationPlan"_s);
    EXPECT_EQ(implementation->toPlainText(), u"Swap the tapes"_s);
    // Another template proposes its plans; going back to the change's own brings its plans back.
    chosen->setCurrentIndex(chosen->findData(other));
    EXPECT_EQ(implementation->toPlainText(), u"Pull the disk"_s);
    chosen->setCurrentIndex(chosen->findData(templateId));
    EXPECT_EQ(implementation->toPlainText(), u"Swap the tapes"_s);

    auto* title = dialog->findChild<QLineEdit*>(u"changeTitle"_s);
    title->setText(u"Rotate the tapes of the second library"_s);
    save->click();
    EXPECT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }, 10000))
        << "saved without touching the template: "
        << (dialog ? dialog->findChild<QLabel*>(u"createChangeStatus"_s)->text().toStdString()
                   : std::string());
    const QJsonObject onServer = changeOnServer(change);
    EXPECT_EQ(onServer.value("title"_L1).toString(), u"Rotate the tapes of the second library"_s);
    EXPECT_EQ(onServer.value("template"_L1).toInteger(), templateId);
    const Reply submitted = alex->call(u"change.submit"_s, QJsonObject {{"id"_L1, change}});
    EXPECT_EQ(submitted.field(), u"template"_s) << "not submitted as pre-approved";

    window.actions()[Actions::NewChange]->trigger();
    auto* fresh = window.findChild<CreateChangeDialog*>(u"createChangeDialog"_s);
    ASSERT_TRUE(fresh);
    auto* offered = fresh->findChild<QComboBox*>(u"changeTemplate"_s);
    ASSERT_TRUE(waitUntil([&] { return offered->count() >= 1; }, 10000));
    EXPECT_EQ(offered->findData(templateId), -1) << "not offered to a new change";
    fresh->reject();
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeEditUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
