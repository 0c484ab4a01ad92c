#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"
#include "domain/organisation.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace frontline::client {
class OrgAdmin;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

// Organisations: the companies or departments requesters belong to, their mail domains (a new
// requester joins the organisation of their address) and notes, with the number of members.
// Import organisations or users from a CSV file, with a preview first. The calls are OrgAdmin's
// and BulkImporter's.
class OrgsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgsPage)

public:
    OrgsPage(Session& session, OrgAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The params field of the refusal shown ("name", "domains"), empty when none is.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void showOrg(const std::optional<Organisation>& org);
    void listOrgs();
    void showProblem(const QString& field, const QString& message);
    void openImport(bool users);

    Session& m_session;
    OrgAdmin& m_admin;
    QLineEdit* m_name;
    QLineEdit* m_domains;
    QPlainTextEdit* m_notes;
    QLabel* m_members;
    qint64 m_currentId = 0; // 0: a new organisation
    QString m_problemField;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
