#include "fieldspage.h"

#include "api/fieldapi.h"
#include "client/core/admin/fieldsadmin.h"
#include "client/core/fieldcatalogue.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

enum OptionColumn { LabelColumn, KeyColumn, ActiveColumn };

QString typeLabel(api::FieldType type)
{
    switch (type) {
    case api::FieldType::Text:
        return FieldsPage::tr("Text");
    case api::FieldType::Number:
        return FieldsPage::tr("Number");
    case api::FieldType::Date:
        return FieldsPage::tr("Date");
    case api::FieldType::Choice:
        return FieldsPage::tr("Choice (one)");
    case api::FieldType::MultiChoice:
        return FieldsPage::tr("Choice (several)");
    case api::FieldType::User:
        return FieldsPage::tr("Person");
    case api::FieldType::Organisation:
        return FieldsPage::tr("Organisation");
    }
    return {};
}

QString ticketTypeLabel(const QString& name)
{
    if (name == u"incident"_s)
        return FieldsPage::tr("Incidents");
    if (name == u"service_request"_s)
        return FieldsPage::tr("Service requests");
    if (name == u"problem"_s)
        return FieldsPage::tr("Problems");
    if (name == u"change"_s)
        return FieldsPage::tr("Changes");
    return name;
}

// "Cost centre" -> "cost_centre": a key the rules, filters and scripts can name.
QString keyFor(const QString& label)
{
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    QString key = label.toLower().replace(other, u"_"_s);
    while (key.startsWith(u'_'))
        key.remove(0, 1);
    while (key.endsWith(u'_'))
        key.chop(1);
    if (key.isEmpty() || !key.at(0).isLetter())
        key.prepend(u'o');
    return key.left(40);
}

QString appliesText(const api::FieldDefinition& field)
{
    QStringList where;
    for (const QString& type : field.ticketTypes)
        where.append(ticketTypeLabel(type));
    where.append(field.categories);
    return where.isEmpty() ? FieldsPage::tr("every ticket") : where.join(u", "_s);
}

