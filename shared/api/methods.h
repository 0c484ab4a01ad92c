#pragma once

// Method names are for the controllers in client/core, the server and the tools; the UI
// libraries are built with FRONTLINE_UI_LAYER and may not name a method.
#if defined(FRONTLINE_UI_LAYER)
#error "api/methods.h in a UI library: a controller in client/core makes the call"
#endif

#include <QLatin1StringView>
#include <QStringList>

// Every JSON-RPC method and pushed notification of the Frontline protocol, defined once for the
// server, the clients and the protocol-reference test (docs/protocol.md).
namespace frontline::api::method {

using namespace Qt::StringLiterals;

// system
inline constexpr auto SystemPing = "system.ping"_L1;
inline constexpr auto RpcDiscover = "rpc.discover"_L1; // the OpenRPC description (issue 23)

// auth
inline constexpr auto AuthLogin = "auth.login"_L1;
inline constexpr auto AuthResume = "auth.resume"_L1;
inline constexpr auto AuthLogout = "auth.logout"_L1;
inline constexpr auto AuthTotpStatus = "auth.totp.status"_L1;
inline constexpr auto AuthTotpBegin = "auth.totp.begin"_L1;
inline constexpr auto AuthTotpConfirm = "auth.totp.confirm"_L1;
inline constexpr auto AuthTotpDisable = "auth.totp.disable"_L1;
inline constexpr auto AuthTotpReset = "auth.totp.reset"_L1;
inline constexpr auto AuthRecoveryRegenerate = "auth.recovery.regenerate"_L1;
inline constexpr auto UserUnlock = "user.unlock"_L1;
// password reset by a code sent by mail (issue 20)
inline constexpr auto AuthResetRequest = "auth.reset.request"_L1;
inline constexpr auto AuthResetConfirm = "auth.reset.confirm"_L1;

// API tokens for integrations and signed-in devices (issue 20)
inline constexpr auto TokenCreate = "token.create"_L1;
inline constexpr auto TokenList = "token.list"_L1;
inline constexpr auto TokenRevoke = "token.revoke"_L1;
inline constexpr auto SessionList = "session.list"_L1;
inline constexpr auto SessionRevoke = "session.revoke"_L1;
inline constexpr auto SessionRevokeAll = "session.revoke_all"_L1;

// users
inline constexpr auto UserCreate = "user.create"_L1;
inline constexpr auto UserGet = "user.get"_L1;
inline constexpr auto UserList = "user.list"_L1;
inline constexpr auto UserUpdate = "user.update"_L1;
inline constexpr auto UserDisable = "user.disable"_L1;
inline constexpr auto UserSetPassword = "user.set_password"_L1;

// organisations, and the bulk imports
inline constexpr auto OrgCreate = "org.create"_L1;
inline constexpr auto OrgList = "org.list"_L1;
inline constexpr auto OrgUpdate = "org.update"_L1;
inline constexpr auto OrgImport = "org.import"_L1;
inline constexpr auto UserImport = "user.import"_L1;

// custom fields of tickets (issue 21)
inline constexpr auto FieldCreate = "field.create"_L1;
inline constexpr auto FieldList = "field.list"_L1;
inline constexpr auto FieldUpdate = "field.update"_L1;

// the service catalog and its requests (issue 21)
inline constexpr auto CatalogItemCreate = "catalog.item.create"_L1;
inline constexpr auto CatalogItemUpdate = "catalog.item.update"_L1;
inline constexpr auto CatalogItemGet = "catalog.item.get"_L1;
inline constexpr auto CatalogItemList = "catalog.item.list"_L1;
inline constexpr auto CatalogRequest = "catalog.request"_L1;
// configuration items, relationships and impact (issue 22)
inline constexpr auto CiClassCreate = "ci.class.create"_L1;
inline constexpr auto CiClassList = "ci.class.list"_L1;
inline constexpr auto CiClassUpdate = "ci.class.update"_L1;
inline constexpr auto CiCreate = "ci.create"_L1;
inline constexpr auto CiUpdate = "ci.update"_L1;
inline constexpr auto CiGet = "ci.get"_L1;
inline constexpr auto CiList = "ci.list"_L1;
inline constexpr auto CiSearch = "ci.search"_L1;
inline constexpr auto CiRelate = "ci.relate"_L1;
inline constexpr auto CiUnrelate = "ci.unrelate"_L1;
inline constexpr auto CiImpact = "ci.impact"_L1;
inline constexpr auto CiImport = "ci.import"_L1;
// approval chains on tickets (issue 21)
inline constexpr auto ApprovalRequest = "approval.request"_L1;
inline constexpr auto ApprovalList = "approval.list"_L1;
inline constexpr auto ApprovalDecide = "approval.decide"_L1;
inline constexpr auto ApprovalDelegate = "approval.delegate"_L1;
// problem management (issue 22)
inline constexpr auto ProblemCreate = "problem.create"_L1;
inline constexpr auto ProblemGet = "problem.get"_L1;
inline constexpr auto ProblemLink = "problem.link"_L1;
inline constexpr auto ProblemUnlink = "problem.unlink"_L1;
inline constexpr auto ProblemUpdate = "problem.update"_L1;
inline constexpr auto ProblemResolve = "problem.resolve"_L1;
inline constexpr auto ProblemMatch = "problem.match"_L1;
inline constexpr auto ProblemCandidates = "problem.candidates"_L1;
// change management (issue 22)
inline constexpr auto ChangeQuestionnaire = "change.questionnaire"_L1;
inline constexpr auto ChangeCreate = "change.create"_L1;
inline constexpr auto ChangeGet = "change.get"_L1;
inline constexpr auto ChangeUpdate = "change.update"_L1;
inline constexpr auto ChangeSubmit = "change.submit"_L1;
inline constexpr auto ChangeReview = "change.review"_L1;
inline constexpr auto ChangeLinkIncidents = "change.link_incidents"_L1;
inline constexpr auto ChangeUnlinkIncidents = "change.unlink_incidents"_L1;
inline constexpr auto ChangeCalendar = "change.calendar"_L1;
inline constexpr auto ChangeWindowCreate = "change.window.create"_L1;
inline constexpr auto ChangeWindowUpdate = "change.window.update"_L1;
inline constexpr auto ChangeWindowDelete = "change.window.delete"_L1;
inline constexpr auto ChangeWindowList = "change.window.list"_L1;
inline constexpr auto ChangeTemplateCreate = "change.template.create"_L1;
inline constexpr auto ChangeTemplateUpdate = "change.template.update"_L1;
inline constexpr auto ChangeTemplateList = "change.template.list"_L1;

// groups (L1/L2/L3 tiers)
inline constexpr auto GroupCreate = "group.create"_L1;
inline constexpr auto GroupGet = "group.get"_L1;
inline constexpr auto GroupList = "group.list"_L1;
inline constexpr auto GroupUpdate = "group.update"_L1;
inline constexpr auto GroupAddMember = "group.add_member"_L1;
inline constexpr auto GroupRemoveMember = "group.remove_member"_L1;

// categories
inline constexpr auto CategoryList = "category.list"_L1;
inline constexpr auto CategoryCreate = "category.create"_L1;
inline constexpr auto CategoryUpdate = "category.update"_L1;

// tickets
inline constexpr auto TicketCreate = "ticket.create"_L1;
inline constexpr auto TicketGet = "ticket.get"_L1;
inline constexpr auto TicketList = "ticket.list"_L1;
inline constexpr auto TicketUpdate = "ticket.update"_L1;
inline constexpr auto TicketTransition = "ticket.transition"_L1;
inline constexpr auto TicketComment = "ticket.comment"_L1;
inline constexpr auto TicketHistory = "ticket.history"_L1;
inline constexpr auto TicketCount = "ticket.count"_L1;
inline constexpr auto TicketLinks = "ticket.links"_L1;
inline constexpr auto TicketLink = "ticket.link"_L1;
inline constexpr auto TicketUnlink = "ticket.unlink"_L1;
inline constexpr auto TicketMerge = "ticket.merge"_L1;
inline constexpr auto TicketEscalate = "ticket.escalate"_L1;
inline constexpr auto TicketLogTime = "ticket.log_time"_L1;
inline constexpr auto TicketRate = "ticket.rate"_L1;

// the agents' workspace
inline constexpr auto CannedList = "canned.list"_L1;
inline constexpr auto CannedCreate = "canned.create"_L1;
inline constexpr auto CannedUpdate = "canned.update"_L1;
inline constexpr auto CannedDelete = "canned.delete"_L1;
inline constexpr auto ViewList = "view.list"_L1;
inline constexpr auto ViewSave = "view.save"_L1;
inline constexpr auto ViewDelete = "view.delete"_L1;
inline constexpr auto PresenceUpdate = "presence.update"_L1;

// workflow configuration
inline constexpr auto WorkflowGet = "workflow.get"_L1;
inline constexpr auto ConfigGet = "config.get"_L1;
inline constexpr auto ConfigSet = "config.set"_L1;

// the workflow engine: calendars, SLA policies, automation rules
inline constexpr auto CalendarList = "calendar.list"_L1;
inline constexpr auto CalendarCreate = "calendar.create"_L1;
inline constexpr auto CalendarUpdate = "calendar.update"_L1;
inline constexpr auto CalendarDelete = "calendar.delete"_L1;
inline constexpr auto SlaPolicyList = "sla.policy.list"_L1;
inline constexpr auto SlaPolicyCreate = "sla.policy.create"_L1;
inline constexpr auto SlaPolicyUpdate = "sla.policy.update"_L1;
inline constexpr auto SlaPolicyDelete = "sla.policy.delete"_L1;
inline constexpr auto RuleList = "rule.list"_L1;
inline constexpr auto RuleCreate = "rule.create"_L1;
inline constexpr auto RuleUpdate = "rule.update"_L1;
inline constexpr auto RuleDelete = "rule.delete"_L1;
inline constexpr auto RuleDryRun = "rule.dry_run"_L1;

// the knowledge base
inline constexpr auto KbArticleCreate = "kb.article.create"_L1;
inline constexpr auto KbArticleUpdate = "kb.article.update"_L1;
inline constexpr auto KbArticleGet = "kb.article.get"_L1;
inline constexpr auto KbArticlePublish = "kb.article.publish"_L1;
inline constexpr auto KbArticleHistory = "kb.article.history"_L1;
inline constexpr auto KbArticleList = "kb.article.list"_L1;
inline constexpr auto KbArticleVote = "kb.article.vote"_L1;
inline constexpr auto KbArticleOpen = "kb.article.open"_L1;
inline constexpr auto KbArticleSolved = "kb.article.solved"_L1;
inline constexpr auto KbArticleLink = "kb.article.link"_L1;
inline constexpr auto KbArticleDelete = "kb.article.delete"_L1;
inline constexpr auto KbSearch = "kb.search"_L1;
inline constexpr auto KbSuggest = "kb.suggest"_L1;

// self-service: files on tickets, announcements
inline constexpr auto AttachmentAdd = "attachment.add"_L1;
inline constexpr auto AttachmentGet = "attachment.get"_L1;
inline constexpr auto AttachmentList = "attachment.list"_L1;
inline constexpr auto AnnouncementPublish = "announcement.publish"_L1;
inline constexpr auto AnnouncementWithdraw = "announcement.withdraw"_L1;
inline constexpr auto AnnouncementList = "announcement.list"_L1;
inline constexpr auto AnnouncementReach = "announcement.reach"_L1;

// reports (managers): KPIs, the tickets behind a figure, files
inline constexpr auto ReportKpis = "report.kpis"_L1;
inline constexpr auto ReportTickets = "report.tickets"_L1;
inline constexpr auto ReportExport = "report.export"_L1;

// the agent's own state
inline constexpr auto UserSetAvailability = "user.set_availability"_L1;
inline constexpr auto NotificationList = "notification.list"_L1;
inline constexpr auto NotificationRead = "notification.read"_L1;

// notification mails (issue 19, outbound): templates and outbox (admins), each user's choices
inline constexpr auto MailTemplateList = "mail.template.list"_L1;
inline constexpr auto MailTemplateSet = "mail.template.set"_L1;
inline constexpr auto MailTemplatePreview = "mail.template.preview"_L1;
inline constexpr auto MailOutboxList = "mail.outbox.list"_L1;
inline constexpr auto MailOutboxRetry = "mail.outbox.retry"_L1;
inline constexpr auto NotificationPrefsGet = "user.notification_prefs.get"_L1;
inline constexpr auto NotificationPrefsSet = "user.notification_prefs.set"_L1;

// the audit log of security and configuration changes (issue 20, admins)
inline constexpr auto AuditList = "audit.list"_L1;
inline constexpr auto AuditExport = "audit.export"_L1;

// push events
inline constexpr auto EventsSubscribe = "events.subscribe"_L1;
inline constexpr auto EventsUnsubscribe = "events.unsubscribe"_L1;

} // namespace frontline::api::method

