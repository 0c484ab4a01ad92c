#include "catalogeditors.h"

#include "api/approvalapi.h"
#include "client/app/admin/adminrows.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/usersearch.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"
#include "client/widgets/userpicker.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QPushButton* smallButton(const QString& text, const QString& description)
{
    auto* button = new QPushButton(text);
    button->setAutoDefault(false);
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

// ---- the form designer -------------------------------------------------------------------

CatalogFormDesigner::CatalogFormDesigner(FieldCatalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_choices(new QComboBox)
    , m_add(smallButton(tr("A&dd field"), tr("Adds the chosen custom field to the form's end")))
    , m_list(new QListWidget)
    , m_up(smallButton(tr("Move up"), tr("Moves the selected field one place up the form")))
    , m_down(smallButton(tr("Move down"), tr("Moves the selected field one place down the form")))
    , m_remove(smallButton(tr("Remove field"), tr("Takes the selected field off the form")))
    , m_preview(new FieldForm(catalogue, nullptr))
    , m_previewNote(plainLabel())
{
    m_choices->setObjectName(u"catalogFieldChoice"_s);
    m_add->setObjectName(u"catalogAddField"_s);
    m_list->setObjectName(u"catalogFormList"_s);
    m_up->setObjectName(u"catalogFieldUp"_s);
    m_down->setObjectName(u"catalogFieldDown"_s);
    m_remove->setObjectName(u"catalogFieldRemove"_s);
    m_preview->setObjectName(u"catalogPreview"_s);
    m_choices->setAccessibleDescription(tr("The custom fields not yet on the form"));
    m_choices->setToolTip(m_choices->accessibleDescription());
    m_list->setAccessibleName(tr("Form fields"));
    m_list->setAccessibleDescription(
        tr("The form's fields in the order the requester fills them in; checked: required. "
           "Drag a field or use Move up and Move down to reorder"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);

    auto* choiceLabel = new QLabel(tr("Fi&eld"));
    choiceLabel->setBuddy(m_choices);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(choiceLabel);
    addRow->addWidget(m_choices, 1);
    addRow->addWidget(m_add);
    auto* moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch(1);
    moveButtons->addWidget(m_remove);
    auto* designBox = new QGroupBox(tr("Form"));
    auto* designLayout = new QVBoxLayout(designBox);
    designLayout->addLayout(addRow);
    auto* hint = plainLabel(tr("Checked: the requester must fill it in. Drag a field, or use "
                               "Move up and Move down, to change the order."));
    hint->setWordWrap(true);
    Theme::setStyleSheet(hint, u"color: {MutedText};"_s);
    designLayout->addWidget(hint);
    designLayout->addWidget(m_list, 1);
    designLayout->addLayout(moveButtons);

    auto* previewBox = new QGroupBox(tr("Preview: the requester's form"));
    previewBox->setObjectName(u"catalogPreviewBox"_s);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_previewNote->setWordWrap(true);
    Theme::setStyleSheet(m_previewNote, u"color: {MutedText};"_s);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(designBox, 1);
    layout->addWidget(previewBox, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString name = m_choices->currentData().toString();
        if (!name.isEmpty())
            addField(name);
    });
    connect(m_up, &QPushButton::clicked, this,
            [this] { moveRow(m_list->currentRow(), m_list->currentRow() - 1); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { moveRow(m_list->currentRow(), m_list->currentRow() + 1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemChanged, this, &CatalogFormDesigner::updatePreview);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            &CatalogFormDesigner::updatePreview);
    // The labels and definitions anew, the form as the admin has it now.
    connect(&m_catalogue, &FieldCatalogue::loaded, this, [this] { setForm(form()); });
    connect(m_preview, &FieldForm::edited, this, [this] { m_preview->clearProblems(); });
    refreshChoices();
    updatePreview();
}

QList<api::FieldDefinition>
CatalogFormDesigner::requesterFields(const FieldCatalogue& catalogue,
                                     const QList<api::CatalogFormField>& form)
{
    QList<api::FieldDefinition> fields;
    for (const api::CatalogFormField& entry : form) {
        auto field = catalogue.field(entry.field);
        if (!field || !field->active)
            continue;
        field->required = field->required || entry.required;
        fields.append(*field);
    }
    return fields;
}

void CatalogFormDesigner::setForm(const QList<api::CatalogFormField>& form)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    for (const api::CatalogFormField& entry : form) {
        const QSignalBlocker blocker(this);
        addField(entry.field, entry.required);
    }
    refreshChoices();
    updatePreview();
}

QList<api::CatalogFormField> CatalogFormDesigner::form() const
{
    QList<api::CatalogFormField> form;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        form.append({item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked});
    }
    return form;
}

void CatalogFormDesigner::addField(const QString& name, bool required)
{
    const auto field = m_catalogue.field(name);
    m_list->setCurrentItem(addPickedField(m_list, name,
                                          field ? tr("%1 (%2)").arg(field->label, name)
                                                : tr("%1 (not in the catalogue)").arg(name),
                                          required, tr("Checked: the requester must fill it in")));
    refreshChoices();
    updatePreview();
}

void CatalogFormDesigner::setRequired(int row, bool required)
{
    if (QListWidgetItem* item = m_list->item(row))
        item->setCheckState(required ? Qt::Checked : Qt::Unchecked); // itemChanged: preview
}

void CatalogFormDesigner::moveRow(int row, int to)
{
    QListWidgetItem* item = movePickedField(m_list, row, to);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    updatePreview();
}

void CatalogFormDesigner::removeRow(int row)
{
    if (!removePickedField(m_list, row))
        return;
    refreshChoices();
    updatePreview();
}

void CatalogFormDesigner::refreshChoices()
{
    QStringList taken;
    for (const api::CatalogFormField& entry : form())
        taken.append(entry.field);
    m_add->setEnabled(offerFields(m_choices, m_catalogue.fields(), taken, tr("%1 (%2)")));
}

void CatalogFormDesigner::updatePreview()
{
    const QList<api::FieldDefinition> fields = requesterFields(m_catalogue, form());
    const FieldValues values = m_preview->values(); // what the admin tried stays
    m_preview->setFields(fields, values);
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_remove->setEnabled(row >= 0);
    setPlainText(m_previewNote,
                 fields.isEmpty() ? tr("No fields: the requester only describes the request.")
                                  : tr("The requester fills in these fields, then sends."));
    Q_EMIT changed();
}

QWidget* CatalogFormDesigner::problemInput(const QString&) const
{
    return m_list;
}

// ---- the approval chain ------------------------------------------------------------------

ApprovalChainEditor::ApprovalChainEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(smallButton(tr("Add a&pproval step"),
                        tr("Adds a step after the last: the request waits for it in turn")))
{
    m_add->setObjectName(u"catalogAddStep"_s);
    auto* none = plainLabel(tr("No approval: the request goes straight to fulfilment."));
    none->setObjectName(u"catalogNoApproval"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(none);
    layout->addLayout(m_rowsLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, &ApprovalChainEditor::addStep);
    connect(this, &ApprovalChainEditor::changed, none,
            [this, none] { none->setVisible(m_rows.isEmpty()); });
}

void ApprovalChainEditor::setGroups(const QList<Group>& groups)
{
    m_groups = groups;
    for (Row& row : m_rows)
        fillWho(row, row.who->currentData().toLongLong());
}

void ApprovalChainEditor::setSteps(const QList<api::ApprovalStep>& steps)
{
    for (Row& row : m_rows)
        delete row.box;
    m_rows.clear();
    for (const api::ApprovalStep& step : steps)
        appendRow(step);
    renumber();
    Q_EMIT changed();
}

QList<qint64> ApprovalChainEditor::people() const
{
    QList<qint64> ids;
    for (const Row& row : m_rows) {
        const auto id = row.person->userId();
        if (row.kind->currentData().toString() == u"user"_s && id && !ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

void ApprovalChainEditor::setPerson(const User& user)
{
    for (Row& row : m_rows) {
        // Only a step still showing the id it was loaded with: a name typed since stays.
        if (row.person->userId() != user.id || row.person->text() != tr("#%1").arg(user.id))
            continue;
        const QSignalBlocker blocker(row.person);
        row.person->setUser(user.id, UserSearch::textFor(user));
    }
}

void ApprovalChainEditor::addStep()
{
    appendRow(api::ApprovalStep {});
    renumber();
    m_rows.last().kind->setFocus();
    Q_EMIT changed();
}

void ApprovalChainEditor::appendRow(const api::ApprovalStep& step)
{
    Row row;
    row.box = new QWidget;
    row.title = new QLabel;
    row.kind = new QComboBox;
    row.kind->addItem(tr("The requester's manager"), u"manager"_s);
    row.kind->addItem(tr("A named person"), u"user"_s);
    row.kind->addItem(tr("Members of a group"), u"group"_s);
    row.kind->setCurrentIndex(std::max(0, row.kind->findData(api::toString(step.kind))));
    row.kind->setAccessibleDescription(tr("Who approves at this step"));
    row.kind->setToolTip(row.kind->accessibleDescription());
    row.title->setBuddy(row.kind);
    row.who = new QComboBox;
    row.who->setAccessibleDescription(tr("The group whose members approve"));
    row.who->setToolTip(row.who->accessibleDescription());
    row.person = new UserPicker(m_session);
    row.person->setPlaceholderText(tr("Type a name, username or e-mail"));
    row.person->setAccessibleDescription(
        tr("The person who approves: type part of their name, username or e-mail and choose"));
    row.person->setToolTip(row.person->accessibleDescription());
    if (step.kind == api::ApprovalStep::Kind::User && step.user > 0)
        row.person->setUser(step.user, tr("#%1").arg(step.user)); // named once read
    row.whoLabel = new QLabel(tr("Who"));
    row.rule = new QComboBox;
    row.rule->addItem(tr("any one of them"), u"any"_s);
    row.rule->addItem(tr("all of them"), u"all"_s);
    row.rule->addItem(tr("n of them"), u"n"_s);
    row.rule->setCurrentIndex(std::max(0, row.rule->findData(api::toString(step.rule))));
    row.rule->setAccessibleDescription(tr("How many of the group's members must approve"));
    row.rule->setToolTip(row.rule->accessibleDescription());
    row.ruleLabel = new QLabel(tr("Approve"));
    row.ruleLabel->setBuddy(row.rule);
    row.n = new QSpinBox;
    row.n->setRange(1, 50);
    row.n->setValue(step.n);
    row.n->setAccessibleName(tr("Approvals needed"));
    row.n->setAccessibleDescription(tr("How many members must approve (n of m)"));
    auto* remove = smallButton(tr("Remove"), tr("Takes this step out of the chain"));
    auto* layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.title);
    layout->addWidget(row.kind);
    layout->addWidget(row.whoLabel);
    layout->addWidget(row.who, 2);
    layout->addWidget(row.person, 2);
    layout->addWidget(row.ruleLabel);
    layout->addWidget(row.rule);
    layout->addWidget(row.n);
    layout->addStretch(1); // a manager step keeps its combo box's size
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.box);
    m_rows.append(row);
    Row& added = m_rows.last();
    fillWho(added, step.kind == api::ApprovalStep::Kind::Group ? step.group : 0);
    updateRow(added);
    QWidget* box = row.box;
    const auto find = [this, box]() -> Row* {
        for (Row& r : m_rows) {
            if (r.box == box)
                return &r;
        }
        return nullptr;
    };
    connect(row.kind, &QComboBox::currentIndexChanged, this, [this, find] {
        if (Row* r = find()) {
            fillWho(*r, 0);
            updateRow(*r);
        }
        Q_EMIT changed();
    });
    connect(row.rule, &QComboBox::currentIndexChanged, this, [this, find] {
        if (Row* r = find())
            updateRow(*r);
        Q_EMIT changed();
    });
    connect(row.who, &QComboBox::currentIndexChanged, this, &ApprovalChainEditor::changed);
    connect(row.person, &QLineEdit::textChanged, this, &ApprovalChainEditor::changed);
    connect(row.n, &QSpinBox::valueChanged, this, &ApprovalChainEditor::changed);
    connect(remove, &QPushButton::clicked, this, [this, box] {
        m_rows.removeIf([box](const Row& r) { return r.box == box; });
        box->deleteLater();
        renumber();
        Q_EMIT changed();
    });
}

void ApprovalChainEditor::fillWho(Row& row, qint64 keep)
{
    const QSignalBlocker blocker(row.who);
    row.who->clear();
    if (row.kind->currentData().toString() != u"group"_s)
        return;
    for (const Group& group : std::as_const(m_groups))
        row.who->addItem(group.name, group.id);
    if (keep && row.who->findData(keep) < 0)
        row.who->addItem(tr("#%1 (unknown)").arg(keep), keep);
    row.who->setCurrentIndex(std::max(0, row.who->findData(keep)));
}

void ApprovalChainEditor::updateRow(Row& row)
{
    const QString kind = row.kind->currentData().toString();
    row.who->setVisible(kind == u"group"_s);
    row.person->setVisible(kind == u"user"_s);
    row.whoLabel->setVisible(kind != u"manager"_s);
    row.whoLabel->setBuddy(kind == u"user"_s ? static_cast<QWidget*>(row.person) : row.who);
    row.whoLabel->setText(kind == u"group"_s ? tr("Group") : tr("Person"));
    row.rule->setVisible(kind == u"group"_s);
    row.ruleLabel->setVisible(kind == u"group"_s);
    row.n->setVisible(kind == u"group"_s && row.rule->currentData().toString() == u"n"_s);
}

void ApprovalChainEditor::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].title->setText(tr("Step %1").arg(i + 1));
    m_add->setEnabled(m_rows.size() < api::MaxApprovalSteps);
}

QList<api::ApprovalStep> ApprovalChainEditor::steps() const
{
    QList<api::ApprovalStep> steps;
    for (const Row& row : m_rows) {
        api::ApprovalStep step;
        const QString kind = row.kind->currentData().toString();
        const QString rule = row.rule->currentData().toString();
        step.kind = kind == u"user"_s ? api::ApprovalStep::Kind::User
            : kind == u"group"_s      ? api::ApprovalStep::Kind::Group
                                      : api::ApprovalStep::Kind::Manager;
        if (step.kind == api::ApprovalStep::Kind::User)
            step.user = row.person->userId().value_or(0); // 0: nobody chosen, refused by name
        if (step.kind == api::ApprovalStep::Kind::Group) {
            step.group = row.who->currentData().toLongLong();
            step.rule = rule == u"all"_s ? api::ApprovalStep::Rule::All
                : rule == u"n"_s         ? api::ApprovalStep::Rule::N
                                         : api::ApprovalStep::Rule::Any;
            if (step.rule == api::ApprovalStep::Rule::N)
                step.n = row.n->value();
        }
        steps.append(step);
    }
    return steps;
}

QWidget* ApprovalChainEditor::input(int row, const QString& part) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const Row& r = m_rows.at(row);
    if (part == u"user"_s)
        return r.person;
    if (part == u"group"_s)
        return r.who;
    if (part == u"rule"_s)
        return r.rule;
    if (part == u"n"_s)
        return r.n;
    return r.kind;
}

// ---- the tasks -----------------------------------------------------------------------------

TaskListEditor::TaskListEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(smallButton(tr("Add &task"), tr("Adds a fulfilment task")))
{
    m_add->setObjectName(u"catalogAddTask"_s);
    auto* none = plainLabel(tr("No tasks: the fulfilment group works on the request itself."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(none);
    layout->addLayout(m_rowsLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this] {
        api::CatalogTask task;
        task.stage = m_rows.isEmpty() ? 1 : m_rows.last().stage->value();
        addTask(task);
        m_rows.last().name->setFocus();
    });
    connect(this, &TaskListEditor::changed, none,
            [this, none] { none->setVisible(m_rows.isEmpty()); });
}

void TaskListEditor::setGroups(const QList<Group>& groups)
{
    m_groups = groups;
    for (Row& row : m_rows)
        fillGroups(row, row.group->currentData().toLongLong());
}

void TaskListEditor::setTasks(const QList<api::CatalogTask>& tasks)
{
    for (Row& row : m_rows)
        delete row.box;
    m_rows.clear();
    for (const api::CatalogTask& task : tasks) {
        const QSignalBlocker blocker(this);
        addTask(task);
    }
    Q_EMIT changed();
}

void TaskListEditor::addTask(const api::CatalogTask& task)
{
    Row row;
    row.box = new QWidget;
    row.title = new QLabel;
    row.name = new QLineEdit(task.title);
    row.name->setPlaceholderText(tr("Title, e.g. Prepare the laptop"));
    row.name->setAccessibleDescription(tr("The task's title, as its group sees it in its queue"));
    row.title->setBuddy(row.name);
    row.description = new QLineEdit(task.description);
    row.description->setPlaceholderText(tr("What to do"));
    row.description->setAccessibleName(tr("Description"));
    row.description->setAccessibleDescription(tr("What the group is to do for the task"));
    row.group = new QComboBox;
    row.group->setAccessibleDescription(tr("The group the task is assigned to"));
    row.group->setToolTip(row.group->accessibleDescription());
    auto* groupLabel = new QLabel(tr("Group"));
    groupLabel->setBuddy(row.group);
    row.stage = new QSpinBox;
    row.stage->setRange(1, api::MaxCatalogStages);
    row.stage->setValue(task.stage);
    row.stage->setPrefix(tr("Stage "));
    row.stage->setAccessibleName(tr("Stage"));
    row.stage->setAccessibleDescription(
        tr("Tasks of one stage run side by side; the next stage starts when they are done"));
    auto* remove = smallButton(tr("Remove"), tr("Takes this task out"));
    auto* layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.title);
    layout->addWidget(row.name, 2);
    layout->addWidget(row.description, 2);
    layout->addWidget(groupLabel);
    layout->addWidget(row.group, 1);
    layout->addWidget(row.stage);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.box);
    fillGroups(row, task.group);
    m_rows.append(row);
    QWidget* box = row.box;
    connect(row.name, &QLineEdit::textChanged, this, &TaskListEditor::changed);
    connect(row.description, &QLineEdit::textChanged, this, &TaskListEditor::changed);
    connect(row.group, &QComboBox::currentIndexChanged, this, &TaskListEditor::changed);
    connect(row.stage, &QSpinBox::valueChanged, this, &TaskListEditor::changed);
    connect(remove, &QPushButton::clicked, this, [this, box] {
        m_rows.removeIf([box](const Row& r) { return r.box == box; });
        box->deleteLater();
        renumber();
        Q_EMIT changed();
    });
    renumber();
    Q_EMIT changed();
}

void TaskListEditor::fillGroups(Row& row, qint64 keep)
{
    const QSignalBlocker blocker(row.group);
    row.group->clear();
    for (const Group& group : std::as_const(m_groups))
        row.group->addItem(group.name, group.id);
    if (keep && row.group->findData(keep) < 0)
        row.group->addItem(tr("#%1 (unknown)").arg(keep), keep);
    row.group->setCurrentIndex(std::max(0, row.group->findData(keep)));
}

void TaskListEditor::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].title->setText(tr("Task %1").arg(i + 1));
    m_add->setEnabled(m_rows.size() < api::MaxCatalogTasks);
}

QList<api::CatalogTask> TaskListEditor::tasks() const
{
    QList<api::CatalogTask> tasks;
    for (const Row& row : m_rows)
        tasks.append({row.name->text().trimmed(), row.description->text().trimmed(),
                      row.group->currentData().toLongLong(), row.stage->value()});
    return tasks;
}

QWidget* TaskListEditor::input(int row, const QString& part) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const Row& r = m_rows.at(row);
    if (part == u"description"_s)
        return r.description;
    if (part == u"group"_s)
        return r.group;
    if (part == u"stage"_s)
        return r.stage;
    return r.name;
}

} // namespace frontline::client::ui
