// Custom fields in the programs (issue 21), offscreen against a real server: the admin designs a
// choice and a required number for a category in the Fields tab (the preview shows the inputs and
// checks them as the forms will), the agent's new-ticket form shows them for that category, an
// empty required field and an out-of-range number are said under their inputs and nothing is
// sent, a good ticket is created with its values, and the ticket pane shows and saves them; the
// applet's form shows only the fields shown to requesters.
//
// With FRONTLINE_SCREENSHOT_DIR set (scripts/screenshots.sh runs this under Xvfb), the Fields tab
// with its preview and the new-ticket form are saved there as PNG.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/fieldspage.h"
#include "client/app/dialogs/newticketdialog.h"
#include "client/app/mainwindow.h"
#include "client/app/ticketcustomfields.h"
#include "client/app/ticketpane.h"
#include "client/core/directory.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/newticketcontroller.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/tray/newticketwindow.h"
#include "client/widgets/fieldform.h"
#include "clientfixture.h"
#include "trayfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class FieldsUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}}).ok());
    }
};

class FieldsTrayTest : public TrayFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}}).ok());
    }
};

QDoubleSpinBox* numberInput(FieldForm* form, const QString& name)
{
    return qobject_cast<QDoubleSpinBox*>(form->input(name));
}

} // namespace

TEST_P(FieldsUiTest, AdminDesignsFieldsAndTheAgentFillsThemInline)
{
    MainWindow& window = startAs(u"ada"_s);
    {
        AdminDialog dialog(*m_app->session(), &window);
        dialog.resize(1180, 720);
        dialog.showPage(AdminDialog::Page::Fields);
        EXPECT_EQ(dialog.findChild<QTabWidget*>()->tabText(17).remove(u'&'), u"Fields"_s);
        auto* page = static_cast<FieldsPage*>(dialog.page(AdminDialog::Page::Fields));
        auto* list = page->findChild<QListWidget*>(u"adminList"_s);
        auto* name = page->findChild<QLineEdit*>(u"fieldNameEdit"_s);
        auto* label = page->findChild<QLineEdit*>(u"fieldLabelEdit"_s);
        auto* type = page->findChild<QComboBox*>(u"fieldTypeBox"_s);
        auto* save = page->findChild<QPushButton*>(u"adminSave"_s);
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));

        // A choice of site, shown to requesters: its options as the preview offers them.
        page->findChild<QPushButton*>(u"adminNew"_s)->click();
        name->setText(u"site"_s);
        label->setText(u"Site"_s);
        type->setCurrentIndex(type->findData(u"choice"_s));
        page->addOption(u"Paris office"_s);
        page->addOption(u"Lyon office"_s);
        page->findChild<QCheckBox*>(u"fieldVisibleCheck"_s)->setChecked(true);
        auto* siteBox = qobject_cast<QComboBox*>(page->preview()->input(u"site"_s));
        ASSERT_NE(siteBox, nullptr);
        ASSERT_EQ(siteBox->count(), 3); // none, Paris, Lyon
        EXPECT_EQ(siteBox->itemText(2), u"Lyon office"_s);
        EXPECT_EQ(page->draft().options.at(0).key, u"paris_office"_s) << "a key from the label";
        save->click();
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 1; }));
        EXPECT_TRUE(page->statusText().startsWith(u"Saved"_s)) << page->statusText().toStdString();

        // A required number of seats, 1 to 10, for Hardware: the preview says 11 is too many.
        page->findChild<QPushButton*>(u"adminNew"_s)->click();
        name->setText(u"seats"_s);
        label->setText(u"Seats"_s);
        type->setCurrentIndex(type->findData(u"number"_s));
        page->findChild<QLineEdit*>(u"fieldMinEdit"_s)->setText(u"1"_s);
        page->findChild<QLineEdit*>(u"fieldMaxEdit"_s)->setText(u"10"_s);
        page->findChild<QCheckBox*>(u"fieldRequiredCheck"_s)->setChecked(true);
        auto* categories = page->findChild<QListWidget*>(u"fieldCategoriesList"_s);
        ASSERT_TRUE(waitUntil([&] { return categories->count() == 1; }));
        categories->item(0)->setCheckState(Qt::Checked);
        QDoubleSpinBox* previewSeats = numberInput(page->preview(), u"seats"_s);
        ASSERT_NE(previewSeats, nullptr);
        previewSeats->setValue(11);
        EXPECT_EQ(page->preview()->problemAt(u"seats"_s), u"Must be at most 10."_s);
        screenshot(&dialog, u"fields-admin.png"_s);
        save->click();
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 2; }));
        EXPECT_TRUE(list->item(1)->text().contains(u"Hardware"_s)) << "where it applies, listed";
    }
    // The window refreshes what it caches when the administration closes.
    m_app->directory()->refresh();
    FieldCatalogue& catalogue = m_app->directory()->fields();
    ASSERT_TRUE(waitUntil([&] { return catalogue.fields().size() == 2; }));

    NewTicketController controller(*m_app->session(), *m_app->directory(), *m_app->outbox());
    NewTicketDialog dialog(controller, &window);
    dialog.show();
    FieldForm* form = dialog.fieldForm();
    EXPECT_EQ(form->fields().size(), 1) << "no category: the site only";
    auto* category = dialog.findChild<QComboBox*>(u"categoryBox"_s);
    category->setCurrentIndex(category->findData(u"Hardware"_s));
    ASSERT_EQ(form->fields().size(), 2);
    dialog.findChild<QLineEdit*>(u"titleEdit"_s)->setText(u"Meeting room screens"_s);

    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "not sent without the required seats";
    EXPECT_EQ(form->problemAt(u"seats"_s), u"Required: please fill this in."_s);
    QDoubleSpinBox* seats = numberInput(form, u"seats"_s);
    seats->setValue(11);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "not sent with too many seats";
    EXPECT_EQ(form->problemAt(u"seats"_s), u"Must be at most 10."_s);
    EXPECT_TRUE(form->problemAt(u"site"_s).isEmpty());
    screenshot(&dialog, u"fields-new-ticket.png"_s);

    seats->setValue(4);
    auto* site = qobject_cast<QComboBox*>(form->input(u"site"_s));
    site->setCurrentIndex(site->findData(u"lyon_office"_s));
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); })) << "the new ticket opens";
    EXPECT_EQ(window.detail().fieldValues().value(u"seats"_s).toNumber(), 4);
    EXPECT_EQ(window.detail().fieldValues().value(u"site"_s).toText(), u"lyon_office"_s);

    // The ticket pane shows them and saves a change with the ticket's version.
    TicketCustomFields* fields = window.pane()->customFields();
    ASSERT_TRUE(
        waitUntil([&] { return !fields->isHidden() && fields->form()->fields().size() == 2; }));
    QDoubleSpinBox* paneSeats = numberInput(fields->form(), u"seats"_s);
    EXPECT_EQ(paneSeats->value(), 4);
    auto* saveFields = fields->findChild<QPushButton*>(u"saveFieldsButton"_s);
    EXPECT_FALSE(saveFields->isEnabled()) << "nothing changed yet";
    const qint64 version = window.detail().ticket().version;
    paneSeats->setValue(0);
    EXPECT_FALSE(fields->save()) << "below the minimum: said inline, not sent";
    EXPECT_EQ(fields->form()->problemAt(u"seats"_s), u"Must be at least 1."_s);
    paneSeats->setValue(6);
    EXPECT_TRUE(saveFields->isEnabled());
    saveFields->click();
    ASSERT_TRUE(waitUntil([&] {
        return window.detail().ticket().version > version
            && window.detail().fieldValues().value(u"seats"_s).toNumber() == 6;
    }));
    EXPECT_EQ(numberInput(fields->form(), u"seats"_s)->value(), 6);
}

