#include "demoseeder.h"

#include "app/bootstrap.h"
#include "auth/passwordhasher.h"
#include "auth/principal.h"
#include "core/timeutil.h"
#include "demo/demoarticles.h"
#include "demo/demochanges.h"
#include "demo/democmdb.h"
#include "demo/demotexts.h"
#include "logging.h"
#include "services/ticketactions.h"
#include "services/ticketcommands.h"
#include "storage/automationrepository.h"
#include "storage/grouprepository.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr int DemoDays = 180;

// A demo step that the engine refuses is a bug in the seeder: stop loudly.
QJsonObject expect(const ServiceResult& result, const char* step)
{
    if (!result)
        throw std::runtime_error(std::string(step) + ": " + result.error().message.toStdString()
                                 + " " + result.error().reason().toStdString());
    return result->result.toValue().toObject();
}

} // namespace

DemoSeeder::DemoSeeder(SqlSession& session, const PasswordHasher& hasher,
                       const WorkflowConfig& workflow)
    : m_session(session)
    , m_hasher(hasher)
    , m_workflow(workflow)
{ }

int DemoSeeder::pick(int count)
{
    return static_cast<int>(std::uniform_int_distribution<int>(0, count - 1)(m_random));
}

bool DemoSeeder::chance(double probability)
{
    return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
}

qint64 DemoSeeder::minutes(double low, double high)
{
    // Log-uniform: most waits are short, a few are long, as in real queues.
    const double value =
        std::exp(std::uniform_real_distribution<double>(std::log(low), std::log(high))(m_random));
    return static_cast<qint64>(value * timeutil::MinuteMs);
}

