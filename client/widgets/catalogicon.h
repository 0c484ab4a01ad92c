#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client {
class CatalogBrowser;
}

namespace frontline::client::ui {

// The icon a catalog item names (see the protocol's Catalog item: "laptop", "key", ...): the
// desktop theme's, else one of the style's own; always 32×32 so that names line up in a list.
QIcon catalogIcon(const QString& name);

// The item id of a catalog list's row (Qt::ItemDataRole).
inline constexpr int CatalogItemIdRole = Qt::UserRole + 1;

// Fills `list` with the browser's items (icon, name and description; named for screen
// readers), keeping the chosen item chosen; shows `more` when there is a next page and says in
// `state` how many there are, that it is looking, that nothing matches the search, or
// `nothingText` when the catalog offers nothing. The applet and the agent client show the
// catalog alike.
void fillCatalogList(QListWidget* list, const CatalogBrowser& browser, QLabel* state,
                     QPushButton* more, const QString& nothingText);

} // namespace frontline::client::ui
