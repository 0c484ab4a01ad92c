// The result schemas of the custom fields (field.*, shared/api/fieldapi.h), from the toJson()
// of each answer's type.
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
}

void addCatalogResults(Table& m)
{
    const auto field = [] { return ref(u"FieldDefinition"_s); };
    m.insert(QString(method::FieldCreate), field);
    m.insert(QString(method::FieldUpdate), field);
    m.insert(QString(method::FieldList), [] {
        return object({{"items"_L1, list(ref(u"FieldDefinition"_s))}});
    });
}

} // namespace frontline::api::resultshape
