#pragma once

#include "api/notifyapi.h"
#include "client/core/admin/admincontroller.h"
#include "client/core/admin/mailoutboxmodel.h"

#include <QTimer>

namespace frontline::client {

// The controller of the outbox view (admins, issue 19): the notification mails queued, sent and
// failed, newest first, optionally one state; the counts per state; "retry now" for a failed (or
// waiting) mail, which the server refuses for a mail sent or being sent, so nothing goes out
// twice. With a refresh interval set the list follows the sender live.
class MailOutboxAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailOutboxAdmin)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY loaded)

public:
    static constexpr int Limit = 200;

    explicit MailOutboxAdmin(Session& session, QObject* parent = nullptr);

    MailOutboxModel* model() { return &m_model; }
    const QString& stateFilter() const { return m_state; } // empty: every state
    void setStateFilter(const QString& state); // reloads
    // The counts per state (of the whole outbox, not only the rows listed).
    const api::MailOutboxList& counts() const { return m_counts; }

    void reload(); // loaded() when the rows are in
    // 0 stops; otherwise reload() every `ms` while nothing is on its way.
    void setRefreshInterval(int ms);
    // Answers with retried(entry) and a reload, or refused().
    void retry(qint64 id);

Q_SIGNALS:
    void loaded();
    void retried(const frontline::api::MailOutboxEntry& entry);

private:
    MailOutboxModel m_model;
    api::MailOutboxList m_counts; // items left empty
    QString m_state;
    QTimer m_refresh;
    bool m_listing = false;
};

} // namespace frontline::client
