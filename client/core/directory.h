#pragma once

#include "client/core/workflowinfo.h"
#include "domain/category.h"
#include "domain/group.h"
#include "domain/user.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace frontline::client {

class FieldCatalogue;
class Session;

struct CannedResponseInfo
{
    qint64 id = 0;
    QString title;
    QString body;
};

struct SavedViewInfo
{
    qint64 id = 0;
    QString name;
    QJsonObject filter;
    QString sort;
};

// What the client caches about the desk after login: the workflow, groups, categories, the
// staff one can assign to, canned responses, the user's saved views and the custom fields
// (FieldCatalogue, which loads itself). Refreshed on login, after reconnecting, and on demand;
// the parts an administrator changes elsewhere (config.changed) are read again as they change,
// several changes in a row once.
class Directory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Directory)

public:
    static constexpr int ConfigSettleMs = 200; // config.changed pushes read together

    explicit Directory(Session& session, QObject* parent = nullptr);

    void refresh();
    bool isLoaded() const { return m_loaded; }

    const WorkflowInfo& workflow() const { return m_workflow; }
    const QList<Group>& groups() const { return m_groups; }
    const QList<Category>& categories() const { return m_categories; }
    const QList<User>& staff() const { return m_staff; }
    const QList<CannedResponseInfo>& cannedResponses() const { return m_canned; }
    const QList<SavedViewInfo>& savedViews() const { return m_views; }
    // The custom fields this user may fill in (kept by the directory, loaded on their own).
    FieldCatalogue& fields() const { return *m_fields; }

    std::optional<Group> group(qint64 id) const;
    // The staff members of a group (for the assignee picker).
    QList<User> membersOf(qint64 groupId) const;

    void refreshViews();
    void refreshCanned();

Q_SIGNALS:
    void loaded();
    void viewsChanged();
    void cannedChanged();

private:
    void partDone();
    // Reads the named parts (api::configpart: workflow, categories, groups, staff); loaded()
    // once every part asked for so far has its answer.
    void load(const QStringList& parts);
    void fetchStaff(QStringList roles, const QString& cursor, quint64 generation,
                    QList<User> collected);
    bool isNewest(QLatin1StringView part, quint64 generation) const
    {
        return m_generation.value(QString(part)) == generation;
    }
    void configChanged();

    Session& m_session;
    FieldCatalogue* m_fields;
    WorkflowInfo m_workflow;
    QList<Group> m_groups;
    QList<Category> m_categories;
    QList<User> m_staff;
    QList<CannedResponseInfo> m_canned;
    QList<SavedViewInfo> m_views;
    int m_outstanding = 0;
    bool m_loaded = false;
    // Each part's reads are numbered: answers may come out of order (the server's reader pool),
    // and only the newest read of a part is kept.
    QHash<QString, quint64> m_generation;
    QSet<QString> m_changedParts; // pushed, to be read when m_configSettle fires
    QTimer m_configSettle;
};

} // namespace frontline::client
