#pragma once

#include "api/cmdbapi.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace frontline::client {
class CiEditor;
}

namespace frontline::client::ui {

// Create a CI, or change one (issue 22, admins): name, class (new ones only), status, host
// name, serial and the class's attributes. Saved through the CiEditor; a refusal shows its
// text and keeps the dialog open; saved, it closes.
class CiEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiEditDialog)

public:
    // Without `ci`: a new CI.
    CiEditDialog(CiEditor& editor, const QList<api::CiClass>& classes,
                 const std::optional<api::Ci>& ci, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* classBox() const { return m_class; }
    QLineEdit* attributeEdit(const QString& field) const { return m_attributes.value(field); }
    void accept() override;

private:
    void rebuildAttributes();
    QHash<QString, QString> attributeTexts() const; // by field name

    CiEditor& m_editor;
    QList<api::CiClass> m_classes;
    std::optional<api::Ci> m_ci;
    QLineEdit* m_name;
    QComboBox* m_class;
    QComboBox* m_status;
    QLineEdit* m_host;
    QLineEdit* m_serial;
    QFormLayout* m_form;
    QHash<QString, QLineEdit*> m_attributes;
    QLabel* m_error;
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
