#pragma once

#include <QJsonObject>
#include <QString>

namespace frontline::server {

class MethodRegistry;

// The OpenRPC 1.2.6 document rpc.discover answers, built from the registry: every method with
// its summary (api::methodSummary), its params from its params type's own fromJson run in
// describe mode (api::describeParams, by name), its result schema where one is stated
// (api::resultSchema; their shared shapes, api::resultComponents, under components.schemas),
// the shared error codes, and the nested objects that several methods take (a ticket filter)
// once under components.schemas.
QJsonObject openRpcDocument(const MethodRegistry& registry, const QString& version);

} // namespace frontline::server
