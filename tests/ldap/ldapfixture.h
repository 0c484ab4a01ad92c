#pragma once

#include "ldapserver.h"

#include <gtest/gtest.h>
#include <memory>

namespace frontline::test {

// One slapd for a whole suite (it takes a second or two to make its certificates and data);
// a suite that changes the directory starts its own. Skips when slapd is not installed.
class LdapSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_why.clear();
        s_server = LdapServer::start(&s_why, &s_isError);
    }
    static void TearDownTestSuite() { s_server.reset(); }

    void SetUp() override
    {
        if (!s_server && s_isError)
            FAIL() << s_why.toStdString();
        if (!s_server)
            GTEST_SKIP() << s_why.toStdString();
    }

    LdapServer& ldap() { return *s_server; }

    static inline std::unique_ptr<LdapServer> s_server;
    static inline QString s_why;
    static inline bool s_isError = false;
};

} // namespace frontline::test
