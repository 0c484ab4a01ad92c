#include "cieditdialog.h"

#include "client/core/cmdb/ciattributes.h"
#include "client/core/cmdb/cieditor.h"
#include "client/core/cmdb/cilistmodel.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

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

void showError(QLabel* label, const QString& message)
{
    setPlainText(label, message);
    label->show();
}

} // namespace

CiEditDialog::CiEditDialog(CiEditor& editor, const QList<api::CiClass>& classes,
                           const std::optional<api::Ci>& ci, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_classes(classes)
    , m_ci(ci)
    , m_name(new QLineEdit)
    , m_class(new QComboBox)
    , m_status(new QComboBox)
    , m_host(new QLineEdit)
    , m_serial(new QLineEdit)
    , m_form(new QFormLayout)
    , m_error(errorLabel())
{
    setObjectName(u"ciEditDialog"_s);
    setWindowTitle(ci ? tr("Change %1").arg(ci->name) : tr("New configuration item"));
    m_name->setObjectName(u"ciNameEdit"_s);
    m_class->setObjectName(u"ciClassBox"_s);
    m_status->setObjectName(u"ciStatusBox"_s);
    m_host->setObjectName(u"ciHostEdit"_s);
    m_serial->setObjectName(u"ciSerialEdit"_s);
    for (const api::CiClass& item : classes)
        if (item.active || (ci && ci->ciClass == item.name))
            m_class->addItem(item.label, item.name);
    for (const QString& status : api::ciStatusNames())
        m_status->addItem(CiListModel::statusLabel(status), status);
    if (ci) {
        m_name->setText(ci->name);
        m_class->setCurrentIndex(m_class->findData(ci->ciClass));
        m_class->setEnabled(false); // a CI's class never changes
        m_status->setCurrentIndex(m_status->findData(ci->status));
        m_host->setText(ci->hostName);
        m_serial->setText(ci->serial);
    } else {
        m_status->setCurrentIndex(m_status->findData(u"in_use"_s));
    }
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Class:"), m_class);
    m_form->addRow(tr("&Status:"), m_status);
    m_form->addRow(tr("&Host name:"), m_host);
    m_form->addRow(tr("S&erial:"), m_serial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    rebuildAttributes();
    connect(m_class, &QComboBox::currentIndexChanged, this, &CiEditDialog::rebuildAttributes);
    connect(buttons, &QDialogButtonBox::accepted, this, &CiEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CiEditDialog::reject);
    connect(&editor, &CiEditor::failed, this,
            [this](const QString& message) { showError(m_error, message); });
    connect(&editor, &CiEditor::saved, this, [this] { QDialog::accept(); });
}

void CiEditDialog::rebuildAttributes()
{
    for (QLineEdit* edit : std::as_const(m_attributes))
        m_form->removeRow(edit);
    m_attributes.clear();
    const QString name = m_class->currentData().toString();
    for (const api::CiClass& item : std::as_const(m_classes)) {
        if (item.name != name)
            continue;
        for (const api::CiClassField& field : item.fields) {
            auto* edit = new QLineEdit;
            edit->setObjectName(u"attribute_"_s + field.field);
            if (m_ci)
                edit->setText(ciAttributeInput(*m_ci, field.field));
            m_form->addRow(field.required ? tr("%1 (required):").arg(field.field)
                                          : tr("%1:").arg(field.field),
                           edit);
            m_attributes.insert(field.field, edit);
        }
    }
}

QHash<QString, QString> CiEditDialog::attributeTexts() const
{
    QHash<QString, QString> texts;
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it)
        texts.insert(it.key(), it.value()->text());
    return texts;
}

void CiEditDialog::accept()
{
    m_error->hide();
    if (m_ci) {
        api::CiUpdateParams params;
        params.id = m_ci->id;
        params.version = m_ci->version;
        params.name = m_name->text().trimmed();
        params.status = m_status->currentData().toString();
        params.hostName = m_host->text().trimmed();
        params.serial = m_serial->text().trimmed();
        setCiAttributes(params, attributeTexts(), *m_ci);
        m_editor.update(params);
        return;
    }
    api::CiCreateParams params;
    params.name = m_name->text().trimmed();
    params.ciClass = m_class->currentData().toString();
    params.status = m_status->currentData().toString();
    params.hostName = m_host->text().trimmed();
    params.serial = m_serial->text().trimmed();
    setCiAttributes(params, attributeTexts());
    m_editor.create(params);
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
            [this](const QString& message) { showError(m_error, message); });
    connect(&editor, &CiEditor::saved, this, [this] { QDialog::accept(); });
}

void CiRelateDialog::accept()
{
    if (m_target->currentIndex() < 0) {
        showError(m_error, tr("Find the other CI first."));
        return;
    }
    m_error->hide();
    m_editor.relate(m_from.id, m_type->currentData().toString(), u"ci"_s,
                    m_target->currentData().toLongLong());
}

} // namespace frontline::client::ui
