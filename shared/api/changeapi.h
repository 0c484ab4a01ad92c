#pragma once

#include "api/approvalapi.h"
#include "api/cmdbapi.h"
#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

// Change management (issue 22, point 4): change records on `change` tickets (kind, risk from a
// questionnaire, plans, schedule, affected CIs and their impact, conflicts, the post-
// implementation review, incidents caused by the change), change templates (standard changes),
// maintenance and freeze windows and the change calendar (change.* methods).
//
// Times are held as epoch milliseconds in these types and travel as ISO 8601 UTC strings on the
// wire, like every other time (docs/protocol.md).
namespace frontline::api {

inline constexpr int MaxChangeText = 20000; // plans, review notes
inline constexpr int MaxChangeCis = 50; // affected CIs of one change, template or window
inline constexpr int MaxChangeIncidents = 100; // per link/unlink call
inline constexpr qint64 MaxCalendarRangeMs = 62LL * 24 * 3600 * 1000; // change.calendar to - from
inline constexpr int MaxRiskQuestions = 30;
inline constexpr int MaxRiskOptions = 10;
inline constexpr int MaxRiskLevels = 10;

// standard (from a pre-approved template), normal (board approval), emergency (emergency board).
QStringList changeKindNames();
// successful, successful_with_issues, failed, backed_out.
QStringList changeReviewOutcomeNames();
// maintenance, freeze.
QStringList changeWindowKindNames();
// none, weekly.
QStringList changeWindowRepeatNames();
// overlap, outside_window, freeze.
QStringList changeConflictKindNames();

// ---- risk questionnaire (change.questionnaire, config key change_risk) ----

struct RiskOption
{
    QString label;
    int score = 0;

    QJsonObject toJson() const;
    static RiskOption fromJson(const QJsonValue& value);
    bool operator==(const RiskOption&) const = default;
};

struct RiskQuestion
{
    QString id; // [a-z][a-z0-9_]*, unique
    QString text;
    QList<RiskOption> options; // at least one; a change answers with an option's index

    QJsonObject toJson() const;
    static RiskQuestion fromJson(const QJsonValue& value);
    bool operator==(const RiskQuestion&) const = default;
};

struct RiskLevel
{
    QString name; // low, medium, ... ([a-z][a-z0-9_]*)
    QString label;
    int minScore = 0; // ascending over the levels

    QJsonObject toJson() const;
    static RiskLevel fromJson(const QJsonValue& value);
    bool operator==(const RiskLevel&) const = default;
};

struct ChangeQuestionnaire
{
    QList<RiskQuestion> questions;
    QList<RiskLevel> levels;

    const RiskQuestion* question(const QString& id) const;
    const RiskLevel* level(const QString& name) const;
    // The sum of the chosen options' scores (answers must be valid).
    int score(const QMap<QString, int>& answers) const;
    // The highest level whose min_score <= score; "" without levels.
    QString levelFor(int score) const;
    // The first question not answered, or "" when all are.
    QString firstUnanswered(const QMap<QString, int>& answers) const;
    // The first answer naming an unknown question or an option out of range: {"risk.<id>",
    // reason}.
    std::optional<std::pair<QString, QString>>
    checkAnswers(const QMap<QString, int>& answers) const;

    QJsonObject toJson() const;
    // Lenient (a result received from the server).
    static ChangeQuestionnaire fromJson(const QJsonValue& value);
    // Strict (config.set change_risk): ids unique and well-formed, >= 1 option each, levels
    // ascending. The first problem as {path, reason} (path under `name`).
    static Result<ChangeQuestionnaire, std::pair<QString, QString>>
    parse(const QJsonValue& value, const QString& name = QStringLiteral("change_risk"));
    // The built-in questionnaire when change_risk is not set: five questions, levels low,
    // medium, high, very_high.
    static ChangeQuestionnaire builtIn();
};

// config key change_approval: the board chains (steps as catalog items' approvals). A kind left
// out uses the built-in default (docs/protocol.md).
struct ChangeApprovalConfig
{
    std::optional<QList<ApprovalStep>> normal;
    std::optional<QList<ApprovalStep>> emergency;

    QJsonObject toJson() const;
    static Result<ChangeApprovalConfig, std::pair<QString, QString>>
    parse(const QJsonValue& value, const QString& name = QStringLiteral("change_approval"));
};

// ---- params ----

// change.create. A standard change copies its template's plans, category, CIs and risk level
// (params given override them).
struct ChangeCreateParams
{
    QString title;
    QString description;
    QString kind = QStringLiteral("normal");
    std::optional<qint64> templateId; // "template"
    std::optional<QString> category;
    std::optional<QList<qint64>> cis;
    std::optional<QString> implementationPlan;
    std::optional<QString> backoutPlan;
    std::optional<QString> testPlan;
    std::optional<QMap<QString, int>> risk; // question id -> option index
    std::optional<qint64> plannedStart;
    std::optional<qint64> plannedEnd;
    std::optional<qint64> assignee;

