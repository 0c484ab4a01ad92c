#pragma once

#include "printers.h"

#include <QString>

#include <gtest/gtest.h>
#include <ostream>

namespace frontline::test {

// The storage backends every storage and integration suite runs against.
enum class TestBackend { Sqlite, Postgres };

inline std::ostream& operator<<(std::ostream& out, TestBackend backend)
{
    return out << (backend == TestBackend::Sqlite ? "Sqlite" : "Postgres");
}

inline std::string backendName(const ::testing::TestParamInfo<TestBackend>& info)
{
    return info.param == TestBackend::Sqlite ? "Sqlite" : "Postgres";
}

// The admin URL of the throwaway PostgreSQL cluster (FRONTLINE_TEST_PG_URL); empty if none.
QString postgresAdminUrl();

// A database for one test: a temporary SQLite file, or a new PostgreSQL database dropped when
// this object goes away. spec() is what --db takes.
class TestDatabase
{
public:
    explicit TestDatabase(TestBackend backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool available() const { return !m_spec.isEmpty(); }
    QString unavailableReason() const { return m_reason; }
    const QString& spec() const { return m_spec; }
    TestBackend backend() const { return m_backend; }

private:
    TestBackend m_backend;
    QString m_spec;
    QString m_reason;
    QString m_folder;
    QString m_postgresName;
};

} // namespace frontline::test

// Skips a backend test only when its database is not there; CI always provides both.
#define FRONTLINE_REQUIRE_DATABASE(database)                                                       \
    do {                                                                                           \
        if (!(database).available())                                                               \
            GTEST_SKIP() << (database).unavailableReason().toStdString();                          \
    } while (false)