void DemoSeeder::seedDirectory(const QByteArray& hash, qint64 now)
{
    UserRepository users(m_session);
    GroupRepository groups(m_session);
    CategoryRepository categories(m_session);

    struct GroupSpec
    {
        QString name;
        int tier;
        int escalatesTo; // index, -1 none
        QString description;
        QStringList members;
    };
    const QList<GroupSpec> groupSpecs {
        {u"Service Desk"_s,
         1,
         1,
         u"First line: every call and ticket starts here."_s,
         {u"agent"_s, u"lena.vogel"_s, u"samir.okafor"_s, u"julia.petit"_s}},
        {u"Desktop Support"_s,
         2,
         4,
         u"Laptops, peripherals, client software."_s,
         {u"felix.bauer"_s, u"ines.costa"_s, u"kenji.tanaka"_s}},
        {u"Network Operations"_s,
         2,
         4,
         u"LAN, Wi-Fi, VPN and firewalls."_s,
         {u"oscar.jansen"_s, u"marta.nowak"_s}},
        {u"Applications"_s,
         2,
         4,
         u"Business applications and licences."_s,
         {u"david.keller"_s, u"yara.demir"_s}},
        {u"Infrastructure"_s,
         3,
         -1,
         u"Servers, storage, databases; vendor escalations."_s,
         {u"georg.weber"_s, u"wei.fontaine"_s}},
        {u"Security"_s,
         3,
         -1,
         u"Incidents, phishing, lost devices, access reviews."_s,
         {u"hanna.graf"_s, u"carlos.rossi"_s}},
    };
    QHash<QString, Staff> staffByName;
    auto addStaff = [&](const QString& username, const QString& name, Role role) {
        const qint64 id =
            users.insert(username, name, username + u"@example.com"_s, role, hash, now);
        staffByName.insert(username, Staff {id, username, name});
        return Staff {id, username, name};
    };
    for (const GroupSpec& spec : groupSpecs) {
        for (const QString& username : spec.members) {
            if (staffByName.contains(username))
                continue;
            QString name = username == u"agent"_s ? u"Alex Agent"_s : QString();
            if (name.isEmpty()) {
                QStringList parts = username.split(u'.');
                for (QString& part : parts)
                    part[0] = part[0].toUpper();
                name = parts.join(u' ');
            }
            addStaff(username, name, Role::Agent);
        }
    }
    m_managers.append(addStaff(u"manager"_s, u"Morgan Manager"_s, Role::Manager));
    m_managers.append(addStaff(u"rosa.lambert"_s, u"Rosa Lambert"_s, Role::Manager));

    for (const GroupSpec& spec : groupSpecs) {
        Group group;
        group.name = spec.name;
        group.tier = spec.tier;
        group.description = spec.description;
        GroupInfo info {groups.insert(group, now), spec.name, spec.tier, 0, {}};
        for (const QString& username : spec.members) {
            groups.addMember(info.id, staffByName.value(username).id);
            info.members.append(staffByName.value(username));
        }
        m_groups.append(info);
    }
    for (int i = 0; i < groupSpecs.size(); ++i) {
        if (groupSpecs.at(i).escalatesTo < 0)
            continue;
        auto group = *groups.find(m_groups.at(i).id);
        group.escalationGroupId = m_groups.at(groupSpecs.at(i).escalatesTo).id;
        m_groups[i].escalationGroup = *group.escalationGroupId;
        groups.update(group, now);
    }
    for (const GroupInfo& group : std::as_const(m_groups)) // managers oversee every queue
        for (const Staff& manager : std::as_const(m_managers))
            groups.addMember(group.id, manager.id);

    const QList<std::tuple<QString, QString, int, int>> categorySpecs {
        {u"Hardware"_s, u"Laptops, screens, docks, peripherals"_s, 1, 20},
        {u"Software"_s, u"Installing, licensing and fixing applications"_s, 3, 18},
        {u"Network"_s, u"VPN, Wi-Fi, cabling, firewall rules"_s, 2, 14},
        {u"Access & Accounts"_s, u"Passwords, permissions, new starters"_s, 0, 20},
        {u"Email"_s, u"Mailboxes, calendars, spam"_s, 0, 12},
        {u"Printing"_s, u"Printers and scanners"_s, 1, 7},
        {u"Security"_s, u"Phishing, lost devices, suspicious activity"_s, 5, 4},
        {u"Server"_s, u"File servers, intranet, databases"_s, 4, 5},
    };
    for (const auto& [name, description, groupIndex, weight] : categorySpecs) {
        Category category;
        category.name = name;
        category.description = description;
        category.defaultGroup = GroupRef {m_groups.at(groupIndex).id, m_groups.at(groupIndex).name,
                                          m_groups.at(groupIndex).tier};
        m_categories.append({categories.insert(category, now), name, groupIndex, weight});
    }

    const qint64 requester = users.insert(u"requester"_s, u"Robin Requester"_s,
                                          u"requester@example.com"_s, Role::Requester, hash, now);
    m_requesters.append({requester, u"requester"_s, u"Robin Requester"_s});
    const QStringList& first = demo::firstNames();
    const QStringList& last = demo::lastNames();
    for (int i = 0; i < 240; ++i) {
        const QString name =
            first.at(i % first.size()) + u' ' + last.at((i * 7 + i / first.size()) % last.size());
        QString username = name.toLower().replace(u' ', u'.');
        username =
            QString::fromLatin1(username.normalized(QString::NormalizationForm_KD).toLatin1())
                .remove(u'?');
        if (i >= first.size() * 2)
            username += QString::number(i);
        if (users.credentials(username))
            continue;
        const qint64 id =
            users.insert(username, name, username + u"@example.com"_s, Role::Requester, hash, now);
        m_requesters.append({id, username, name});
    }
}