std::optional<double> limitOf(const QLineEdit* edit)
{
    if (edit->text().trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

FieldsPage::FieldsPage(FieldsAdmin& admin, FieldCatalogue& catalogue, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_catalogue(catalogue)
    , m_name(new QLineEdit)
    , m_label(new QLineEdit)
    , m_type(new QComboBox)
    , m_help(new QLineEdit)
    , m_optionsBox(new QGroupBox(tr("Options")))
    , m_options(new QTableWidget(0, 3))
    , m_addOption(new QPushButton(tr("Add o&ption")))
    , m_removeOption(new QPushButton(tr("Remove option")))
    , m_min(new QLineEdit)
    , m_max(new QLineEdit)
    , m_minLabel(new QLabel(tr("Mi&nimum")))
    , m_maxLabel(new QLabel(tr("Ma&ximum")))
    , m_required(new QCheckBox(tr("Re&quired")))
    , m_visible(new QCheckBox(tr("Sh&own to requesters")))
    , m_active(new QCheckBox(tr("A&ctive")))
    , m_categories(new QListWidget)
    , m_preview(new FieldForm(catalogue, nullptr))
    , m_previewNote(plainLabel())
{
    setObjectName(u"fieldsPage"_s);
    m_name->setObjectName(u"fieldNameEdit"_s);
    m_label->setObjectName(u"fieldLabelEdit"_s);
    m_type->setObjectName(u"fieldTypeBox"_s);
    m_help->setObjectName(u"fieldHelpEdit"_s);
    m_options->setObjectName(u"fieldOptionsTable"_s);
    m_addOption->setObjectName(u"fieldAddOptionButton"_s);
    m_removeOption->setObjectName(u"fieldRemoveOptionButton"_s);
    m_min->setObjectName(u"fieldMinEdit"_s);
    m_max->setObjectName(u"fieldMaxEdit"_s);
    m_required->setObjectName(u"fieldRequiredCheck"_s);
    m_visible->setObjectName(u"fieldVisibleCheck"_s);
    m_active->setObjectName(u"fieldActiveCheck"_s);
    m_categories->setObjectName(u"fieldCategoriesList"_s);
    m_preview->setObjectName(u"fieldPreview"_s);
    m_previewNote->setObjectName(u"fieldPreviewNote"_s);

    m_name->setPlaceholderText(tr("asset_tag (lower case; scripts and rules use it)"));
    m_label->setPlaceholderText(tr("Asset tag"));
    m_help->setPlaceholderText(tr("Shown under the input, e.g. where to find it"));
    for (const QString& name : api::fieldTypeNames()) {
        const auto type = api::fieldTypeFromString(name);
        m_type->addItem(typeLabel(*type), name);
    }
    auto* numberValidator = new QDoubleValidator(this);
    numberValidator->setNotation(QDoubleValidator::StandardNotation);
    m_min->setValidator(numberValidator);
    m_max->setValidator(numberValidator);
    m_min->setPlaceholderText(tr("none"));
    m_max->setPlaceholderText(tr("none"));
    m_minLabel->setBuddy(m_min);
    m_maxLabel->setBuddy(m_max);

    m_type->setToolTip(tr("What the field holds: it decides the input the forms show"));
    m_required->setToolTip(tr("Whether a ticket cannot be saved without a value in the field"));
    m_visible->setToolTip(tr("Whether requesters also see and fill in the field in the applet"));
    m_active->setToolTip(tr("Whether forms show the field; an inactive field keeps its values"));

    m_options->setHorizontalHeaderLabels({tr("Label"), tr("Key"), tr("Active")});
    m_options->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_options->verticalHeader()->hide();
    m_options->setAccessibleName(tr("Options"));
    m_options->setAccessibleDescription(
        tr("Each option's label, its key (fixed once saved) and whether it can be chosen"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setAccessibleDescription(
        tr("The field applies to tickets of the categories checked, or of the types checked"));
    m_categories->setMaximumHeight(90);
    m_addOption->setAutoDefault(false);
    m_removeOption->setAutoDefault(false);

    auto* flags = new QHBoxLayout;
    flags->addWidget(m_required);
    flags->addWidget(m_visible);
    flags->addWidget(m_active);
    flags->addStretch(1);
    auto* types = new QHBoxLayout;
    for (const QString& name : ticketTypeNames()) {
        auto* box = new QCheckBox(ticketTypeLabel(name));
        box->setObjectName(u"fieldType_"_s + name);
        box->setToolTip(tr("Whether the field applies to tickets of this type"));
        m_types.insert(name, box);
        types->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FieldsPage::updatePreview);
    }
    types->addStretch(1);
    auto* limits = new QHBoxLayout;
    limits->addWidget(m_min);
    limits->addWidget(m_maxLabel);
    limits->addWidget(m_max);

    m_form->addRow(tr("Na&me"), m_name);
    m_form->addRow(tr("&Label"), m_label);
    m_form->addRow(tr("T&ype"), m_type);
    m_form->addRow(tr("&Help"), m_help);
    m_form->addRow(m_minLabel, limits);
    m_form->addRow(QString(), flags);
    m_form->addRow(tr("Applies to"), types);
    m_form->addRow(tr("C&ategories"), m_categories);

    auto* optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch(1);
    auto* optionsLayout = new QVBoxLayout(m_optionsBox);
    optionsLayout->addWidget(m_options, 1);
    optionsLayout->addLayout(optionButtons);

    auto* previewBox = new QGroupBox(tr("Preview"));
    previewBox->setObjectName(u"fieldPreviewBox"_s);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_previewNote->setWordWrap(true);
    Theme::setStyleSheet(m_previewNote, u"color: {MutedText};"_s);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addStretch(1);
    notAnEdit(previewBox); // trying the field out changes nothing of it

    auto* extra = new QHBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(m_optionsBox, 1);
    extra->addWidget(previewBox, 1);

    followBusy(m_admin);
    connect(&m_admin, &FieldsAdmin::loaded, this, &FieldsPage::listFields);
    connect(&m_admin, &FieldsAdmin::saved, this, [this](const api::FieldDefinition& field) {
        m_currentId = field.id;
        markEditorSaved();
        showStatus(tr("Saved. The field is in the forms now."), false);
    });
    connect(&m_admin, &FieldsAdmin::refused, this, &FieldsPage::showProblem);
    connect(m_type, &QComboBox::currentIndexChanged, this, &FieldsPage::updateTypeRows);
    for (QLineEdit* edit : {m_label, m_help, m_min, m_max})
        connect(edit, &QLineEdit::textChanged, this, &FieldsPage::updatePreview);
    for (QCheckBox* box : {m_required, m_visible, m_active})
        connect(box, &QCheckBox::toggled, this, &FieldsPage::updatePreview);
    connect(m_options, &QTableWidget::itemChanged, this, &FieldsPage::updatePreview);
    connect(m_categories, &QListWidget::itemChanged, this, &FieldsPage::updatePreview);
    connect(m_preview, &FieldForm::edited, this, &FieldsPage::checkPreview);
    connect(m_addOption, &QPushButton::clicked, this, [this] {
        addOption(tr("Option %1").arg(m_options->rowCount() + 1));
        m_options->setCurrentCell(m_options->rowCount() - 1, LabelColumn);
        m_options->editItem(m_options->item(m_options->rowCount() - 1, LabelColumn));
    });
    connect(m_removeOption, &QPushButton::clicked, this, [this] {
        const int row = m_options->currentRow();
        if (row < 0)
            return;
        // A saved option is kept for the tickets that have it: it only stops being offered.
        if (!(m_options->item(row, KeyColumn)->flags() & Qt::ItemIsEditable))
            m_options->item(row, ActiveColumn)->setCheckState(Qt::Unchecked);
        else
            m_options->removeRow(row);
        updatePreview();
    });
    showField(std::nullopt);
}

void FieldsPage::reload()
{
    m_admin.reload();
    m_catalogue.reload(); // the organisations an organisation field's preview offers
}

QString FieldsPage::describeField(const QString& field) const
{
    static const QHash<QString, const char*> labels {
        {u"name"_s, QT_TR_NOOP("Name:")},
        {u"label"_s, QT_TR_NOOP("Label:")},
        {u"type"_s, QT_TR_NOOP("Type:")},
        {u"help"_s, QT_TR_NOOP("Help:")},
        {u"options"_s, QT_TR_NOOP("Options:")},
        {u"min"_s, QT_TR_NOOP("Minimum:")},
        {u"max"_s, QT_TR_NOOP("Maximum:")},
        {u"categories"_s, QT_TR_NOOP("Categories:")},
        {u"ticket_types"_s, QT_TR_NOOP("Applies to:")},
    };
    if (field.startsWith(u"options."_s))
        return tr("Option %1:").arg(field.section(u'.', 1, 1).toInt() + 1);
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? AdminPage::describeField(field) : tr(*it);
}

void FieldsPage::listFields()
{
    QList<AdminRow> rows;
    for (const api::FieldDefinition& field : m_admin.fields()) {
        const api::FieldType type = field.type;
        QString text = tr("%1 — %2, %3").arg(field.label, typeLabel(type), appliesText(field));
        if (!field.active)
            text = tr("%1 (inactive)").arg(text);
        rows.append({field.id, text});
    }
    fillRows(m_list, rows, m_currentId);
    if (!hasUnsavedEdits())
        showField(m_admin.field(m_currentId));
}

void FieldsPage::showRecord(const QVariant& record)
{
    m_currentId = record.isValid() ? record.toLongLong() : 0;
    showField(m_admin.field(m_currentId));
}

void FieldsPage::fillCategories(const QStringList& checked)
{
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    QStringList names;
    for (const Category& category : m_admin.categories())
        names.append(category.name);
    for (const QString& name : checked) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString& name : std::as_const(names)) {
        auto* item = new QListWidgetItem(name, m_categories);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

void FieldsPage::showField(const std::optional<api::FieldDefinition>& shown)
{
    m_mark.clear();
    const api::FieldDefinition field = shown.value_or(api::FieldDefinition {});
    const bool known = shown.has_value();
    m_currentId = known ? field.id : 0;
    const QSignalBlocker typeBlocker(m_type);
    m_name->setText(field.name);
    m_name->setEnabled(!known); // the name scripts use, and the type, never change
    m_label->setText(field.label);
    m_type->setCurrentIndex(m_type->findData(api::toString(field.type)));
    m_type->setEnabled(!known);
    m_help->setText(field.help);
    m_min->setText(field.min ? QLocale().toString(*field.min) : QString());
    m_max->setText(field.max ? QLocale().toString(*field.max) : QString());
    m_required->setChecked(field.required);
    m_visible->setChecked(field.visibleToRequester);
    m_active->setChecked(field.active);
    for (auto it = m_types.begin(); it != m_types.end(); ++it)
        it.value()->setChecked(field.ticketTypes.contains(it.key()));
    fillCategories(field.categories);
    {
        const QSignalBlocker optionBlocker(m_options);
        m_options->setRowCount(0);
    }
    for (const api::FieldOption& option : field.options) {
        addOption(option.label, option.key);
        const int row = m_options->rowCount() - 1;
        QTableWidgetItem* key = m_options->item(row, KeyColumn);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable); // stable: tickets keep it
        m_options->item(row, ActiveColumn)
            ->setCheckState(option.active ? Qt::Checked : Qt::Unchecked);
    }
    updateTypeRows();
    markEditorClean();
}

void FieldsPage::addOption(const QString& label, const QString& key)
{
    QSignalBlocker blocker(m_options);
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, LabelColumn, new QTableWidgetItem(label));
    m_options->setItem(row, KeyColumn, new QTableWidgetItem(key));
    auto* active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    active->setCheckState(Qt::Checked);
    m_options->setItem(row, ActiveColumn, active);
    blocker.unblock();
    updatePreview();
}

void FieldsPage::updateTypeRows()
{
    const auto type =
        api::fieldTypeFromString(m_type->currentData().toString()).value_or(api::FieldType::Text);
    m_optionsBox->setVisible(api::isChoiceType(type));
    const bool limited = type == api::FieldType::Number || type == api::FieldType::Text;
    for (QWidget* widget : {static_cast<QWidget*>(m_min), static_cast<QWidget*>(m_max),
                            static_cast<QWidget*>(m_minLabel), static_cast<QWidget*>(m_maxLabel)})
        widget->setVisible(limited);
    m_minLabel->setText(type == api::FieldType::Text ? tr("Shortest (characters)")
                                                     : tr("Mi&nimum"));
    m_maxLabel->setText(type == api::FieldType::Text ? tr("Longest") : tr("Ma&ximum"));
    m_minLabel->setBuddy(m_min);
    m_maxLabel->setBuddy(m_max);
    updatePreview();
}

api::FieldDefinition FieldsPage::draft() const
{
    api::FieldDefinition field;
    field.id = m_currentId;
    field.name = m_name->text().trimmed();
    field.label = m_label->text().trimmed();
    field.type =
        api::fieldTypeFromString(m_type->currentData().toString()).value_or(api::FieldType::Text);
    field.help = m_help->text().trimmed();
    const bool limited = field.type == api::FieldType::Number || field.type == api::FieldType::Text;
    if (limited) {
        field.min = limitOf(m_min);
        field.max = limitOf(m_max);
    }
    field.required = m_required->isChecked();
    field.visibleToRequester = m_visible->isChecked();
    field.active = m_active->isChecked();
    for (auto it = m_types.begin(); it != m_types.end(); ++it) {
        if (it.value()->isChecked())
            field.ticketTypes.append(it.key());
    }
    field.ticketTypes.sort();
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            field.categories.append(m_categories->item(i)->text());
    }
    if (api::isChoiceType(field.type)) {
        for (int row = 0; row < m_options->rowCount(); ++row) {
            const QString label = m_options->item(row, LabelColumn)->text().trimmed();
            QString key = m_options->item(row, KeyColumn)->text().trimmed();
            if (key.isEmpty())
                key = keyFor(label);
            field.options.append(
                {key, label, m_options->item(row, ActiveColumn)->checkState() == Qt::Checked});
        }
    }
    return field;
}

void FieldsPage::updatePreview()
{
    api::FieldDefinition field = draft();
    if (!api::isValidFieldName(field.name))
        field.name = u"preview"_s;
    if (field.label.isEmpty())
        field.label = tr("(no label yet)");
    field.active = true; // shown as it will be once active
    const FieldValues values = m_preview->values(); // what the admin tried stays
    m_preview->setFields({field}, values);
    checkPreview();
    QStringList who {tr("Agents see it on tickets of: %1.").arg(appliesText(field))};
    who.append(field.visibleToRequester ? tr("Requesters fill it in the applet's form too.")
                                        : tr("Requesters do not see it."));
    if (!m_active->isChecked())
        who.append(tr("Inactive: no form shows it."));
    setPlainText(m_previewNote, who.join(u' '));
}

void FieldsPage::checkPreview()
{
    const api::FieldDefinition field = m_preview->fields().value(0);
    if (field.name.isEmpty())
        return;
    // Checked as the forms will check it, for a ticket it applies to; required only once
    // something was tried (an empty preview is not an error).
    const TicketType type = field.ticketTypes.isEmpty()
        ? TicketType::Incident
        : ticketTypeFromString(field.ticketTypes.constFirst()).value_or(TicketType::Incident);
    const QString category = field.categories.value(0);
    m_preview->showProblems(
        FieldCatalogue::problems({field}, m_preview->values(), {}, type, category, false), false);
}

void FieldsPage::showProblem(const QString& field, const QString& message)
{
    showRefusal(field, message);
    QWidget* widget = field == u"name"_s ? static_cast<QWidget*>(m_name)
        : field == u"label"_s            ? static_cast<QWidget*>(m_label)
        : field == u"min"_s              ? static_cast<QWidget*>(m_min)
        : field == u"max"_s              ? static_cast<QWidget*>(m_max)
        : field == u"help"_s             ? static_cast<QWidget*>(m_help)
        : field == u"categories"_s       ? static_cast<QWidget*>(m_categories)
        : field.startsWith(u"options"_s) ? static_cast<QWidget*>(m_options)
                                         : nullptr;
    if (widget)
        m_mark.show(widget);
}

void FieldsPage::save()
{
    m_mark.clear();
    const api::FieldDefinition field = draft();
    if (m_currentId == 0) {
        m_admin.create(api::FieldCreateParams {field});
        return;
    }
    api::FieldUpdateParams params;
    params.id = m_currentId;
    params.label = field.label;
    if (api::isChoiceType(field.type))
        params.options = field.options;
    params.required = field.required;
    if (field.type == api::FieldType::Number || field.type == api::FieldType::Text) {
        params.min =
            field.min ? api::Nullable<double>::of(*field.min) : api::Nullable<double>::null();
        params.max =
            field.max ? api::Nullable<double>::of(*field.max) : api::Nullable<double>::null();
    }
    params.help = field.help;
    params.visibleToRequester = field.visibleToRequester;
    params.active = field.active;
    // ticket_types takes a non-empty list: a field keeps its types until others are checked.
    if (!field.ticketTypes.isEmpty())
        params.ticketTypes = field.ticketTypes;
    params.categories = field.categories;
    m_admin.update(params);
}

} // namespace frontline::client::ui
