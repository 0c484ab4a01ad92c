// The result schemas of the changes (change.*, shared/api/changeapi.h), from the toJson() of
// each answer's type (changeresults.cpp, changequestionnaire.cpp).
#include "api/changeapi.h"
#include "api/methods.h"
#include "api/resultschemashapes.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

namespace {

QJsonObject nodes()
{
    return list(ref(u"CiNode"_s));
}

QJsonObject nullableId()
{
    return schema::nullable(schema::id());
}

QJsonObject nullableText()
{
    return schema::nullable(text());
}

} // namespace

void addChangeComponents(QJsonObject& c)
{
    // A collision of a change's schedule: another change (overlap), no maintenance window
    // (outside_window) or a freeze, through a CI when there is one.
    c.insert("ChangeConflict"_L1,
             object({{"kind"_L1, schema::oneOf(changeConflictKindNames())},
                     {"change"_L1, nullableId()},
                     {"change_title"_L1, nullableText()},
                     {"window"_L1, nullableId()},
                     {"window_name"_L1, nullableText()},
                     {"ci"_L1, nullableRef(u"CiNode"_s)},
                     {"start"_L1, time()},
                     {"end"_L1, time()}}));
    // change.create/get/update/submit/review/link_incidents/unlink_incidents. risk: question
    // id -> the chosen option's index; risk_level is "" until the questionnaire is answered.
    c.insert(
        "ChangeDetail"_L1,
        object({{"id"_L1, schema::id()},
                {"title"_L1, text()},
                {"description"_L1, text()},
                {"status"_L1, text()},
                {"open"_L1, schema::boolean()},
                {"kind"_L1, schema::oneOf(changeKindNames())},
                {"template"_L1, nullableId()},
                {"template_name"_L1, nullableText()},
                {"category"_L1, nullableText()},
                {"assignee"_L1, nullableId()},
                {"assignee_name"_L1, nullableText()},
                {"risk"_L1,
                 QJsonObject {{"type"_L1, u"object"_s},
                              {"additionalProperties"_L1, schema::integer(0, MaxRiskOptions - 1)}}},
                {"risk_score"_L1, schema::integer(-2'000'000'000, 2'000'000'000)},
                {"risk_level"_L1, text()},
                {"implementation_plan"_L1, text()},
                {"backout_plan"_L1, text()},
                {"test_plan"_L1, text()},
                {"planned_start"_L1, nullableTime()},
                {"planned_end"_L1, nullableTime()},
                {"cis"_L1, nodes()},
                {"impact"_L1,
                 object({{"services"_L1, nodes()},
                         {"users"_L1, nodes()},
                         {"organisations"_L1, nodes()},
                         {"user_count"_L1, count()},
                         {"truncated"_L1, schema::boolean()}})},
                {"conflicts"_L1, list(ref(u"ChangeConflict"_s))},
                {"review"_L1,
                 schema::nullable(object({{"outcome"_L1, schema::oneOf(changeReviewOutcomeNames())},
                                          {"notes"_L1, text()},
                                          {"reviewed_by"_L1, schema::id()},
                                          {"reviewed_by_name"_L1, text()},
                                          {"reviewed_at"_L1, time()}}))},
                {"caused_incidents"_L1,
                 list(object({{"id"_L1, schema::id()},
                              {"title"_L1, text()},
                              {"status"_L1, text()},
                              {"open"_L1, schema::boolean()}}))},
                {"updated_at"_L1, time()}}));
    c.insert("ChangeTemplate"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"description"_L1, text()},
                     {"category"_L1, nullableText()},
                     {"cis"_L1, nodes()},
                     {"implementation_plan"_L1, text()},
                     {"backout_plan"_L1, text()},
                     {"test_plan"_L1, text()},
                     {"risk_level"_L1, text()},
                     {"active"_L1, schema::boolean()},
                     {"updated_at"_L1, time()}}));
    // A maintenance or freeze window; no CIs: everywhere.
    c.insert("ChangeWindow"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"kind"_L1, schema::oneOf(changeWindowKindNames())},
                     {"start"_L1, time()},
                     {"end"_L1, time()},
                     {"repeat"_L1, schema::oneOf(changeWindowRepeatNames())},
                     {"until"_L1, nullableTime()},
                     {"cis"_L1, nodes()},
                     {"updated_at"_L1, time()}}));
}

void addChangeResults(Table& m)
{
    m.insert(QString(method::ChangeQuestionnaire), [] {
        return object(
            {{"questions"_L1,
              list(object({{"id"_L1, text()},
                           {"text"_L1, text()},
                           {"options"_L1,
                            list(object({{"label"_L1, text()},
                                         {"score"_L1,
                                          schema::integer(-2'000'000'000, 2'000'000'000)}}))}}))},
             {"levels"_L1,
              list(object({{"name"_L1, text()},
                           {"label"_L1, text()},
                           {"min_score"_L1, schema::integer(-2'000'000'000, 2'000'000'000)}}))}});
    });
    const auto detail = [] { return ref(u"ChangeDetail"_s); };
    for (const auto name :
         {method::ChangeCreate, method::ChangeGet, method::ChangeUpdate, method::ChangeSubmit,
          method::ChangeReview, method::ChangeLinkIncidents, method::ChangeUnlinkIncidents})
        m.insert(QString(name), detail);
    const auto window = [] { return ref(u"ChangeWindow"_s); };
    m.insert(QString(method::ChangeWindowCreate), window);
    m.insert(QString(method::ChangeWindowUpdate), window);
    m.insert(QString(method::ChangeWindowList), [] {
        return object({{"items"_L1, list(ref(u"ChangeWindow"_s))}});
    });
    m.insert(QString(method::ChangeWindowDelete), [] {
        return object({{"id"_L1, schema::id()}, {"deleted"_L1, schema::boolean()}});
    });
    const auto changeTemplate = [] { return ref(u"ChangeTemplate"_s); };
    m.insert(QString(method::ChangeTemplateCreate), changeTemplate);
    m.insert(QString(method::ChangeTemplateUpdate), changeTemplate);
    m.insert(QString(method::ChangeTemplateList), [] {
        return object({{"items"_L1, list(ref(u"ChangeTemplate"_s))}});
    });
    // A page of the changes over the range asked, every change's conflicts, and (first page
    // only) the window occurrences (weekly windows expanded); next_cursor while more follow.
    m.insert(QString(method::ChangeCalendar), [] {
        return object({{"changes"_L1,
                        list(object({{"id"_L1, schema::id()},
                                     {"title"_L1, text()},
                                     {"kind"_L1, schema::oneOf(changeKindNames())},
                                     {"status"_L1, text()},
                                     {"open"_L1, schema::boolean()},
                                     {"risk_level"_L1, text()},
                                     {"planned_start"_L1, time()},
                                     {"planned_end"_L1, time()},
                                     {"cis"_L1, nodes()},
                                     {"conflict_count"_L1, count()}}))},
                       {"windows"_L1,
                        list(object({{"window"_L1, schema::id()},
                                     {"name"_L1, text()},
                                     {"kind"_L1, schema::oneOf(changeWindowKindNames())},
                                     {"start"_L1, time()},
                                     {"end"_L1, time()},
                                     {"cis"_L1, nodes()}}))},
                       {"conflicts"_L1,
                        list(object({{"change"_L1, schema::id()},
                                     {"conflict"_L1, ref(u"ChangeConflict"_s)}}))},
                       {"next_cursor"_L1, text(), false}});
    });
}

} // namespace frontline::api::resultshape
