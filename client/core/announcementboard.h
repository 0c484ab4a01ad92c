#pragma once

#include "domain/announcement.h"

#include <QAbstractListModel>
#include <QTimer>

namespace frontline::client {

class Session;

// The announcements for this user — current and upcoming, by start — kept live: a published
// one appears at once (and is announced with arrived()), a withdrawn or ended one goes.
class AnnouncementBoard final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncementBoard)

public:
    enum RoleName {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        BodyRole,
        WindowRole, // "Today 22:00 – 23:00", for people
        CurrentRole, // under way now
    };

    explicit AnnouncementBoard(Session& session, QObject* parent = nullptr);

    void refresh();
    const QList<Announcement>& items() const { return m_items; }
    // How the time window reads: "from 24.11.26 22:00 to 23:00", "until withdrawn".
    static QString window(const Announcement& a);
    static QString kindLabel(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    void arrived(const frontline::Announcement& announcement);
    void loaded();

private:
    void place(const Announcement& announcement);
    void remove(qint64 id);
    void dropEnded();

    Session& m_session;
    QList<Announcement> m_items;
    QTimer m_expiry;
};

} // namespace frontline::client
