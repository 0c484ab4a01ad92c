#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/policy.h"
#include "auth/sessiontoken.h"
#include "printers.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;
using namespace Qt::StringLiterals;

TEST(PasswordHasher, HashesWithArgon2idAndVerifies)
{
    ASSERT_TRUE(PasswordHasher::initialize());
    const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    const QByteArray hash = hasher.hash(u"correct horse battery staple"_s);
    EXPECT_TRUE(hash.startsWith("$argon2id$"));
    EXPECT_TRUE(hasher.verify(hash, u"correct horse battery staple"_s));
    EXPECT_FALSE(hasher.verify(hash, u"correct horse battery stapl"_s));
    EXPECT_NE(hash, hasher.hash(u"correct horse battery staple"_s)) << "salted";
    EXPECT_TRUE(
        hasher.verify(hasher.hash(u"pässwörd ünïcode 🙂"_s), u"pässwörd ünïcode 🙂"_s));
    EXPECT_FALSE(hasher.verify(hasher.dummyHash(), QString()));
}

TEST(PasswordHasher, KnowsWhenAHashIsWeakerThanToday)
{
    const PasswordHasher minimal(PasswordHasher::Cost::Minimal);
    const PasswordHasher interactive(PasswordHasher::Cost::Interactive);
    const QByteArray weak = minimal.hash(u"password password"_s);
    EXPECT_TRUE(interactive.needsRehash(weak));
    EXPECT_FALSE(minimal.needsRehash(weak));
}

TEST(SessionToken, Has256RandomBitsAndIsStoredOnlyAsAHash)
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const SessionToken token = SessionToken::generate();
        EXPECT_EQ(
            QByteArray::fromBase64(token.token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
            32);
        EXPECT_EQ(token.tokenHash.size(), 64);
        EXPECT_NE(token.tokenHash, token.token);
        EXPECT_EQ(SessionToken::hashOf(token.token), token.tokenHash);
        EXPECT_FALSE(seen.contains(token.token));
        seen.insert(token.token);
    }
}

TEST(LoginThrottle, AllowsAtMostTheLimitPerAccountPerWindow)
{
    LoginThrottle throttle({.perAccount = 100, .perAddress = 100000, .windowMs = 3600000});
    qint64 now = 1'000'000;
    for (int i = 0; i < 100; ++i) {
        ASSERT_EQ(throttle.retryAfter(u"alice"_s, u"10.0.0.1"_s, now), 0) << i;
        throttle.recordFailure(u"alice"_s, u"10.0.0.1"_s, now);
        now += 1000;
    }
    const qint64 wait = throttle.retryAfter(u"alice"_s, u"10.0.0.9"_s, now);
    EXPECT_GT(wait, 0) << "the 101st guess within the hour is refused, from any address";
    EXPECT_EQ(throttle.retryAfter(u"bob"_s, u"10.0.0.1"_s, now), 0)
        << "other accounts are unaffected";
    EXPECT_EQ(throttle.retryAfter(u"alice"_s, u"10.0.0.1"_s, now + wait), 0) << "the window slides";
}

TEST(LoginThrottle, LimitsAnAddressAcrossAccounts)
{
    LoginThrottle throttle({.perAccount = 100, .perAddress = 10, .windowMs = 60000});
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(u"user"_s + QString::number(i), u"203.0.113.5"_s, 0);
    EXPECT_GT(throttle.retryAfter(u"someone"_s, u"203.0.113.5"_s, 1), 0);
    EXPECT_EQ(throttle.retryAfter(u"someone"_s, u"203.0.113.6"_s, 1), 0);
}

TEST(LoginThrottle, SuccessClearsTheAccount)
{
    LoginThrottle throttle({.perAccount = 3, .perAddress = 1000, .windowMs = 60000});
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(u"carol"_s, u"a"_s, 0);
    EXPECT_GT(throttle.retryAfter(u"carol"_s, u"a"_s, 1), 0);
    throttle.recordSuccess(u"carol"_s);
    EXPECT_EQ(throttle.retryAfter(u"carol"_s, u"a"_s, 1), 0);
}

TEST(LoginThrottle, AttemptsCountWhenAcceptedNotWhenChecked)
{
    LoginThrottle throttle({.perAccount = 3, .perAddress = 1000, .windowMs = 60000});
    // Three attempts in flight at once: the fourth is refused before any of them is checked.
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(throttle.reserve(u"dora"_s, u"a"_s, 10 + i), 0) << i;
    EXPECT_GT(throttle.reserve(u"dora"_s, u"a"_s, 20), 0);
    // One of them never reached the hash (a full queue): its place is free again.
    throttle.release(u"dora"_s, u"a"_s, 11);
    EXPECT_EQ(throttle.reserve(u"dora"_s, u"a"_s, 21), 0);
    EXPECT_GT(throttle.reserve(u"dora"_s, u"a"_s, 22), 0);
    // A right password clears the account.
    throttle.release(u"dora"_s, u"a"_s, 21);
    throttle.recordSuccess(u"dora"_s);
    EXPECT_EQ(throttle.reserve(u"dora"_s, u"a"_s, 23), 0);
}

