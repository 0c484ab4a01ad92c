#include "mail/automatedmail.h"

namespace frontline::server::mail {

AutomatedVerdict recogniseAutomated(const std::function<QString(const char*)>& header,
                                    const QString& contentType, const QString& fromAddress)
{
    const QString type = contentType.toLower();
    if (type.startsWith(QStringLiteral("multipart/report"))
        && (type.contains(QStringLiteral("delivery-status"))
            || type.contains(QStringLiteral("disposition-notification"))))
        return {Automated::Bounce, QStringLiteral("Content-Type: ") + contentType};
    const QString returnPath = header("Return-Path");
    if (!returnPath.isNull() && returnPath.trimmed() == QStringLiteral("<>"))
        return {Automated::Bounce, QStringLiteral("Return-Path: <>")};
    const QString local = fromAddress.section(u'@', 0, 0);
    if (local == QStringLiteral("mailer-daemon") || local == QStringLiteral("postmaster"))
        return {Automated::Bounce, QStringLiteral("From: ") + fromAddress};

    const QString submitted = header("Auto-Submitted").trimmed().toLower();
    if (!submitted.isEmpty() && !submitted.startsWith(QStringLiteral("no")))
        return {Automated::AutoReply, QStringLiteral("Auto-Submitted: ") + submitted};
    for (const char* name : {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
        const QString value = header(name);
        if (!value.isNull())
            return {Automated::AutoReply,
                    QLatin1String(name) + QStringLiteral(": ") + value.trimmed()};
    }
    const QString precedence = header("Precedence").trimmed().toLower();
    if (precedence == QStringLiteral("auto_reply"))
        return {Automated::AutoReply, QStringLiteral("Precedence: auto_reply")};
    if (precedence == QStringLiteral("bulk") || precedence == QStringLiteral("list")
        || precedence == QStringLiteral("junk"))
        return {Automated::Bulk, QStringLiteral("Precedence: ") + precedence};
    for (const char* name : {"List-Id", "List-Unsubscribe"}) {
        const QString value = header(name);
        if (!value.isNull())
            return {Automated::Bulk, QLatin1String(name) + QStringLiteral(": ") + value.trimmed()};
    }
    return {};
}

} // namespace frontline::server::mail
