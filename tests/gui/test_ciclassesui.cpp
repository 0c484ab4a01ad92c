// CI classes in the agent client (issue 22), offscreen against a real server on both databases.
// An admin makes a class "Phone" in the administration's CI classes tab from two custom fields
// (the IMEI required, the carrier optional); the CI browser already open offers it at once and
// its CI editor shows those two attributes. The CI editor refuses a phone without its IMEI
// before anything is sent (the server holds no phone), then creates it once the IMEI is there.
// Editing the class (a third attribute, deactivated) is read back from the server and the
// editor offers the class no more; a save the server refuses (a taken name, an attribute that
// is no custom field) is said under the input it names and goes away as that input is fixed.
//
// With FRONTLINE_SCREENSHOT_DIR set, the CI classes tab is saved there as ci-classes.png.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/ciclassespage.h"
#include "client/app/admin/ciclassfields.h"
#include "client/app/cmdb/cibrowserwindow.h"
#include "client/app/cmdb/cieditdialog.h"
#include "client/app/cmdb/cmdbscreens.h"
#include "client/app/mainwindow.h"
#include "client/core/cmdb/cibrowser.h"
#include "client/widgets/fieldform.h"
#include "clientfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class CiClassesUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        field({{"name"_L1, u"imei"_s}, {"label"_L1, u"IMEI"_s}, {"type"_L1, u"text"_s}});
        field({{"name"_L1, u"carrier"_s},
               {"label"_L1, u"Carrier"_s},
               {"type"_L1, u"choice"_s},
               {"options"_L1,
                QJsonArray {QJsonObject {{"key"_L1, u"orange"_s}, {"label"_L1, u"Orange"_s}},
                            QJsonObject {{"key"_L1, u"sfr"_s}, {"label"_L1, u"SFR"_s}}}}});
        field({{"name"_L1, u"storage_gb"_s},
               {"label"_L1, u"Storage (GB)"_s},
               {"type"_L1, u"number"_s},
               {"min"_L1, 8},
               {"max"_L1, 1024}});
    }

    void field(const QJsonObject& params)
    {
        const Reply made = admin().call(u"field.create"_s, params);
        ASSERT_TRUE(made.ok()) << made.describe();
    }

    // The class `name` as the server holds it (an empty object: none).
    QJsonObject storedClass(const QString& name)
    {
        const Reply classes = admin().call(u"ci.class.list"_s, QJsonObject {});
        EXPECT_TRUE(classes.ok()) << classes.describe();
        for (const QJsonValue& c : classes.items())
            if (c.toObject().value("name"_L1).toString() == name)
                return c.toObject();
        return {};
    }

    int cisOfClass(const QString& name)
    {
        const Reply cis = admin().call(u"ci.list"_s, QJsonObject {{"class"_L1, name}});
        EXPECT_TRUE(cis.ok()) << cis.describe();
        return static_cast<int>(cis.items().size());
    }

    static CiEditDialog* openNewCi(CiBrowserWindow* browser)
    {
        for (CiEditDialog* old : browser->findChildren<CiEditDialog*>())
            delete old; // closed ones, deleted later
        browser->newCi();
        return browser->findChild<CiEditDialog*>();
    }
};

QStringList ciClassFieldNames(const QJsonObject& ciClass)
{
    QStringList names;
    for (const QJsonValue& f : ciClass.value("fields"_L1).toArray())
        names.append(f.toObject().value("field"_L1).toString());
    return names;
}

} // namespace

