#include "newticketdialog.h"

#include "client/core/fieldcatalogue.h"
#include "client/core/newticketcontroller.h"
#include "client/core/searchresults.h"
#include "client/widgets/articleviewer.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/safetext.h"
#include "client/widgets/suggestionlist.h"
#include "client/widgets/theme.h"
#include "client/widgets/userpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

void addLevels(QComboBox* box)
{
    box->addItem(NewTicketDialog::tr("High"), QVariant::fromValue(Level::High));
    box->addItem(NewTicketDialog::tr("Medium"), QVariant::fromValue(Level::Medium));
    box->addItem(NewTicketDialog::tr("Low"), QVariant::fromValue(Level::Low));
    box->setCurrentIndex(1);
}

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

NewTicketDialog::NewTicketDialog(NewTicketController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_type(new QComboBox)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_suggestions(new SuggestionList(
          controller.session(),
          [](int count) {
              return tr("%n article(s) may answer this — double-click to read", nullptr, count);
          }))
    , m_requester(new UserPicker(controller.session()))
    , m_category(new QComboBox)
    , m_impact(new QComboBox)
    , m_urgency(new QComboBox)
    , m_priority(plainLabel())
    , m_group(new QComboBox)
    , m_assignToMe(new QCheckBox(tr("Assign to me")))
    , m_raisedFrom(plainLabel())
    , m_files(new QListWidget)
    , m_fieldForm(new FieldForm(controller.fieldCatalogue(), &controller.session()))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New ticket"));
    m_type->setObjectName(u"typeBox"_s);
    m_title->setObjectName(u"titleEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_requester->setObjectName(u"requesterEdit"_s);
    m_category->setObjectName(u"categoryBox"_s);
    m_impact->setObjectName(u"impactBox"_s);
    m_urgency->setObjectName(u"urgencyBox"_s);
    m_group->setObjectName(u"groupBox"_s);
    m_priority->setObjectName(u"priorityLabel"_s);
    m_raisedFrom->setObjectName(u"raisedFromLabel"_s);
    m_raisedFrom->hide();
    m_files->setObjectName(u"fileList"_s);
    m_files->setMaximumHeight(60);
    m_files->hide();

    for (TicketType type : controller.types())
        m_type->addItem(NewTicketController::typeLabel(type), QVariant::fromValue(type));
    m_title->setPlaceholderText(tr("One line: what is wrong or wanted"));
    m_description->setPlaceholderText(
        tr("What the caller said: symptoms, since when, what they tried"));
    m_requester->setPlaceholderText(tr("Type the caller's name (empty: yourself)"));
    m_category->addItem(tr("None"));
    for (const Category& category : controller.categories())
        m_category->addItem(category.name, category.name);
    addLevels(m_impact);
    addLevels(m_urgency);
    m_group->addItem(tr("By category (automatic)"));
    for (const Group& group : controller.groups())
        m_group->addItem(tr("%1 (L%2)").arg(group.name).arg(group.tier), group.id);

    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& label, QWidget* field, const QString& key) {
        auto* problem = plainLabel();
        Theme::setStyleSheet(problem, u"color: {ErrorText};"_s);
        problem->setObjectName(u"problem_"_s + key);
        problem->hide();
        m_problems.insert(key, problem);
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(problem);
        auto* name = new QLabel(label);
        name->setBuddy(field); // the row is a layout: the label needs its field for its mnemonic
        form->addRow(name, box);
    };
    form->addRow(m_raisedFrom);
    addRow(tr("&Type"), m_type, u"type"_s);
    m_type->setToolTip(tr("Incident: something is broken. Service request: something is wanted. "
                          "Problem: the cause of incidents. Change: a planned change."));
    addRow(tr("&Caller"), m_requester, u"requester"_s);
    addRow(tr("T&itle"), m_title, u"title"_s);
    addRow(tr("&Description"), m_description, u"description"_s);
    m_description->setToolTip(
        tr("What happened, what was expected, and what was tried; the requester sees it."));
    addRow(tr("C&ategory"), m_category, u"category"_s);
    m_category->setToolTip(
        tr("What the ticket is about; it decides the group the ticket goes to."));
    addRow(tr("I&mpact"), m_impact, u"impact"_s);
    m_impact->setToolTip(tr("How many people or how much of the business it affects; with urgency "
                            "it sets the priority."));
    addRow(tr("&Urgency"), m_urgency, u"urgency"_s);
    m_urgency->setToolTip(tr("How soon it must be solved; with impact it sets the priority."));
    form->addRow(tr("Priority"), m_priority);
    addRow(tr("&Group"), m_group, u"group"_s);
    m_group->setToolTip(tr("The group whose queue gets the ticket; automatic: by its category."));
    // The desk's own fields for this type and category, checked inline with the shared rules.
    form->addRow(m_fieldForm);
    form->addRow(QString(), m_assignToMe);
    m_assignToMe->setToolTip(
        tr("The new ticket is assigned to you instead of waiting in the group's queue."));
    auto* attach = new QPushButton(tr("Attach a &file…"));
    attach->setAutoDefault(false);
    connect(attach, &QPushButton::clicked, this, [this] {
        for (const QString& path : QFileDialog::getOpenFileNames(this, tr("Attach files")))
            addFile(path);
    });
    auto* filesBox = new QWidget;
    auto* files = new QVBoxLayout(filesBox);
    files->setContentsMargins(0, 0, 0, 0);
    files->addWidget(m_files);
    files->addWidget(attach, 0, Qt::AlignLeft);
    addRow(tr("Files"), filesBox, u"file"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Answers the desk already wrote down, found while the title and description are typed:
    // read one to the caller and the ticket may not be needed.
    m_suggestions->watch(m_title, m_description);
    connect(m_suggestions, &SuggestionList::articleChosen, this, [this](qint64 id) {
        auto* viewer = new ArticleViewer(m_controller.session(), id, true, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->open();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_suggestions);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updateFields);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updateFields);
    connect(&controller.fieldCatalogue(), &FieldCatalogue::loaded, this,
            &NewTicketDialog::updateFields);
    updateFields();
    connect(m_impact, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updatePriority);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updatePriority);
    updatePriority();
    resize(560, sizeHint().height());
}

