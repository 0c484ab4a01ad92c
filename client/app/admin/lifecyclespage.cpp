#include "lifecyclespage.h"

#include "client/core/admin/lifecycleeditor.h"
#include "client/core/workflowinfo.h"
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
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

enum StateColumn { StateName, StateLabel, StateOpen, StatePausesSla, StateResolved };
enum TransitionColumn { TFrom, TTo, TLabel, TRoles, TRequires, TOn };

QTableWidget* rowTable(const QStringList& headers, const QString& name)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    // Every column shares the width, so a label or a list of roles is read whole.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(120);
    return table;
}

QString text(QTableWidget* table, int row, int column)
{
    auto* edit = qobject_cast<QLineEdit*>(table->cellWidget(row, column));
    return edit ? edit->text() : QString();
}

// A cell's editor, showing its text from the start (a QLineEdit made with a text shows its end).
QLineEdit* cell(const QString& text)
{
    auto* edit = new QLineEdit(text);
    edit->setFrame(false);
    edit->setCursorPosition(0);
    return edit;
}

bool checked(QTableWidget* table, int row, int column)
{
    auto* box = qobject_cast<QCheckBox*>(table->cellWidget(row, column));
    return box && box->isChecked();
}

QCheckBox* checkBox(bool on)
{
    auto* box = new QCheckBox;
    box->setChecked(on);
    return box;
}

QHBoxLayout* buttonRow(QPushButton* add, QPushButton* remove)
{
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    return row;
}

} // namespace

LifecyclesPage::LifecyclesPage(LifecycleEditor& editor, QWidget* parent)
    : AdminPage(parent)
    , m_editor(editor)
    , m_initial(new QLineEdit)
    , m_states(rowTable({tr("Name"), tr("Label"), tr("Open"), tr("Pauses SLA"), tr("Resolved")},
                        u"lifecycleStates"_s))
    , m_transitions(rowTable(
          {tr("From"), tr("To"), tr("Label"), tr("Roles"), tr("Requires"), tr("Automatic on")},
          u"lifecycleTransitions"_s))
{
    setObjectName(u"lifecyclesPage"_s);
    m_initial->setObjectName(u"lifecycleInitialEdit"_s);
    m_new->hide(); // one lifecycle per ticket type: nothing to create
    m_list->setMaximumWidth(200); // four types: the tables get the room
    m_form->addRow(tr("&Initial state"), m_initial);
    m_initial->setToolTip(tr(
        "The state a new ticket of this type starts in: one of the state ids in the table below."));

    auto* addState = new QPushButton(tr("Add state"));
    auto* removeState = new QPushButton(tr("Remove state"));
    auto* addTransition = new QPushButton(tr("Add transition"));
    auto* removeTransition = new QPushButton(tr("Remove transition"));
    addState->setObjectName(u"lifecycleAddState"_s);
    addTransition->setObjectName(u"lifecycleAddTransition"_s);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(new QLabel(tr("States (names: a-z, 0-9 and _)")));
    extra->addWidget(m_states, 1);
    m_states->setAccessibleName(tr("States"));
    m_transitions->setAccessibleName(tr("Transitions"));
    extra->addLayout(buttonRow(addState, removeState));
    auto* help = new QLabel(tr("Transitions (from: states separated by commas; roles: requester, "
                               "agent, manager, admin; requires: note, assignee)"));
    help->setWordWrap(true);
    extra->addWidget(help);
    extra->addWidget(m_transitions, 1);
    extra->addLayout(buttonRow(addTransition, removeTransition));

    connect(addState, &QPushButton::clicked, this, [this] { this->addState({}); });
    connect(removeState, &QPushButton::clicked, this,
            [this] { m_states->removeRow(m_states->currentRow()); });
    connect(addTransition, &QPushButton::clicked, this, [this] {
        this->addTransition({{}, {}, {}, u"agent, manager, admin"_s, {}, {}});
    });
    connect(removeTransition, &QPushButton::clicked, this,
            [this] { m_transitions->removeRow(m_transitions->currentRow()); });

    followBusy(m_editor);
    connect(&m_editor, &LifecycleEditor::loaded, this, [this] {
        m_list->blockSignals(true);
        m_list->clear();
        for (const QString& name : ticketTypeNames()) {
            auto* item =
                new QListWidgetItem(WorkflowInfo::typeName(*ticketTypeFromString(name)), m_list);
            item->setData(Qt::UserRole, name);
        }
        // Read again (the tab shown again) over unsaved edits: they stay.
        const bool keepEditor = hasUnsavedEdits();
        if (keepEditor)
            m_list->setCurrentRow(static_cast<int>(m_type));
        m_list->blockSignals(false);
        if (!keepEditor)
            showType(m_type);
    });
    connect(&m_editor, &LifecycleEditor::saved, this, [this](TicketType type) {
        setForm(m_editor.form(type));
        showStatus(tr("Saved. New tickets and transitions follow this lifecycle now."), false);
    });
    connect(&m_editor, &LifecycleEditor::refused, this, &LifecyclesPage::showProblem);
}

