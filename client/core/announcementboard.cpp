#include "announcementboard.h"

#include "api/methods.h"
#include "api/selfserviceapi.h"
#include "api/selfserviceresults.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

AnnouncementBoard::AnnouncementBoard(Session& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&session, &Session::announcementPublished, this, [this](const Announcement& a) {
        place(a);
        Q_EMIT arrived(a);
    });
    connect(&session, &Session::announcementWithdrawn, this,
            [this](const Announcement& a) { remove(a.id); });
    connect(&session, &Session::loggedIn, this, &AnnouncementBoard::refresh);
    connect(&session, &Session::connectionRestored, this, &AnnouncementBoard::refresh);
    m_expiry.setInterval(60 * 1000);
    connect(&m_expiry, &QTimer::timeout, this, &AnnouncementBoard::dropEnded);
    m_expiry.start();
}

void AnnouncementBoard::refresh()
{
    m_session.rpc().call(QString(api::method::AnnouncementList),
                         api::AnnouncementListParams {}.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             beginResetModel();
                             m_items = api::AnnouncementList::fromJson(reply.result()).items;
                             endResetModel();
                             Q_EMIT loaded();
                         });
}

void AnnouncementBoard::place(const Announcement& announcement)
{
    remove(announcement.id);
    if (announcement.hasEnded(QDateTime::currentMSecsSinceEpoch()))
        return;
    int row = 0;
    while (row < m_items.size() && m_items[row].startsAt <= announcement.startsAt)
        ++row;
    beginInsertRows({}, row, row);
    m_items.insert(row, announcement);
    endInsertRows();
}

void AnnouncementBoard::remove(qint64 id)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == id) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

void AnnouncementBoard::dropEnded()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (m_items[row].hasEnded(now)) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
}

QString AnnouncementBoard::window(const Announcement& a)
{
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.startsAt);
    const QString from = locale.toString(start, QLocale::ShortFormat);
    if (!a.endsAt)
        return tr("from %1 until further notice").arg(from);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(*a.endsAt);
    const QString to = end.date() == start.date()
        ? locale.toString(end.time(), QLocale::ShortFormat)
        : locale.toString(end, QLocale::ShortFormat);
    return tr("from %1 to %2").arg(from, to);
}

QString AnnouncementBoard::kindLabel(const QString& kind)
{
    if (kind == u"maintenance"_s)
        return tr("Planned maintenance");
    if (kind == u"outage"_s)
        return tr("Outage");
    return tr("Information");
}

int AnnouncementBoard::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AnnouncementBoard::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Announcement& a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(kindLabel(a.kind) + u": "_s + a.title);
    case IdRole:
        return a.id;
    case KindRole:
        return a.kind;
    case TitleRole:
        return a.title;
    case BodyRole:
        return a.body;
    case WindowRole:
        return window(a);
    case CurrentRole:
        return a.isCurrent(QDateTime::currentMSecsSinceEpoch());
    default:
        return {};
    }
}

} // namespace frontline::client
