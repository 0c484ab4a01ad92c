#include "adminrows.h"

#include <QComboBox>
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

QListWidgetItem* addPickedField(QListWidget* list, const QString& name, const QString& text,
                                bool required, const QString& toolTip)
{
    const QSignalBlocker quiet(list);
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                   | Qt::ItemIsDragEnabled);
    item->setCheckState(required ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(toolTip);
    return item;
}

QListWidgetItem* movePickedField(QListWidget* list, int row, int to)
{
    if (row < 0 || to < 0 || row >= list->count() || to >= list->count() || row == to)
        return nullptr;
    const QSignalBlocker quiet(list);
    QListWidgetItem* item = list->takeItem(row);
    list->insertItem(to, item);
    return item;
}

bool removePickedField(QListWidget* list, int row)
{
    if (row < 0 || row >= list->count())
        return false;
    const QSignalBlocker quiet(list);
    delete list->takeItem(row);
    return true;
}

bool offerFields(QComboBox* choices, const QList<api::FieldDefinition>& fields,
                 const QStringList& taken, const QString& format)
{
    const QString kept = choices->currentData().toString();
    choices->clear();
    for (const api::FieldDefinition& field : fields) {
        if (field.active && !taken.contains(field.name))
            choices->addItem(format.arg(field.label, field.name), field.name);
    }
    const int index = choices->findData(kept);
    choices->setCurrentIndex(index >= 0 ? index : 0);
    return choices->count() > 0;
}

} // namespace frontline::client::ui
