#include "benchseeder.h"

#include "auth/passwordhasher.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QDateTime>
#include <QTextStream>

#include <random>

using namespace Qt::StringLiterals;
using namespace frontline::server;

namespace frontline::bench {

QString BenchSeeder::seed(const DatabaseConfig& database, qint64 count, const QString& password,
                          const std::function<void(qint64, Ticket&)>& text, TicketHistory* history)
{
    auto opened = SqlSession::open(database, u"bench-seeder"_s);
    if (!opened)
        return opened.error();
    SqlSession& session = **opened;
    if (auto migrated = migrate(session); !migrated)
        return migrated.error();
    {
        Statement existing = session.prepare(u"SELECT COUNT(*) FROM tickets"_s);
        existing.exec();
        if (existing.next() && existing.int64(0) >= count)
            return {};
        if (existing.int64(0) > 0)
            return u"the database holds some tickets but fewer than asked; use a new one"_s;
    }
    PasswordHasher::initialize();
    const QByteArray hash = PasswordHasher(PasswordHasher::Cost::Interactive).hash(password);
    const WorkflowConfig& workflow = WorkflowConfig::defaults();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 730LL * 24 * 3600 * 1000;
    std::mt19937_64 random(1);
    QTextStream out(stdout);

    try {
        session.begin();
        UserRepository users(session);
        GroupRepository groups(session);
        Population people;
        people.admin = users.insert(u"admin"_s, u"Administrator"_s, u"admin@example.com"_s,
                                    Role::Admin, hash, start);
        QList<qint64> groupIds;
        QList<QList<qint64>> members;
        QList<QStringList> memberNames;
        const QStringList names {u"Service Desk"_s, u"Desktop Support"_s, u"Network"_s,
                                 u"Applications"_s, u"Infrastructure"_s,  u"Security"_s};
        for (int g = 0; g < names.size(); ++g) {
            Group group;
            group.name = names.at(g);
            group.tier = std::min(3, 1 + g / 2);
            groupIds.append(groups.insert(group, start));
            members.append(QList<qint64>());
            memberNames.append(QStringList());
            for (int a = 0; a < 5; ++a) {
                const QString name =
                    (g == 0 && a == 0) ? u"agent"_s : u"agent%1.%2"_s.arg(g).arg(a);
                const qint64 id =
                    users.insert(name, name, name + u"@example.com"_s, Role::Agent, hash, start);
                groups.addMember(groupIds.last(), id);
                members.last().append(id);
                memberNames.last().append(name);
            }
        }
        groups.addMember(groupIds.at(2), members.at(0).at(0)); // "agent" also covers Network
        QList<qint64> requesters;
        for (int r = 0; r < 500; ++r)
            requesters.append(users.insert(u"user%1"_s.arg(r), u"User %1"_s.arg(r),
                                           u"user%1@example.com"_s.arg(r), Role::Requester, hash,
                                           start));
        people.groups = groupIds;
        people.groupNames = names;
        for (int g = 0; g < names.size(); ++g)
            people.groupTiers.append(std::min(3, 1 + g / 2));
        people.members = members;
        people.memberNames = memberNames;
        people.requesters = requesters;
        if (history)
            history->prepare(session, people);
        session.commit();

        TicketRepository tickets(session);
        EventRepository events(session);
        const int groupWeights[] = {40, 20, 15, 12, 8, 5};
        std::discrete_distribution<int> pickGroup(std::begin(groupWeights), std::end(groupWeights));
        std::discrete_distribution<int> pickLevel({25, 50, 25});
        const QStringList openStates {u"new"_s, u"assigned"_s, u"in_progress"_s, u"pending"_s};
        for (qint64 i = 0; i < count; ++i) {
            if (i % 50000 == 0) {
                if (i > 0) {
                    session.commit();
                    out << "  seeded " << i << " tickets" << Qt::endl;
                }
                session.begin();
            }
            TicketRecord record;
            Ticket& t = record.ticket;
            t.createdAt = start + (now - start) * i / count;
            const double age = double(now - t.createdAt) / (now - start);
            const bool open =
                std::uniform_real_distribution<double>(0, 1)(random) < (age < 0.02 ? 0.6 : 0.05);
            t.title = u"Bench ticket %1"_s.arg(i);
            t.description = u"Generated for the benchmark."_s;
            if (text)
                text(i, t);
            t.impact = static_cast<Level>(1 + pickLevel(random));
            t.urgency = static_cast<Level>(1 + pickLevel(random));
            t.priority = workflow.priorityMatrix.priority(t.impact, t.urgency);
            const int g = pickGroup(random);
            t.group = GroupRef {groupIds.at(g), names.at(g), 1};
            t.requester =
                UserRef {requesters.at(static_cast<int>(random() % requesters.size())), {}, {}};
            if (!open || random() % 10 < 7)
                t.assignee = UserRef {members.at(g).at(static_cast<int>(random() % 5)), {}, {}};
            t.open = open;
            t.status = open
                ? (t.assignee ? openStates.at(1 + static_cast<int>(random() % 3)) : u"new"_s)
                : u"closed"_s;
            t.updatedAt = t.createdAt + static_cast<qint64>(random() % (3LL * 24 * 3600 * 1000));
            if (!open) {
                t.resolvedAt = t.updatedAt - 3600 * 1000;
                t.closedAt = t.updatedAt;
                t.resolution = u"Done."_s;
            }
            const auto& target = workflow.slaTargets.forPriority(t.priority);
            t.sla.responseDue = t.createdAt + target.responseMinutes * 60000;
            t.sla.resolveDue = t.createdAt + target.resolveMinutes * 60000;
            if (history)
                history->shape(i, record);
            const qint64 id = tickets.insert(record);
            events.appendCreated(id, t.requester.id, t.createdAt);
            if (history)
                history->write(id, record, session);
        }
        if (history)
            history->finish(session);
        session.commit();
    } catch (const DbException& e) {
        session.rollback();
        return e.describe();
    }
    return {};
}

} // namespace frontline::bench
