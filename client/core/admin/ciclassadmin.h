#pragma once

#include "api/cmdbapi.h"
#include "client/core/admin/admincontroller.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the CI classes tab (admins, issue 22): every class (inactive ones too),
// creating one (name, label, its attributes: custom fields in order, each required or not,
// active) and changing one. A class's name never changes; an update sends only what differs
// from the class as loaded (changes()), and nothing at all when nothing does. Params are checked
// with the server's own parser before they are sent (refused() names the field as the server
// would: "name", "fields[1].field").
class CiClassAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiClassAdmin)

public:
    explicit CiClassAdmin(Session& session, QObject* parent = nullptr);

    void reload(); // loaded()
    const QList<api::CiClass>& classes() const { return m_classes; }
    std::optional<api::CiClass> ciClass(qint64 id) const;

    // The ci.class.update that turns `before` into `after` (same id): the label (compared
    // trimmed), the attributes (the whole list, when their order or a required mark differs)
    // and active, each only when it changed. Nullopt when nothing did.
    static std::optional<api::CiClassUpdateParams> changes(const api::CiClass& before,
                                                           const api::CiClass& after);

    // `draft` without an id: ci.class.create. With one: ci.class.update of what changed since
    // the class was loaded (unchanged() when nothing did: no call). Answered by saved() (the
    // list is loaded again), or refused().
    void save(const api::CiClass& draft);

Q_SIGNALS:
    void loaded();
    void saved(const frontline::api::CiClass& ciClass);
    void unchanged();

private:
    void took(const QJsonValue& result);

    QList<api::CiClass> m_classes;
};

} // namespace frontline::client