TEST_P(CiClassesUiTest, AnAdminMakesAPhoneClassThatTheCiEditorOffersAndChecks)
{
    MainWindow& window = startAs(u"ada"_s);
    CiBrowser& ciBrowser = window.cmdb()->browser();
    CiBrowserWindow* browser = window.cmdb()->showBrowser();
    ASSERT_TRUE(waitUntil([&] { return !ciBrowser.classes().isEmpty(); }));
    EXPECT_EQ(ciBrowser.ciClass(u"phone"_s), nullptr);

    AdminDialog dialog(*m_app->session(), &window);
    // As the main window does: a class saved reaches the CI browser.
    QObject::connect(&dialog, &AdminDialog::ciClassesChanged, &ciBrowser, &CiBrowser::loadClasses);
    dialog.resize(1180, 720);
    dialog.showPage(AdminDialog::Page::CiClasses);
    EXPECT_EQ(dialog.findChild<QTabWidget*>()->tabText(19).remove(u'&'), u"CI classes"_s);
    auto* page = static_cast<CiClassesPage*>(dialog.page(AdminDialog::Page::CiClasses));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* name = page->findChild<QLineEdit*>(u"ciClassNameEdit"_s);
    auto* label = page->findChild<QLineEdit*>(u"ciClassLabelEdit"_s);
    auto* active = page->findChild<QCheckBox*>(u"ciClassActiveCheck"_s);
    auto* save = page->findChild<QPushButton*>(u"adminSave"_s);
    CiClassFieldsEditor* attributes = page->attributes();
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && list->count() == 6 && attributes->choices()->count() == 3;
    })) << "the seeded classes and the three custom fields";
    ASSERT_NE(rowWith(list, u"Laptop (laptop)"_s), nullptr);

    // Phone: the IMEI required, the carrier optional.
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    EXPECT_FALSE(name->isReadOnly()) << "a new class's name can be typed";
    name->setText(u"phone"_s);
    label->setText(u"Phone"_s);
    attributes->choices()->setCurrentIndex(attributes->choices()->findData(u"imei"_s));
    attributes->findChild<QPushButton*>(u"ciClassAddField"_s)->click();
    attributes->setRequired(0, true);
    attributes->choices()->setCurrentIndex(attributes->choices()->findData(u"carrier"_s));
    attributes->findChild<QPushButton*>(u"ciClassAddField"_s)->click();
    EXPECT_EQ(attributes->choices()->count(), 1) << "a field is offered until the class has it";
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 7; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Saved"_s)) << page->statusText().toStdString();
    QListWidgetItem* phoneRow = rowWith(list, u"Phone (phone)"_s);
    ASSERT_NE(phoneRow, nullptr);
    EXPECT_TRUE(phoneRow->text().contains(u"attributes: 2"_s)) << phoneRow->text().toStdString();
    EXPECT_TRUE(name->isReadOnly()) << "a saved class's name never changes";
    QJsonObject phone = storedClass(u"phone"_s);
    EXPECT_EQ(phone.value("label"_L1).toString(), u"Phone"_s);
    EXPECT_EQ(ciClassFieldNames(phone), (QStringList {u"imei"_s, u"carrier"_s}));
    EXPECT_TRUE(phone.value("fields"_L1)[0]["required"_L1].toBool());
    EXPECT_FALSE(phone.value("fields"_L1)[1]["required"_L1].toBool());
    screenshot(&dialog, u"ci-classes.png"_s);

    // The CI browser already open offers it; its editor shows the two attributes.
    ASSERT_TRUE(waitUntil([&] { return ciBrowser.ciClass(u"phone"_s) != nullptr; }));
    QPointer<CiEditDialog> editor = openNewCi(browser);
    ASSERT_FALSE(editor.isNull());
    const int phoneIndex = editor->classBox()->findData(u"phone"_s);
    ASSERT_GE(phoneIndex, 0);
    EXPECT_EQ(editor->classBox()->itemText(phoneIndex), u"Phone"_s);
    editor->classBox()->setCurrentIndex(phoneIndex);
    ASSERT_TRUE(waitUntil([&] { return editor->attributeForm()->fields().size() == 2; }));
    EXPECT_NE(editor->attributeEdit(u"imei"_s), nullptr);
    EXPECT_NE(editor->attributeEdit(u"carrier"_s), nullptr);
    EXPECT_EQ(editor->attributeEdit(u"storage_gb"_s), nullptr);

    // Without the required IMEI nothing is sent: refused at once, under its editor.
    editor->nameEdit()->setText(u"Pixel 8 of Ada"_s);
    editor->accept();
    EXPECT_EQ(editor->markedField(), u"attributes.imei"_s);
    EXPECT_EQ(editor->attributeForm()->problemAt(u"imei"_s), u"Required: please fill this in."_s);
    EXPECT_TRUE(editor->errorText()->text().contains(u"IMEI"_s))
        << editor->errorText()->text().toStdString();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(cisOfClass(u"phone"_s), 0) << "nothing was created";
    auto* imei = qobject_cast<QLineEdit*>(editor->attributeEdit(u"imei"_s));
    ASSERT_NE(imei, nullptr);
    QTest::keyClicks(imei, u"356938035643809"_s);
    EXPECT_TRUE(editor->markedField().isEmpty()) << "fixing it takes the mark away";
    EXPECT_TRUE(editor->attributeForm()->problemAt(u"imei"_s).isEmpty());
    editor->accept();
    ASSERT_TRUE(waitUntil([&] { return !editor || !editor->isVisible(); }))
        << editor->errorText()->text().toStdString();
    EXPECT_EQ(cisOfClass(u"phone"_s), 1);

    // Edited: the storage added, the class deactivated; read back from the server.
    list->setCurrentItem(rowWith(list, u"Phone (phone)"_s));
    ASSERT_EQ(attributes->fields().size(), 2);
    attributes->choices()->setCurrentIndex(attributes->choices()->findData(u"storage_gb"_s));
    attributes->findChild<QPushButton*>(u"ciClassAddField"_s)->click();
    active->setChecked(false);
    save->click();
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && rowWith(list, u"Phone (phone)"_s)
            && rowWith(list, u"Phone (phone)"_s)->text().contains(u"inactive"_s);
    }));
    EXPECT_TRUE(rowWith(list, u"Phone (phone)"_s)->text().contains(u"attributes: 3"_s));
    phone = storedClass(u"phone"_s);
    EXPECT_EQ(ciClassFieldNames(phone), (QStringList {u"imei"_s, u"carrier"_s, u"storage_gb"_s}));
    EXPECT_FALSE(phone.value("active"_L1).toBool());
    ASSERT_TRUE(waitUntil([&] {
        const api::CiClass* known = ciBrowser.ciClass(u"phone"_s);
        return known && !known->active;
    }));
    editor = openNewCi(browser);
    ASSERT_FALSE(editor.isNull());
    EXPECT_LT(editor->classBox()->findData(u"phone"_s), 0) << "an inactive class takes no new CI";
    editor->reject();

    // Saved again as it is: nothing is sent.
    save->click();
    EXPECT_EQ(page->statusText(), u"Nothing changed: nothing was sent."_s);

    // A taken name: the server's refusal is said under the name; fixing the name clears it.
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    name->setText(u"laptop"_s);
    label->setText(u"Another laptop"_s);
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->markedField().isEmpty(); }));
    EXPECT_EQ(page->markedField(), u"name"_s);
    EXPECT_EQ(page->problemText(), u"Name: is taken already"_s);
    EXPECT_TRUE(page->findChild<QLabel*>(u"ciClassNameProblem"_s)->isVisibleTo(page));
    QTest::keyClicks(name, u"_2"_s);
    EXPECT_TRUE(page->markedField().isEmpty());
    EXPECT_TRUE(page->problemText().isEmpty());
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 8; }));
    EXPECT_FALSE(storedClass(u"laptop_2"_s).isEmpty());

    // An attribute the server does not know (a field gone meanwhile): its row is chosen and the
    // refusal said under the list; taking the row off clears it.
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    name->setText(u"tablet"_s);
    label->setText(u"Tablet"_s);
    attributes->addField(u"imei"_s, true);
    attributes->addField(u"no_such_field"_s);
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->markedField().isEmpty(); }));
    EXPECT_EQ(page->markedField(), u"fields[1].field"_s);
    EXPECT_TRUE(page->problemText().startsWith(u"Attribute 2:"_s))
        << page->problemText().toStdString();
    EXPECT_EQ(attributes->list()->currentRow(), 1);
    EXPECT_TRUE(storedClass(u"tablet"_s).isEmpty());
    attributes->removeRow(1);
    EXPECT_TRUE(page->markedField().isEmpty());
    EXPECT_TRUE(page->problemText().isEmpty());
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 9; }));
    EXPECT_EQ(ciClassFieldNames(storedClass(u"tablet"_s)), QStringList {u"imei"_s});
}

INSTANTIATE_TEST_SUITE_P(Backends, CiClassesUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
