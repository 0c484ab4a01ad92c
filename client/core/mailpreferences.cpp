#include "mailpreferences.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

MailPreferences::MailPreferences(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void MailPreferences::load()
{
    call(api::method::NotificationPrefsGet, QJsonObject(), false);
}

void MailPreferences::save(const QString& language, const QStringList& wanted)
{
    api::NotificationPrefsSetParams params;
    params.language = language;
    QStringList optedOut;
    for (const QString& kind : std::as_const(m_prefs.kinds)) {
        if (!wanted.contains(kind))
            optedOut.append(kind);
    }
    params.optedOut = optedOut;
    const auto parsed = api::NotificationPrefsSetParams::fromJson(params.toJson());
    if (!parsed.ok()) {
        Q_EMIT failed(ErrorText::describe(parsed.error()));
        return;
    }
    call(api::method::NotificationPrefsSet, params.toJson(), true);
}

void MailPreferences::call(QLatin1StringView method, const QJsonObject& params, bool save)
{
    ++m_pending;
    Q_EMIT busyChanged();
    m_session.rpc().call(QString(method), params, this, [this, save](const rpc::RpcReply& reply) {
        --m_pending;
        if (reply.isError()) {
            Q_EMIT failed(ErrorText::describe(reply.error()));
        } else {
            m_prefs = api::NotificationPrefs::fromJson(reply.result());
            m_loaded = true;
            Q_EMIT loaded();
            if (save)
                Q_EMIT saved();
        }
        Q_EMIT busyChanged();
    });
}

QString MailPreferences::kindLabel(const QString& kind)
{
    if (kind == u"received"_s)
        return tr("My ticket was received");
    if (kind == u"public_reply"_s)
        return tr("Someone answered my ticket");
    if (kind == u"waiting"_s)
        return tr("The desk waits for my answer");
    if (kind == u"resolved"_s)
        return tr("My ticket was resolved (with the survey)");
    if (kind == u"closed"_s)
        return tr("My ticket was closed");
    if (kind == u"assigned"_s)
        return tr("A ticket was assigned to me");
    if (kind == u"new_in_group"_s)
        return tr("A new ticket arrived in my group");
    if (kind == u"sla_at_risk"_s)
        return tr("A ticket's SLA is at risk");
    if (kind == u"sla_breached"_s)
        return tr("A ticket's SLA was breached");
    if (kind == u"escalated"_s)
        return tr("A ticket was escalated");
    if (kind == u"approval_requested"_s)
        return tr("My approval is requested");
    if (kind == u"approval_reminder"_s)
        return tr("An approval still waits for me (reminder)");
    return kind;
}

QString MailPreferences::languageLabel(const QString& language)
{
    if (language == u"en"_s)
        return u"English"_s;
    if (language == u"de"_s)
        return u"Deutsch"_s;
    if (language == u"fr"_s)
        return u"Français"_s;
    return language;
}

} // namespace frontline::client
