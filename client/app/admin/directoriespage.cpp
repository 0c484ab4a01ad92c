#include "directoriespage.h"

#include "client/core/admin/ldapadmin.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

enum MappingColumn { GroupDnColumn, RoleColumn, GroupsColumn };

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

DirectoriesPage::DirectoriesPage(LdapAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_starttls(new QCheckBox(tr("Use StartTLS on ldap://")))
    , m_caFile(new QLineEdit)
    , m_bindDn(new QLineEdit)
    , m_bindPassword(new QLineEdit)
    , m_baseDn(new QLineEdit)
    , m_filter(new QLineEdit)
    , m_loginAttribute(new QLineEdit)
    , m_nameAttribute(new QLineEdit)
    , m_mailAttribute(new QLineEdit)
    , m_interval(new QSpinBox)
    , m_mappings(new QTableWidget(0, 3))
    , m_addMapping(new QPushButton(tr("Add &mapping")))
    , m_test(new QPushButton(tr("&Test connection")))
    , m_sync(new QPushButton(tr("S&ync now")))
    , m_result(new QLabel)
{
    setObjectName(u"directoriesPage"_s);
    m_name->setObjectName(u"directoryNameEdit"_s);
    m_url->setObjectName(u"directoryUrlEdit"_s);
    m_starttls->setObjectName(u"directoryStartTlsBox"_s);
    m_caFile->setObjectName(u"directoryCaFileEdit"_s);
    m_bindDn->setObjectName(u"directoryBindDnEdit"_s);
    m_bindPassword->setObjectName(u"directoryBindPasswordEdit"_s);
    m_baseDn->setObjectName(u"directoryBaseDnEdit"_s);
    m_filter->setObjectName(u"directoryFilterEdit"_s);
    m_loginAttribute->setObjectName(u"directoryLoginAttributeEdit"_s);
    m_nameAttribute->setObjectName(u"directoryNameAttributeEdit"_s);
    m_mailAttribute->setObjectName(u"directoryMailAttributeEdit"_s);
    m_interval->setObjectName(u"directoryIntervalBox"_s);
    m_mappings->setObjectName(u"directoryMappingsTable"_s);
    m_mappings->setAccessibleName(tr("Group mappings"));
    m_test->setObjectName(u"directoryTestButton"_s);
    m_sync->setObjectName(u"directorySyncButton"_s);
    m_result->setObjectName(u"directoryResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_bindPassword->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(u"ldaps://dc1.example.com"_s);
    m_interval->setRange(0, 7 * 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only by hand"));
    m_mappings->setHorizontalHeaderLabels(
        {tr("Directory group (DN)"), tr("Role"), tr("Frontline groups (comma-separated)")});
    m_mappings->horizontalHeader()->setStretchLastSection(true);
    m_mappings->setMinimumHeight(110);

    m_form->addRow(tr("&Name"), m_name);
    m_name->setToolTip(tr("The directory's name, shown on the accounts it provides."));
    m_form->addRow(tr("&URL"), m_url);
    m_form->addRow(QString(), m_starttls);
    m_starttls->setToolTip(tr(
        "Checked: an ldap:// connection is encrypted with StartTLS before the password is sent."));
    m_form->addRow(tr("&CA file on the server"), m_caFile);
    m_caFile->setToolTip(tr("The path, on the server's machine, of a PEM file with the authority "
                            "that signed the directory's certificate; empty: the system's."));
    m_form->addRow(tr("Service account &DN"), m_bindDn);
    m_bindDn->setToolTip(tr("The distinguished name the server binds as to search, e.g. "
                            "cn=frontline,ou=services,dc=example,dc=com."));
    m_form->addRow(tr("Service account &password"), m_bindPassword);
    m_form->addRow(tr("&Base DN"), m_baseDn);
    m_baseDn->setToolTip(tr("Where the user search starts, e.g. ou=people,dc=example,dc=com."));
    m_form->addRow(tr("User &filter"), m_filter);
    m_filter->setToolTip(
        tr("An LDAP filter for the accounts that may log in, e.g. (objectClass=person)."));
    m_form->addRow(tr("&Login attribute"), m_loginAttribute);
    m_loginAttribute->setToolTip(tr(
        "The attribute that holds the user name people log in with, e.g. uid or sAMAccountName."));
    m_form->addRow(tr("Name attribute"), m_nameAttribute);
    m_nameAttribute->setToolTip(
        tr("The attribute that holds the person's display name, e.g. cn or displayName."));
    m_form->addRow(tr("Mail attribute"), m_mailAttribute);
    m_mailAttribute->setToolTip(
        tr("The attribute that holds the person's e-mail address, usually mail."));
    m_form->addRow(tr("Sync &every"), m_interval);
    m_interval->setToolTip(tr("How often, in minutes, the accounts are read again from the "
                              "directory; 0: only with Sync now."));
    m_form->addRow(tr("Group mappings"), m_mappings);
    m_form->addRow(QString(), m_addMapping);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_test);
    buttons->addWidget(m_sync);
    buttons->addStretch(1);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addLayout(buttons);
    extra->addWidget(m_result);

    connect(m_addMapping, &QPushButton::clicked, this,
            [this] { addMappingRow(api::LdapGroupMapping {}); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (currentName().isEmpty())
            return;
        m_result->setText(tr("Testing the connection…"));
        m_admin.test(currentName());
    });
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (currentName().isEmpty())
            return;
        m_result->setText(tr("Synchronising…"));
        m_admin.sync(currentName());
    });
    offerDelete(tr("&Remove"));
    followBusy(m_admin);
    connect(&m_admin, &LdapAdmin::busyChanged, this, [this] {
        const bool stored = m_current >= 0 && !m_admin.isBusy();
        m_test->setEnabled(stored);
        m_sync->setEnabled(stored);
    });
    connect(&m_admin, &LdapAdmin::loaded, this, &DirectoriesPage::listDirectories);
    connect(&m_admin, &LdapAdmin::saved, this, [this](const QString& name) {
        m_shownName = name; // found in the list read again (removed: none)
        if (name.isEmpty())
            markEditorClean(); // removed: the list read next empties the editor
        else
            markEditorSaved();
        listDirectories();
        showStatus(name.isEmpty() ? tr("Removed. Its accounts stay, and cannot sign in.")
                                  : tr("Saved."),
                   false);
    });
    connect(&m_admin, &LdapAdmin::tested, this, [this](const api::LdapTestResult& result) {
        QString text = LdapAdmin::describe(result);
        QStringList sample;
        for (const api::LdapUserSample& user : result.sample)
            sample.append(user.name.isEmpty() ? user.login
                                              : u"%1 (%2)"_s.arg(user.login, user.name));
        if (!sample.isEmpty())
            text += u'\n' + tr("For example: %1").arg(sample.join(u", "_s));
        m_result->setText(text);
        showStatus(result.ok ? tr("The test passed.") : tr("The test failed."), !result.ok);
    });
    connect(&m_admin, &LdapAdmin::synced, this, [this](const api::LdapSyncResult& result) {
        m_result->setText(LdapAdmin::describe(result));
        showStatus(tr("Synchronised."), !result.errors.isEmpty());
    });
    connect(&m_admin, &LdapAdmin::refused, this, &DirectoriesPage::showProblem);
    showDirectory(api::LdapDirectory {});
}