void DemoSeeder::seedTicket(qint64 createdAt, qint64 now)
{
    const QList<demo::Scenario>& all = demo::scenarios();
    // Categories by weight, then one of the category's scenarios.
    int total = 0;
    for (const CategoryInfo& category : std::as_const(m_categories))
        total += category.weight;
    int roll = pick(total);
    const CategoryInfo* category = &m_categories.constFirst();
    for (const CategoryInfo& candidate : std::as_const(m_categories)) {
        if (roll < candidate.weight) {
            category = &candidate;
            break;
        }
        roll -= candidate.weight;
    }
    QList<const demo::Scenario*> matching;
    for (const demo::Scenario& scenario : all)
        if (scenario.category == category->name)
            matching.append(&scenario);
    const demo::Scenario& story = *matching.at(pick(static_cast<int>(matching.size())));
    const RequesterInfo& requester = m_requesters.at(pick(static_cast<int>(m_requesters.size())));
    const GroupInfo* group = &m_groups.at(category->groupIndex);

    const Principal asRequester =
        principal(requester.id, requester.username, requester.name, Role::Requester);
    const Principal asManager = principal(m_managers.at(0).id, m_managers.at(0).username,
                                          m_managers.at(0).name, Role::Manager);
    const Staff* agent = &group->members.at(pick(static_cast<int>(group->members.size())));
    Principal asAgent = principal(agent->id, agent->username, agent->name, Role::Agent);

    static const QStringList levels {u"high"_s,   u"medium"_s, u"medium"_s,
                                     u"medium"_s, u"low"_s,    u"low"_s};
    api::TicketCreateParams create;
    create.type = static_cast<TicketType>(story.type);
    create.title = story.title;
    create.description = story.description + u"\n\n"_s
        + tr("Department: %1")
              .arg(demo::departments().at(pick(static_cast<int>(demo::departments().size()))));
    create.category = category->name;
    create.impact = *levelFromString(levels.at(pick(6)));
    create.urgency = *levelFromString(levels.at(pick(6)));
    qint64 t = createdAt;
    const QJsonObject ticket =
        expect(TicketCommands(m_session, m_workflow, asRequester, t).create(create), "create");
    const qint64 id = ticket.value("id"_L1).toInteger();
    int version = ticket.value("version"_L1).toInt();
    const int priority = ticket.value("priority"_L1).toInt();
    const double pace = 1 << (priority - 1); // P1 moves fast, P5 takes weeks

    // Advances the clock; false when the story would run past today (the ticket stays open).
    auto wait = [&](double low, double high) {
        t += minutes(low * pace, high * pace);
        return t < now;
    };
    auto as = [&](const Principal& who) { return TicketCommands(m_session, m_workflow, who, t); };
    auto move = [&](const Principal& who, const QString& status, const QString& note = {}) {
        api::TicketTransitionParams params;
        params.id = id;
        params.status = status;
        params.note = note;
        const ServiceResult result = as(who).transition(params);
        if (!result)
            qCWarning(lcServer) << "demo transition to" << status << "by" << toString(who.role)
                                << "failed:" << result.error().toJson();
        version = expect(result, "transition").value("version"_L1).toInt();
    };
    auto say = [&](const Principal& who, const QString& body, bool internal) {
        api::TicketCommentParams params;
        params.id = id;
        params.body = body;
        params.internal = internal;
        expect(as(who).comment(params), "comment");
    };
    auto assign = [&](const Principal& who, const Staff& to, std::optional<qint64> toGroup) {
        api::TicketUpdateParams params;
        params.id = id;
        params.version = version;
        params.assignee = api::Nullable<qint64>::of(to.id);
        if (toGroup)
            params.group = api::Nullable<qint64>::of(*toGroup);
        version = expect(as(who).update(params), "assign").value("version"_L1).toInt();
    };

    if (!wait(3, 60))
        return;
    assign(asAgent, *agent, std::nullopt);
    const TicketType type = create.type;
    const QString working = type == TicketType::Problem ? u"investigating"_s
        : type == TicketType::Change                    ? u"assessment"_s
                                                        : u"in_progress"_s;
    const bool userFacing = type == TicketType::Incident || type == TicketType::ServiceRequest;
    if (userFacing && chance(0.04)) { // the requester withdraws it
        if (wait(10, 120))
            move(asRequester, u"cancelled"_s, tr("Never mind, it works again after a restart."));
        return;
    }
    if (type == TicketType::ServiceRequest && chance(0.4)) {
        move(asAgent, u"awaiting_approval"_s);
        if (!wait(30, 600))
            return;
        move(asManager, u"approved"_s);
    }
    if (!wait(2, 45))
        return;
    if (type == TicketType::Change) {
        move(asAgent, working);
        if (!wait(60, 600))
            return;
        move(asAgent, u"awaiting_approval"_s, story.question);
        if (!wait(60, 1440))
            return;
        move(asManager, u"approved"_s);
        if (!wait(60, 2880))
            return;
        move(asAgent, u"implementing"_s);
    } else {
        move(asAgent, working);
        if (type != TicketType::Problem && chance(0.6)) {
            move(asAgent, u"pending"_s, story.question);
            if (!wait(10, 480))
                return;
            say(asRequester, story.answer, false);
            move(asAgent, working);
        } else {
            say(asAgent, story.question, false);
            if (!wait(10, 480))
                return;
            say(asRequester, story.answer, false);
        }
        if (!story.note.isEmpty() && chance(0.7))
            say(asAgent, story.note, true);
        // Functional escalation to the next tier, with an internal handover note.
        if (type == TicketType::Incident && group->escalationGroup && chance(0.15)) {
            if (!wait(30, 600))
                return;
            say(asAgent, tr("Escalating: first-line checks done, needs specialist analysis."),
                true);
            for (const GroupInfo& next : std::as_const(m_groups)) {
                if (next.id != group->escalationGroup)
                    continue;
                api::TicketEscalateParams escalation;
                escalation.id = id;
                escalation.group = next.id;
                version =
                    expect(TicketActions(m_session, m_workflow, asAgent, t).escalate(escalation),
                           "escalate")
                        .value("version"_L1)
                        .toInt();
                group = &next;
                agent = &next.members.at(pick(static_cast<int>(next.members.size())));
                assign(asManager, *agent, std::nullopt);
                asAgent = principal(agent->id, agent->username, agent->name, Role::Agent);
                break;
            }
        }
        if (type == TicketType::Problem) {
            if (!wait(600, 4320))
                return;
            move(asAgent, u"known_error"_s, story.note.isEmpty() ? story.question : story.note);
        }
    }
    if (!wait(30, 1440))
        return;
    move(asAgent, u"resolved"_s, story.resolution);
    if (type == TicketType::Incident && chance(0.06)) { // reopened, then solved for good
        if (!wait(60, 1440))
            return;
        move(asRequester, working, tr("Unfortunately it is happening again since this morning."));
        if (!wait(30, 720))
            return;
        move(asAgent, u"resolved"_s,
             tr("Found a second cause and fixed it as well. %1").arg(story.resolution));
    }
    if (!wait(60, 2880))
        return;
    const bool byRequester = userFacing && chance(0.55);
    move(byRequester ? asRequester : (type == TicketType::Change ? asManager : asAgent),
         u"closed"_s);
    // About half answer the satisfaction survey, mostly content.
    if (userFacing && chance(0.5)) {
        static const int scores[] = {5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 2, 2, 1};
        api::TicketRateParams rating;
        rating.id = id;
        rating.score = scores[pick(20)];
        expect(TicketActions(m_session, m_workflow, asRequester, t).rate(rating), "rate");
    }
}

