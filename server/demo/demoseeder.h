#pragma once

#include "auth/principal.h"
#include "core/result.h"
#include "workflow/workflowconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace frontline::server {

class PasswordHasher;
class SqlSession;
struct WorkflowConfig;

// Realistic demo data for an empty database: L1/L2/L3 groups with escalation chains,
// categories routed to them, agents, managers and a few hundred requesters, and tickets over
// the last six months whose event logs tell coherent stories (assignment, first response,
// questions to the requester, escalation, resolution, confirmation). Deterministic: the same
// count gives the same data.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    DemoSeeder(SqlSession& session, const PasswordHasher& hasher, const WorkflowConfig& workflow);

    // Seeds when the database has no tickets yet. Returns notices for the operator (the demo
    // accounts and their password), none when nothing was done.
    Result<QStringList, QString> seedIfEmpty(int ticketCount, const QString& password);

private:
    struct Staff
    {
        qint64 id;
        QString username;
        QString name;
    };
    struct GroupInfo
    {
        qint64 id;
        QString name;
        int tier;
        qint64 escalationGroup; // 0: none
        QList<Staff> members;
    };
    struct CategoryInfo
    {
        qint64 id;
        QString name;
        int groupIndex;
        int weight;
    };
    struct RequesterInfo
    {
        qint64 id;
        QString username;
        QString name;
    };

    void seedDirectory(const QByteArray& passwordHash, qint64 now);
    // Office hours, SLA policies, routing and a few automation rules a desk starts with.
    void seedAutomation(qint64 now);
    void seedTicket(qint64 createdAt, qint64 now);
    Principal principal(qint64 id, const QString& username, const QString& name, Role role) const;
    int pick(int count);
    bool chance(double probability);
    qint64 minutes(double low, double high);

    SqlSession& m_session;
    const PasswordHasher& m_hasher;
    WorkflowConfig m_workflow; // with the demo's own policies and rules once seeded
    std::mt19937_64 m_random {7415};
    QList<GroupInfo> m_groups;
    QList<CategoryInfo> m_categories;
    QList<RequesterInfo> m_requesters;
    QList<Staff> m_managers;
};

} // namespace frontline::server
