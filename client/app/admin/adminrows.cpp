#include "adminrows.h"

#include <QListWidget>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

bool fillRows(QListWidget* list, const QList<AdminRow>& rows, qint64 keep)
{
    const QSignalBlocker quiet(list);
    list->clear();
    bool found = false;
    for (const AdminRow& row : rows) {
        auto* item = new QListWidgetItem(row.text, list);
        item->setData(Qt::UserRole, row.id);
        if (keep && row.id == keep) {
            list->setCurrentItem(item);
            found = true;
        }
    }
    return found;
}

} // namespace frontline::client::ui
