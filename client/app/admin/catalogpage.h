#pragma once

#include "api/catalogapi.h"
#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"
#include "client/core/admin/editedrecord.h"

#include <QHash>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace frontline::client {
class CatalogAdmin;
class FieldCatalogue;
} // namespace frontline::client

namespace frontline::client::ui {

class ApprovalChainEditor;
class CatalogFormDesigner;
class TaskListEditor;

// The service catalog (issue 21): the items on the left (name, icon, inactive marked), the
// chosen one's editor on the right: name and icon, then tabs for its details (description,
// category, audience by role and organisation, fulfilment group, SLA policy, active), its form
// (the designer with the requester's form previewed beside it), its approval chain and its
// fulfilment tasks. Save sends the whole item; a refusal is shown under the field it names and
// in the status line. The calls are CatalogAdmin's. When the items are read again (after a
// save, or as another administrator changes the catalog), the item on the editor is shown as it
// now is unless it has unsaved edits: those stay, and a change made meanwhile by someone else
// is said in the status line (Save then replaces it).
class CatalogPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    CatalogPage(CatalogAdmin& admin, FieldCatalogue& catalogue, QWidget* parent = nullptr);
    void reload() override;

    // The item as the editor now describes it (what Save sends).
    api::CatalogItem draft() const;
    CatalogFormDesigner* designer() const { return m_designer; }
    ApprovalChainEditor* approvals() const { return m_approvals; }
    TaskListEditor* tasks() const { return m_tasks; }
    QTabWidget* sections() const { return m_sections; }
    // The message shown under the input a refusal named (empty: none).
    QString inlineProblem() const;
    QWidget* markedInput() const { return m_markedInput; }
    // Chooses the item of this name in the list as a click would: with unsaved edits, it is
    // shown once the question about them is answered Discard (false: not listed).
    bool selectItem(const QString& name);
    // The editor differs from the item as it was shown (or saved).
    bool hasUnsavedEdits() const override;

    enum Section { DetailsSection, FormSection, ApprovalsSection, TasksSection };

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString describeField(const QString& field) const override;

private:
    void listItems();
    void showItem(const std::optional<api::CatalogItem>& item);
    void fillChoices(const api::CatalogItem& item);
    void showProblem(const QString& field, const QString& message);
    void clearProblem();

    CatalogAdmin& m_admin;
    FieldCatalogue& m_catalogue;
    qint64 m_currentId = 0;
    EditedRecord<api::CatalogItem> m_edited; // none shown: a blank item (id 0)
    QLineEdit* m_name;
    QComboBox* m_icon;
    QCheckBox* m_active;
    QTabWidget* m_sections;
    QFormLayout* m_details;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QHash<QString, QCheckBox*> m_roles;
    QListWidget* m_orgs;
    QComboBox* m_group;
    QComboBox* m_sla;
    CatalogFormDesigner* m_designer;
    ApprovalChainEditor* m_approvals;
    TaskListEditor* m_tasks;
    FieldMark m_mark;
    QPointer<QLabel> m_problem;
    QPointer<QWidget> m_markedInput;
};

} // namespace frontline::client::ui
