#include "ciclassespage.h"

#include "api/cmdbapi.h"
#include "client/app/admin/ciclassfields.h"
#include "client/core/admin/ciclassadmin.h"
#include "client/core/fieldcatalogue.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QLabel* ciClassProblemLabel(const QString& name)
{
    QLabel* label = plainLabel();
    label->setObjectName(name);
    label->setWordWrap(true);
    Theme::setStyleSheet(label, u"color: {ErrorText};"_s);
    label->hide();
    return label;
}

// An input with its problem under it, as one row of the form.
QWidget* ciClassInputWithProblem(QWidget* input, QLabel* problem)
{
    auto* holder = new QWidget;
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(problem);
    holder->setFocusProxy(input); // the row label's mnemonic reaches the input
    return holder;
}

// "fields[1].field" -> 1; -1 for any other path.
int ciClassFieldRow(const QString& field)
{
    static const QRegularExpression pattern(u"^fields\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

CiClassesPage::CiClassesPage(CiClassAdmin& admin, FieldCatalogue& catalogue, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_catalogue(catalogue)
    , m_name(new QLineEdit)
    , m_nameProblem(ciClassProblemLabel(u"ciClassNameProblem"_s))
    , m_label(new QLineEdit)
    , m_labelProblem(ciClassProblemLabel(u"ciClassLabelProblem"_s))
    , m_active(new QCheckBox(tr("A&ctive: new items can be of this class")))
    , m_fields(new CiClassFieldsEditor(catalogue))
{
    setObjectName(u"ciClassesPage"_s);
    m_name->setObjectName(u"ciClassNameEdit"_s);
    m_label->setObjectName(u"ciClassLabelEdit"_s);
    m_active->setObjectName(u"ciClassActiveCheck"_s);
    m_fields->setObjectName(u"ciClassFields"_s);
    // Each input is inside a holder with its problem: named here, not by the row's label.
    m_name->setAccessibleName(tr("Name"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setAccessibleDescription(tr("The class as people read it in lists and forms"));
    m_name->setPlaceholderText(tr("phone (lower case; never changes once saved)"));
    m_label->setPlaceholderText(tr("Phone"));
    m_active->setToolTip(tr("An inactive class keeps its items but takes no new ones"));

    m_form->addRow(tr("Na&me"), ciClassInputWithProblem(m_name, m_nameProblem));
    m_form->addRow(tr("&Label"), ciClassInputWithProblem(m_label, m_labelProblem));
    m_form->addRow(QString(), m_active);

    auto* attributesBox = new QGroupBox(tr("Attributes"));
    auto* attributesLayout = new QVBoxLayout(attributesBox);
    attributesLayout->addWidget(m_fields);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(attributesBox);
    notAnEdit(m_fields->choices()); // the field to add next: added, it is an edit

    followBusy(m_admin);
    connect(&m_admin, &CiClassAdmin::loaded, this, &CiClassesPage::listClasses);
    connect(&m_admin, &CiClassAdmin::saved, this, [this](const api::CiClass& saved) {
        m_currentId = saved.id;
        markEditorSaved();
        showStatus(tr("Saved. The CI browser and editor offer the class as saved now."), false);
        Q_EMIT classSaved();
    });
    connect(&m_admin, &CiClassAdmin::unchanged, this, [this] {
        markEditorSaved(); // the editor holds the class as stored
        showStatus(tr("Nothing changed: nothing was sent."), false);
    });
    connect(&m_admin, &CiClassAdmin::refused, this, &CiClassesPage::showProblem);
    connect(m_name, &QLineEdit::textEdited, this, [this] { edited(u"name"_s); });
    connect(m_label, &QLineEdit::textEdited, this, [this] { edited(u"label"_s); });
    connect(m_active, &QCheckBox::toggled, this, [this] { edited(u"active"_s); });
    connect(m_fields, &CiClassFieldsEditor::changed, this, [this] { edited(u"fields"_s); });
    showClass(std::nullopt);
}

void CiClassesPage::reload()
{
    m_admin.reload();
    m_catalogue.reload(); // the custom fields a class can take
}

QString CiClassesPage::describeField(const QString& field) const
{
    if (field == u"name"_s)
        return tr("Name:");
    if (field == u"label"_s)
        return tr("Label:");
    if (const int row = ciClassFieldRow(field); row >= 0)
        return tr("Attribute %1:").arg(row + 1);
    if (field == u"fields"_s)
        return tr("Attributes:");
    return AdminPage::describeField(field);
}

QString CiClassesPage::problemText() const
{
    for (const QLabel* label : {m_nameProblem, m_labelProblem, m_fields->problem()}) {
        if (!label->isHidden())
            return label->text();
    }
    return {};
}

void CiClassesPage::listClasses()
{
    QList<AdminRow> rows;
    for (const api::CiClass& item : m_admin.classes()) {
        QString text =
            tr("%1 (%2) — attributes: %3").arg(item.label, item.name).arg(item.fields.size());
        if (!item.active)
            text = tr("%1, inactive").arg(text);
        rows.append({item.id, text});
    }
    fillRows(m_list, rows, m_currentId);
    if (!hasUnsavedEdits())
        showClass(m_admin.ciClass(m_currentId));
}

void CiClassesPage::showRecord(const QVariant& record)
{
    m_currentId = record.isValid() ? record.toLongLong() : 0;
    showClass(m_admin.ciClass(m_currentId));
}

void CiClassesPage::showClass(const std::optional<api::CiClass>& ciClass)
{
    clearProblem();
    const QSignalBlocker blockActive(m_active);
    m_currentId = ciClass ? ciClass->id : 0;
    m_name->setText(ciClass ? ciClass->name : QString());
    // A class's name never changes (ci.class.update refuses it): fixed once created.
    m_name->setReadOnly(ciClass.has_value());
    m_name->setToolTip(ciClass ? tr("The name never changes: items and scripts use it")
                               : tr("Lower-case letters, digits and _, a letter first"));
    m_label->setText(ciClass ? ciClass->label : QString());
    m_active->setChecked(ciClass ? ciClass->active : true);
    m_fields->setFields(ciClass ? ciClass->fields : QList<api::CiClassField>());
    markEditorClean();
}

api::CiClass CiClassesPage::draft() const
{
    api::CiClass draft;
    draft.id = m_currentId;
    draft.name = m_name->text().trimmed();
    draft.label = m_label->text().trimmed();
    draft.active = m_active->isChecked();
    draft.fields = m_fields->fields();
    return draft;
}

void CiClassesPage::save()
{
    clearProblem();
    m_admin.save(draft());
}

void CiClassesPage::showProblem(const QString& field, const QString& message)
{
    clearProblem();
    showRefusal(field, message);
    m_marked = field;
    const QString text = field.isEmpty() ? message : u"%1 %2"_s.arg(describeField(field), message);
    if (field == u"name"_s) {
        setPlainText(m_nameProblem, text);
        m_nameProblem->show();
        m_mark.show(m_name);
    } else if (field == u"label"_s) {
        setPlainText(m_labelProblem, text);
        m_labelProblem->show();
        m_mark.show(m_label);
    } else if (field.startsWith(u"fields"_s)) {
        m_fields->showProblem(ciClassFieldRow(field), text);
        m_mark.show(m_fields->list());
    } else if (field == u"active"_s) {
        m_mark.show(m_active);
    }
}

void CiClassesPage::clearProblem()
{
    m_mark.clear();
    m_marked.clear();
    m_nameProblem->hide();
    m_labelProblem->hide();
    m_fields->clearProblem();
}

// Fixing the input a refusal named takes the refusal away.
void CiClassesPage::edited(const QString& field)
{
    if (m_marked.isEmpty() || !m_marked.startsWith(field))
        return;
    clearProblem();
    m_status->hide();
}

} // namespace frontline::client::ui
