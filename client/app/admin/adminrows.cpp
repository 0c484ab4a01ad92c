#include "adminrows.h"

#include "client/widgets/theme.h"

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

void FieldMark::show(QWidget* field)
{
    clear();
    if (!field)
        return;
    m_field = field;
    Theme::setStyleSheet(field, u"border: 1px solid {FieldMarkBorder};"_s);
    field->setFocus();
}

void FieldMark::clear()
{
    if (m_field)
        Theme::setStyleSheet(m_field, QString());
    m_field.clear();
}

} // namespace frontline::client::ui
