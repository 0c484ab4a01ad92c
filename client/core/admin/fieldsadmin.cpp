#include "fieldsadmin.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "client/core/fieldcatalogue.h"

#include <QJsonObject>

namespace frontline::client {

FieldsAdmin::FieldsAdmin(Session& session, FieldCatalogue* catalogue, QObject* parent)
    : AdminController(session, parent)
    , m_catalogue(catalogue)
{ }

std::optional<api::FieldDefinition> FieldsAdmin::field(qint64 id) const
{
    for (const api::FieldDefinition& field : m_fields) {
        if (field.id == id)
            return field;
    }
    return std::nullopt;
}

void FieldsAdmin::reload()
{
    sendLatest(api::method::CategoryList, QJsonObject(), [this](const QJsonValue& result) {
        m_categories = api::CategoryList::fromJson(result).items;
    });
    sendLatest(api::method::FieldList, QJsonObject(), [this](const QJsonValue& result) {
        m_fields = api::FieldList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

void FieldsAdmin::took(const QJsonValue& result)
{
    const api::FieldDefinition field = api::FieldDefinition::fromJson(result);
    if (m_catalogue)
        m_catalogue->replace(field);
    Q_EMIT saved(field);
    reload();
}

void FieldsAdmin::create(const api::FieldCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::FieldCreate, params.toJson(),
         [this](const QJsonValue& result) { took(result); });
}

void FieldsAdmin::update(const api::FieldUpdateParams& params)
{
    if (!accepts(params))
        return;
    // The definition as it will be: what the type allows of options and limits, checked here.
    if (const auto before = field(params.id)) {
        if (auto problem = api::checkFieldDefinition(params.applied(*before))) {
            refuse(std::pair(problem->path, problem->reason));
            return;
        }
    }
    send(api::method::FieldUpdate, params.toJson(),
         [this](const QJsonValue& result) { took(result); });
}

void FieldsAdmin::setActive(qint64 id, bool active)
{
    api::FieldUpdateParams params;
    params.id = id;
    params.active = active;
    update(params);
}

} // namespace frontline::client
