// The CI editor of the CI browser (issue 22), offscreen against a real server on both
// databases. Servers carry three custom fields as attributes (RAM, a number from 1 to 512; a
// tier, a choice; an operating system, a text of at least 3 characters). An admin creates a
// CI with an owner found by name, an organisation and typed attributes, and the server holds
// them in their types; editing it shows them, clears the owner and moves it to another
// organisation, leaving the attributes alone; a value its field refuses is marked on the
// editor of that attribute and the dialog stays open.
#include "client/app/cmdb/cibrowserwindow.h"
#include "client/app/cmdb/cieditdialog.h"
#include "client/app/cmdb/cmdbscreens.h"
#include "client/app/mainwindow.h"
#include "client/core/cmdb/cibrowser.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/userpicker.h"
#include "clientfixture.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStringListModel>
#include <QTest>
#include <QTreeView>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class CiEditUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        ann = createUser(u"ann"_s, u"requester"_s);
        contoso = org(u"Contoso"_s);
        fabrikam = org(u"Fabrikam"_s);
        field({{"name"_L1, u"ram_gb"_s},
               {"label"_L1, u"RAM (GB)"_s},
               {"type"_L1, u"number"_s},
               {"min"_L1, 1},
               {"max"_L1, 512}});
        field({{"name"_L1, u"tier"_s},
               {"label"_L1, u"Tier"_s},
               {"type"_L1, u"choice"_s},
               {"options"_L1,
                QJsonArray {QJsonObject {{"key"_L1, u"gold"_s}, {"label"_L1, u"Gold"_s}},
                            QJsonObject {{"key"_L1, u"silver"_s}, {"label"_L1, u"Silver"_s}}}}});
        field({{"name"_L1, u"os"_s},
               {"label"_L1, u"Operating system"_s},
               {"type"_L1, u"text"_s},
               {"min"_L1, 3}});
        const Reply classes = admin().call(u"ci.class.list"_s, QJsonObject {});
        ASSERT_TRUE(classes.ok()) << classes.describe();
        qint64 server = 0;
        for (const QJsonValue& c : classes.items())
            if (c.toObject().value("name"_L1).toString() == u"server"_s)
                server = c.toObject().value("id"_L1).toInteger();
        ASSERT_GT(server, 0);
        const Reply fields =
            admin().call(u"ci.class.update"_s,
                         QJsonObject {{"id"_L1, server},
                                      {"fields"_L1,
                                       QJsonArray {QJsonObject {{"field"_L1, u"ram_gb"_s}},
                                                   QJsonObject {{"field"_L1, u"tier"_s}},
                                                   QJsonObject {{"field"_L1, u"os"_s}}}}});
        ASSERT_TRUE(fields.ok()) << fields.describe();
    }

    qint64 org(const QString& name)
    {
        const Reply made = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, name}});
        EXPECT_TRUE(made.ok()) << made.describe();
        return made.object().value("id"_L1).toInteger();
    }

    void field(const QJsonObject& params)
    {
        const Reply made = admin().call(u"field.create"_s, params);
        ASSERT_TRUE(made.ok()) << made.describe();
    }

    QJsonObject ciGet(qint64 id)
    {
        const Reply got = admin().call(u"ci.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(got.ok()) << got.describe();
        return got.object();
    }

    // Opens the dialog through the browser's action, once the attribute editors are there.
    CiEditDialog* openDialog(CiBrowserWindow* browser, bool edit)
    {
        for (CiEditDialog* old : browser->findChildren<CiEditDialog*>())
            delete old; // closed ones, deleted later
        edit ? browser->editCi() : browser->newCi();
        auto* dialog = browser->findChild<CiEditDialog*>();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    qint64 ann = 0;
    qint64 contoso = 0;
    qint64 fabrikam = 0;
};

TEST_P(CiEditUiTest, OwnerOrganisationAndTypedAttributes)
{
    MainWindow& window = startAs(u"ada"_s);
    CiBrowserWindow* browser = window.cmdb()->showBrowser();
    ASSERT_TRUE(waitUntil([&] { return !window.cmdb()->browser().classes().isEmpty(); }));

    QPointer<CiEditDialog> dialog = openDialog(browser, false);
    ASSERT_FALSE(dialog.isNull());
    dialog->nameEdit()->setText(u"db02"_s);
    dialog->classBox()->setCurrentIndex(dialog->classBox()->findData(u"server"_s));
    // Each attribute gets the editor of its type; the organisations are offered with "None".
    ASSERT_TRUE(waitUntil([&] {
        return dialog->attributeEdit(u"ram_gb"_s) && dialog->organisationBox()->count() >= 3;
    }));
    auto* ram = qobject_cast<QDoubleSpinBox*>(dialog->attributeEdit(u"ram_gb"_s));
    auto* tier = qobject_cast<QComboBox*>(dialog->attributeEdit(u"tier"_s));
    auto* os = qobject_cast<QLineEdit*>(dialog->attributeEdit(u"os"_s));
    ASSERT_TRUE(ram && tier && os) << "a number, a choice and a text editor";
    EXPECT_EQ(dialog->organisationBox()->currentIndex(), 0) << "None until one is chosen";
    ram->setValue(64);
    tier->setCurrentIndex(tier->findData(u"gold"_s));
    os->setText(u"Debian 12"_s);
    dialog->organisationBox()->setCurrentIndex(dialog->organisationBox()->findData(contoso));

    // The owner is found by name, as one types.
    UserPicker* owner = dialog->ownerEdit();
    owner->setText(u"Nobody we know"_s);
    dialog->accept();
    EXPECT_EQ(dialog->markedField(), u"owner"_s) << "a name nobody was offered for is refused";
    EXPECT_TRUE(dialog->isVisible());
    owner->clear();
    QTest::keyClicks(owner, u"ann"_s);
    ASSERT_TRUE(waitUntil([&] { return owner->completer()->model()->rowCount() > 0; }));
    owner->setText(owner->completer()->model()->index(0, 0).data().toString());
    EXPECT_EQ(owner->userId(), ann);
    screenshot(dialog, u"ci-edit.png"_s);
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }))
        << dialog->errorText()->text().toStdString();

    ASSERT_TRUE(waitUntil([&] { return window.cmdb()->browser().current().has_value(); }));
    const qint64 id = window.cmdb()->browser().current()->id;
    QJsonObject stored = ciGet(id);
    EXPECT_EQ(stored.value("name"_L1).toString(), u"db02"_s);
    EXPECT_EQ(stored.value("owner"_L1)["id"_L1].toInteger(), ann);
    EXPECT_EQ(stored.value("organisation"_L1)["id"_L1].toInteger(), contoso);
    QJsonObject attributes = stored.value("attributes"_L1).toObject();
    EXPECT_TRUE(attributes.value("ram_gb"_L1).isDouble()) << "a number, not a text";
    EXPECT_EQ(attributes.value("ram_gb"_L1).toDouble(), 64);
    EXPECT_EQ(attributes.value("tier"_L1).toString(), u"gold"_s) << "the option's key";
    EXPECT_EQ(attributes.value("os"_L1).toString(), u"Debian 12"_s);

    // Editing shows what the CI holds; the owner cleared and another organisation are saved,
    // the attributes left as they were.
    dialog = openDialog(browser, true);
    ASSERT_FALSE(dialog.isNull());
    EXPECT_EQ(dialog->ownerEdit()->userId(), ann);
    EXPECT_EQ(dialog->organisationBox()->currentData().toLongLong(), contoso);
    ram = qobject_cast<QDoubleSpinBox*>(dialog->attributeEdit(u"ram_gb"_s));
    tier = qobject_cast<QComboBox*>(dialog->attributeEdit(u"tier"_s));
    ASSERT_TRUE(ram && tier);
    EXPECT_EQ(ram->value(), 64.0);
    EXPECT_EQ(tier->currentData().toString(), u"gold"_s);
    dialog->ownerEdit()->clear();
    dialog->organisationBox()->setCurrentIndex(dialog->organisationBox()->findData(fabrikam));
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }))
        << dialog->errorText()->text().toStdString();
    stored = ciGet(id);
    EXPECT_TRUE(stored.value("owner"_L1).isNull()) << "no owner any more";
    EXPECT_EQ(stored.value("organisation"_L1)["id"_L1].toInteger(), fabrikam);
    EXPECT_EQ(stored.value("attributes"_L1).toObject(), attributes);

    // A value its field refuses (too short: the dialog's own check, as the server's) is marked
    // on its editor; the dialog stays open and the CI keeps its value. Fixing it takes the mark
    // away.
    ASSERT_TRUE(waitUntil([&] {
        const auto& current = window.cmdb()->browser().current();
        return current && current->organisation == fabrikam;
    }));
    dialog = openDialog(browser, true);
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->ownerEdit()->text().isEmpty());
    os = qobject_cast<QLineEdit*>(dialog->attributeEdit(u"os"_s));
    ASSERT_NE(os, nullptr);
    os->setText(u"XP"_s);
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return !dialog->markedField().isEmpty(); }));
    EXPECT_EQ(dialog->markedField(), u"attributes.os"_s);
    EXPECT_FALSE(dialog->attributeForm()->problemAt(u"os"_s).isEmpty()) << "under its editor";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(ciGet(id).value("attributes"_L1).toObject().value("os"_L1).toString(),
              u"Debian 12"_s);
    QTest::keyClicks(os, u" SP3"_s);
    EXPECT_TRUE(dialog->markedField().isEmpty());
    EXPECT_TRUE(dialog->attributeForm()->problemAt(u"os"_s).isEmpty());
    screenshot(dialog, u"ci-edit-dialog.png"_s);
}

