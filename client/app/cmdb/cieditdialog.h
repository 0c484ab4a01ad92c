#pragma once

#include "api/cmdbapi.h"
#include "client/widgets/fieldmark.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace frontline::client {
class CiEditor;
class FieldCatalogue;
} // namespace frontline::client

namespace frontline::client::ui {

class FieldForm;
class UserPicker;

// Create a CI, or change one (issue 22, admins): name, class (new ones only), status, owner
// (a person found by name; empty: nobody), organisation ("None" or one of the catalogue's),
// host name, serial and the class's attributes, each edited by its custom field's type in the
// same FieldForm as a ticket's fields. The attribute values are checked before anything is sent
// (a required one empty, a value its field refuses: said under its editor, nothing sent). Saved
// through the CiEditor; a refusal shows its text,
// marks the input it names (an attribute's problem under its editor) and keeps the dialog
// open; saved, it closes. An update sends only the attributes that changed.
class CiEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiEditDialog)

public:
    // Without `ci`: a new CI. `catalogue`: the attributes' field definitions and the
    // organisations offered.
    CiEditDialog(CiEditor& editor, FieldCatalogue& catalogue, const QList<api::CiClass>& classes,
                 const std::optional<api::Ci>& ci, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* classBox() const { return m_class; }
    UserPicker* ownerEdit() const { return m_owner; }
    QComboBox* organisationBox() const { return m_organisation; }
    FieldForm* attributeForm() const { return m_attributes; }
    QWidget* attributeEdit(const QString& field) const;
    QLabel* errorText() const { return m_error; }
    // The param the last refusal named ("owner", "attributes.ram_gb"); empty: none.
    QString markedField() const { return m_marked; }
    void accept() override;

private:
    void rebuildAttributes();
    void fillOrganisations();
    void showError(const QString& message, const QString& field);
    // Problems found before sending, by attribute name: each under its editor, the first named.
    void showAttributeProblems(const QHash<QString, QString>& problems);
    void clearMark();
    QWidget* widgetFor(const QString& field) const;
    // The owner to send: nullopt to leave it as it is; set when it changed (null: cleared).
    // False when the text names nobody the picker offered.
    bool ownerChoice(api::Nullable<qint64>& owner) const;

    CiEditor& m_editor;
    FieldCatalogue& m_catalogue;
    QList<api::CiClass> m_classes;
    std::optional<api::Ci> m_ci;
    QLineEdit* m_name;
    QComboBox* m_class;
    QComboBox* m_status;
    UserPicker* m_owner;
    QComboBox* m_organisation;
    QLineEdit* m_host;
    QLineEdit* m_serial;
    FieldForm* m_attributes;
    QLabel* m_attributesLabel;
    QLabel* m_error;
    QString m_marked;
    FieldMark m_mark;
};

// Relate the CI to another (issue 22, admins): the type and a CI found by name.
class CiRelateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiRelateDialog)

public:
    CiRelateDialog(CiEditor& editor, const api::Ci& from, QWidget* parent = nullptr);

    QComboBox* typeBox() const { return m_type; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* targetBox() const { return m_target; }
    void accept() override;

private:
    CiEditor& m_editor;
    api::Ci m_from;
    QComboBox* m_type;
    QLineEdit* m_search;
    QComboBox* m_target;
    QLabel* m_error;
};

} // namespace frontline::client::ui