    QJsonObject toJson() const;
    static Result<ChangeCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.update: the fields given replace the record's; planned_start, planned_end, assignee,
// category and template may be null (cleared). Plans, risk, kind and CIs are frozen once the
// board approved.
struct ChangeUpdateParams
{
    qint64 id = 0;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> kind;
    Nullable<qint64> templateId; // "template"
    Nullable<QString> category;
    std::optional<QList<qint64>> cis;
    std::optional<QString> implementationPlan;
    std::optional<QString> backoutPlan;
    std::optional<QString> testPlan;
    std::optional<QMap<QString, int>> risk;
    Nullable<qint64> plannedStart;
    Nullable<qint64> plannedEnd;
    Nullable<qint64> assignee;

    bool empty() const;
    QJsonObject toJson() const;
    static Result<ChangeUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.submit: completeness checked, then pre-approved (standard) or sent to the board.
struct ChangeSubmitParams
{
    qint64 id = 0;
    QString note;

    QJsonObject toJson() const;
    static Result<ChangeSubmitParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.review: the post-implementation review of an implemented change.
struct ChangeReviewParams
{
    qint64 id = 0;
    QString outcome;
    QString notes;

    QJsonObject toJson() const;
    static Result<ChangeReviewParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.link_incidents / change.unlink_incidents: incidents caused by the change.
struct ChangeLinkIncidentsParams
{
    qint64 change = 0;
    QList<qint64> incidents;

    QJsonObject toJson() const;
    static Result<ChangeLinkIncidentsParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.calendar: [from, to) at most 62 days, optionally only changes and windows touching
// these CIs; a page of at most `limit` changes by planned start, the next one after `after`
// (the `next_cursor` of the page before: "<planned start ms>:<id>").
struct ChangeCalendarParams
{
    static constexpr int MaxLimit = 500;

    qint64 from = 0;
    qint64 to = 0;
    std::optional<QList<qint64>> cis;
    int limit = MaxLimit;
    struct After
    {
        qint64 start = 0;
        qint64 id = 0;
        bool operator==(const After&) const = default;
    };
    std::optional<After> after;

    static QString cursorOf(qint64 start, qint64 id);

    QJsonObject toJson() const;
    static Result<ChangeCalendarParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.window.create. Empty cis = everywhere. A weekly window repeats every 7 days until
// `until` (or for ever).
struct ChangeWindowCreateParams
{
    QString name;
    QString kind; // maintenance, freeze
    qint64 start = 0;
    qint64 end = 0;
    QString repeat = QStringLiteral("none");
    std::optional<qint64> until;
    QList<qint64> cis;

    QJsonObject toJson() const;
    static Result<ChangeWindowCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct ChangeWindowUpdateParams
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<QString> kind;
    std::optional<qint64> start;
    std::optional<qint64> end;
    std::optional<QString> repeat;
    Nullable<qint64> until;
    std::optional<QList<qint64>> cis;

    QJsonObject toJson() const;
    static Result<ChangeWindowUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// change.template.create
struct ChangeTemplateCreateParams
{
    QString name;
    QString description;
    std::optional<QString> category;
    QList<qint64> cis;
    QString implementationPlan;
    QString backoutPlan;
    QString testPlan;
    std::optional<QString> riskLevel; // a level of the questionnaire; default its lowest

    QJsonObject toJson() const;
    static Result<ChangeTemplateCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct ChangeTemplateUpdateParams
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<QString> description;
    Nullable<QString> category;
    std::optional<QList<qint64>> cis;
    std::optional<QString> implementationPlan;
    std::optional<QString> backoutPlan;
    std::optional<QString> testPlan;
    std::optional<QString> riskLevel;
    std::optional<bool> active;

