#pragma once

#include <QLoggingCategory>

// One logging category per server module. Tokens and passwords are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcServer) // frontline.server
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // frontline.server.storage
Q_DECLARE_LOGGING_CATEGORY(lcRpc) // frontline.server.rpc
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // frontline.server.auth
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow) // frontline.server.workflow
