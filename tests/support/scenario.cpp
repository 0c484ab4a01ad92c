#include "scenario.h"

namespace frontline::test {

std::string Expected::describe() const
{
    if (!code)
        return "a result";
    std::string text = "error " + std::to_string(static_cast<int>(*code));
    if (field)
        text += std::string(" naming \"") + field + '"';
    return text;
}

::testing::AssertionResult answers(const Reply& reply, const Expected& expected)
{
    const bool codeMatches =
        expected.code ? reply.code() == static_cast<int>(*expected.code) : reply.ok();
    const bool fieldMatches =
        !expected.field || reply.field() == QString::fromLatin1(expected.field);
    if (codeMatches && fieldMatches)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
        << "expected " << expected.describe() << ", got " << reply.describe();
}

} // namespace frontline::test
