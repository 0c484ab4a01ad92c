#include "mailboxadmin.h"

#include "api/directoryapi.h"
#include "api/methods.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

MailboxAdmin::MailboxAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<api::MailboxInfo> MailboxAdmin::mailbox(qint64 id) const
{
    for (const api::MailboxInfo& mailbox : m_mailboxes) {
        if (mailbox.id == id)
            return mailbox;
    }
    return std::nullopt;
}

void MailboxAdmin::reload()
{
    m_parts += 4; // loaded() after these four and any reload still on its way
    const auto failed = [this] { partDone(); };
    send(
        api::method::GroupList, QJsonObject(),
        [this](const QJsonValue& result) {
            m_groups = api::GroupList::fromJson(result).items;
            partDone();
        },
        failed);
    send(
        api::method::CategoryList, QJsonObject(),
        [this](const QJsonValue& result) {
            m_categories = api::CategoryList::fromJson(result).items;
            partDone();
        },
        failed);
    send(
        api::method::MailboxList, QJsonObject(),
        [this](const QJsonValue& result) {
            m_mailboxes = api::MailboxList::fromJson(result).items;
            partDone();
        },
        failed);
    send(
        api::method::MailboxQuarantineList, api::QuarantineListParams().toJson(),
        [this](const QJsonValue& result) {
            m_quarantine = api::QuarantineList::fromJson(result).items;
            partDone();
        },
        failed);
}

void MailboxAdmin::partDone()
{
    if (--m_parts == 0)
        Q_EMIT loaded();
}

void MailboxAdmin::create(const api::MailboxCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::MailboxCreate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(api::MailboxInfo::fromJson(result), true);
        reload();
    });
}

void MailboxAdmin::update(const api::MailboxUpdateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::MailboxUpdate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(api::MailboxInfo::fromJson(result), false);
        reload();
    });
}

void MailboxAdmin::remove(qint64 id)
{
    send(api::method::MailboxDelete, api::IdParams {id}.toJson(), [this, id](const QJsonValue&) {
        Q_EMIT removed(id);
        reload();
    });
}

void MailboxAdmin::test(qint64 id)
{
    send(api::method::MailboxTest, api::IdParams {id}.toJson(),
         [this, id](const QJsonValue& result) {
             Q_EMIT tested(id, api::MailboxTestResult::fromJson(result));
         });
}

QString MailboxAdmin::describeTest(const api::MailboxTestResult& result)
{
    if (result.ok) {
        return result.idle ? tr("The connection works; the server offers IDLE, so new mail "
                                "arrives at once.")
                           : tr("The connection works; the server offers no IDLE, so the "
                                "mailbox is checked every minute.");
    }
    QString step;
    if (result.step == u"dns"_s)
        step = tr("Looking up the host name failed");
    else if (result.step == u"tcp"_s)
        step = tr("Connecting to the host and port failed");
    else if (result.step == u"tls"_s)
        step = tr("The secure connection (TLS) failed");
    else if (result.step == u"login"_s)
        step = tr("Logging in failed");
    else if (result.step == u"folder"_s)
        step = tr("Opening the folder failed");
    else
        step = tr("The test failed at step \"%1\"").arg(result.step);
    return result.message.isEmpty() ? tr("%1.").arg(step) : tr("%1: %2").arg(step, result.message);
}

} // namespace frontline::client
