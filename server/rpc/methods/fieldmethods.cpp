#include "api/fieldapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/configpush.h"
#include "services/fieldservice.h"

namespace frontline::server {
namespace {

using namespace api;

FieldService fields(JobScope& scope)
{
    return FieldService(scope.session, scope.principal, scope.now);
}

} // namespace

void registerFieldMethods(MethodRegistry& registry)
{
    registry.addWrite<FieldCreateParams>(
        method::FieldCreate, Access::Admin,
        announcingConfig<FieldCreateParams>(
            {QString(configpart::Fields)},
            [](JobScope& s, const FieldCreateParams& p) { return fields(s).create(p); }));
    // Requesters read the fields shown to them (the applet's new-ticket form).
    registry.addRead<EmptyParams>(method::FieldList, Access::Authenticated,
                                  [](JobScope& s, const EmptyParams&) { return fields(s).list(); });
    registry.addWrite<FieldUpdateParams>(
        method::FieldUpdate, Access::Admin,
        announcingConfig<FieldUpdateParams>(
            {QString(configpart::Fields)},
            [](JobScope& s, const FieldUpdateParams& p) { return fields(s).update(p); }));
}

} // namespace frontline::server
