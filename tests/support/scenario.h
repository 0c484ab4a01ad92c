#pragma once

#include "rpc/errorcodes.h"
#include "testclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace frontline::test {

// What a scenario row expects back: a result, or an error with its code and (when given) the
// field its data names.
struct Expected
{
    std::optional<rpc::ErrorCode> code; // none: a result
    const char* field = nullptr;

    static Expected ok() { return {}; }
    static Expected error(rpc::ErrorCode code, const char* field = nullptr)
    {
        return {code, field};
    }
    std::string describe() const;
};

// One row of a protocol scenario table: who sends which method with which params (built from
// the test's world: ids made in SetUp), and what comes back. Akonadi's handler tests are the
// model: the table is the specification, the loop that runs it is trivial.
template<typename World> struct Scenario
{
    const char* who;
    const char* method;
    std::function<QJsonObject(const World&)> params;
    Expected expected;

    std::string describe() const
    {
        return std::string(who) + " " + method + " -> " + expected.describe();
    }
};

// Whether `reply` is what `expected` says, with a message that shows both.
::testing::AssertionResult answers(const Reply& reply, const Expected& expected);

// Runs every row: `clientFor(who)` is the connection of that role. A failure names the row.
template<typename World, typename ClientFor>
void runScenarios(const QList<Scenario<World>>& table, const World& world, ClientFor clientFor)
{
    for (const Scenario<World>& row : table) {
        SCOPED_TRACE(row.describe());
        const Reply reply = clientFor(QString::fromLatin1(row.who))
                                .call(QString::fromLatin1(row.method), row.params(world));
        EXPECT_TRUE(answers(reply, row.expected));
    }
}

} // namespace frontline::test