void LifecyclesPage::reload()
{
    m_editor.reload();
}

void LifecyclesPage::showType(TicketType type)
{
    m_type = type;
    const int row = static_cast<int>(type);
    if (row < m_list->count()) {
        m_list->blockSignals(true);
        m_list->setCurrentRow(row);
        m_list->blockSignals(false);
    }
    setForm(m_editor.form(type));
}

void LifecyclesPage::showRecord(const QVariant& record)
{
    if (const auto type = ticketTypeFromString(record.toString()))
        showType(*type);
}

void LifecyclesPage::setForm(const LifecycleForm& form)
{
    markCell(m_problemField, false);
    m_problemField.clear();
    m_initial->setText(form.initial);
    m_states->setRowCount(0);
    for (const LifecycleForm::State& state : form.states)
        addState(state);
    m_transitions->setRowCount(0);
    for (const LifecycleForm::Transition& transition : form.transitions)
        addTransition(transition);
    markEditorClean();
}

LifecycleForm LifecyclesPage::form() const
{
    LifecycleForm form;
    form.initial = m_initial->text();
    for (int row = 0; row < m_states->rowCount(); ++row)
        form.states.append({text(m_states, row, StateName), text(m_states, row, StateLabel),
                            checked(m_states, row, StateOpen),
                            checked(m_states, row, StatePausesSla),
                            checked(m_states, row, StateResolved)});
    for (int row = 0; row < m_transitions->rowCount(); ++row) {
        auto* on = qobject_cast<QComboBox*>(m_transitions->cellWidget(row, TOn));
        form.transitions.append({text(m_transitions, row, TFrom), text(m_transitions, row, TTo),
                                 text(m_transitions, row, TLabel), text(m_transitions, row, TRoles),
                                 text(m_transitions, row, TRequires),
                                 on ? on->currentData().toString() : QString()});
    }
    return form;
}

void LifecyclesPage::addState(const LifecycleForm::State& state)
{
    const int row = m_states->rowCount();
    m_states->insertRow(row);
    m_states->setCellWidget(row, StateName, cell(state.name));
    m_states->setCellWidget(row, StateLabel, cell(state.label));
    m_states->setCellWidget(row, StateOpen, checkBox(state.open));
    m_states->setCellWidget(row, StatePausesSla, checkBox(state.pausesSla));
    m_states->setCellWidget(row, StateResolved, checkBox(state.resolved));
}

void LifecyclesPage::addTransition(const LifecycleForm::Transition& transition)
{
    const int row = m_transitions->rowCount();
    m_transitions->insertRow(row);
    m_transitions->setCellWidget(row, TFrom, cell(transition.from));
    m_transitions->setCellWidget(row, TTo, cell(transition.to));
    m_transitions->setCellWidget(row, TLabel, cell(transition.label));
    m_transitions->setCellWidget(row, TRoles, cell(transition.roles));
    m_transitions->setCellWidget(row, TRequires, cell(transition.guards));
    auto* on = new QComboBox;
    on->addItem(tr("(a user takes it)"), QString());
    for (const QString& event : automaticEvents())
        on->addItem(event, event);
    on->setCurrentIndex(std::max(0, on->findData(transition.on)));
    m_transitions->setCellWidget(row, TOn, on);
}

void LifecyclesPage::save()
{
    markCell(m_problemField, false);
    m_problemField.clear();
    m_editor.save(m_type, form());
}

QString LifecyclesPage::describeField(const QString& field) const
{
    return LifecycleForm::describePath(field);
}

void LifecyclesPage::showProblem(const QString& field, const QString& message)
{
    markCell(m_problemField, false);
    m_problemField = field;
    showStatus(field.isEmpty() ? message : tr("%1: %2").arg(describeField(field), message), true);
    markCell(field, true);
}

// "states[2].name" -> that cell, marked red and focused; "initial" -> the initial state's edit.
void LifecyclesPage::markCell(const QString& field, bool mark)
{
    static const QRegularExpression indexed(u"^(states|transitions)\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    QWidget* cell = nullptr;
    if (field == u"initial"_s) {
        cell = m_initial;
    } else if (const auto match = indexed.match(field); match.hasMatch()) {
        const bool state = match.captured(1) == u"states"_s;
        QTableWidget* table = state ? m_states : m_transitions;
        const QStringList columns = state
            ? QStringList {u"name"_s, u"label"_s, u"open"_s, u"pauses_sla"_s, u"resolved"_s}
            : QStringList {u"from"_s, u"to"_s, u"label"_s, u"roles"_s, u"requires"_s, u"on"_s};
        const int row = match.captured(2).toInt();
        const int column = std::max(0, static_cast<int>(columns.indexOf(match.captured(3))));
        if (row < table->rowCount()) {
            cell = table->cellWidget(row, column);
            if (mark)
                table->selectRow(row);
        }
    }
    if (!cell)
        return;
    Theme::setStyleSheet(cell, mark ? u"border: 1px solid {FieldMarkBorder};"_s : QString());
    if (mark)
        cell->setFocus();
}

} // namespace frontline::client::ui
