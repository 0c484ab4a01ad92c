#include "errortext.h"

#include "core/timeutil.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {

QString ErrorText::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"body"_s, QT_TR_NOOP("Message")},
        {u"code"_s, QT_TR_NOOP("Code")},
        {u"otp"_s, QT_TR_NOOP("Code")},
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"requester"_s, QT_TR_NOOP("Requester")},
        {u"assignee"_s, QT_TR_NOOP("Assignee")},
        {u"group"_s, QT_TR_NOOP("Group")},
        {u"priority"_s, QT_TR_NOOP("Priority")},
        {u"username"_s, QT_TR_NOOP("User name")},
        {u"password"_s, QT_TR_NOOP("Password")},
        {u"current_password"_s, QT_TR_NOOP("Current password")},
        {u"display_name"_s, QT_TR_NOOP("Name")},
        {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"minutes"_s, QT_TR_NOOP("Minutes")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"visibility"_s, QT_TR_NOOP("Visible to")},
        {u"query"_s, QT_TR_NOOP("Search")},
        {u"comment"_s, QT_TR_NOOP("Comment")},
    };
    const auto it = labels.constFind(field.section(u'.', -1));
    return it == labels.constEnd() ? field : tr(*it);
}

QString ErrorText::fieldProblem(const rpc::RpcError& error)
{
    const QString reason = error.reason();
    static const QRegularExpression atMost(u"^must be at most (\\d+) characters$"_s);
    static const QRegularExpression atLeast(u"^must be at least (\\d+) characters$"_s);
    static const QRegularExpression range(u"^must be an integer from (\\d+) to (\\d+)$"_s);
    if (reason == u"is required"_s)
        return tr("is required");
    if (reason == u"must not be empty"_s)
        return tr("must not be empty");
    if (reason == u"is required to reject"_s)
        return tr("is required to reject");
    if (auto m = atMost.match(reason); m.hasMatch())
        return tr("is too long (at most %1 characters)").arg(m.captured(1));
    if (auto m = atLeast.match(reason); m.hasMatch())
        return tr("is too short (at least %1 characters)").arg(m.captured(1));
    if (auto m = range.match(reason); m.hasMatch())
        return tr("must be a number from %1 to %2").arg(m.captured(1), m.captured(2));
    if (reason == u"must not contain control characters"_s)
        return tr("contains characters that are not allowed");
    if (reason == u"must be an e-mail address"_s)
        return tr("is not an e-mail address");
    if (reason == u"no such category"_s)
        return tr("is not a known category");
    if (reason.startsWith(u"is not a member of"_s))
        return tr("is not a member of the ticket's group");
    if (reason == u"is not correct"_s)
        return tr("is not correct");
    if (reason == u"is not the current code"_s)
        return tr("is not the app's current code");
    if (reason == u"unknown field"_s)
        return tr("is not expected here");
    if (reason.endsWith(u"_taken"_s)) // a conflict that names the field: name_taken
        return tr("is taken already");
    return reason; // unusual reasons stay as the server worded them
}

QString ErrorText::describe(const rpc::RpcError& error)
{
    using rpc::ErrorCode;
    switch (error.errorCode()) {
    case ErrorCode::InvalidParams:
        return fieldLabel(error.field()) + u": "_s + fieldProblem(error);
    case ErrorCode::Unauthenticated:
        return tr("Your session has ended. Please log in again.");
    case ErrorCode::InvalidCredentials:
        return tr("The user name or the password is not correct.");
    case ErrorCode::Forbidden:
        if (!error.field().isEmpty())
            return tr("You may not change %1 here.").arg(fieldLabel(error.field()));
        return tr("You are not allowed to do this.");
    case ErrorCode::NotFound:
        return tr("It no longer exists, or you may not see it.");
    case ErrorCode::Conflict:
        if (error.reason() == u"stale_version"_s)
            return tr("Someone else changed this ticket in the meantime. Reload it and try again.");
        if (error.reason().endsWith(u"_taken"_s))
            return tr("This name is taken already.");
        if (error.reason() == u"last_admin"_s)
            return tr("The last administrator cannot be removed.");
        if (error.reason() == u"already_decided"_s)
            return tr("This approval was decided already.");
        return tr("This conflicts with the current state.");
    case ErrorCode::InvalidTransition:
        if (error.reason() == u"note_required"_s)
            return tr("This step needs a note.");
        if (error.reason() == u"assignee_required"_s)
            return tr("Assign the ticket first.");
        return tr("The ticket cannot go to this status from where it is.");
    case ErrorCode::SecondFactor:
        if (error.reason() == u"required"_s)
            return tr("Enter the code from your authenticator app.");
        return tr("The code is not correct or was already used. Wait for the next code, or use "
                  "a recovery code.");
    case ErrorCode::RateLimited: {
        if (const auto retryAt =
                timeutil::fromIso(error.data.toObject().value("retry_at"_L1).toString());
            retryAt && *retryAt > 0)
            return tr("Too many failed attempts. You can try again at %1, or ask an "
                      "administrator to unlock your account.")
                .arg(QDateTime::fromMSecsSinceEpoch(*retryAt).toLocalTime().toString(u"HH:mm"_s));
        const qint64 seconds =
            (error.data.toObject().value("retry_after_ms"_L1).toInteger() + 999) / 1000;
        return tr("Too many attempts. Please wait %n second(s).", nullptr,
                  static_cast<int>(seconds));
    }
    case ErrorCode::TooLarge:
        if (error.data.toObject().value("what"_L1).toString() == u"attachment_quota"_s)
            return tr("Your attachments have used all the space the server keeps for you.");
        return tr("This is too large to send.");
    case ErrorCode::Unavailable:
        if (error.reason() == u"rebuilding"_s)
            return tr("The server is still counting the ticket history for the reports. Please "
                      "try again when the dashboard shows its figures.");
        return tr("The server cannot save changes right now. Please tell your administrator.");
    case ErrorCode::ClientTimeout:
        return tr("The server did not answer in time.");
    case ErrorCode::ClientDisconnected:
        return tr("There is no connection to the server.");
    case ErrorCode::ParseError:
    case ErrorCode::InvalidRequest:
    case ErrorCode::MethodNotFound:
    case ErrorCode::InternalError:
        break;
    }
    return tr("Something went wrong on the server (%1).").arg(error.code);
}

} // namespace frontline::client
