#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSharedRpc) // frontline.shared.rpc
Q_DECLARE_LOGGING_CATEGORY(lcSharedClient) // frontline.shared.client
