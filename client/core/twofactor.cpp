#include "twofactor.h"

#include "api/methods.h"
#include "api/paramreader.h"
#include "client/core/qrcode.h"
#include "client/core/session.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

TwoFactor::TwoFactor(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

QString TwoFactor::secretText() const
{
    QString grouped;
    for (qsizetype i = 0; i < m_enrolment.secret.size(); i += 4) {
        if (i > 0)
            grouped += u' ';
        grouped += m_enrolment.secret.mid(i, 4);
    }
    return grouped;
}

void TwoFactor::clearRecoveryCodes()
{
    m_recoveryCodes.clear();
}

void TwoFactor::setStatus(const api::TotpStatus& status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

void TwoFactor::refresh()
{
    send(api::method::AuthTotpStatus, QJsonObject(),
         [this](const QJsonValue& result) { setStatus(api::TotpStatus::fromJson(result)); });
}

void TwoFactor::begin()
{
    send(api::method::AuthTotpBegin, QJsonObject(), [this](const QJsonValue& result) {
        m_enrolment = api::TotpEnrolment::fromJson(result);
        m_qrCode = QrCode::image(m_enrolment.uri);
        m_status.pending = true;
        Q_EMIT enrolmentStarted();
    });
}

void TwoFactor::confirm(const QString& code)
{
    const api::TotpCodeParams params {code.trimmed()};
    if (!accepts(params))
        return;
    send(api::method::AuthTotpConfirm, params.toJson(), [this](const QJsonValue& result) {
        m_recoveryCodes = api::RecoveryCodes::fromJson(result).codes;
        m_enrolment = {};
        m_qrCode = QImage();
        m_session.secondFactorEnrolled();
        api::TotpStatus status = m_status;
        status.enabled = true;
        status.pending = false;
        status.recoveryCodesLeft = int(m_recoveryCodes.size());
        setStatus(status);
        Q_EMIT recoveryCodesReady();
    });
}

void TwoFactor::disable(const QString& password, const QString& code)
{
    const api::TotpDisableParams params {password, code.trimmed()};
    if (!accepts(params))
        return;
    send(api::method::AuthTotpDisable, params.toJson(),
         [this](const QJsonValue& result) { setStatus(api::TotpStatus::fromJson(result)); });
}

void TwoFactor::regenerate(const QString& code)
{
    const api::TotpCodeParams params {code.trimmed()};
    if (!accepts(params))
        return;
    send(api::method::AuthRecoveryRegenerate, params.toJson(), [this](const QJsonValue& result) {
        m_recoveryCodes = api::RecoveryCodes::fromJson(result).codes;
        api::TotpStatus status = m_status;
        status.recoveryCodesLeft = int(m_recoveryCodes.size());
        setStatus(status);
        Q_EMIT recoveryCodesReady();
    });
}

} // namespace frontline::client
