#pragma once

#include "api/approvalapi.h"
#include "api/catalogapi.h"
#include "api/fieldapi.h"
#include "domain/group.h"
#include "domain/user.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace frontline::client {
class FieldCatalogue;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class FieldForm;
class UserPicker;

// The parts of the Catalog tab's item editor (issue 21), each one list of rows the admin edits
// in place; they only show and tell (changed()), the page saves.

// The form designer: the custom fields the requester fills in, in order (Up / Down or drag),
// each marked required or not (its check box), fields added from the field catalogue and
// removed; beside it the preview, the same FieldForm the requester's form is, redrawn at each
// change.
class CatalogFormDesigner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFormDesigner)

public:
    explicit CatalogFormDesigner(FieldCatalogue& catalogue, QWidget* parent = nullptr);

    void setForm(const QList<api::CatalogFormField>& form);
    QList<api::CatalogFormField> form() const;
    // The fields as the requester's form shows them: the catalogue's definitions in the
    // form's order, required where the item or the field says so.
    static QList<api::FieldDefinition> requesterFields(const FieldCatalogue& catalogue,
                                                       const QList<api::CatalogFormField>& form);

    void addField(const QString& name, bool required = false);
    void setRequired(int row, bool required);
    void moveRow(int row, int to);
    void removeRow(int row);
    void refreshChoices(); // the fields the catalogue has that the form has not
    QListWidget* list() const { return m_list; }
    FieldForm* preview() const { return m_preview; }
    QWidget* problemInput(const QString& part) const;

Q_SIGNALS:
    void changed();

private:
    void updatePreview();

    FieldCatalogue& m_catalogue;
    QComboBox* m_choices;
    QPushButton* m_add;
    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    FieldForm* m_preview;
    QLabel* m_previewNote;
};

// The approval chain: steps in order, each the requester's manager, a named user (found by
// name, username or e-mail as one types: any enabled user, however many there are), or a group
// with any / all / n of its members.
class ApprovalChainEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalChainEditor)

public:
    // `session`: the people search of a named person's step (UserPicker).
    explicit ApprovalChainEditor(Session& session, QWidget* parent = nullptr);

    void setGroups(const QList<Group>& groups);
    // Shows the steps; the people they name show as "#id" until setPerson() gives their names.
    void setSteps(const QList<api::ApprovalStep>& steps);
    // The people the steps name (to be read, by id).
    QList<qint64> people() const;
    // A person read: the steps naming them (and not changed since) show their name.
    void setPerson(const User& user);
    QList<api::ApprovalStep> steps() const;
    void addStep(); // a manager step
    int count() const { return static_cast<int>(m_rows.size()); }
    // A row's input: "kind", "user" (a UserPicker), "group", "rule", "n" (nullptr when none).
    QWidget* input(int row, const QString& part) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        QComboBox* kind = nullptr;
        QComboBox* who = nullptr; // the group
        UserPicker* person = nullptr;
        QLabel* whoLabel = nullptr;
        QComboBox* rule = nullptr;
        QLabel* ruleLabel = nullptr;
        QSpinBox* n = nullptr;
    };
    void appendRow(const api::ApprovalStep& step);
    void updateRow(Row& row);
    void fillWho(Row& row, qint64 keep);
    void renumber();

    Session& m_session;
    QList<Group> m_groups;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
};

// The fulfilment tasks: title, description, group and stage of each (tasks of one stage run
// side by side, the stages one after the other).
class TaskListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListEditor)

public:
    explicit TaskListEditor(QWidget* parent = nullptr);

    void setGroups(const QList<Group>& groups);
    void setTasks(const QList<api::CatalogTask>& tasks);
    QList<api::CatalogTask> tasks() const;
    void addTask(const api::CatalogTask& task = {});
    int count() const { return static_cast<int>(m_rows.size()); }
    // A row's input: "title", "description", "group", "stage" (nullptr when none).
    QWidget* input(int row, const QString& part) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        QLineEdit* name = nullptr;
        QLineEdit* description = nullptr;
        QComboBox* group = nullptr;
        QSpinBox* stage = nullptr;
    };
    void fillGroups(Row& row, qint64 keep);
    void renumber();

    QList<Group> m_groups;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
};

} // namespace frontline::client::ui
