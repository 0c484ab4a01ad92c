#pragma once

#include "api/directoryapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/category.h"
#include "domain/group.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the categories page (admins): the ticket categories, retired ones
// included, and the group each routes new tickets to. Creates, renames, re-routes and retires
// (never deletes: old tickets keep their category).
class CategoryAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryAdmin)

public:
    explicit CategoryAdmin(Session& session, QObject* parent = nullptr);

    // The categories and the groups they may route to; loaded() once both are in.
    void reload();
    const QList<Category>& categories() const { return m_categories; }
    std::optional<Category> category(qint64 id) const;
    const QList<Group>& groups() const { return m_groups; }

    // Answer with saved() (the categories are loaded again) or refused().
    void create(const api::CategoryCreateParams& params);
    void update(const api::CategoryUpdateParams& params);

Q_SIGNALS:
    void loaded();
    void saved(const frontline::Category& category, bool created);

private:
    void partDone();

    QList<Category> m_categories;
    QList<Group> m_groups;
    int m_parts = 0; // answers still to come before loaded()
};

} // namespace frontline::client
