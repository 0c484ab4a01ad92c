#pragma once

#include "api/cmdbapi.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client {
class FieldCatalogue;
}

namespace frontline::client::ui {

// The attributes of a CI class (issue 22): custom fields from the field catalogue, in the
// order the CI editor shows them (Move up / Move down, or drag), each checked when every item
// of the class must have a value. It only shows and tells (changed()); the page saves. A
// refusal that names one attribute ("fields[1].field") selects its row and is said under the
// list until the attributes are edited.
class CiClassFieldsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiClassFieldsEditor)

public:
    explicit CiClassFieldsEditor(FieldCatalogue& catalogue, QWidget* parent = nullptr);

    void setFields(const QList<api::CiClassField>& fields); // no changed()
    QList<api::CiClassField> fields() const;

    void addField(const QString& name, bool required = false);
    void setRequired(int row, bool required);
    void moveRow(int row, int to);
    void removeRow(int row);
    void refreshChoices(); // the catalogue's active fields the class has not

    QListWidget* list() const { return m_list; }
    QComboBox* choices() const { return m_choices; }
    QLabel* problem() const { return m_problem; }
    void showProblem(int row, const QString& message);
    void clearProblem();

Q_SIGNALS:
    void changed();

private:
    void edited();
    void updateButtons();

    FieldCatalogue& m_catalogue;
    QComboBox* m_choices;
    QPushButton* m_add;
    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace frontline::client::ui