TEST(LoginThrottle, ReservationsCountPerAddressToo)
{
    LoginThrottle throttle({.perAccount = 100, .perAddress = 2, .windowMs = 60000});
    EXPECT_EQ(throttle.reserve(u"a1"_s, u"203.0.113.7"_s, 1), 0);
    EXPECT_EQ(throttle.reserve(u"a2"_s, u"203.0.113.7"_s, 2), 0);
    EXPECT_GT(throttle.reserve(u"a3"_s, u"203.0.113.7"_s, 3), 0);
    EXPECT_EQ(throttle.reserve(u"a3"_s, u"203.0.113.8"_s, 3), 0) << "another address";
}

namespace {

Principal principal(Role role, qint64 id, QSet<qint64> groups = {})
{
    Principal p;
    p.userId = id;
    p.role = role;
    p.groupIds = std::move(groups);
    return p;
}

} // namespace

TEST(Policy, WhoSeesWhichTicket)
{
    const TicketAccess inGroup7 {
        .requesterId = 100, .assigneeId = std::nullopt, .groupId = 7, .orgId = std::nullopt};
    const TicketAccess assignedTo5 {
        .requesterId = 100, .assigneeId = 5, .groupId = 9, .orgId = std::nullopt};
    const TicketAccess unrouted {.requesterId = 100,
                                 .assigneeId = std::nullopt,
                                 .groupId = std::nullopt,
                                 .orgId = std::nullopt};

    EXPECT_TRUE(policy::canReadTicket(principal(Role::Requester, 100), inGroup7)) << "own ticket";
    EXPECT_FALSE(policy::canReadTicket(principal(Role::Requester, 101), inGroup7))
        << "someone else's";
    EXPECT_FALSE(policy::canReadTicket(principal(Role::Requester, 101), unrouted));

    EXPECT_TRUE(policy::canReadTicket(principal(Role::Agent, 5, {7}), inGroup7));
    EXPECT_FALSE(policy::canReadTicket(principal(Role::Agent, 6, {8}), inGroup7))
        << "another group's queue";
    EXPECT_TRUE(policy::canReadTicket(principal(Role::Agent, 5, {8}), assignedTo5))
        << "assigned to me";
    EXPECT_TRUE(policy::canReadTicket(principal(Role::Agent, 6, {8}), unrouted)) << "triage pool";

    EXPECT_TRUE(policy::canReadTicket(principal(Role::Manager, 50), assignedTo5));
    EXPECT_TRUE(policy::canReadTicket(principal(Role::Admin, 1), inGroup7));
    // An organisation viewer reads their organisation's tickets, never changes a colleague's,
    // and sees nothing of another organisation.
    const TicketAccess acme {
        .requesterId = 100, .assigneeId = std::nullopt, .groupId = 7, .orgId = 3};
    Principal viewer = principal(Role::Requester, 101);
    viewer.orgId = 3;
    EXPECT_FALSE(policy::canReadTicket(viewer, acme)) << "a member, not a viewer";
    viewer.orgViewer = true;
    EXPECT_TRUE(policy::canReadTicket(viewer, acme));
    EXPECT_FALSE(policy::canChangeTicket(viewer, acme));
    viewer.orgId = 4;
    EXPECT_FALSE(policy::canReadTicket(viewer, acme)) << "another organisation's";
    EXPECT_FALSE(policy::canReadTicket(viewer, unrouted)) << "a ticket of no organisation";
    EXPECT_TRUE(policy::canChangeTicket(principal(Role::Requester, 100), acme)) << "own ticket";
    EXPECT_TRUE(policy::canChangeTicket(principal(Role::Agent, 5, {7}), acme));
    EXPECT_FALSE(policy::canSeeInternal(principal(Role::Requester, 100)));
    EXPECT_TRUE(policy::canSeeInternal(principal(Role::Agent, 5)));
}

TEST(Policy, MethodAccessLevels)
{
    const Principal requester = principal(Role::Requester, 1);
    const Principal agent = principal(Role::Agent, 2);
    const Principal manager = principal(Role::Manager, 3);
    EXPECT_TRUE(policy::allows(nullptr, Access::Anyone));
    EXPECT_FALSE(policy::allows(nullptr, Access::Authenticated));
    EXPECT_TRUE(policy::allows(&requester, Access::Authenticated));
    EXPECT_FALSE(policy::allows(&requester, Access::Staff));
    EXPECT_TRUE(policy::allows(&agent, Access::Staff));
    EXPECT_FALSE(policy::allows(&agent, Access::Manager));
    EXPECT_TRUE(policy::allows(&manager, Access::Manager));
    EXPECT_FALSE(policy::allows(&manager, Access::Admin));
}

TEST(Policy, NoMassAssignment)
{
    const auto denied = policy::checkFields(
        {u"title"_s, u"assignee"_s}, policy::updatableTicketFields(principal(Role::Requester, 1)));
    ASSERT_TRUE(denied.has_value());
    EXPECT_EQ(denied->code, -32002);
    EXPECT_EQ(denied->field(), u"assignee"_s);
    EXPECT_FALSE(policy::checkFields({u"assignee"_s, u"priority"_s},
                                     policy::updatableTicketFields(principal(Role::Agent, 2)))
                     .has_value());
    EXPECT_TRUE(policy::checkFields({u"requester"_s},
                                    policy::creatableTicketFields(principal(Role::Requester, 1)))
                    .has_value());
}
