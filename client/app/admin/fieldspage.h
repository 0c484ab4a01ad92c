#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace frontline::api {
struct FieldDefinition;
}

namespace frontline::client {
class FieldCatalogue;
class FieldsAdmin;
} // namespace frontline::client

namespace frontline::client::ui {

class FieldForm;

// Custom fields (issue 21): the list with each field's type, where it applies and whether it
// is active; the form of one field: name and type (fixed once created), label, help, the
// options of a choice (stable keys with their labels; an option taken out stays on old
// tickets), the limits of a number or a text, required, shown to requesters, the ticket types
// and categories it applies to, active. Beside it a live preview: the field as the agent's and
// the applet's forms will show it (the same FieldForm), checked as they will check it. The
// calls are FieldsAdmin's.
class FieldsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsPage)

public:
    FieldsPage(FieldsAdmin& admin, FieldCatalogue& catalogue, QWidget* parent = nullptr);
    void reload() override;

    // The definition as the form now describes it (what Save sends, what the preview shows).
    api::FieldDefinition draft() const;
    FieldForm* preview() const { return m_preview; }
    // Adds an option row (the key made from the label when left empty).
    void addOption(const QString& label, const QString& key = {});

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString describeField(const QString& field) const override;

private:
    void listFields();
    void showField(const std::optional<api::FieldDefinition>& field);
    void fillCategories(const QStringList& checked);
    void updateTypeRows();
    void updatePreview();
    void checkPreview();
    void showProblem(const QString& field, const QString& message);

    FieldsAdmin& m_admin;
    FieldCatalogue& m_catalogue;
    qint64 m_currentId = 0;
    QLineEdit* m_name;
    QLineEdit* m_label;
    QComboBox* m_type;
    QLineEdit* m_help;
    QGroupBox* m_optionsBox;
    QTableWidget* m_options;
    QPushButton* m_addOption;
    QPushButton* m_removeOption;
    QLineEdit* m_min;
    QLineEdit* m_max;
    QLabel* m_minLabel;
    QLabel* m_maxLabel;
    QCheckBox* m_required;
    QCheckBox* m_visible;
    QCheckBox* m_active;
    QHash<QString, QCheckBox*> m_types;
    QListWidget* m_categories;
    FieldForm* m_preview;
    QLabel* m_previewNote;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
