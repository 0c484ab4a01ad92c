#pragma once

#include "api/mailapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/category.h"
#include "domain/group.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the mailboxes page (admins, issue 19): the mailboxes whose mail becomes
// tickets, the groups and categories new tickets may go to, and the quarantine (mail that could
// not be filed). Creates, updates, deletes and tests mailboxes. Passwords only ever go out: the
// server never returns them, and an update without one keeps the stored one.
class MailboxAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxAdmin)

public:
    explicit MailboxAdmin(Session& session, QObject* parent = nullptr);

    // The mailboxes, groups, categories and the newest quarantined mail; loaded() once all are in.
    void reload();
    const QList<api::MailboxInfo>& mailboxes() const { return m_mailboxes; }
    std::optional<api::MailboxInfo> mailbox(qint64 id) const;
    const QList<Group>& groups() const { return m_groups; }
    const QList<Category>& categories() const { return m_categories; }
    const QList<api::QuarantinedMailInfo>& quarantine() const { return m_quarantine; }

    // Answer with saved() (the lists are loaded again), removed() or refused().
    void create(const api::MailboxCreateParams& params);
    void update(const api::MailboxUpdateParams& params);
    void remove(qint64 id);
    // Connects as the intake would; answers with tested().
    void test(qint64 id);

    // What a test result means, in words: which step failed and the server's message.
    static QString describeTest(const api::MailboxTestResult& result);

Q_SIGNALS:
    void loaded();
    void saved(const frontline::api::MailboxInfo& mailbox, bool created);
    void removed(qint64 id);
    void tested(qint64 id, const frontline::api::MailboxTestResult& result);

private:
    void partDone();

    QList<api::MailboxInfo> m_mailboxes;
    QList<Group> m_groups;
    QList<Category> m_categories;
    QList<api::QuarantinedMailInfo> m_quarantine;
    int m_parts = 0; // answers still to come before loaded()
};

} // namespace frontline::client
