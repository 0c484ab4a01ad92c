#include "createchangedialog.h"

#include "client/app/changes/cipicker.h"
#include "client/app/changes/riskform.h"
#include "client/app/changes/riskstyle.h"
#include "client/core/changes/changedesk.h"
#include "client/core/changes/changesetup.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QPlainTextEdit* planEdit(const QString& name, const QString& accessible, const QString& hint)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

} // namespace

CreateChangeDialog::CreateChangeDialog(ChangeDesk& desk, ChangeSetup& setup, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_setup(setup)
    , m_kind(new QComboBox)
    , m_template(new QComboBox)
    , m_templateLabel(new QLabel(tr("&Template:")))
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_cis(new CiPicker(setup.ciFinder()))
    , m_implementation(planEdit(u"changeImplementationPlan"_s, tr("Implementation plan"),
                                tr("The steps, in order, and who does them")))
    , m_backout(planEdit(u"changeBackoutPlan"_s, tr("Back-out plan"),
                         tr("How to return to the state before if it goes wrong")))
    , m_test(planEdit(u"changeTestPlan"_s, tr("Test plan"), tr("How you will know it worked")))
    , m_risk(new RiskForm(setup))
    , m_templateRisk(plainLabel())
    , m_scheduled(new QCheckBox(tr("&Scheduled")))
    , m_start(new QDateTimeEdit)
    , m_end(new QDateTimeEdit)
    , m_status(plainLabel())
    , m_create(nullptr)
{
    setObjectName(u"createChangeDialog"_s);
    setWindowTitle(tr("New change"));
    m_kind->setObjectName(u"changeKind"_s);
    m_kind->addItem(tr("Normal (the change advisory board approves)"), u"normal"_s);
    m_kind->addItem(tr("Standard (pre-approved, from a template)"), u"standard"_s);
    m_kind->addItem(tr("Emergency (the emergency board approves)"), u"emergency"_s);
    m_template->setObjectName(u"changeTemplate"_s);
    m_templateLabel->setBuddy(m_template);
    m_title->setObjectName(u"changeTitle"_s);
    m_title->setAccessibleName(tr("Change title"));
    m_description->setObjectName(u"changeDescription"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_templateRisk->setObjectName(u"changeTemplateRisk"_s);
    m_scheduled->setObjectName(u"changeScheduled"_s);
    m_scheduled->setChecked(true);
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(u"changePlannedStart"_s);
    m_start->setAccessibleName(tr("Planned start"));
    m_end->setObjectName(u"changePlannedEnd"_s);
    m_end->setAccessibleName(tr("Planned end"));
    // Tomorrow evening, for two hours: a sensible first proposal the user moves.
    const QDateTime start(QDate::currentDate().addDays(1), QTime(20, 0));
    setSchedule(start, start.addSecs(2 * 3600));
    m_status->setObjectName(u"createChangeStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* left = new QFormLayout;
    left->addRow(tr("&Kind:"), m_kind);
    left->addRow(m_templateLabel, m_template);
    left->addRow(tr("&Title:"), m_title);
    left->addRow(tr("&Description:"), m_description);
    left->addRow(tr("Affected &CIs:"), m_cis);
    auto* schedule = new QHBoxLayout;
    schedule->addWidget(m_scheduled);
    schedule->addWidget(m_start, 1);
    schedule->addWidget(new QLabel(tr("to")));
    schedule->addWidget(m_end, 1);
    left->addRow(tr("Planned:"), schedule);
    left->addRow(tr("&Implementation:"), m_implementation);
    left->addRow(tr("&Back-out:"), m_backout);
    left->addRow(tr("T&est:"), m_test);
    auto* riskBox = new QGroupBox(tr("Risk assessment"));
    auto* riskLayout = new QVBoxLayout(riskBox);
    riskLayout->addWidget(m_risk);
    riskLayout->addWidget(m_templateRisk);
    riskLayout->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(riskBox, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create change"));
    m_create->setObjectName(u"createChangeButton"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(980, 640);

    connect(buttons, &QDialogButtonBox::accepted, this, &CreateChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateChangeDialog::kindChanged);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CreateChangeDialog::templateChosen);
    connect(m_scheduled, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_scheduled, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(&setup, &ChangeSetup::loaded, this, &CreateChangeDialog::fillTemplates);
    connect(&desk, &ChangeDesk::created, this, &QDialog::accept);
    connect(&desk, &ChangeDesk::failed, this, &CreateChangeDialog::showError);
    // Fixing the field an error named takes the error away.
    connect(m_title, &QLineEdit::textChanged, this, [this] { fieldEdited(m_title); });
    for (QPlainTextEdit* text : {m_description, m_implementation, m_backout, m_test})
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] { fieldEdited(text); });
    fillTemplates();
    if (!setup.isLoaded())
        setup.load();
}

void CreateChangeDialog::setCis(const QList<api::CiNode>& cis)
{
    m_cis->setCis(cis);
}

void CreateChangeDialog::setKind(const QString& kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void CreateChangeDialog::setSchedule(const QDateTime& start, const QDateTime& end)
{
    m_start->setDateTime(start);
    m_end->setDateTime(end);
    m_scheduled->setChecked(true);
}

void CreateChangeDialog::fillTemplates()
{
    const QVariant kept = m_template->currentData();
    const QSignalBlocker quiet(m_template);
    m_template->clear();
    m_template->addItem(tr("(choose a template)"), 0);
    for (const api::ChangeTemplate& item : m_setup.templates()) {
        // A deactivated template is offered no more, except to the change made from it.
        if (item.active)
            m_template->addItem(item.name, item.id);
        else if (m_editing > 0 && item.id == m_editedTemplate)
            m_template->addItem(tr("%1 (deactivated)").arg(item.name), item.id);
    }
    m_template->setCurrentIndex(std::max(0, m_template->findData(kept)));
    kindChanged();
}

void CreateChangeDialog::kindChanged()
{
    const bool standard = m_kind->currentData().toString() == u"standard"_s;
    m_template->setVisible(standard);
    m_templateLabel->setVisible(standard);
    // A standard change's risk is its template's: the questionnaire is for the others.
    m_risk->setVisible(!standard);
    m_templateRisk->setVisible(standard);
    templateChosen();
}

void CreateChangeDialog::templateChosen()
{
    const api::ChangeTemplate* chosen =
        m_setup.findTemplate(m_template->currentData().toLongLong());
    if (!chosen || m_kind->currentData().toString() != u"standard"_s) {
        setPlainText(m_templateRisk, tr("Choose a template: its risk level applies."));
        return;
    }
    if (!chosen->active) {
        // Only the change made from it is offered it (fillTemplates): its plans stay, but it
        // is pre-approved no more. Chosen again after another template had replaced the
        // plans, the change's own plans come back (the template itself is not sent then).
        if (m_appliedTemplate != chosen->id && m_filled.templateId == chosen->id) {
            m_implementation->setPlainText(m_filled.implementationPlan);
            m_backout->setPlainText(m_filled.backoutPlan);
            m_test->setPlainText(m_filled.testPlan);
        }
        m_appliedTemplate = chosen->id;
        Theme::setStyleSheet(m_templateRisk, u"QLabel { color: {WarningText}; }"_s);
        m_templateRisk->setProperty("riskLevel", QVariant());
        setPlainText(m_templateRisk,
                     tr("This template was deactivated: the change keeps its plans, but to submit "
                        "it choose another template or make it a normal change."));
        return;
    }
    showRiskChip(m_templateRisk, chosen->riskLevel, m_setup.riskLabel(chosen->riskLevel));
    // Reloaded templates, or the kind switched back: the plans the user has stay.
    if (chosen->id == m_appliedTemplate)
        return;
    m_appliedTemplate = chosen->id;
    if (m_title->text().isEmpty())
        m_title->setText(chosen->name);
    if (m_description->toPlainText().isEmpty())
        m_description->setPlainText(chosen->description);
    m_implementation->setPlainText(chosen->implementationPlan);
    m_backout->setPlainText(chosen->backoutPlan);
    m_test->setPlainText(chosen->testPlan);
    if (m_cis->ids().isEmpty())
        m_cis->setCis(chosen->cis);
}

QWidget* CreateChangeDialog::widgetFor(const QString& field) const
{
    if (field == u"title"_s)
        return m_title;
    if (field == u"description"_s)
        return m_description;
    if (field == u"kind"_s)
        return m_kind;
    if (field == u"template"_s)
        return m_template;
    if (field.startsWith(u"cis"_s))
        return m_cis->searchEdit();
    if (field == u"implementation_plan"_s)
        return m_implementation;
    if (field == u"backout_plan"_s)
        return m_backout;
    if (field == u"test_plan"_s)
        return m_test;
    if (field == u"planned_start"_s)
        return m_start;
    if (field == u"planned_end"_s)
        return m_end;
    if (field.startsWith(u"risk."_s))
        return m_risk->choice(field.mid(5));
    return nullptr;
}

void CreateChangeDialog::showError(const QString& message, const QString& field)
{
    m_marked = field;
    setPlainText(m_status, message);
    Theme::setStyleSheet(m_status, u"color: {ErrorText};"_s);
    m_status->show();
    m_create->setEnabled(true);
    m_mark.show(widgetFor(field));
}

void CreateChangeDialog::fieldEdited(QWidget* field)
{
    if (m_marked.isEmpty() || m_mark.field() != field)
        return;
    m_mark.clear();
    m_marked.clear();
    m_status->hide();
}

void CreateChangeDialog::setRaisedFrom(const QList<qint64>& ticketIds, const QString& title,
                                       const QString& description)
{
    m_raisedFrom = ticketIds;
    m_title->setText(title);
    m_description->setPlainText(description);
}

ChangeForm CreateChangeDialog::form() const
{
    ChangeForm form;
    form.title = m_title->text();
    form.description = m_description->toPlainText();
    form.kind = m_kind->currentData().toString();
    form.templateId = m_template->currentData().toLongLong();
    form.cis = m_cis->ids();
    form.implementationPlan = m_implementation->toPlainText();
    form.backoutPlan = m_backout->toPlainText();
    form.testPlan = m_test->toPlainText();
    form.risk = m_risk->answers();
    if (m_scheduled->isChecked()) {
        form.plannedStart = m_start->dateTime().toMSecsSinceEpoch();
        form.plannedEnd = m_end->dateTime().toMSecsSinceEpoch();
    }
    return form;
}

void CreateChangeDialog::submit()
{
    if (isEditing()) {
        save();
        return;
    }
    m_create->setEnabled(false);
    m_desk.create(form().createParams(), m_raisedFrom);
}

void CreateChangeDialog::editChange(const api::ChangeDetail& change)
{
    m_editing = change.id;
    setObjectName(u"editChangeDialog"_s);
    setWindowTitle(tr("Edit change #%1").arg(change.id));
    m_create->setText(tr("Sa&ve")); // Alt+S is "&Scheduled"
    m_create->setObjectName(u"saveChangeButton"_s);
    connect(&m_desk, &ChangeDesk::saved, this, &QDialog::accept);
    if (m_setup.isLoaded()) {
        fillFrom(change);
        return;
    }
    // Filled once the questions and templates are here, or the answers and template would
    // have nowhere to go.
    m_unfilled = change;
    m_create->setEnabled(false);
    connect(&m_setup, &ChangeSetup::loaded, this, [this] {
        if (!m_unfilled)
            return;
        fillFrom(*m_unfilled);
        m_unfilled.reset();
        m_create->setEnabled(true);
    });
}

void CreateChangeDialog::fillFrom(const api::ChangeDetail& change)
{
    // The kind and template first: choosing a template proposes its plans, which the change's
    // own then replace.
    m_editedTemplate = change.templateId.value_or(0);
    fillTemplates();
    setKind(change.kind);
    m_appliedTemplate = change.templateId.value_or(0);
    m_template->setCurrentIndex(std::max(0, m_template->findData(m_appliedTemplate)));
    m_title->setText(change.title);
    m_description->setPlainText(change.description);
    m_cis->setCis(change.cis);
    m_implementation->setPlainText(change.implementationPlan);
    m_backout->setPlainText(change.backoutPlan);
    m_test->setPlainText(change.testPlan);
    m_risk->setAnswers(change.risk);
    if (change.plannedStart && change.plannedEnd) {
        setSchedule(QDateTime::fromMSecsSinceEpoch(*change.plannedStart),
                    QDateTime::fromMSecsSinceEpoch(*change.plannedEnd));
    } else {
        m_scheduled->setChecked(false);
    }
    m_filled = form();
}

void CreateChangeDialog::save()
{
    if (m_desk.changeId() != m_editing) {
        showError(
            tr("Change #%1 is no longer the one shown; open it and edit it again.").arg(m_editing),
            QString());
        return;
    }
    // Only what the agent changed goes to the server (ChangeForm::updateFrom).
    const std::optional<api::ChangeUpdateParams> changed = form().updateFrom(m_filled);
    if (!changed) {
        accept(); // nothing to save
        return;
    }
    m_create->setEnabled(false);
    m_desk.update(*changed);
}

} // namespace frontline::client::ui
