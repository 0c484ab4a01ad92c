#pragma once

#include <QDialog>

class QTabWidget;

namespace frontline::client {
class Session;
}

namespace frontline::client::ui {

class AdminPage;

// The administration window: users and roles, groups and tiers, categories, canned responses,
// the workflow engine (business hours, SLA policies, automation rules, lifecycles), mail, the
// audit log, webhooks, custom fields, the service catalog and the CI classes.
class AdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminDialog)

public:
    enum class Page {
        Users,
        Groups,
        Categories,
        Canned,
        Calendars,
        SlaPolicies,
        Rules,
        Lifecycles,
        Mailboxes,
        OutgoingMail,
        MailTemplates,
        MailOutbox,
        Security,
        Directories,
        Organisations,
        AuditLog,
        Webhooks,
        Fields,
        Catalog,
        CiClasses
    };
    explicit AdminDialog(Session& session, QWidget* parent = nullptr);

    void showPage(Page page);
    AdminPage* page(Page page) const;
    // Close, Escape and the window's close button: asks first when a page holds unsaved edits.
    void reject() override;

Q_SIGNALS:
    void directoryChanged(); // something the main window caches was edited
    void ciClassesChanged(); // a CI class was saved: the CI browser reads the classes again

private:
    QTabWidget* m_tabs;
    QList<AdminPage*> m_pages;
};

} // namespace frontline::client::ui