// Notifications the server pushes to connections that subscribed to their topic.
namespace frontline::api::notification {

using namespace Qt::StringLiterals;

inline constexpr auto TicketCreated = "ticket.created"_L1; // topic "tickets"
inline constexpr auto TicketChanged = "ticket.changed"_L1; // topic "tickets"
inline constexpr auto TicketCommented = "ticket.commented"_L1; // topic "tickets"
inline constexpr auto TicketMailed = "ticket.mailed"_L1; // topic "tickets", staff only
inline constexpr auto SessionRevoked = "session.revoked"_L1; // always, to the affected connection
inline constexpr auto PresenceChanged = "presence.changed"_L1; // topic "presence" (staff)
// topic "tickets" (who may see the ticket) and "notifications" (its approvers)
inline constexpr auto ApprovalChanged = "approval.changed"_L1;
// topic "notifications": only to the user it is for
inline constexpr auto NotificationReceived = "notification.received"_L1;
// topic "announcements": to everyone in the announcement's audience
inline constexpr auto AnnouncementPublished = "announcement.published"_L1;
inline constexpr auto AnnouncementWithdrawn = "announcement.withdrawn"_L1;
// topic "configuration": to everyone subscribed, staff only for groups and staff alone
inline constexpr auto ConfigChanged = "config.changed"_L1;

inline QStringList all()
{
    return {TicketCreated,   TicketChanged,        TicketCommented,       SessionRevoked,
            PresenceChanged, NotificationReceived, AnnouncementPublished, AnnouncementWithdrawn,
            ApprovalChanged, TicketMailed,         ConfigChanged};
}

} // namespace frontline::api::notification

