#include "rulespage.h"

#include "client/app/admin/adminrows.h"
#include "client/core/admin/ruleadmin.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

// A protocol key in words (the key itself if there are none).
QString labelOf(const QHash<QString, const char*>& labels, const QString& key)
{
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : RulesPage::tr(*it);
}

QString eventLabel(const QString& event)
{
    if (event == u"created"_s)
        return RulesPage::tr("A ticket is created");
    if (event == u"updated"_s)
        return RulesPage::tr("A ticket is changed");
    if (event == u"commented"_s)
        return RulesPage::tr("Someone replies or adds a note");
    if (event == u"status_changed"_s)
        return RulesPage::tr("The status changes");
    if (event == u"sla_warning"_s)
        return RulesPage::tr("An SLA target is at risk");
    if (event == u"sla_breached"_s)
        return RulesPage::tr("An SLA target is breached");
    return RulesPage::tr("Some time after an event");
}

QString operatorLabel(const QString& op)
{
    static const QHash<QString, const char*> labels {
        {u"is"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is")},
        {u"is_not"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is not")},
        {u"in"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is one of")},
        {u"not_in"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is none of")},
        {u"contains"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "contains")},
        {u"not_contains"_s,
         QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "does not contain")},
        {u"lt"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is less than")},
        {u"lte"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is at most")},
        {u"gt"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is more than")},
        {u"gte"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is at least")},
        {u"is_set"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is set")},
        {u"is_not_set"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "is empty")},
        {u"changed"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "was changed")},
    };
    return labelOf(labels, op);
}

QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        {u"title"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Title")},
        {u"description"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Description")},
        {u"type"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Type")},
        {u"status"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Status")},
        {u"category"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Category")},
        {u"priority"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Priority")},
        {u"impact"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Impact")},
        {u"urgency"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Urgency")},
        {u"group"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Group (id)")},
        {u"assignee"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Assignee (id)")},
        {u"requester"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Requester (id)")},
        {u"tags"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Tags")},
        {u"sla_state"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "SLA state")},
        {u"actor_role"_s,
         QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Role of who made the change")},
    };
    return labelOf(labels, field);
}

QString actionLabel(const QString& type)
{
    static const QHash<QString, const char*> labels {
        {u"set_field"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Set field")},
        {u"set_status"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Set status")},
        {u"assign"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Assign")},
        {u"escalate"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Escalate")},
        {u"add_tag"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Add tag")},
        {u"remove_tag"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Remove tag")},
        {u"reply"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Public reply")},
        {u"note"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Internal note")},
        {u"notify"_s, QT_TRANSLATE_NOOP("frontline::client::ui::RulesPage", "Notify")},
    };
    return labelOf(labels, type);
}

QComboBox* choices(const QStringList& keys, const std::function<QString(const QString&)>& label,
                   const QString& current)
{
    auto* combo = new QComboBox;
    for (const QString& key : keys)
        combo->addItem(label ? label(key) : key, key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QString comboKey(QTableWidget* table, int row, int column)
{
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

QString cellText(QTableWidget* table, int row, int column)
{
    auto* edit = qobject_cast<QLineEdit*>(table->cellWidget(row, column));
    return edit ? edit->text() : QString();
}

QTableWidget* rowTable(const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(90);
    return table;
}

} // namespace

RulesPage::RulesPage(RuleAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_enabled(new QCheckBox(tr("&Enabled")))
    , m_event(choices(RuleForm::events(), eventLabel, u"created"_s))
    , m_timeRow(new QWidget)
    , m_after(new QSpinBox)
    , m_anchor(choices(RuleForm::anchors(), eventLabel, u"created"_s))
    , m_businessHours(new QCheckBox(tr("in business hours")))
    , m_match(new QComboBox)
    , m_conditions(rowTable({tr("Field"), tr("Operator"), tr("Value")}))
    , m_actions(rowTable({tr("Action"), tr("Target"), tr("Value")}))
    , m_matches(new QListWidget)
{
    setObjectName(u"rulesPage"_s);
    m_name->setObjectName(u"ruleNameEdit"_s);
    m_event->setObjectName(u"ruleEvent"_s);
    m_conditions->setObjectName(u"ruleConditions"_s);
    m_actions->setObjectName(u"ruleActions"_s);
    m_matches->setObjectName(u"ruleMatches"_s);
    m_conditions->setAccessibleName(tr("Conditions"));
    m_actions->setAccessibleName(tr("Actions"));
    m_matches->setAccessibleName(tr("Open tickets the dry run matches"));
    m_after->setRange(1, 366 * 24 * 60);
    m_after->setSuffix(tr(" min"));
    m_match->addItem(tr("all conditions hold"), true);
    m_match->addItem(tr("any condition holds"), false);
    auto* timeLayout = new QHBoxLayout(m_timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_after);
    m_after->setAccessibleName(tr("Wait, minutes"));
    m_businessHours->setToolTip(tr("Checked: the waiting time counts only business hours."));
    m_anchor->setToolTip(tr("The event the waiting time counts from."));
    m_after->setToolTip(
        tr("How many minutes after the event the time rule runs, from 1 to 527040 (a year)."));
    auto* afterLabel = new QLabel(tr("after"));
    afterLabel->setBuddy(m_anchor); // a combo box is known by its label (see MainWindow)
    timeLayout->addWidget(afterLabel);
    timeLayout->addWidget(m_anchor, 1);
    timeLayout->addWidget(m_businessHours);
    m_form->addRow(tr("&Name"), m_name);
    m_event->setToolTip(tr("The event that makes the rule run; a time rule runs a while after the "
                           "event chosen below."));
    m_enabled->setToolTip(tr("Checked: the rule runs; unchecked keeps it without effect."));
    m_name->setToolTip(tr("The rule's name, shown in the ticket history when it acts."));
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("&When"), m_event);
    m_form->addRow(tr("Wait"), m_timeRow);
    m_form->addRow(tr("&If"), m_match);
    m_match->setToolTip(tr("Whether every condition below must hold, or any one of them."));
    connect(m_event, &QComboBox::currentIndexChanged, this, &RulesPage::updateTriggerFields);

    const auto buttonRow = [](QPushButton* add, QPushButton* remove) {
        auto* row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch(1);
        return row;
    };
    auto* addCondition = new QPushButton(tr("Add condition"));
    auto* removeCondition = new QPushButton(tr("Remove condition"));
    auto* addAction = new QPushButton(tr("Add action"));
    auto* removeAction = new QPushButton(tr("Remove action"));
    auto* dry = new QPushButton(tr("&Dry run"));
    dry->setObjectName(u"ruleDryRun"_s);
    dry->setToolTip(tr("List the open tickets this rule would match now, without changing any"));
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(new QLabel(tr("Conditions")));
    extra->addWidget(m_conditions, 1);
    extra->addLayout(buttonRow(addCondition, removeCondition));
    extra->addWidget(new QLabel(
        tr("Actions (reply, note and notify texts may use {{ticket.id}}, {{ticket.title}}, "
           "{{requester.name}}; notify targets: assignee, group, group_manager, requester, "
           "user:ID, group:ID)")));
    extra->addWidget(m_actions, 1);
    extra->addLayout(buttonRow(addAction, removeAction));
    auto* dryRow = new QHBoxLayout;
    dryRow->addWidget(dry);
    dryRow->addStretch(1);
    extra->addLayout(dryRow);
    extra->addWidget(m_matches, 1);
    for (QLabel* label : m_extra->findChildren<QLabel*>())
        label->setWordWrap(true);
    connect(addCondition, &QPushButton::clicked, this, [this] {
        this->addCondition({u"priority"_s, u"is"_s, u"1"_s});
    });
    connect(removeCondition, &QPushButton::clicked, this,
            [this] { m_conditions->removeRow(m_conditions->currentRow()); });
    connect(addAction, &QPushButton::clicked, this, [this] {
        this->addAction({u"add_tag"_s, {}, {}});
    });
    connect(removeAction, &QPushButton::clicked, this,
            [this] { m_actions->removeRow(m_actions->currentRow()); });
    connect(dry, &QPushButton::clicked, this, &RulesPage::dryRun);

    offerDelete(tr("De&lete rule"));
    followBusy(m_admin);
    connect(&m_admin, &RuleAdmin::loaded, this, &RulesPage::listRules);
    connect(&m_admin, &RuleAdmin::saved, this,
            [this](const api::AutomationRule& rule, bool created) {
                if (m_edited.saved(RuleForm::from(rule))) {
                    m_id = rule.id;
                    setDeletable(true);
                }
                showStatus(created ? tr("Rule created.") : tr("Saved."), false);
            });
    connect(&m_admin, &RuleAdmin::notSaved, this, [this] { m_edited.notSaved(); });
    connect(&m_admin, &RuleAdmin::removed, this, [this](qint64 id) {
        if (id == m_id) // unless another rule was opened meanwhile
            showForm(m_admin.form(0));
        showStatus(tr("Rule deleted."), false);
    });
    connect(&m_admin, &RuleAdmin::dryRunFinished, this, &RulesPage::showDryRun);
    connect(&m_admin, &RuleAdmin::refused, this, &RulesPage::showProblem);
    showRecord(QVariant());
}

void RulesPage::listRules()
{
    QList<AdminRow> rows;
    for (const api::AutomationRule& rule : m_admin.rules())
        rows.append({rule.id, rule.enabled ? rule.name : tr("%1 (disabled)").arg(rule.name)});
    fillRows(m_list, rows, m_id);
    const RuleForm latest = m_admin.form(m_id);
    // Another manager changed the rules: unsaved edits stay, and the status says when the rule
    // being edited is not as it was.
    switch (m_edited.reread(form(), latest)) {
    case EditedRecord<RuleForm>::Reread::Refill:
        showForm(latest);
        break;
    case EditedRecord<RuleForm>::Reread::Keep:
        break;
    case EditedRecord<RuleForm>::Reread::KeepChanged:
        showStatus(tr("Another manager changed this rule while you were editing it. Saving "
                      "replaces their changes with yours."),
                   true);
        break;
    case EditedRecord<RuleForm>::Reread::KeepDeleted:
        m_id = 0; // saved, it is a new rule
        setDeletable(false);
        showStatus(tr("Another manager deleted this rule. Saving creates it again."), true);
        break;
    }
}

bool RulesPage::hasUnsavedEdits() const
{
    return m_edited.hasUnsavedEdits(form());
}

void RulesPage::reload()
{
    m_admin.reload();
}

void RulesPage::showRecord(const QVariant& record)
{
    showForm(m_admin.form(record.toLongLong()));
    m_matches->clear();
}

void RulesPage::showForm(const RuleForm& form)
{
    setForm(form);
    if (m_edited.shown(form, this->form()))
        hideStatus(); // the editor no longer holds what the status spoke of
}

void RulesPage::setForm(const RuleForm& form)
{
    mark(m_problemField, false);
    m_problemField.clear();
    m_id = form.id;
    setDeletable(m_id != 0);
    m_name->setText(form.name);
    m_enabled->setChecked(form.enabled);
    m_event->setCurrentIndex(std::max(0, m_event->findData(form.event)));
    m_anchor->setCurrentIndex(std::max(0, m_anchor->findData(form.anchor)));
    m_after->setValue(form.afterMinutes);
    m_businessHours->setChecked(form.businessHours);
    m_match->setCurrentIndex(form.matchAll ? 0 : 1);
    m_conditions->setRowCount(0);
    for (const RuleForm::Condition& condition : form.conditions)
        addCondition(condition);
    m_actions->setRowCount(0);
    for (const RuleForm::Action& action : form.actions)
        addAction(action);
    updateTriggerFields();
}

RuleForm RulesPage::form() const
{
    RuleForm form;
    form.id = m_id;
    form.name = m_name->text();
    form.enabled = m_enabled->isChecked();
    form.event = m_event->currentData().toString();
    form.anchor = m_anchor->currentData().toString();
    form.afterMinutes = m_after->value();
    form.businessHours = m_businessHours->isChecked();
    form.matchAll = m_match->currentData().toBool();
    for (int row = 0; row < m_conditions->rowCount(); ++row)
        form.conditions.append({comboKey(m_conditions, row, 0), comboKey(m_conditions, row, 1),
                                cellText(m_conditions, row, 2)});
    for (int row = 0; row < m_actions->rowCount(); ++row)
        form.actions.append({comboKey(m_actions, row, 0), cellText(m_actions, row, 1),
                             cellText(m_actions, row, 2)});
    return form;
}

void RulesPage::addCondition(const RuleForm::Condition& condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto* field = choices(RuleForm::fields(), fieldLabel, condition.field);
    auto* op = choices(RuleForm::operators(condition.field), operatorLabel, condition.op);
    auto* value = new QLineEdit(condition.value);
    m_conditions->setCellWidget(row, 0, field);
    m_conditions->setCellWidget(row, 1, op);
    m_conditions->setCellWidget(row, 2, value);
    // The operators follow the field.
    connect(field, &QComboBox::currentIndexChanged, op, [field, op] {
        const QString current = op->currentData().toString();
        op->clear();
        for (const QString& key : RuleForm::operators(field->currentData().toString()))
            op->addItem(operatorLabel(key), key);
        op->setCurrentIndex(std::max(0, op->findData(current)));
    });
    connect(op, &QComboBox::currentIndexChanged, value,
            [op, value] { value->setEnabled(RuleForm::takesValue(op->currentData().toString())); });
    value->setEnabled(RuleForm::takesValue(op->currentData().toString()));
}

void RulesPage::addAction(const RuleForm::Action& action)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setCellWidget(row, 0, choices(RuleForm::actionTypes(), actionLabel, action.type));
    m_actions->setCellWidget(row, 1, new QLineEdit(action.target));
    m_actions->setCellWidget(row, 2, new QLineEdit(action.value));
}

void RulesPage::updateTriggerFields()
{
    m_timeRow->setEnabled(m_event->currentData().toString() == u"time"_s);
}

void RulesPage::save()
{
    mark(m_problemField, false);
    m_problemField.clear();
    m_edited.sending(form());
    m_admin.save(form());
}

QString RulesPage::deleteQuestion() const
{
    return tr("Delete the rule “%1”? Its waiting timers are dropped; what it already "
              "did to tickets stays.")
        .arg(m_admin.form(m_id).name);
}

void RulesPage::removeRecord()
{
    if (m_id != 0)
        m_admin.remove(m_id);
}

void RulesPage::dryRun()
{
    m_matches->clear();
    m_admin.dryRun(form(), 100);
}

void RulesPage::showDryRun()
{
    const api::RuleDryRun& result = m_admin.lastDryRun();
    m_matches->clear();
    for (const Ticket& ticket : result.tickets) {
        auto* item = new QListWidgetItem(tr("#%1 %2").arg(ticket.id).arg(ticket.title), m_matches);
        item->setData(Qt::UserRole, ticket.id);
    }
    const int count = static_cast<int>(result.tickets.size());
    showStatus(
        result.complete
            ? tr("Dry run: %n open ticket(s) match now.", nullptr, count)
            : tr("Dry run: the first %n matches among %1 open tickets looked at.", nullptr, count)
                  .arg(result.scanned),
        false);
}

void RulesPage::showProblem(const QString& field, const QString& message)
{
    mark(m_problemField, false);
    m_problemField = field;
    showRefusal(field, message);
    mark(field, true);
}

// "conditions[1].op" -> that cell; "actions[0].to" -> the action's target; "name", "trigger".
QWidget* RulesPage::widgetOf(const QString& field) const
{
    static const QRegularExpression indexed(u"^(conditions|actions)\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    if (field == u"name"_s)
        return m_name;
    if (field.startsWith(u"trigger"_s))
        return m_event;
    const auto match = indexed.match(field);
    if (!match.hasMatch())
        return nullptr;
    const bool condition = match.captured(1) == u"conditions"_s;
    QTableWidget* table = condition ? m_conditions : m_actions;
    const int row = match.captured(2).toInt();
    const QString key = match.captured(3);
    int column = 0;
    if (condition)
        column = key == u"op"_s ? 1 : key == u"value"_s ? 2 : 0;
    else if (key == u"value"_s || key == u"body"_s || key == u"message"_s)
        column = 2;
    else if (!key.isEmpty() && key != u"type"_s)
        column = 1;
    return row < table->rowCount() ? table->cellWidget(row, column) : nullptr;
}

void RulesPage::mark(const QString& field, bool on)
{
    QWidget* widget = widgetOf(field);
    if (!widget)
        return;
    Theme::setStyleSheet(widget, on ? u"border: 1px solid {FieldMarkBorder};"_s : QString());
    if (on)
        widget->setFocus();
}

QString RulesPage::describeField(const QString& field) const
{
    return RuleForm::describePath(field);
}

QStringList RulesPage::dryRunLines() const
{
    QStringList lines;
    for (int row = 0; row < m_matches->count(); ++row)
        lines << m_matches->item(row)->text();
    return lines;
}

} // namespace frontline::client::ui