SearchResults& NewTicketDialog::suggestions() const
{
    return m_suggestions->results();
}

void NewTicketDialog::updatePriority()
{
    const int priority = m_controller.priorityFor(m_impact->currentData().value<Level>(),
                                                  m_urgency->currentData().value<Level>());
    setPlainText(m_priority,
                 priority > 0 ? tr("P%1 (from impact and urgency)").arg(priority)
                              : tr("Set by the server"));
}

void NewTicketDialog::updateFields()
{
    // What was filled in stays where the field still applies.
    const FieldValues values = m_fieldForm->values();
    m_fieldForm->setFields(m_controller.fieldsFor(m_type->currentData().value<TicketType>(),
                                                  m_category->currentData().toString()),
                           values);
    m_fieldForm->setVisible(!m_fieldForm->isEmpty());
}

void NewTicketDialog::setDraft(const TicketDraft& draft)
{
    selectData(m_type, QVariant::fromValue(draft.type));
    m_title->setText(draft.title);
    m_description->setPlainText(draft.description);
    if (draft.category)
        selectData(m_category, *draft.category);
    selectData(m_impact, QVariant::fromValue(draft.impact));
    selectData(m_urgency, QVariant::fromValue(draft.urgency));
    m_raisedFromId = draft.raisedFrom;
    if (draft.raisedFrom) {
        const QString type = m_type->currentText().section(u" ("_s, 0, 0);
        setWindowTitle(tr("New %1 from #%2").arg(type.toLower()).arg(draft.raisedFrom));
        setPlainText(m_raisedFrom, tr("Linked with #%1 once it is created.").arg(draft.raisedFrom));
        m_raisedFrom->show();
    }
}

TicketDraft NewTicketDialog::draft() const
{
    TicketDraft draft;
    draft.type = m_type->currentData().value<TicketType>();
    draft.title = m_title->text();
    draft.description = m_description->toPlainText();
    if (m_category->currentData().isValid())
        draft.category = m_category->currentData().toString();
    draft.impact = m_impact->currentData().value<Level>();
    draft.urgency = m_urgency->currentData().value<Level>();
    draft.requesterName = m_requester->text();
    draft.requester = m_requester->userId();
    if (m_group->currentData().isValid())
        draft.group = m_group->currentData().toLongLong();
    if (m_assignToMe->isChecked())
        draft.assignee = m_controller.userId();
    draft.raisedFrom = m_raisedFromId;
    draft.files = m_attached;
    draft.fields = m_fieldForm->values();
    return draft;
}

bool NewTicketDialog::addFile(const QString& path)
{
    auto file = TicketDraft::readFile(path);
    if (!file) {
        showProblem(u"file"_s, file.error());
        return false;
    }
    m_files->addItem(tr("%1 (%2)").arg(file->name, SystemInfo::formatBytes(file->bytes.size())));
    m_files->show();
    m_attached.append(std::move(file).value());
    m_problems.value(u"file"_s)->hide();
    return true;
}

QString NewTicketDialog::problemAt(const QString& field) const
{
    const QLabel* label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void NewTicketDialog::clearProblems()
{
    for (QLabel* label : std::as_const(m_problems))
        label->hide();
}

void NewTicketDialog::showProblem(const QString& field, const QString& message)
{
    QLabel* label = m_problems.value(field);
    if (!label)
        label = m_problems.value(u"title"_s);
    setPlainText(label, message);
    label->show();
}

void NewTicketDialog::accept()
{
    clearProblems();
    // Every custom field's problem at once, under its input; nothing is sent.
    const TicketDraft filled = draft();
    if (!m_fieldForm->validate(filled.type, filled.category.value_or(QString())))
        return;
    if (const auto problem = m_controller.submit(filled)) {
        if (m_fieldForm->showServerProblem(problem->field, problem->message))
            return;
        showProblem(problem->field, problem->message);
        if (problem->field == u"requester"_s)
            m_requester->setFocus();
        else if (problem->field == u"title"_s)
            m_title->setFocus();
        return;
    }
    m_submitted = m_controller.lastQueued();
    QDialog::accept();
}

} // namespace frontline::client::ui
