#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QVariant>

class QLayout;
class QWidget;

namespace frontline::client::ui {

// What the input widgets of an administration page's editor hold, field by field: a line's
// text, a choice's data (its text when it has none), a box's check state, a table's cells. A
// page that has no typed form of its own (EditedRecord) tells its unsaved edits by comparing
// the editor with the snapshot taken when it was filled. Views that only show (a table view
// of deliveries, a tree of folders) and widgets marked with ignore() are not part of it.
class EditorSnapshot
{
public:
    // The input widgets under `roots` (the form's rows, the page's area below it) as they are.
    static EditorSnapshot of(const QList<QLayout*>& layouts, const QList<QWidget*>& roots);

    // Leaves `widget` and what is inside it out of every snapshot (a search line, a picker
    // that adds at once, a list the server fills).
    static void ignore(QWidget* widget);

    // The fields whose value differs from `clean` (a field `clean` does not have counts).
    bool differsFrom(const EditorSnapshot& clean) const;
    // Takes `field`'s value from `now` (a choice list refilled after the editor was).
    void adopt(const EditorSnapshot& now, const QWidget* field);
    bool sameField(const EditorSnapshot& other, const QWidget* field) const;

private:
    void collect(QWidget* widget);
    void collect(QLayout* layout);

    struct Field
    {
        QPointer<const QWidget> widget; // null once deleted: its address may be taken again
        QVariant value;
    };
    QHash<const QWidget*, Field> m_values;
};

} // namespace frontline::client::ui
