// The result schemas of the configuration items (ci.*, shared/api/cmdbapi.h), from the
// toJson() of each answer's type.
#include "api/cmdbapi.h"
#include "api/methods.h"
#include "api/resultschemashapes.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

namespace {

// A user or organisation a CI names: its id and name.
QJsonObject namedRef()
{
    return object({{"id"_L1, schema::id()}, {"name"_L1, text()}});
}

} // namespace

void addCmdbComponents(QJsonObject& c)
{
    c.insert("CiClass"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"label"_L1, text()},
                     {"fields"_L1,
                      list(object({{"field"_L1, text()}, {"required"_L1, schema::boolean()}}))},
                     {"active"_L1, schema::boolean()},
                     {"created_at"_L1, count()},
                     {"updated_at"_L1, count()}}));
    // One end of a relationship, or a node an impact walk reached: a CI carries its class and
    // status; depth is the path length from the CI ci.impact asked about.
    c.insert("CiNode"_L1,
             object({{"kind"_L1, schema::oneOf(ciTargetKindNames())},
                     {"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"class"_L1, text(), false},
                     {"status"_L1, schema::oneOf(ciStatusNames()), false},
                     {"depth"_L1, schema::integer(1, MaxImpactDepth), false}}));
    c.insert("CiRelation"_L1,
             object({{"type"_L1, schema::oneOf(ciRelationTypeNames())},
                     {"other"_L1, ref(u"CiNode"_s)}}));
    // ci.get (and ci.relate / ci.unrelate, which answer the CI) add its relationships.
    c.insert("Ci"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"class"_L1, text()},
                     {"status"_L1, schema::oneOf(ciStatusNames())},
                     {"owner"_L1, schema::nullable(namedRef())},
                     {"organisation"_L1, schema::nullable(namedRef())},
                     {"host_name"_L1, text()},
                     {"serial"_L1, text()},
                     {"attributes"_L1, schema::anyObject()},
                     {"version"_L1, schema::integer(1, 2'000'000'000)},
                     {"created_at"_L1, count()},
                     {"updated_at"_L1, count()},
                     {"outgoing"_L1, list(ref(u"CiRelation"_s)), false},
                     {"incoming"_L1, list(ref(u"CiRelation"_s)), false}}));
    // What a CSV import did, or would do on a dry run, row by row (user.import, org.import
    // and ci.import answer the same).
    c.insert("ImportResult"_L1,
             object({{"dry_run"_L1, schema::boolean()},
                     {"applied"_L1, schema::boolean()},
                     {"created"_L1, count()},
                     {"updated"_L1, count()},
                     {"unchanged"_L1, count()},
                     {"refused"_L1, count()},
                     {"rows"_L1,
                      list(object({{"line"_L1, schema::integer(1, 2'000'000'000)},
                                   {"key"_L1, text()},
                                   {"action"_L1,
                                    schema::oneOf(
                                        {u"create"_s, u"update"_s, u"unchanged"_s, u"refused"_s})},
                                   {"changed"_L1, list(text()), false},
                                   {"field"_L1, text(), false},
                                   {"reason"_L1, text(), false}}))}}));
}

void addCmdbResults(Table& m)
{
    const auto ciClass = [] { return ref(u"CiClass"_s); };
    m.insert(QString(method::CiClassCreate), ciClass);
    m.insert(QString(method::CiClassUpdate), ciClass);
    m.insert(QString(method::CiClassList), [] {
        return object({{"items"_L1, list(ref(u"CiClass"_s))}});
    });
    const auto ci = [] { return ref(u"Ci"_s); };
    for (const auto name :
         {method::CiCreate, method::CiUpdate, method::CiGet, method::CiRelate, method::CiUnrelate})
        m.insert(QString(name), ci);
    // A page of CIs by id; next_cursor only when there is a next page.
    const auto ciPage = [] {
        return object({{"items"_L1, list(ref(u"Ci"_s))}, {"next_cursor"_L1, text(), false}});
    };
    m.insert(QString(method::CiList), ciPage);
    m.insert(QString(method::CiSearch), ciPage);
    m.insert(QString(method::CiImpact), [] {
        return object({{"ci"_L1, ref(u"CiNode"_s)},
                       {"cis"_L1, list(ref(u"CiNode"_s))},
                       {"services"_L1, list(ref(u"CiNode"_s))},
                       {"users"_L1, list(ref(u"CiNode"_s))},
                       {"organisations"_L1, list(ref(u"CiNode"_s))},
                       {"truncated"_L1, schema::boolean()}});
    });
    m.insert(QString(method::CiImport), [] { return ref(u"ImportResult"_s); });
}

} // namespace frontline::api::resultshape
