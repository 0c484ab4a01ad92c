#include "api/catalogapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/catalogservice.h"
#include "services/configpush.h"

namespace frontline::server {
namespace {

using namespace api;

CatalogService catalog(JobScope& s)
{
    return CatalogService(s.session, s.workflow, s.principal, s.now);
}

} // namespace

void registerCatalogMethods(MethodRegistry& registry)
{
    // The applets' and agents' open catalogs list the items again (config.changed "catalog").
    registry.addWrite<CatalogItemCreateParams>(
        method::CatalogItemCreate, Access::Admin,
        announcingConfig<CatalogItemCreateParams>(
            {QString(configpart::Catalog)},
            [](JobScope& s, const CatalogItemCreateParams& p) { return catalog(s).create(p); }));
    registry.addWrite<CatalogItemUpdateParams>(
        method::CatalogItemUpdate, Access::Admin,
        announcingConfig<CatalogItemUpdateParams>(
            {QString(configpart::Catalog)},
            [](JobScope& s, const CatalogItemUpdateParams& p) { return catalog(s).update(p); }));
    // Everyone reads the items their audience may request (the applet's catalog).
    registry.addRead<IdParams>(method::CatalogItemGet, Access::Authenticated,
                               [](JobScope& s, const IdParams& p) { return catalog(s).get(p.id); });
    registry.addRead<CatalogItemListParams>(
        method::CatalogItemList, Access::Authenticated,
        [](JobScope& s, const CatalogItemListParams& p) { return catalog(s).list(p); });
    registry.addWrite<CatalogRequestParams>(
        method::CatalogRequest, Access::Authenticated,
        [](JobScope& s, const CatalogRequestParams& p) { return catalog(s).request(p); });
}

} // namespace frontline::server
