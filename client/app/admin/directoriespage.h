#pragma once

#include "api/ldapapi.h"
#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace frontline::client {
class LdapAdmin;
}

namespace frontline::client::ui {

// Administration -> Directories (issue 20): the LDAP directories users sign in with. Renders
// LdapAdmin's directories; the service account's password is write-only (never filled in; left
// empty it keeps the stored one). "Test connection" shows which step failed, "Sync now" the
// counts. Group mappings are rows of a table: directory group DN, role, Frontline groups.
class DirectoriesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoriesPage)

public:
    explicit DirectoriesPage(LdapAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;
    QString describeField(const QString& field) const override;

private:
    void listDirectories();
    void showDirectory(const api::LdapDirectory& directory);
    void showProblem(const QString& field, const QString& message);
    void addMappingRow(const api::LdapGroupMapping& mapping);
    QString currentName() const;

    LdapAdmin& m_admin;
    QString m_shownName; // the stored directory the editor holds (empty: a new one)
    int m_current = -1; // index in the admin's list; -1: a new directory
    QLineEdit* m_name;
    QLineEdit* m_url;
    QCheckBox* m_starttls;
    QLineEdit* m_caFile;
    QLineEdit* m_bindDn;
    QLineEdit* m_bindPassword;
    QLineEdit* m_baseDn;
    QLineEdit* m_filter;
    QLineEdit* m_loginAttribute;
    QLineEdit* m_nameAttribute;
    QLineEdit* m_mailAttribute;
    QSpinBox* m_interval;
    QTableWidget* m_mappings;
    QPushButton* m_addMapping;
    QPushButton* m_test;
    QPushButton* m_sync;
    QLabel* m_result;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
