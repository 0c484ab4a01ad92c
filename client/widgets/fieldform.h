#pragma once

#include "api/fieldapi.h"
#include "client/core/fieldvalue.h"
#include "domain/enums.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace frontline::client {
class FieldCatalogue;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

// The custom fields of a ticket as a form, the same in every place that shows them: the agent's
// new-ticket form and ticket pane, the applet's form and the administration's preview. One input
// per field by its type (text: a line edit; number: a spin box that steps within the field's
// limits; date: a date edit; choice: a combo box; multi-choice: a list of check boxes; user:
// the people picker; organisation: a combo box of the organisations), the label marked when
// required, the help under it, and under each input the problem the shared rules find, in the
// user's language. Inputs are named by their label for screen readers, the help and limits are
// their description. The form makes no call: values go out through whoever owns it.
class FieldForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldForm)

public:
    // `session`: for the people picker of user fields (none in the preview: a plain line edit).
    FieldForm(FieldCatalogue& catalogue, Session* session, QWidget* parent = nullptr);

    // Shows `fields` in this order, filled with `values` (by field name); the values given are
    // what changedValues() compares with.
    void setFields(const QList<api::FieldDefinition>& fields, const FieldValues& values = {});
    const QList<api::FieldDefinition>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    // Every field shown, by name: its value, or null when empty.
    FieldValues values() const;
    // Only the fields whose value differs from the one given to setFields.
    FieldValues changedValues() const;
    void setReadOnly(bool readOnly);

    // Checks the values with the shared rules for a ticket of `type` and `category` (`current`:
    // the ticket's values now; `checkRequired`: the required fields must have one) and shows
    // each problem under its input; true when there is none.
    bool validate(TicketType type, const QString& category, const FieldValues& current = {},
                  bool checkRequired = true);
    // Shows these problems (by field name) and clears the others; the first input with one
    // takes the focus when `focus`.
    void showProblems(const QHash<QString, QString>& problems, bool focus = true);
    // The first of these problems in the form's order, as "Label: reason" (empty: none).
    QString firstProblem(const QHash<QString, QString>& problems) const;
    // A problem named by the server for `path` (fields.<name>): shown under its input; false
    // when no input here has that name.
    bool showServerProblem(const QString& path, const QString& message);
    void clearProblems();
    QString problemAt(const QString& name) const;
    QWidget* input(const QString& name) const;

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        api::FieldDefinition field;
        QWidget* input = nullptr;
        QLabel* problem = nullptr;
    };

    QWidget* makeInput(const api::FieldDefinition& field);
    void setValue(const Row& row, const FieldValue& value);
    FieldValue valueOf(const Row& row) const;
    static QString description(const api::FieldDefinition& field);

    FieldCatalogue& m_catalogue;
    Session* m_session;
    QFormLayout* m_layout;
    QList<api::FieldDefinition> m_fields;
    QList<Row> m_rows;
    FieldValues m_initial;
    bool m_readOnly = false;
};

} // namespace frontline::client::ui