// A required attribute added to the class after a CI was made: the CI's other details can
// still be edited (nothing about the attributes is sent, so nothing about them is checked, as on
// the server); an edit of its attributes must fill the required one.
TEST_P(CiEditUiTest, ARequiredAttributeAddedLaterDoesNotBlockOtherEdits)
{
    const qint64 old = createCi(admin(), u"db09"_s, u"server"_s);
    field({{"name"_L1, u"site"_s}, {"label"_L1, u"Site"_s}, {"type"_L1, u"text"_s}});
    qint64 server = 0;
    for (const QJsonValue& c : admin().call(u"ci.class.list"_s, QJsonObject {}).items())
        if (c.toObject().value("name"_L1).toString() == u"server"_s)
            server = c.toObject().value("id"_L1).toInteger();
    const Reply required = admin().call(
        u"ci.class.update"_s,
        QJsonObject {
            {"id"_L1, server},
            {"fields"_L1,
             QJsonArray {QJsonObject {{"field"_L1, u"ram_gb"_s}},
                         QJsonObject {{"field"_L1, u"tier"_s}}, QJsonObject {{"field"_L1, u"os"_s}},
                         QJsonObject {{"field"_L1, u"site"_s}, {"required"_L1, true}}}}});
    ASSERT_TRUE(required.ok()) << required.describe();

    MainWindow& window = startAs(u"ada"_s);
    CiBrowserWindow* browser = window.cmdb()->showBrowser();
    browser->searchEdit()->setText(u"db09"_s);
    ASSERT_TRUE(waitUntil([&] {
        const QAbstractItemModel* list = browser->list()->model();
        return list->rowCount() == 1 && list->index(0, 0).data(Qt::UserRole).toLongLong() == old;
    }));
    browser->list()->setCurrentIndex(browser->list()->model()->index(0, 0));
    ASSERT_TRUE(waitUntil([&] {
        const auto& current = window.cmdb()->browser().current();
        return current && current->id == old;
    }));
    QPointer<CiEditDialog> dialog = openDialog(browser, true);
    ASSERT_FALSE(dialog.isNull());
    ASSERT_TRUE(waitUntil([&] { return dialog->attributeEdit(u"site"_s) != nullptr; }));
    dialog->nameEdit()->setText(u"db09-old"_s);
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }))
        << dialog->errorText()->text().toStdString();
    EXPECT_EQ(ciGet(old).value("name"_L1).toString(), u"db09-old"_s);

    // Changing an attribute sends the attributes: then the required one must be there.
    ASSERT_TRUE(waitUntil([&] {
        const auto& current = window.cmdb()->browser().current();
        return current && current->name == u"db09-old"_s;
    }));
    dialog = openDialog(browser, true);
    ASSERT_FALSE(dialog.isNull());
    ASSERT_TRUE(waitUntil([&] { return dialog->attributeEdit(u"os"_s) != nullptr; }));
    qobject_cast<QLineEdit*>(dialog->attributeEdit(u"os"_s))->setText(u"Debian 12"_s);
    dialog->accept();
    EXPECT_EQ(dialog->markedField(), u"attributes.site"_s) << "refused before sending";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(ciGet(old).value("attributes"_L1).toObject().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, CiEditUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
