#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Params and results of the notification mails (issue 19, outbound): the templates admins edit,
// the outbox they watch, the outgoing SMTP settings (config key "smtp") and each user's language
// and choices.
namespace frontline::api {

// Requesters: received, public_reply, waiting, resolved, closed. Staff: assigned,
// new_in_group, sla_at_risk, sla_breached, escalated.
QStringList mailKindNames();
QStringList requesterMailKindNames();
QStringList mailLanguageNames(); // en, de, fr
QStringList mailOutboxStateNames(); // queued, sending, sent, failed

// mail.template.set: subject and body with {{placeholders}}; `reset` drops the override.
struct MailTemplateSetParams
{
    QString kind;
    QString language;
    QString subject;
    QString body;
    bool reset = false;

    QJsonObject toJson() const;
    static Result<MailTemplateSetParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// mail.template.preview: the stored template, or the unsaved `subject`/`body` being edited,
// rendered for a sample ticket or the given one.
struct MailTemplatePreviewParams
{
    QString kind;
    QString language;
    std::optional<QString> subject;
    std::optional<QString> body;
    std::optional<qint64> ticketId;

    QJsonObject toJson() const;
    static Result<MailTemplatePreviewParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct MailTemplateItem
{
    QString kind;
    QString language;
    QString subject;
    QString body;
    bool custom = false; // an admin's override, not the built-in text

    QJsonObject toJson() const;
    static MailTemplateItem fromJson(const QJsonValue& value);
    bool operator==(const MailTemplateItem&) const = default;
};

// mail.template.list: every kind in every language, and the placeholders templates may use.
struct MailTemplateList
{
    QList<MailTemplateItem> items;
    QStringList placeholders;

    QJsonObject toJson() const;
    static MailTemplateList fromJson(const QJsonValue& value);
    bool operator==(const MailTemplateList&) const = default;
};

// mail.template.preview: the mail as its recipient would get it.
struct MailPreview
{
    QString subject;
    QString body;

    QJsonObject toJson() const;
    static MailPreview fromJson(const QJsonValue& value);
    bool operator==(const MailPreview&) const = default;
};

// mail.outbox.list: newest first, optionally one state.
struct MailOutboxListParams
{
    std::optional<QString> state;
    int limit = 100;

    QJsonObject toJson() const;
    static Result<MailOutboxListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct MailOutboxEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 eventId = 0;
    qint64 recipientId = 0;
    QString kind;
    QString address;
    QString subject;
    QString messageId;
    QString state;
    int attempts = 0;
    QString nextAttemptAt; // ISO 8601 UTC; empty once sent or failed
    QString lastError;
    QString createdAt;
    QString sentAt; // empty until sent

    QJsonObject toJson() const;
    static MailOutboxEntry fromJson(const QJsonValue& value);
    bool operator==(const MailOutboxEntry&) const = default;
};

struct MailOutboxList
{
    QList<MailOutboxEntry> items;
    int queued = 0;
    int sending = 0;
    int sent = 0;
    int failed = 0;

    QJsonObject toJson() const;
    static MailOutboxList fromJson(const QJsonValue& value);
    bool operator==(const MailOutboxList&) const = default;
};

// user.notification_prefs.set: the caller's language and the kinds they do not want.
struct NotificationPrefsSetParams
{
    std::optional<QString> language;
    std::optional<QStringList> optedOut;

    QJsonObject toJson() const;
    static Result<NotificationPrefsSetParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// user.notification_prefs.get / set: `kinds` are those the caller's role can receive.
struct NotificationPrefs
{
    QString language;
    QStringList kinds;
    QStringList optedOut;

    QJsonObject toJson() const;
    static NotificationPrefs fromJson(const QJsonValue& value);
    bool operator==(const NotificationPrefs&) const = default;
};

// config.set key "smtp": the relay notification mails go through. `password` absent keeps the
// stored one; config.get never returns it (`password_set` says whether there is one).
struct SmtpSettings
{
    bool enabled = false;
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls"); // tls, starttls, none (loopback only)
    QString username;
    std::optional<QString> password;
    QString certificate; // PEM of a certificate the admin trusts for this relay
    QString fromAddress;
    QString fromName = QStringLiteral("Frontline");
    bool passwordSet = false; // in config.get only

    QJsonObject toJson() const;
    // The value of config.set; problems are named inside it ("value.port").
    static Result<SmtpSettings, rpc::RpcError> fromJson(const QJsonValue& value);
    bool operator==(const SmtpSettings&) const = default;
};

} // namespace frontline::api
