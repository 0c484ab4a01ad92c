#include "categoryadmin.h"

#include "api/methods.h"

#include <QJsonObject>

namespace frontline::client {

CategoryAdmin::CategoryAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<Category> CategoryAdmin::category(qint64 id) const
{
    for (const Category& category : m_categories) {
        if (category.id == id)
            return category;
    }
    return std::nullopt;
}

void CategoryAdmin::reload()
{
    m_parts += 2; // loaded() after these two and any reload still on its way
    send(
        api::method::GroupList, QJsonObject(),
        [this](const QJsonValue& result) {
            m_groups = api::GroupList::fromJson(result).items;
            partDone();
        },
        [this] { partDone(); });
    send(
        api::method::CategoryList, QJsonObject(),
        [this](const QJsonValue& result) {
            m_categories = api::CategoryList::fromJson(result).items;
            partDone();
        },
        [this] { partDone(); });
}

void CategoryAdmin::partDone()
{
    if (--m_parts == 0)
        Q_EMIT loaded();
}

void CategoryAdmin::create(const api::CategoryCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::CategoryCreate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(Category::fromJson(result.toObject()), true);
        reload();
    });
}

void CategoryAdmin::update(const api::CategoryUpdateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::CategoryUpdate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(Category::fromJson(result.toObject()), false);
        reload();
    });
}

} // namespace frontline::client
