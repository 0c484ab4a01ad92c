#pragma once

#include "api/orgapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/organisation.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the organisations page (admins): the organisations with their mail domains,
// notes and member counts; creates them and changes name, domains and notes (never deletes:
// tickets keep the organisation they were raised in).
class OrgAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgAdmin)

public:
    explicit OrgAdmin(Session& session, QObject* parent = nullptr);

    void reload();
    const QList<Organisation>& organisations() const { return m_orgs; }
    std::optional<Organisation> organisation(qint64 id) const;

    // Answer with saved() (the list is loaded again) or refused().
    void create(const api::OrgCreateParams& params);
    void update(const api::OrgUpdateParams& params);

    // "acme.com, acme.de" or one per line -> the domains, lower-case; the server checks them.
    static QStringList splitDomains(const QString& text);

Q_SIGNALS:
    void loaded();
    void saved(const frontline::Organisation& org, bool created);

private:
    QList<Organisation> m_orgs;
};

} // namespace frontline::client