void DirectoriesPage::reload()
{
    m_admin.reload();
}

QString DirectoriesPage::currentName() const
{
    const QList<api::LdapDirectory>& all = m_admin.directories();
    return m_current >= 0 && m_current < all.size() ? all.at(m_current).name : QString();
}

void DirectoriesPage::listDirectories()
{
    QList<AdminRow> rows;
    const QList<api::LdapDirectory>& all = m_admin.directories();
    // The rows are positions: the directory shown is found again by its name (another admin
    // may have added or removed one before it).
    const int before = m_current;
    m_current = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        rows.append({i + 1, u"%1 — %2"_s.arg(all.at(i).name, all.at(i).url)});
        if (!m_shownName.isEmpty() && all.at(i).name == m_shownName)
            m_current = int(i);
    }
    fillRows(m_list, rows, m_current + 1);
    if (!hasUnsavedEdits()) {
        showDirectory(m_current >= 0 ? all.at(m_current) : api::LdapDirectory {});
        return;
    }
    if (before >= 0 && m_current < 0) {
        m_shownName.clear();
        setDeletable(false);
        showStatus(tr("Another admin removed this directory. Saving adds it again."), true);
    }
}

void DirectoriesPage::showRecord(const QVariant& record)
{
    const QList<api::LdapDirectory>& all = m_admin.directories();
    const int index = record.isValid() ? record.toInt() - 1 : -1;
    m_current = index >= 0 && index < all.size() ? index : -1;
    m_result->clear();
    showDirectory(m_current >= 0 ? all.at(m_current) : api::LdapDirectory {});
}

void DirectoriesPage::showDirectory(const api::LdapDirectory& d)
{
    m_mark.clear();
    m_shownName = d.name;
    m_name->setText(d.name);
    m_url->setText(d.url);
    m_starttls->setChecked(d.starttls);
    m_caFile->setText(d.caFile);
    m_bindDn->setText(d.bindDn);
    m_bindPassword->clear(); // write-only: never shown
    m_bindPassword->setPlaceholderText(d.bindPasswordSet ? tr("unchanged (a password is stored)")
                                                         : tr("required"));
    m_baseDn->setText(d.baseDn);
    m_filter->setText(d.userFilter);
    m_loginAttribute->setText(d.loginAttribute);
    m_nameAttribute->setText(d.nameAttribute);
    m_mailAttribute->setText(d.mailAttribute);
    m_interval->setValue(d.syncIntervalMinutes);
    m_mappings->setRowCount(0);
    for (const api::LdapGroupMapping& mapping : d.groupMappings)
        addMappingRow(mapping);
    const bool stored = m_current >= 0;
    m_test->setEnabled(stored && !m_admin.isBusy());
    m_sync->setEnabled(stored && !m_admin.isBusy());
    setDeletable(stored);
    markEditorClean();
}

