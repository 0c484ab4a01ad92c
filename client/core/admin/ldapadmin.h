#pragma once

#include "api/ldapapi.h"
#include "client/core/admin/admincontroller.h"

namespace frontline::client {

// The controller of the Directories page (admins, issue 20): the directories users sign in with
// (configuration key "ldap"), "Test connection" (ldap.test) and "Sync now" (ldap.sync). The
// service account's password only goes out: loaded directories say whether one is stored
// (bindPasswordSet); saving one without a password keeps the stored one. A refusal names the
// directory's own field ("url"), not "value.directories[2].url".
class LdapAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LdapAdmin)

public:
    explicit LdapAdmin(Session& session, QObject* parent = nullptr);

    void reload(); // loaded() when the directories are in
    const QList<api::LdapDirectory>& directories() const { return m_directories; }

    // Adds (index -1) or replaces the directory at `index`; saved(name) or refused().
    void save(int index, const api::LdapDirectory& directory);
    void remove(int index); // saved() with an empty name
    void test(const QString& name); // tested()
    void sync(const QString& name = QString()); // synced(); empty: every directory

    // The field a refusal of the value names, without the "value.directories[i]." in front.
    static QString directoryField(const QString& field);
    // What a test found, in words for the admin (the failing step, then the server's message).
    static QString describe(const api::LdapTestResult& result);
    static QString describe(const api::LdapSyncResult& result);

Q_SIGNALS:
    void loaded();
    void saved(const QString& name);
    void tested(const frontline::api::LdapTestResult& result);
    void synced(const frontline::api::LdapSyncResult& result);

private:
    void store(QList<api::LdapDirectory> directories, const QString& name);

    QList<api::LdapDirectory> m_directories;
};

} // namespace frontline::client
