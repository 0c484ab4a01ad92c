#pragma once

#include "api/ticketapi.h"
#include "api/workflowapi.h"
#include "core/result.h"
#include "services/outcome.h"

#include <memory>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// The stored workflow configuration: loaded at start, replaced by config.set after validation.
class ConfigService
{
public:
    ConfigService(SqlSession& session, qint64 now);

    // The configuration in the database, with the built-in default for any key never set.
    Result<WorkflowConfig, QString> load();
    // workflow.get and config.get: what the configuration in force says.
    static api::WorkflowSnapshot snapshot(const WorkflowConfig& config);
    static api::ConfigValue value(const WorkflowConfig& config, const QString& key);
    ServiceResult set(const WorkflowConfig& current, const api::ConfigSetParams& params,
                      qint64 userId);

private:
    SqlSession& m_session;
    qint64 m_now;
};

} // namespace frontline::server
