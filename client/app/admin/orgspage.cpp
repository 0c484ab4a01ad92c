#include "orgspage.h"

#include "api/orgapi.h"
#include "client/app/admin/importdialog.h"
#include "client/core/admin/bulkimporter.h"
#include "client/core/admin/orgadmin.h"
#include "client/widgets/safetext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

OrgsPage::OrgsPage(Session& session, OrgAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_session(session)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_domains(new QLineEdit)
    , m_notes(new QPlainTextEdit)
    , m_members(plainLabel())
{
    setObjectName(u"orgsPage"_s);
    m_name->setObjectName(u"orgNameEdit"_s);
    m_domains->setObjectName(u"orgDomainsEdit"_s);
    m_notes->setObjectName(u"orgNotesEdit"_s);
    m_members->setObjectName(u"orgMembersLabel"_s);
    m_domains->setPlaceholderText(tr("example.com, example.org"));
    m_notes->setMaximumHeight(100);
    m_form->addRow(tr("&Name"), m_name);
    m_name->setToolTip(tr("The organisation's name, shown on its people's tickets."));
    m_form->addRow(tr("Mail &domains"), m_domains);
    m_form->addRow(tr("N&otes"), m_notes);
    m_notes->setToolTip(
        tr("Notes for the desk's staff about this organisation; requesters do not see them."));
    m_form->addRow(tr("Members"), m_members);

    auto* help = plainLabel(tr("New requesters whose address ends in one of the domains join the "
                               "organisation. A domain belongs to one organisation."));
    help->setWordWrap(true);
    help->setEnabled(false);
    auto* importOrgs = new QPushButton(tr("Import &organisations…"));
    importOrgs->setObjectName(u"importOrgsButton"_s);
    auto* importUsers = new QPushButton(tr("Import &users…"));
    importUsers->setObjectName(u"importUsersButton"_s);
    auto* imports = new QHBoxLayout;
    imports->addWidget(importOrgs);
    imports->addWidget(importUsers);
    imports->addStretch(1);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(help);
    extra->addStretch(1);
    extra->addLayout(imports);
    connect(importOrgs, &QPushButton::clicked, this, [this] { openImport(false); });
    connect(importUsers, &QPushButton::clicked, this, [this] { openImport(true); });

    followBusy(m_admin);
    connect(&m_admin, &OrgAdmin::loaded, this, &OrgsPage::listOrgs);
    connect(&m_admin, &OrgAdmin::saved, this, [this](const Organisation& org, bool created) {
        m_currentId = org.id;
        markEditorSaved();
        showStatus(created ? tr("Organisation created.") : tr("Saved."), false);
    });
    connect(&m_admin, &OrgAdmin::refused, this, &OrgsPage::showProblem);
    showOrg(std::nullopt);
}

void OrgsPage::reload()
{
    m_admin.reload();
}

void OrgsPage::listOrgs()
{
    QList<AdminRow> rows;
    for (const Organisation& org : m_admin.organisations())
        rows.append({org.id,
                     org.memberCount == 1
                         ? tr("%1 (1 member)").arg(org.name)
                         : tr("%1 (%2 members)").arg(org.name).arg(org.memberCount)});
    fillRows(m_list, rows, m_currentId);
    if (!hasUnsavedEdits())
        showOrg(m_admin.organisation(m_currentId));
}

void OrgsPage::showRecord(const QVariant& record)
{
    showOrg(m_admin.organisation(record.toLongLong()));
}

void OrgsPage::showOrg(const std::optional<Organisation>& shown)
{
    m_mark.clear();
    m_problemField.clear();
    const Organisation org = shown.value_or(Organisation());
    m_currentId = org.id;
    m_name->setText(org.name);
    m_domains->setText(org.domains.join(u", "_s));
    m_notes->setPlainText(org.notes);
    m_members->setText(shown ? QString::number(org.memberCount) : tr("—"));
    markEditorClean();
}

void OrgsPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    const QStringList domains = OrgAdmin::splitDomains(m_domains->text());
    if (!m_currentId) {
        api::OrgCreateParams params;
        params.name = m_name->text().trimmed();
        params.domains = domains;
        params.notes = m_notes->toPlainText().trimmed();
        m_admin.create(params);
        return;
    }
    api::OrgUpdateParams params;
    params.id = m_currentId;
    params.name = m_name->text().trimmed();
    params.domains = domains;
    params.notes = m_notes->toPlainText().trimmed();
    m_admin.update(params);
}

void OrgsPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    QWidget* widget = nullptr;
    if (field == u"name"_s)
        widget = m_name;
    else if (field == u"domains"_s)
        widget = m_domains;
    else if (field == u"notes"_s)
        widget = m_notes;
    m_mark.show(widget);
}

void OrgsPage::openImport(bool users)
{
    auto* importer = new BulkImporter(
        m_session, users ? BulkImporter::Kind::Users : BulkImporter::Kind::Organisations);
    auto* dialog = new ImportDialog(*importer, this);
    importer->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(importer, &BulkImporter::imported, this, [this] { m_admin.reload(); });
    dialog->open();
}

} // namespace frontline::client::ui
