#pragma once

#include "api/workspaceapi.h"
#include "client/core/admin/admincontroller.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the canned responses page (admins): the reusable replies agents insert
// from the composer, with placeholders such as {{requester.name}}. Creates, edits, deletes.
class CannedAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedAdmin)

public:
    explicit CannedAdmin(Session& session, QObject* parent = nullptr);

    // The responses, by title (loaded()).
    void reload();
    const QList<api::CannedResponse>& responses() const { return m_responses; }
    std::optional<api::CannedResponse> response(qint64 id) const;

    // Answer with saved() or removed() (the responses are loaded again), or refused().
    void create(const api::CannedCreateParams& params);
    void update(const api::CannedUpdateParams& params);
    void remove(qint64 id);

Q_SIGNALS:
    void loaded();
    void saved(const frontline::api::CannedResponse& response, bool created);
    void removed(qint64 id);

private:
    QList<api::CannedResponse> m_responses;
};

} // namespace frontline::client