Principal DemoSeeder::principal(qint64 id, const QString& username, const QString& name,
                                Role role) const
{
    Principal principal;
    principal.userId = id;
    principal.username = username;
    principal.displayName = name;
    principal.role = role;
    for (const GroupInfo& g : std::as_const(m_groups))
        for (const Staff& member : g.members)
            if (member.id == id)
                principal.groupIds.insert(g.id);
    return principal;
}

void DemoSeeder::seedAutomation(qint64 now)
{
    const auto json = [](const char* text) { return QJsonDocument::fromJson(text).object(); };
    AutomationRepository automation(m_session);
    const auto office = BusinessCalendar::fromJson(json(R"({"time_zone": "Europe/Berlin",
        "hours": {"mon": [["08:00", "18:00"]], "tue": [["08:00", "18:00"]],
                  "wed": [["08:00", "18:00"]], "thu": [["08:00", "18:00"]],
                  "fri": [["08:00", "17:00"]]},
        "holidays": ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-24",
                     "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01"]})"));
    const qint64 officeId =
        automation.insertCalendar({0, u"Office hours (Berlin)"_s, *office}, now);

    SlaPolicy critical;
    critical.name = u"Critical incidents, around the clock"_s;
    critical.type = TicketType::Incident;
    critical.priority = 1;
    critical.responseMinutes = 15;
    critical.resolveMinutes = 240;
    critical.escalateOnBreach = true;
    automation.insertPolicy(critical, now);
    SlaPolicy high;
    high.name = u"High priority, office hours"_s;
    high.priority = 2;
    high.calendarId = officeId;
    high.responseMinutes = 60;
    high.resolveMinutes = 480;
    automation.insertPolicy(high, now);
    SlaPolicy standard;
    standard.name = u"Standard, office hours"_s;
    standard.calendarId = officeId;
    standard.responseMinutes = 240;
    standard.resolveMinutes = 1800;
    automation.insertPolicy(standard, now);

    // Routing: the service desk hands out tickets in turn; every group has a manager.
    GroupRepository groups(m_session);
    for (const GroupInfo& info : std::as_const(m_groups)) {
        auto group = groups.find(info.id);
        group->assignment = info.tier == 1 ? u"round_robin"_s : u"manual"_s;
        group->managerId = m_managers.first().id;
        groups.update(*group, now);
    }

    const qint64 admin = UserRepository(m_session).automationUserId();
    for (const char* definition : {
             R"({"name": "Close tickets waiting on the requester for 7 days",
                 "trigger": {"event": "time", "anchor": "status_changed", "after_minutes": 10080},
                 "conditions": [{"field": "status", "op": "is", "value": "pending"}],
                 "actions": [{"type": "reply", "body": "We have not heard back from you for a week, so we are closing ticket #{{ticket.id}}. Reply to it or open a new one if you still need help."},
                             {"type": "set_status", "value": "closed"}]})",
             R"({"name": "Security reports go to the security group's manager",
                 "trigger": {"event": "created"},
                 "conditions": [{"field": "category", "op": "is", "value": "Security"}],
                 "actions": [{"type": "add_tag", "value": "security"},
                             {"type": "notify", "to": "group_manager", "message": "New security report #{{ticket.id}}: {{ticket.title}}"}]})",
             R"({"name": "Critical and nobody on it after 15 minutes",
                 "trigger": {"event": "time", "anchor": "created", "after_minutes": 15},
                 "conditions": [{"field": "priority", "op": "is", "value": 1},
                                {"field": "assignee", "op": "is_not_set"}],
                 "actions": [{"type": "notify", "to": "group", "message": "Critical ticket #{{ticket.id}} is still unassigned"},
                             {"type": "escalate", "kind": "hierarchical"}]})",
             R"({"name": "Tell the assignee when an SLA is about to break",
                 "trigger": {"event": "sla_warning"},
                 "actions": [{"type": "notify", "to": "assignee", "message": "Ticket #{{ticket.id}} \"{{ticket.title}}\" is at risk of breaching its SLA"}]})",
             R"({"name": "Acknowledge requests from requesters",
                 "enabled": false,
                 "trigger": {"event": "created"},
                 "conditions": [{"field": "actor_role", "op": "is", "value": "requester"}],
                 "actions": [{"type": "reply", "body": "Thank you, {{requester.name}}. We received your request #{{ticket.id}} and will answer soon."}]})"}) {
        auto rule = Rule::fromJson(json(definition));
        if (!rule)
            throw std::runtime_error(QString(u"demo rule invalid: "_s + rule.error().first + u": "_s
                                             + rule.error().second)
                                         .toStdString());
        automation.insertRule(*rule, admin, now);
    }
}

