#include "totp.h"

#include <QUrl>

#include <cstdlib>
#include <liboath/oath.h>
#include <mutex>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

void initOath()
{
    static std::once_flag once;
    std::call_once(once, [] { oath_init(); });
}

} // namespace

QByteArray Totp::generateSecret()
{
    QByteArray secret(20, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return secret;
}

QString Totp::base32(const QByteArray& secret)
{
    initOath();
    char* out = nullptr;
    size_t length = 0;
    if (oath_base32_encode(secret.constData(), static_cast<size_t>(secret.size()), &out, &length)
        != OATH_OK)
        return QString();
    QString text = QString::fromLatin1(out, static_cast<qsizetype>(length));
    std::free(out);
    while (text.endsWith(u'='))
        text.chop(1);
    return text;
}

QByteArray Totp::fromBase32(const QString& text)
{
    initOath();
    const QByteArray in = text.toLatin1();
    char* out = nullptr;
    size_t length = 0;
    if (oath_base32_decode(in.constData(), static_cast<size_t>(in.size()), &out, &length)
        != OATH_OK)
        return QByteArray();
    QByteArray secret(out, static_cast<qsizetype>(length));
    std::free(out);
    return secret;
}

QString Totp::uri(const QString& username, const QByteArray& secret)
{
    const QString label =
        QString::fromLatin1(QUrl::toPercentEncoding(u"Frontline:"_s + username, ":@"));
    return u"otpauth://totp/"_s + label + u"?secret="_s + base32(secret) + u"&issuer=Frontline"_s;
}

QString Totp::generate(const QByteArray& secret, qint64 unixSeconds, int digits)
{
    initOath();
    char out[16] = {};
    if (oath_totp_generate(secret.constData(), static_cast<size_t>(secret.size()),
                           static_cast<time_t>(unixSeconds), StepSeconds,
                           OATH_TOTP_DEFAULT_START_TIME, static_cast<unsigned>(digits), out)
        != OATH_OK)
        return QString();
    return QString::fromLatin1(out);
}

Totp::Check Totp::check(const QByteArray& secret, const QString& code, qint64 nowMs,
                        qint64 lastStep, int digits)
{
    initOath();
    Check result;
    QString otp = code;
    otp.remove(u' ');
    if (otp.size() != digits || secret.isEmpty())
        return result;
    for (QChar c : std::as_const(otp)) {
        if (!c.isDigit() || c.unicode() > 127)
            return result;
    }
    int position = 0;
    uint64_t counter = 0;
    const QByteArray latin = otp.toLatin1();
    const int found = oath_totp_validate3(
        secret.constData(), static_cast<size_t>(secret.size()), static_cast<time_t>(nowMs / 1000),
        StepSeconds, OATH_TOTP_DEFAULT_START_TIME, Window, &position, &counter, latin.constData());
    if (found < 0)
        return result;
    const auto step = static_cast<qint64>(counter);
    if (step <= lastStep) {
        result.verdict = Check::Verdict::Replayed;
        return result;
    }
    result.verdict = Check::Verdict::Accepted;
    result.step = step;
    return result;
}

} // namespace frontline::server
