#pragma once

#include "api/totpapi.h"
#include "client/core/admin/admincontroller.h"

#include <QImage>
#include <QStringList>

namespace frontline::client {

// The controller of Settings -> Security (the agent client and the applet): whether the user
// signs in with a second factor, enrolment (a new secret as a QR code and as text, confirmed by
// a first code, then the recovery codes shown once), new recovery codes, and turning it off
// (password and a code). A refusal names the field (code, password) through refused().
class TwoFactor final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoFactor)

public:
    explicit TwoFactor(Session& session, QObject* parent = nullptr);

    const api::TotpStatus& status() const { return m_status; }
    // The secret of the enrolment in progress, grouped by four for typing it in, its URI and the
    // URI as a QR code; empty before begin().
    QString secretText() const;
    QString uri() const { return m_enrolment.uri; }
    QImage qrCode() const { return m_qrCode; }
    // The recovery codes just made (confirm, regenerate); shown once, forgotten with clear().
    const QStringList& recoveryCodes() const { return m_recoveryCodes; }
    QString recoveryCodesText() const { return m_recoveryCodes.join(u'\n'); }
    void clearRecoveryCodes();

    void refresh();
    void begin();
    void confirm(const QString& code);
    void disable(const QString& password, const QString& code);
    void regenerate(const QString& code);

Q_SIGNALS:
    void statusChanged();
    void enrolmentStarted(); // secretText(), uri(), qrCode() are set
    void recoveryCodesReady(); // recoveryCodes(): enrolment confirmed, or new codes

private:
    void setStatus(const api::TotpStatus& status);

    api::TotpStatus m_status;
    api::TotpEnrolment m_enrolment;
    QImage m_qrCode;
    QStringList m_recoveryCodes;
};

} // namespace frontline::client
