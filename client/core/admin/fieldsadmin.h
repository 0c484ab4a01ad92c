#pragma once

#include "api/fieldapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/category.h"

#include <QList>

#include <optional>

namespace frontline::client {

class FieldCatalogue;

// The controller of the Fields tab (admins, issue 21): every definition (inactive ones too),
// creating one, changing one (label, options, limits, required, help, who sees it, where it
// applies; name and type stay) and deactivating or reactivating it. Params are checked with
// the server's own parser and the shared definition rules before they are sent (refused()
// names the field); each saved definition also goes to the FieldCatalogue, so this client's
// forms show it at once.
class FieldsAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsAdmin)

public:
    FieldsAdmin(Session& session, FieldCatalogue* catalogue, QObject* parent = nullptr);

    void reload(); // loaded()
    const QList<api::FieldDefinition>& fields() const { return m_fields; }
    // The categories a field can apply to (loaded with the fields).
    const QList<Category>& categories() const { return m_categories; }
    std::optional<api::FieldDefinition> field(qint64 id) const;

    // Answer with saved() (the list is loaded again), or refused().
    void create(const api::FieldCreateParams& params);
    void update(const api::FieldUpdateParams& params);
    void setActive(qint64 id, bool active);

Q_SIGNALS:
    void loaded();
    void saved(const frontline::api::FieldDefinition& field);

private:
    void took(const QJsonValue& result);

    FieldCatalogue* m_catalogue;
    QList<api::FieldDefinition> m_fields;
    QList<Category> m_categories;
};

} // namespace frontline::client
