#pragma once

#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QString>

namespace frontline::client {

// What a user reads for an error: the server's codes and reasons turned into translated text.
// The server's own message is English for logs; the client says it in the user's language.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const rpc::RpcError& error);
    // A field's error for an inline message next to it ("must not be empty").
    static QString fieldProblem(const rpc::RpcError& error);
    // The label of a params field, for messages that name it.
    static QString fieldLabel(const QString& field);
};

} // namespace frontline::client
