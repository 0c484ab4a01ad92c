#include "passwordreset.h"

#include "api/methods.h"
#include "api/tokenapi.h"
#include "client/core/session.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

PasswordReset::PasswordReset(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

void PasswordReset::request(const QString& login)
{
    const api::ResetRequestParams params {login.trimmed()};
    if (!accepts(params))
        return;
    m_session.openConnection();
    send(api::method::AuthResetRequest, params.toJson(),
         [this](const QJsonValue&) { Q_EMIT requested(); });
}

void PasswordReset::confirm(const QString& login, const QString& code, const QString& password)
{
    const api::ResetConfirmParams params {login.trimmed(), code.trimmed(), password};
    if (!accepts(params))
        return;
    m_session.openConnection();
    send(api::method::AuthResetConfirm, params.toJson(),
         [this](const QJsonValue&) { Q_EMIT done(); });
}

} // namespace frontline::client