namespace frontline::api::topic {

using namespace Qt::StringLiterals;

inline constexpr auto Tickets = "tickets"_L1;
inline constexpr auto Presence = "presence"_L1;
inline constexpr auto Notifications = "notifications"_L1;
inline constexpr auto Announcements = "announcements"_L1;
inline constexpr auto Configuration = "configuration"_L1;

} // namespace frontline::api::topic

// The parts of the desk's configuration that clients keep, as config.changed names them.
namespace frontline::api::configpart {

using namespace Qt::StringLiterals;

inline constexpr auto Workflow = "workflow"_L1; // workflow.get: statuses, types, priorities, SLA
inline constexpr auto Categories = "categories"_L1; // category.list
inline constexpr auto Groups = "groups"_L1; // group.list
inline constexpr auto Staff = "staff"_L1; // user.list of the staff (their groups)
inline constexpr auto Fields = "fields"_L1; // field.list
inline constexpr auto CiClasses = "ci_classes"_L1; // ci.class.list
inline constexpr auto Catalog = "catalog"_L1; // catalog.item.list: the items one may request
inline constexpr auto Organisations = "organisations"_L1; // org.list (staff only)
inline constexpr auto Calendars = "calendars"_L1; // calendar.list (staff only)
inline constexpr auto SlaPolicies = "sla_policies"_L1; // sla.policy.list (staff only)
inline constexpr auto Rules = "rules"_L1; // rule.list: the automation rules (staff only)

} // namespace frontline::api::configpart
