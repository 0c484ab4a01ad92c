#include "cieditdialog.h"

#include "client/core/cmdb/ciattributes.h"
#include "client/core/cmdb/cieditor.h"
#include "client/core/cmdb/cilistmodel.h"
#include "client/core/fieldcatalogue.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"
#include "client/widgets/userpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QLabel* errorLabel()
{
    QLabel* label = plainLabel();
    label->setObjectName(u"ciErrorLabel"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: palette(link);"_s);
    label->hide();
    return label;
}

void showErrorText(QLabel* label, const QString& message)
{
    setPlainText(label, message);
    label->show();
}

} // namespace

CiEditDialog::CiEditDialog(CiEditor& editor, FieldCatalogue& catalogue,
                           const QList<api::CiClass>& classes, const std::optional<api::Ci>& ci,
                           QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_catalogue(catalogue)
    , m_classes(classes)
    , m_ci(ci)
    , m_name(new QLineEdit)
    , m_class(new QComboBox)
    , m_status(new QComboBox)
    , m_owner(new UserPicker(editor.session()))
    , m_organisation(new QComboBox)
    , m_host(new QLineEdit)
    , m_serial(new QLineEdit)
    , m_attributes(new FieldForm(catalogue, &editor.session()))
    , m_attributesLabel(plainLabel())
    , m_error(errorLabel())
{
    setObjectName(u"ciEditDialog"_s);
    setWindowTitle(ci ? tr("Change %1").arg(ci->name) : tr("New configuration item"));
    m_name->setObjectName(u"ciNameEdit"_s);
    m_class->setObjectName(u"ciClassBox"_s);
    m_status->setObjectName(u"ciStatusBox"_s);
    m_owner->setObjectName(u"ciOwnerEdit"_s);
    m_owner->setPlaceholderText(tr("Type a name (empty: nobody)"));
    m_organisation->setObjectName(u"ciOrganisationBox"_s);
    m_host->setObjectName(u"ciHostEdit"_s);
    m_serial->setObjectName(u"ciSerialEdit"_s);
    m_attributes->setObjectName(u"ciAttributeForm"_s);
    setPlainText(m_attributesLabel, tr("Attributes of the class:"));
    for (const api::CiClass& item : classes)
        if (item.active || (ci && ci->ciClass == item.name))
            m_class->addItem(item.label, item.name);
    for (const QString& status : api::ciStatusNames())
        m_status->addItem(CiListModel::statusLabel(status), status);
    fillOrganisations();
    if (ci) {
        m_name->setText(ci->name);
        m_class->setCurrentIndex(m_class->findData(ci->ciClass));
        m_class->setEnabled(false); // a CI's class never changes
        m_status->setCurrentIndex(m_status->findData(ci->status));
        if (ci->owner)
            m_owner->setUser(*ci->owner,
                             ci->ownerName.isEmpty() ? tr("User %1").arg(*ci->owner)
                                                     : ci->ownerName);
        m_host->setText(ci->hostName);
        m_serial->setText(ci->serial);
    } else {
        m_status->setCurrentIndex(m_status->findData(u"in_use"_s));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Class:"), m_class);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Host name:"), m_host);
    form->addRow(tr("S&erial:"), m_serial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_attributesLabel);
    layout->addWidget(m_attributes);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    rebuildAttributes();
    connect(m_class, &QComboBox::currentIndexChanged, this, &CiEditDialog::rebuildAttributes);
    connect(&catalogue, &FieldCatalogue::loaded, this, [this] {
        fillOrganisations();
        rebuildAttributes();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CiEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CiEditDialog::reject);
    connect(&editor, &CiEditor::failed, this, &CiEditDialog::showError);
    connect(&editor, &CiEditor::saved, this, [this] { QDialog::accept(); });
    // Fixing the input an error named takes the error away.
    const auto edited = [this](const QString& field) {
        return [this, field] {
            if (m_marked == field || (field.isEmpty() && m_marked.startsWith(u"attributes."_s)))
                clearMark();
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, edited(u"name"_s));
    connect(m_owner, &QLineEdit::textEdited, this, edited(u"owner"_s));
    connect(m_organisation, &QComboBox::activated, this, edited(u"organisation"_s));
    connect(m_host, &QLineEdit::textEdited, this, edited(u"host_name"_s));
    connect(m_serial, &QLineEdit::textEdited, this, edited(u"serial"_s));
    connect(m_attributes, &FieldForm::edited, this, edited(QString()));
}

QWidget* CiEditDialog::attributeEdit(const QString& field) const
{
    return m_attributes->input(field);
}

void CiEditDialog::fillOrganisations()
{
    const QVariant chosen = m_organisation->count() > 0 ? m_organisation->currentData()
        : m_ci && m_ci->organisation                    ? QVariant(*m_ci->organisation)
                                                        : QVariant();
    m_organisation->clear();
    m_organisation->addItem(tr("None"));
    for (const Organisation& org : m_catalogue.organisations())
        m_organisation->addItem(org.name, org.id);
    if (m_ci && m_ci->organisation && m_organisation->findData(*m_ci->organisation) < 0)
        m_organisation->addItem(m_ci->organisationName, *m_ci->organisation);
    m_organisation->setCurrentIndex(chosen.isValid() ? std::max(0, m_organisation->findData(chosen))
                                                     : 0);
}

void CiEditDialog::rebuildAttributes()
{
    // Editing: the CI's values (what an update compares with). New: a class switched keeps
    // what was typed for the fields the classes share.
    const FieldValues values = m_ci ? ciAttributeValues(*m_ci) : m_attributes->values();
    QList<api::FieldDefinition> fields;
    const QString name = m_class->currentData().toString();
    for (const api::CiClass& item : std::as_const(m_classes)) {
        if (item.name != name)
            continue;
        for (const api::CiClassField& classField : item.fields) {
            std::optional<api::FieldDefinition> field = m_catalogue.field(classField.field);
            if (!field)
                continue; // the server refuses a value for a field it does not know
            field->required = classField.required;
            fields.append(*field);
        }
    }
    m_attributes->setFields(fields, values);
    m_attributes->setVisible(!fields.isEmpty());
    m_attributesLabel->setVisible(!fields.isEmpty());
}
bool CiEditDialog::ownerChoice(api::Nullable<qint64>& owner) const
{
    const qint64 had = m_ci && m_ci->owner ? *m_ci->owner : 0; // 0: nobody
    if (m_owner->text().trimmed().isEmpty()) {
        owner = had ? api::Nullable<qint64>::null() : api::Nullable<qint64>::absent();
        return true;
    }
    const std::optional<qint64> chosen = m_owner->userId();
    if (!chosen)
        return false;
    owner = *chosen == had ? api::Nullable<qint64>::absent() : api::Nullable<qint64>::of(*chosen);
    return true;
}

void CiEditDialog::accept()
{
    clearMark();
    api::Nullable<qint64> owner;
    if (!ownerChoice(owner)) {
        showError(tr("Owner: choose a person from the list that appears while you type."),
                  u"owner"_s);
        return;
    }
    // The attributes are checked here first, as the server will: nothing goes out with a
    // required attribute empty or a value its field refuses.
    // An edit that leaves the attributes alone sends none, and the server checks none then: a
    // required attribute added to the class after this CI was made does not block setting
    // its status.
    const FieldValues attributes = m_ci ? m_attributes->changedValues() : m_attributes->values();
    const QHash<QString, QString> problems = m_ci && attributes.isEmpty()
        ? QHash<QString, QString>()
        : ciAttributeProblems(m_attributes->fields(), attributes,
                              m_ci ? ciAttributeValues(*m_ci) : FieldValues());
    if (!problems.isEmpty()) {
        showAttributeProblems(problems);
        return;
    }
    const qint64 organisation = m_organisation->currentData().toLongLong(); // 0: None
    if (m_ci) {
        api::CiUpdateParams params;
        params.id = m_ci->id;
        params.version = m_ci->version;
        params.name = m_name->text().trimmed();
        params.status = m_status->currentData().toString();
        params.owner = owner;
        if (organisation != (m_ci->organisation ? *m_ci->organisation : 0))
            params.organisation = organisation ? api::Nullable<qint64>::of(organisation)
                                               : api::Nullable<qint64>::null();
        params.hostName = m_host->text().trimmed();
        params.serial = m_serial->text().trimmed();
        setCiAttributes(params, attributes);
        m_editor.update(params);
        return;
    }
    api::CiCreateParams params;
    params.name = m_name->text().trimmed();
    params.ciClass = m_class->currentData().toString();
    params.status = m_status->currentData().toString();
    params.owner = owner.value;
    if (organisation)
        params.organisation = organisation;
    params.hostName = m_host->text().trimmed();
    params.serial = m_serial->text().trimmed();
    setCiAttributes(params, attributes);
    m_editor.create(params);
}

QWidget* CiEditDialog::widgetFor(const QString& field) const
{
    if (field == u"name"_s)
        return m_name;
    if (field == u"status"_s)
        return m_status;
    if (field == u"owner"_s)
        return m_owner;
    if (field == u"organisation"_s)
        return m_organisation;
    if (field == u"host_name"_s)
        return m_host;
    if (field == u"serial"_s)
        return m_serial;
    if (field.startsWith(u"attributes."_s))
        return m_attributes->input(field.mid(11));
    return nullptr;
}

void CiEditDialog::showError(const QString& message, const QString& field)
{
    clearMark();
    setPlainText(m_error, message);
    m_error->show();
    m_marked = field;
    // An attribute's problem also goes under its editor, where the form says its own.
    if (field.startsWith(u"attributes."_s))
        m_attributes->showServerProblem(u"fields."_s + field.mid(11), message);
    m_mark.show(widgetFor(field));
}

void CiEditDialog::showAttributeProblems(const QHash<QString, QString>& problems)
{
    // The first in the form's order is named and marked; each is said under its editor.
    QString first;
    for (const api::FieldDefinition& field : m_attributes->fields()) {
        if (problems.contains(field.name)) {
            first = field.name;
            break;
        }
    }
    showError(m_attributes->firstProblem(problems), u"attributes."_s + first);
    m_attributes->showProblems(problems);
}

void CiEditDialog::clearMark()
{
    m_mark.clear();
    m_attributes->clearProblems();
    m_marked.clear();
    m_error->hide();
}

CiRelateDialog::CiRelateDialog(CiEditor& editor, const api::Ci& from, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_from(from)
    , m_type(new QComboBox)
    , m_search(new QLineEdit)
    , m_target(new QComboBox)
    , m_error(errorLabel())
{
    setObjectName(u"ciRelateDialog"_s);
    setWindowTitle(tr("Relate %1").arg(from.name));
    m_type->setObjectName(u"relationTypeBox"_s);
    m_search->setObjectName(u"relationSearchEdit"_s);
    m_search->setPlaceholderText(tr("Name, host name or serial of the other CI"));
    m_target->setObjectName(u"relationTargetBox"_s);
    for (const QString& type : api::ciRelationTypeNames())
        m_type->addItem(CiListModel::relationLabel(type), type);
    auto* form = new QFormLayout;
    form->addRow(tr("%1 …").arg(from.name), m_type);
    form->addRow(tr("&Find:"), m_search);
    form->addRow(tr("&Other CI:"), m_target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_editor.find(m_search->text()); });
    connect(&editor, &CiEditor::found, this, [this](const QList<api::Ci>& items) {
        m_target->clear();
        for (const api::Ci& ci : items)
            if (ci.id != m_from.id)
                m_target->addItem(tr("%1 (%2)").arg(ci.name, ci.ciClass), ci.id);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CiRelateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CiRelateDialog::reject);
    connect(&editor, &CiEditor::failed, this,
            [this](const QString& message) { showErrorText(m_error, message); });
    connect(&editor, &CiEditor::saved, this, [this] { QDialog::accept(); });
}

void CiRelateDialog::accept()
{
    if (m_target->currentIndex() < 0) {
        showErrorText(m_error, tr("Find the other CI first."));
        return;
    }
    m_error->hide();
    m_editor.relate(m_from.id, m_type->currentData().toString(), u"ci"_s,
                    m_target->currentData().toLongLong());
}

} // namespace frontline::client::ui
