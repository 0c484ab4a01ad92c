#include "logging.h"

Q_LOGGING_CATEGORY(lcSharedRpc, "frontline.shared.rpc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSharedClient, "frontline.shared.client", QtInfoMsg)