    QJsonObject toJson() const;
    static Result<ChangeTemplateUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct ChangeTemplateListParams
{
    bool includeInactive = false;

    QJsonObject toJson() const;
    static Result<ChangeTemplateListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ---- results ----

// What the change's affected CIs reach (union of ci.impact over them, bounded).
struct ChangeImpact
{
    QList<CiNode> services;
    QList<CiNode> users;
    QList<CiNode> organisations;
    int userCount = 0;
    bool truncated = false;

    QJsonObject toJson() const;
    static ChangeImpact fromJson(const QJsonValue& value);
    bool operator==(const ChangeImpact&) const = default;
};

// A collision of the change's schedule: another change on the same or a dependent CI
// (overlap), no maintenance window containing it (outside_window), a freeze (freeze).
struct ChangeConflict
{
    QString kind;
    std::optional<qint64> change; // overlap only
    QString changeTitle;
    std::optional<qint64> window; // outside_window (a window of the CI) and freeze
    QString windowName;
    std::optional<CiNode> ci; // the CI through which they collide (overlap, freeze on a CI)
    qint64 start = 0; // the colliding interval
    qint64 end = 0;

    QJsonObject toJson() const;
    static ChangeConflict fromJson(const QJsonValue& value);
    bool operator==(const ChangeConflict&) const = default;
};

struct ChangeReview
{
    QString outcome;
    QString notes;
    qint64 reviewedBy = 0;
    QString reviewedByName;
    qint64 reviewedAt = 0;

    QJsonObject toJson() const;
    static ChangeReview fromJson(const QJsonValue& value);
    bool operator==(const ChangeReview&) const = default;
};

// An incident caused by a change.
struct ChangeIncident
{
    qint64 id = 0;
    QString title;
    QString status;
    bool open = true;

    QJsonObject toJson() const;
    static ChangeIncident fromJson(const QJsonValue& value);
    bool operator==(const ChangeIncident&) const = default;
};

// change.create/get/update/submit/review/link_incidents/unlink_incidents.
struct ChangeDetail
{
    qint64 id = 0;
    QString title;
    QString description;
    QString status;
    bool open = true;
    QString kind;
    std::optional<qint64> templateId; // "template"
    QString templateName;
    QString category;
    std::optional<qint64> assignee;
    QString assigneeName;
    QMap<QString, int> risk;
    int riskScore = 0;
    QString riskLevel; // "" while the questionnaire is unanswered
    QString implementationPlan;
    QString backoutPlan;
    QString testPlan;
    std::optional<qint64> plannedStart;
    std::optional<qint64> plannedEnd;
    QList<CiNode> cis;
    ChangeImpact impact;
    QList<ChangeConflict> conflicts;
    std::optional<ChangeReview> review;
    QList<ChangeIncident> causedIncidents;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static ChangeDetail fromJson(const QJsonValue& value);
    bool operator==(const ChangeDetail&) const = default;
};

struct ChangeTemplate
{
    qint64 id = 0;
    QString name;
    QString description;
    QString category;
    QList<CiNode> cis;
    QString implementationPlan;
    QString backoutPlan;
    QString testPlan;
    QString riskLevel;
    bool active = true;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static ChangeTemplate fromJson(const QJsonValue& value);
    bool operator==(const ChangeTemplate&) const = default;
};

struct ChangeTemplateList
{
    QList<ChangeTemplate> items;

    QJsonObject toJson() const;
    static ChangeTemplateList fromJson(const QJsonValue& value);
};

struct ChangeWindow
{
    qint64 id = 0;
    QString name;
    QString kind;
    qint64 start = 0;
    qint64 end = 0;
    QString repeat = QStringLiteral("none");
    std::optional<qint64> until;
    QList<CiNode> cis; // empty: everywhere
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static ChangeWindow fromJson(const QJsonValue& value);
    bool operator==(const ChangeWindow&) const = default;
};

struct ChangeWindowList
{
    QList<ChangeWindow> items;

    QJsonObject toJson() const;
    static ChangeWindowList fromJson(const QJsonValue& value);
};

// change.window.delete
struct ChangeWindowDeleted
{
    qint64 id = 0;
    bool deleted = true;

    QJsonObject toJson() const;
    static ChangeWindowDeleted fromJson(const QJsonValue& value);
};

// A change as the calendar shows it.
struct ChangeSlot
{
    qint64 id = 0;
    QString title;
    QString kind;
    QString status;
    bool open = true;
    QString riskLevel;
    qint64 plannedStart = 0;
    qint64 plannedEnd = 0;
    QList<CiNode> cis;
    int conflictCount = 0;

    QJsonObject toJson() const;
    static ChangeSlot fromJson(const QJsonValue& value);
    bool operator==(const ChangeSlot&) const = default;
};

// One occurrence of a window (weekly windows expanded over the range).
struct WindowOccurrence
{
    qint64 window = 0;
    QString name;
    QString kind;
    qint64 start = 0;
    qint64 end = 0;
    QList<CiNode> cis;

    QJsonObject toJson() const;
    static WindowOccurrence fromJson(const QJsonValue& value);
    bool operator==(const WindowOccurrence&) const = default;
};

struct CalendarConflict
{
    qint64 change = 0;
    ChangeConflict conflict;

    QJsonObject toJson() const;
    static CalendarConflict fromJson(const QJsonValue& value);
    bool operator==(const CalendarConflict&) const = default;
};

// change.calendar
struct ChangeCalendar
{
    QList<ChangeSlot> changes;
    QList<WindowOccurrence> windows;
    QList<CalendarConflict> conflicts;
    // More changes than the page held: pass it as `cursor` for the next page. Windows come with
    // the first page only.
    std::optional<QString> nextCursor;

    QJsonObject toJson() const;
    static ChangeCalendar fromJson(const QJsonValue& value);
};

} // namespace frontline::api
