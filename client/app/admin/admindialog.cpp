#include "admindialog.h"

#include "client/app/admin/auditpage.h"
#include "client/app/admin/catalogpage.h"
#include "client/app/admin/categoriespage.h"
#include "client/app/admin/ciclassespage.h"
#include "client/app/admin/directoriespage.h"
#include "client/app/admin/fieldspage.h"
#include "client/app/admin/groupspage.h"
#include "client/app/admin/lifecyclespage.h"
#include "client/app/admin/mailboxespage.h"
#include "client/app/admin/mailoutboxpage.h"
#include "client/app/admin/mailtemplatespage.h"
#include "client/app/admin/orgspage.h"
#include "client/app/admin/rulespage.h"
#include "client/app/admin/securitypage.h"
#include "client/app/admin/slapages.h"
#include "client/app/admin/userspage.h"
#include "client/app/admin/webhookspage.h"
#include "client/core/admin/auditadmin.h"
#include "client/core/admin/calendaradmin.h"
#include "client/core/admin/cannedadmin.h"
#include "client/core/admin/catalogadmin.h"
#include "client/core/admin/categoryadmin.h"
#include "client/core/admin/ciclassadmin.h"
#include "client/core/admin/fieldsadmin.h"
#include "client/core/admin/groupadmin.h"
#include "client/core/admin/ldapadmin.h"
#include "client/core/admin/lifecycleeditor.h"
#include "client/core/admin/mailboxadmin.h"
#include "client/core/admin/mailoutboxadmin.h"
#include "client/core/admin/mailtemplateadmin.h"
#include "client/core/admin/orgadmin.h"
#include "client/core/admin/outgoingmailadmin.h"
#include "client/core/admin/ruleadmin.h"
#include "client/core/admin/securityadmin.h"
#include "client/core/admin/slaadmin.h"
#include "client/core/admin/useradmin.h"
#include "client/core/admin/webhookadmin.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/session.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

AdminDialog::AdminDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget)
{
    setObjectName(u"adminDialog"_s);
    setWindowTitle(tr("Administration"));
    m_pages = {new UsersPage(session, *new UserAdmin(session, this)),
               new GroupsPage(session, *new GroupAdmin(session, this)),
               new CategoriesPage(*new CategoryAdmin(session, this)),
               new CannedPage(*new CannedAdmin(session, this)),
               new CalendarsPage(*new CalendarAdmin(session, this)),
               new SlaPoliciesPage(*new SlaAdmin(session, this)),
               new RulesPage(*new RuleAdmin(session, this)),
               new LifecyclesPage(*new LifecycleEditor(session, this)),
               new MailboxesPage(*new MailboxAdmin(session, this)),
               new OutgoingMailPage(*new OutgoingMailAdmin(session, this)),
               new MailTemplatesPage(*new MailTemplateAdmin(session, this)),
               new MailOutboxPage(*new MailOutboxAdmin(session, this)),
               new SecurityPage(*new SecurityAdmin(session, this)),
               new DirectoriesPage(*new LdapAdmin(session, this)),
               new OrgsPage(session, *new OrgAdmin(session, this)),
               new AuditPage(*new AuditAdmin(session, this)),
               new WebhooksPage(*new WebhookAdmin(session, this))};
    // Custom fields: the page's preview and FieldsAdmin share a catalogue of their own.
    auto* fieldCatalogue = new FieldCatalogue(session, this);
    m_pages.append(
        new FieldsPage(*new FieldsAdmin(session, fieldCatalogue, this), *fieldCatalogue));
    // The service catalog: its form designer offers (and previews) the same catalogue's fields.
    m_pages.append(new CatalogPage(*new CatalogAdmin(session, this), *fieldCatalogue));
    // CI classes: their attributes are custom fields of the same catalogue.
    auto* ciClasses = new CiClassesPage(*new CiClassAdmin(session, this), *fieldCatalogue);
    connect(ciClasses, &CiClassesPage::classSaved, this, &AdminDialog::ciClassesChanged);
    m_pages.append(ciClasses);
    m_tabs->addTab(m_pages[0], tr("&Users and roles"));
    m_tabs->addTab(m_pages[1], tr("&Groups and tiers"));
    m_tabs->addTab(m_pages[2], tr("&Categories"));
    m_tabs->addTab(m_pages[3], tr("Canned &responses"));
    m_tabs->addTab(m_pages[4], tr("Business &hours"));
    m_tabs->addTab(m_pages[5], tr("&SLA policies"));
    m_tabs->addTab(m_pages[6], tr("Automat&ion rules"));
    m_tabs->addTab(m_pages[7], tr("&Lifecycles"));
    m_tabs->addTab(m_pages[8], tr("&Mailboxes"));
    m_tabs->addTab(m_pages[9], tr("&Outgoing mail"));
    m_tabs->addTab(m_pages[10], tr("Mail &templates"));
    m_tabs->addTab(m_pages[11], tr("Mail out&box"));
    m_tabs->addTab(m_pages[12], tr("Securit&y"));
    m_tabs->addTab(m_pages[13], tr("&Directories"));
    m_tabs->addTab(m_pages[14], tr("Orga&nisations"));
    m_tabs->addTab(m_pages[15], tr("&Audit log"));
    m_tabs->addTab(m_pages[16], tr("&Webhooks"));
    m_tabs->addTab(m_pages[17], tr("&Fields"));
    m_tabs->addTab(m_pages[18], tr("Catalo&g"));
    m_tabs->addTab(m_pages[19], tr("CI class&es"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    // Managers run the workflow; the directory (users, groups, categories, canned responses),
    // the lifecycles (configuration) and the mail pages are for admins.
    if (session.user().role != Role::Admin) {
        for (int index = 0; index <= static_cast<int>(Page::Canned); ++index)
            m_tabs->setTabVisible(index, false);
        m_tabs->setTabVisible(static_cast<int>(Page::Lifecycles), false);
        for (int index = static_cast<int>(Page::Lifecycles) + 1; index < m_tabs->count(); ++index)
            m_tabs->setTabVisible(
                index, false); // mail, security, directories, organisations, audit log: admins only
    }
    // Each page's list of records is named after its tab, for screen readers.
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (auto* page = qobject_cast<AdminPage*>(m_tabs->widget(index)))
            page->setRecordsName(m_tabs->tabText(index).remove(u'&'));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_pages.at(index)->reload(); });
    connect(this, &QDialog::finished, this, &AdminDialog::directoryChanged);
    resize(980, 640);
}

void AdminDialog::showPage(Page page)
{
    const int index = static_cast<int>(page);
    if (m_tabs->currentIndex() == index)
        m_pages.at(index)->reload();
    else
        m_tabs->setCurrentIndex(index);
}

void AdminDialog::reject()
{
    QStringList unsaved;
    int first = -1;
    for (AdminPage* page : std::as_const(m_pages))
        page->dropPendingChoice(); // asked about here instead
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (!m_tabs->isTabVisible(index) || !m_pages.at(index)->hasUnsavedEdits())
            continue;
        unsaved.append(tr("“%1”").arg(m_tabs->tabText(index).remove(u'&')));
        if (first < 0)
            first = index;
    }
    if (first >= 0) {
        m_tabs->setCurrentIndex(first);
        if (QMessageBox::question(this, tr("Unsaved changes"),
                                  tr("The changes on %1 are not saved. Close the window and "
                                     "discard them?")
                                      .arg(QLocale().createSeparatedList(unsaved)),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

AdminPage* AdminDialog::page(Page page) const
{
    return m_pages.at(static_cast<int>(page));
}

} // namespace frontline::client::ui