Result<QStringList, QString> DemoSeeder::seedIfEmpty(int ticketCount, const QString& givenPassword)
{
    {
        Statement any = m_session.prepare(u"SELECT COUNT(*) FROM tickets"_s);
        any.exec();
        if (any.next() && any.int64(0) > 0)
            return QStringList();
    }
    QString password = givenPassword;
    if (password.isEmpty())
        password = Bootstrap::generatePassword();
    else if (password.size() < 12)
        return tr("FRONTLINE_DEMO_PASSWORD must be at least 12 characters");
    const QByteArray hash = m_hasher.hash(password); // one hash shared by every demo account
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - DemoDays * timeutil::DayMs;
    qCInfo(lcServer) << "seeding demo data:" << ticketCount << "tickets";
    try {
        m_session.begin();
        seedDirectory(hash, start);
        seedAutomation(start);
        const Staff& agent = m_groups.at(0).members.at(0);
        const Staff& manager = m_managers.at(0);
        demo::seedArticles(m_session, principal(agent.id, agent.username, agent.name, Role::Agent),
                           principal(manager.id, manager.username, manager.name, Role::Manager),
                           start + 30 * timeutil::DayMs);
        QList<demo::DemoPerson> people;
        for (const RequesterInfo& requester : std::as_const(m_requesters))
            people.append({requester.id, requester.username});
        demo::seedCmdb(m_session,
                       principal(manager.id, manager.username, manager.name, Role::Manager), people,
                       start + 20 * timeutil::DayMs);
        demo::seedChanges(
            m_session, m_workflow, principal(agent.id, agent.username, agent.name, Role::Agent),
            principal(manager.id, manager.username, manager.name, Role::Manager), now);
        m_session.commit();
        AutomationRepository(m_session).loadInto(m_workflow);
        // Spread over the period, busier in recent weeks; most weekend calls are really
        // Friday's. Sorted, so that ticket ids follow creation time as they do live.
        std::vector<qint64> times;
        times.reserve(static_cast<size_t>(ticketCount));
        for (int i = 0; i < ticketCount; ++i) {
            const double position =
                std::sqrt(std::uniform_real_distribution<double>(0, 1)(m_random));
            qint64 createdAt =
                start + static_cast<qint64>(position * (now - start - 30 * timeutil::MinuteMs));
            const int weekday =
                QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC).date().dayOfWeek();
            if (weekday >= 6 && chance(0.7))
                createdAt -= (weekday - 5) * timeutil::DayMs;
            times.push_back(createdAt);
        }
        std::sort(times.begin(), times.end());
        constexpr int PerTransaction = 2000;
        for (int i = 0; i < ticketCount; ++i) {
            if (i % PerTransaction == 0)
                m_session.begin();
            seedTicket(times[static_cast<size_t>(i)], now);
            if (i % PerTransaction == PerTransaction - 1 || i == ticketCount - 1)
                m_session.commit();
        }
    } catch (const DbException& e) {
        m_session.rollback();
        return tr("demo data could not be written: %1").arg(e.describe());
    } catch (const std::runtime_error& e) {
        m_session.rollback();
        return tr("demo data generation failed: %1").arg(QString::fromStdString(e.what()));
    }
    return QStringList {tr("Demo data: %1 tickets. Log in as \"agent\" (L1 agent), \"manager\" or "
                           "\"requester\" with the password %2")
                            .arg(ticketCount)
                            .arg(password)};
}

} // namespace frontline::server
