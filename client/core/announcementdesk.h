#pragma once

#include "api/selfserviceapi.h"
#include "api/selfserviceresults.h"
#include "domain/announcement.h"
#include "rpc/rpcerror.h"

#include <QList>
#include <QObject>

namespace frontline::client {

class CiFinder;
class Session;

// The staff's side of announcements: every announcement, ended and withdrawn ones too, and
// publishing or withdrawing one, and the CIs found for an outage announcement to the users of
// the affected services, with a preview of whom such an announcement reaches. (The applet's
// current ones are the AnnouncementBoard's.)
class AnnouncementDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncementDesk)

public:
    explicit AnnouncementDesk(Session& session, QObject* parent = nullptr);

    const QList<Announcement>& items() const { return m_items; }
    // Looks CIs up for the audience affected.
    CiFinder& ciFinder() const { return *m_finder; }

    void reload();
    void publish(const api::AnnouncementPublishParams& params);
    void withdraw(qint64 id);
    // What an announcement for the users of these CIs' services would reach
    // (announcement.reach): reachPreviewed with the answer to the latest question only. No
    // CIs: nothing is asked, and an answer still on its way is dropped.
    void previewReach(const QList<qint64>& cis);

Q_SIGNALS:
    void loaded();
    void published(const frontline::Announcement& announcement);
    void withdrawn(qint64 id);
    void failed(const frontline::rpc::RpcError& error);
    void reachPreviewed(const frontline::api::AnnouncementReach& reach);
    void reachFailed(const QString& message);

private:
    Session& m_session;
    CiFinder* m_finder;
    QList<Announcement> m_items;
    quint64 m_reachQuestion = 0;
};

} // namespace frontline::client
