#pragma once

#include <QIcon>
#include <QString>

namespace frontline::client::ui {

// The icon a catalog item names (see the protocol's Catalog item: "laptop", "key", ...): the
// desktop theme's, else one of the style's own; always 32×32 so that names line up in a list.
QIcon catalogIcon(const QString& name);

} // namespace frontline::client::ui