TEST_P(FieldsTrayTest, TheAppletsFormShowsOnlyTheFieldsShownToRequesters)
{
    auto option = [](const QString& key) {
        return QJsonObject {{"key"_L1, key}, {"label"_L1, key.toUpper()}};
    };
    ASSERT_TRUE(admin()
                    .call(u"field.create"_s,
                          QJsonObject {{"name"_L1, u"site"_s},
                                       {"label"_L1, u"Site"_s},
                                       {"type"_L1, u"choice"_s},
                                       {"options"_L1, QJsonArray {option(u"paris"_s)}},
                                       {"visible_to_requester"_L1, true}})
                    .ok());
    ASSERT_TRUE(admin()
                    .call(u"field.create"_s,
                          QJsonObject {{"name"_L1, u"asset_tag"_s},
                                       {"label"_L1, u"Asset tag"_s},
                                       {"type"_L1, u"text"_s},
                                       {"categories"_L1, QJsonArray {u"Hardware"_s}}})
                    .ok());
    client::tray::TrayApp& tray = startTray(u"rita"_s);
    client::tray::NewTicketWindow* window = tray.openNewTicket();
    ASSERT_NE(window, nullptr);
    FieldForm* form = window->fieldForm();
    ASSERT_TRUE(waitUntil([&] { return form->fields().size() == 1; }));
    auto* category = window->findChild<QComboBox*>(u"categoryBox"_s);
    category->setCurrentIndex(category->findData(u"Hardware"_s));
    ASSERT_EQ(form->fields().size(), 1) << "the asset tag is for the desk only";
    EXPECT_EQ(form->fields().at(0).name, u"site"_s);
    EXPECT_NE(form->input(u"site"_s), nullptr);
    EXPECT_EQ(form->input(u"asset_tag"_s), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Backends, FieldsUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
INSTANTIATE_TEST_SUITE_P(Backends, FieldsTrayTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