QString DirectoriesPage::deleteQuestion() const
{
    const QString name = currentName();
    return name.isEmpty() ? QString()
                          : tr("Remove the directory “%1”? It is no longer synchronised; the "
                               "accounts it created stay but can no longer sign in.")
                                .arg(name);
}

void DirectoriesPage::removeRecord()
{
    if (m_current >= 0)
        m_admin.remove(m_current);
}

void DirectoriesPage::addMappingRow(const api::LdapGroupMapping& mapping)
{
    const int row = m_mappings->rowCount();
    m_mappings->insertRow(row);
    m_mappings->setItem(row, GroupDnColumn, new QTableWidgetItem(mapping.groupDn));
    m_mappings->setItem(row, RoleColumn, new QTableWidgetItem(mapping.role));
    m_mappings->setItem(row, GroupsColumn, new QTableWidgetItem(mapping.groups.join(u", "_s)));
}

void DirectoriesPage::save()
{
    m_mark.clear();
    api::LdapDirectory d;
    d.name = m_name->text().trimmed();
    d.url = m_url->text().trimmed();
    d.starttls = m_starttls->isChecked();
    d.caFile = m_caFile->text().trimmed();
    d.bindDn = m_bindDn->text().trimmed();
    if (!m_bindPassword->text().isEmpty())
        d.bindPassword = m_bindPassword->text();
    d.baseDn = m_baseDn->text().trimmed();
    d.userFilter = m_filter->text().trimmed();
    d.loginAttribute = m_loginAttribute->text().trimmed();
    d.nameAttribute = m_nameAttribute->text().trimmed();
    d.mailAttribute = m_mailAttribute->text().trimmed();
    d.syncIntervalMinutes = m_interval->value();
    for (int row = 0; row < m_mappings->rowCount(); ++row) {
        api::LdapGroupMapping mapping;
        mapping.groupDn = cell(m_mappings, row, GroupDnColumn);
        mapping.role = cell(m_mappings, row, RoleColumn).toLower();
        for (const QString& group : cell(m_mappings, row, GroupsColumn).split(u',')) {
            if (!group.trimmed().isEmpty())
                mapping.groups.append(group.trimmed());
        }
        if (mapping.groupDn.isEmpty() && mapping.role.isEmpty() && mapping.groups.isEmpty())
            continue; // an empty row
        d.groupMappings.append(mapping);
    }
    m_admin.save(m_current, d);
}

QString DirectoriesPage::describeField(const QString& field) const
{
    const QString name = LdapAdmin::directoryField(field);
    static const QHash<QString, const char*> labels {
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"url"_s, QT_TR_NOOP("URL")},
        {u"starttls"_s, QT_TR_NOOP("StartTLS")},
        {u"ca_file"_s, QT_TR_NOOP("CA file")},
        {u"bind_dn"_s, QT_TR_NOOP("Service account DN")},
        {u"bind_password"_s, QT_TR_NOOP("Service account password")},
        {u"base_dn"_s, QT_TR_NOOP("Base DN")},
        {u"user_filter"_s, QT_TR_NOOP("User filter")},
        {u"login_attribute"_s, QT_TR_NOOP("Login attribute")},
        {u"name_attribute"_s, QT_TR_NOOP("Name attribute")},
        {u"mail_attribute"_s, QT_TR_NOOP("Mail attribute")},
        {u"sync_interval_minutes"_s, QT_TR_NOOP("Sync interval")}};
    if (const char* label = labels.value(name))
        return tr(label);
    if (name.startsWith(u"group_mappings"_s))
        return tr("Group mapping %1").arg(name.mid(14));
    return AdminPage::describeField(name);
}

void DirectoriesPage::showProblem(const QString& refusedField, const QString& message)
{
    const QString field = LdapAdmin::directoryField(refusedField);
    showRefusal(field, message);
    const QHash<QString, QWidget*> widgets {{u"name"_s, m_name},
                                            {u"url"_s, m_url},
                                            {u"starttls"_s, m_starttls},
                                            {u"ca_file"_s, m_caFile},
                                            {u"bind_dn"_s, m_bindDn},
                                            {u"bind_password"_s, m_bindPassword},
                                            {u"base_dn"_s, m_baseDn},
                                            {u"user_filter"_s, m_filter},
                                            {u"login_attribute"_s, m_loginAttribute},
                                            {u"name_attribute"_s, m_nameAttribute},
                                            {u"mail_attribute"_s, m_mailAttribute},
                                            {u"sync_interval_minutes"_s, m_interval}};
    m_mark.show(field.startsWith(u"group_mappings"_s) ? m_mappings : widgets.value(field));
}

} // namespace frontline::client::ui
