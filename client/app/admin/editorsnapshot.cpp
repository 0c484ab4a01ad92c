#include "editorsnapshot.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

#include <algorithm>
#include <optional>

namespace frontline::client::ui {
namespace {

const char* const IgnoredProperty = "frontlineNotAnEdit";

QVariant tableValue(const QTableWidget* table)
{
    QVariantList cells {table->rowCount(), table->columnCount()};
    QSet<const QWidget*> cellWidgets;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem* item = table->item(row, column);
            cells.append(item ? QVariantList {item->text(), int(item->checkState())} : QVariant());
            if (const QWidget* cell = table->cellWidget(row, column))
                cellWidgets.insert(cell);
        }
    }
    // A cell open for typing (its editor on the view, not a cell's own widget) has not given
    // its text to its item yet: that counts as an edit.
    const QList<QWidget*> onView =
        table->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    cells.append(std::any_of(onView.begin(), onView.end(), [&](const QWidget* widget) {
        return widget->isVisible() && !cellWidgets.contains(widget);
    }));
    return cells;
}

QVariant listValue(const QListWidget* list)
{
    QVariantList items;
    for (int row = 0; row < list->count(); ++row) {
        // An item with data is that record (its text, a field's label, may be renamed
        // elsewhere meanwhile); one without is its text.
        const QListWidgetItem* item = list->item(row);
        const QVariant data = item->data(Qt::UserRole);
        items.append(
            QVariantList {data.isValid() ? data : QVariant(item->text()), int(item->checkState())});
    }
    return items;
}

// The value of an input widget; invalid for a widget that is none (its children may be).
std::optional<QVariant> valueOf(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->text();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget))
        return text->toPlainText();
    if (const auto* text = qobject_cast<const QTextEdit*>(widget))
        return text->toPlainText();
    if (const auto* choice = qobject_cast<const QComboBox*>(widget)) {
        const QVariant data = choice->currentData();
        return data.isValid() ? data : QVariant(choice->currentText());
    }
    // A spin box's value (its text stays empty until a value is set that differs from the one
    // it started with).
    if (const auto* spin = qobject_cast<const QSpinBox*>(widget))
        return spin->value();
    if (const auto* spin = qobject_cast<const QDoubleSpinBox*>(widget))
        return spin->value();
    if (const auto* spin = qobject_cast<const QDateTimeEdit*>(widget))
        return spin->dateTime();
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget))
        return spin->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->isCheckable() ? QVariant(button->isChecked()) : QVariant();
    if (const auto* table = qobject_cast<const QTableWidget*>(widget))
        return tableValue(table);
    if (const auto* list = qobject_cast<const QListWidget*>(widget))
        return listValue(list);
    if (qobject_cast<const QAbstractItemView*>(widget))
        return QVariant(); // a view that only shows
    return std::nullopt;
}

} // namespace

EditorSnapshot EditorSnapshot::of(const QList<QLayout*>& layouts, const QList<QWidget*>& roots)
{
    EditorSnapshot snapshot;
    for (QLayout* layout : layouts)
        snapshot.collect(layout);
    for (QWidget* root : roots)
        snapshot.collect(root);
    return snapshot;
}

void EditorSnapshot::ignore(QWidget* widget)
{
    widget->setProperty(IgnoredProperty, true);
}

void EditorSnapshot::collect(QLayout* layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget())
            collect(widget);
        else if (QLayout* inner = item->layout())
            collect(inner);
    }
}

void EditorSnapshot::collect(QWidget* widget)
{
    if (widget->property(IgnoredProperty).toBool())
        return;
    if (const std::optional<QVariant> value = valueOf(widget)) {
        if (value->isValid())
            m_values.insert(widget, {widget, *value});
        // A table's cells may hold widgets of their own (a choice, a box); the other parts of
        // a field (a spin box's line, a view's editors) are not fields.
        if (const auto* table = qobject_cast<const QTableWidget*>(widget)) {
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (QWidget* cell = table->cellWidget(row, column))
                        collect(cell);
                }
            }
        }
        return;
    }
    if (const auto* group = qobject_cast<const QGroupBox*>(widget); group && group->isCheckable())
        m_values.insert(widget, {widget, group->isChecked()});
    for (QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        collect(child);
}

bool EditorSnapshot::differsFrom(const EditorSnapshot& clean) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const auto found = clean.m_values.constFind(it.key());
        // A widget made after `clean` at the address of one deleted since is not that one.
        if (found == clean.m_values.cend() || !found->widget || found->value != it->value)
            return true;
    }
    return false;
}

void EditorSnapshot::adopt(const EditorSnapshot& now, const QWidget* field)
{
    const auto found = now.m_values.constFind(field);
    if (found == now.m_values.cend())
        m_values.remove(field);
    else
        m_values.insert(field, *found);
}

bool EditorSnapshot::sameField(const EditorSnapshot& other, const QWidget* field) const
{
    return m_values.value(field).value == other.m_values.value(field).value;
}

} // namespace frontline::client::ui
