#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace frontline::api {
struct CiClass;
}

namespace frontline::client {
class CiClassAdmin;
class FieldCatalogue;
} // namespace frontline::client

namespace frontline::client::ui {

class CiClassFieldsEditor;

// CI classes (configuration management, issue 22): the list with each class's label, name,
// number of attributes and whether it is active; the form of one class: name (fixed once
// created: the items and scripts use it), label, active, and its attributes (custom fields in
// order, each required or not). Save creates the class, or sends only what changed. A refusal
// is said under the input it names (the name, the label, an attribute's row) until that input
// is edited. The calls are CiClassAdmin's; the field catalogue offers the custom fields.
class CiClassesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiClassesPage)

public:
    CiClassesPage(CiClassAdmin& admin, FieldCatalogue& catalogue, QWidget* parent = nullptr);
    void reload() override;

    // The class as the form describes it (what Save sends).
    api::CiClass draft() const;
    CiClassFieldsEditor* attributes() const { return m_fields; }
    // The param the last refusal named ("name", "fields[1].field"); empty: none.
    QString markedField() const { return m_marked; }
    // The problem said under the named input (empty: none).
    QString problemText() const;

Q_SIGNALS:
    void classSaved(); // the CI browser and editor read the classes again

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString describeField(const QString& field) const override;

private:
    void listClasses();
    void showClass(const std::optional<api::CiClass>& ciClass);
    void showProblem(const QString& field, const QString& message);
    void clearProblem();
    void edited(const QString& field);

    CiClassAdmin& m_admin;
    FieldCatalogue& m_catalogue;
    qint64 m_currentId = 0;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QLineEdit* m_label;
    QLabel* m_labelProblem;
    QCheckBox* m_active;
    CiClassFieldsEditor* m_fields;
    FieldMark m_mark;
    QString m_marked;
};

} // namespace frontline::client::ui
