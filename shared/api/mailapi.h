#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>

#include <optional>

// Params and results of the mailbox administration (issue 19): mailbox.create/list/update/delete/
// test and mailbox.quarantine.list, admins only. Passwords go in, never out.
namespace frontline::api {

namespace method {
inline constexpr auto MailboxCreate = QLatin1StringView("mailbox.create");
inline constexpr auto MailboxList = QLatin1StringView("mailbox.list");
inline constexpr auto MailboxUpdate = QLatin1StringView("mailbox.update");
inline constexpr auto MailboxDelete = QLatin1StringView("mailbox.delete");
inline constexpr auto MailboxTest = QLatin1StringView("mailbox.test");
inline constexpr auto MailboxQuarantineList = QLatin1StringView("mailbox.quarantine.list");
} // namespace method

QStringList mailSecurityNames(); // tls, starttls, none
QStringList unknownSenderPolicies(); // create, refuse

// The settings of a mailbox as mailbox.create takes them; in mailbox.update every field is
// optional (absent: unchanged; `group: null` clears it; an absent password stays as it was).
struct MailboxFields
{
    std::optional<QString> name;
    std::optional<QString> address; // the desk's address; default: the user name
    std::optional<QString> host;
    std::optional<int> port;
    std::optional<QString> security; // tls | starttls | none (loopback only)
    std::optional<QString> username;
    std::optional<QString> password;
    std::optional<QString> folder; // default INBOX
    std::optional<QString> quarantineFolder; // default Quarantine
    std::optional<QString> certificate; // PEM of a certificate trusted for this server ("" none)
    Nullable<qint64> group; // new tickets' group
    std::optional<QString> category; // new tickets' category ("" none)
    std::optional<QString> unknownSenders; // create | refuse
    std::optional<bool> enabled;
    std::optional<QString> smtpHost; // the relay replies are sent through (mail notifications)
    std::optional<int> smtpPort;
    std::optional<QString> smtpSecurity;
    std::optional<QString> smtpUsername;
    std::optional<QString> smtpPassword;
    // The sender of mail about this mailbox's tickets ("" : `address` and the outgoing name).
    std::optional<QString> fromAddress;
    std::optional<QString> fromName;

    void insertInto(QJsonObject& object) const;
    void read(ParamReader& reader, bool creating);
};

struct MailboxCreateParams
{
    MailboxFields fields; // name, host, port, security, username, password required

    QJsonObject toJson() const;
    static Result<MailboxCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct MailboxUpdateParams
{
    qint64 id = 0;
    MailboxFields fields;

    QJsonObject toJson() const;
    static Result<MailboxUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct QuarantineListParams
{
    int limit = 50;
    std::optional<qint64> cursor; // next_cursor of the previous page

    QJsonObject toJson() const;
    static Result<QuarantineListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// A mailbox as every method answers with it: everything but the passwords.
struct MailboxInfo
{
    qint64 id = 0;
    QString name;
    QString address;
    QString host;
    int port = 0;
    QString security;
    QString username;
    QString folder;
    QString quarantineFolder;
    bool hasCertificate = false;
    std::optional<qint64> group;
    QString category;
    QString unknownSenders = QStringLiteral("create");
    bool enabled = true;
    QString smtpHost;
    int smtpPort = 0;
    QString smtpSecurity;
    QString smtpUsername;
    QString fromAddress;
    QString fromName;
    bool readable = true; // false: its passwords do not open with this server's key

    QJsonObject toJson() const;
    static MailboxInfo fromJson(const QJsonValue& value);
    bool operator==(const MailboxInfo&) const = default;
};

struct MailboxList
{
    QList<MailboxInfo> items;

    QJsonObject toJson() const;
    static MailboxList fromJson(const QJsonValue& value);
    bool operator==(const MailboxList&) const = default;
};

struct MailboxDeleted
{
    qint64 id = 0;

    QJsonObject toJson() const;
    static MailboxDeleted fromJson(const QJsonValue& value);
    bool operator==(const MailboxDeleted&) const = default;
};

// mailbox.test: connects as the intake would and says which step failed.
struct MailboxTestResult
{
    bool ok = false;
    QString step; // dns | tcp | tls | login | folder; empty when ok
    QString message; // the server's or the library's words (never the password)
    bool idle = false; // the server offers IDLE (else the intake polls)

    QJsonObject toJson() const;
    static MailboxTestResult fromJson(const QJsonValue& value);
    bool operator==(const MailboxTestResult&) const = default;
};

struct QuarantinedMailInfo
{
    qint64 id = 0;
    qint64 mailbox = 0;
    QString mailboxName;
    QString reason;
    QString subject; // empty when unreadable
    QString sender;
    qint64 quarantinedAt = 0;

    QJsonObject toJson() const;
    static QuarantinedMailInfo fromJson(const QJsonValue& value);
    bool operator==(const QuarantinedMailInfo&) const = default;
};

struct QuarantineList
{
    QList<QuarantinedMailInfo> items;
    std::optional<qint64> nextCursor;

    QJsonObject toJson() const;
    static QuarantineList fromJson(const QJsonValue& value);
    bool operator==(const QuarantineList&) const = default;
};

} // namespace frontline::api
