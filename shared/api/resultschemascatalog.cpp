// The result schemas of the custom fields (field.*, shared/api/fieldapi.h), the service
// catalogue (catalog.*, catalogapi.h) and the approvals (approval.*, approvalapi.h), from the
// toJson() of each answer's type.
#include "api/catalogapi.h"
#include "api/fieldapi.h"
#include "api/methods.h"
#include "api/resultschemashapes.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

void addCatalogComponents(QJsonObject& c)
{
    // A custom field; min and max (a number's range, a text's length) are null when unset,
    // empty ticket_types or categories: every one.
    c.insert("FieldDefinition"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"label"_L1, text()},
                     {"type"_L1, schema::oneOf(fieldTypeNames())},
                     {"options"_L1,
                      list(object({{"key"_L1, text()},
                                   {"label"_L1, text()},
                                   {"active"_L1, schema::boolean()}}))},
                     {"required"_L1, schema::boolean()},
                     {"min"_L1, schema::nullable(number())},
                     {"max"_L1, schema::nullable(number())},
                     {"help"_L1, text()},
                     {"visible_to_requester"_L1, schema::boolean()},
                     {"active"_L1, schema::boolean()},
                     {"ticket_types"_L1, list(text())},
                     {"categories"_L1, list(text())},
                     {"created_at"_L1, time()},
                     {"updated_at"_L1, time()}}));
    // One approver's approval of one step of a ticket's chain.
    c.insert(
        "ApprovalItem"_L1,
        object({{"id"_L1, schema::id()},
                {"chain"_L1, schema::id()},
                {"ticket"_L1,
                 object({{"id"_L1, schema::id()},
                         {"title"_L1, text()},
                         {"status"_L1, text()},
                         {"requester"_L1, text()}})},
                {"step"_L1, count()},
                {"step_count"_L1, count()},
                {"kind"_L1, schema::oneOf({u"manager"_s, u"user"_s, u"group"_s})},
                {"state"_L1, text()},
                {"approver"_L1, object({{"id"_L1, schema::id()}, {"display_name"_L1, text()}})},
                {"note"_L1, text()},
                {"comment"_L1, text()},
                {"created_at"_L1, time()},
                {"delegated_from"_L1, schema::nullable(schema::id())},
                {"decided_at"_L1, nullableTime()}}));
    // A catalogue item; its approvals are the chain's steps as approval.request takes them,
    // an empty audience: everyone.
    c.insert(
        "CatalogItem"_L1,
        object(
            {{"id"_L1, schema::id()},
             {"name"_L1, text()},
             {"description"_L1, text()},
             {"icon"_L1, text()},
             {"category"_L1, schema::nullable(text())},
             {"audience"_L1, object({{"roles"_L1, list(text())}, {"orgs"_L1, list(schema::id())}})},
             {"form"_L1, list(object({{"field"_L1, text()}, {"required"_L1, schema::boolean()}}))},
             {"group"_L1, schema::nullable(schema::id())},
             {"sla_policy"_L1, schema::nullable(schema::id())},
             {"approvals"_L1,
              list(object({{"kind"_L1, schema::oneOf({u"manager"_s, u"user"_s, u"group"_s})},
                           {"user"_L1, schema::id(), false},
                           {"group"_L1, schema::id(), false},
                           {"rule"_L1, text(), false},
                           {"n"_L1, count(), false}}))},
             {"tasks"_L1,
              list(object({{"title"_L1, text()},
                           {"description"_L1, text()},
                           {"group"_L1, schema::id()},
                           {"stage"_L1, schema::integer(1, 10)}}))},
             {"active"_L1, schema::boolean()},
             {"created_at"_L1, time()},
             {"updated_at"_L1, time()}}));
    // The caller's delegation of their approvals: both null when there is none.
    c.insert("ApprovalDelegation"_L1,
             object({{"to"_L1, schema::nullable(schema::id())}, {"until"_L1, nullableTime()}}));
}

void addCatalogResults(Table& m)
{
    const auto field = [] { return ref(u"FieldDefinition"_s); };
    m.insert(QString(method::FieldCreate), field);
    m.insert(QString(method::FieldUpdate), field);
    m.insert(QString(method::FieldList), [] {
        return object({{"items"_L1, list(ref(u"FieldDefinition"_s))}});
    });
    const auto item = [] { return ref(u"CatalogItem"_s); };
    for (const auto name :
         {method::CatalogItemCreate, method::CatalogItemUpdate, method::CatalogItemGet})
        m.insert(QString(name), item);
    m.insert(QString(method::CatalogItemList), [] {
        return object(
            {{"items"_L1, list(ref(u"CatalogItem"_s))}, {"next_cursor"_L1, text(), false}});
    });
    m.insert(QString(method::CatalogRequest), [] { return ref(u"Ticket"_s); });
    // approval.request: the first step's approvals, the chain and the ticket as it now is.
    m.insert(QString(method::ApprovalRequest), [] {
        return object({{"items"_L1, list(ref(u"ApprovalItem"_s))},
                       {"chain"_L1, schema::id()},
                       {"ticket"_L1, ref(u"Ticket"_s)}});
    });
    m.insert(QString(method::ApprovalList), [] {
        return object({{"items"_L1, list(ref(u"ApprovalItem"_s))},
                       {"delegation"_L1, ref(u"ApprovalDelegation"_s)}});
    });
    m.insert(QString(method::ApprovalDecide), [] { return ref(u"ApprovalItem"_s); });
    m.insert(QString(method::ApprovalDelegate), [] { return ref(u"ApprovalDelegation"_s); });
}

} // namespace frontline::api::resultshape
