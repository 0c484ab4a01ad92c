#pragma once

#include "client/core/admin/admincontroller.h"

namespace frontline::client {

// "Forgot password?" in the login dialogs: asks the server to mail a code (the answer is the
// same whoever exists), then sets a new password with the code. Works without a session: the
// connection is opened for it. A refusal names the field ("login", "code", "password").
class PasswordReset final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordReset)

public:
    explicit PasswordReset(Session& session, QObject* parent = nullptr);

    void request(const QString& login); // requested()
    void confirm(const QString& login, const QString& code, const QString& password); // done()

Q_SIGNALS:
    void requested();
    void done();
};

} // namespace frontline::client
