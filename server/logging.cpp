#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "frontline.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "frontline.server.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRpc, "frontline.server.rpc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "frontline.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "frontline.server.workflow", QtInfoMsg)
