#pragma once

#include <QJsonObject>
#include <QStringView>

namespace frontline::api {

// The JSON Schema (draft 7) of what a method answers, for rpc.discover — stated here, next to
// the result types of shared/api, for the methods the protocol reference's examples and the
// README's integrations use. Objects are closed (additionalProperties: false) and list every
// field they always carry as required, so a field the server sends but this does not describe
// (or a described one it stops sending) fails tests/integration/test_resultschemas.cpp, which
// checks real answers against these. An empty object: not described yet (any JSON value).
QJsonObject resultSchema(QStringView method);

// The shapes the result schemas share (Ticket, UserRef, ...), referred to as
// "#/components/schemas/<name>"; rpc.discover puts them under components.schemas.
QJsonObject resultComponents();

} // namespace frontline::api
