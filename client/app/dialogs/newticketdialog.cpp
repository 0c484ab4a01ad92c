#include "newticketdialog.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "client/app/userpicker.h"
#include "client/core/directory.h"
#include "client/core/errortext.h"
#include "client/core/outbox.h"
#include "client/core/searchresults.h"
#include "client/core/session.h"
#include "client/widgets/articleviewer.h"
#include "client/widgets/safetext.h"
#include "client/widgets/suggestionlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

void addLevels(QComboBox* box)
{
    box->addItem(NewTicketDialog::tr("High"), u"high"_s);
    box->addItem(NewTicketDialog::tr("Medium"), u"medium"_s);
    box->addItem(NewTicketDialog::tr("Low"), u"low"_s);
    box->setCurrentIndex(1);
}

} // namespace

NewTicketDialog::NewTicketDialog(Session& session, const Directory& directory, Outbox& outbox,
                                 QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_directory(directory)
    , m_outbox(outbox)
    , m_type(new QComboBox)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_suggestions(new SuggestionList(
          session,
          [](int count) {
              return tr("%n article(s) may answer this — double-click to read", nullptr, count);
          }))
    , m_requester(new UserPicker(session))
    , m_category(new QComboBox)
    , m_impact(new QComboBox)
    , m_urgency(new QComboBox)
    , m_priority(plainLabel())
    , m_group(new QComboBox)
    , m_assignToMe(new QCheckBox(tr("Assign to me")))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New ticket"));
    m_title->setObjectName(u"titleEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_requester->setObjectName(u"requesterEdit"_s);
    m_category->setObjectName(u"categoryBox"_s);
    m_group->setObjectName(u"groupBox"_s);
    m_priority->setObjectName(u"priorityLabel"_s);

    m_type->addItem(tr("Incident (something is broken)"), u"incident"_s);
    m_type->addItem(tr("Service request (something is wanted)"), u"service_request"_s);
    m_title->setPlaceholderText(tr("One line: what is wrong or wanted"));
    m_description->setPlaceholderText(
        tr("What the caller said: symptoms, since when, what they tried"));
    m_requester->setPlaceholderText(tr("Type the caller's name (empty: yourself)"));
    m_category->addItem(tr("None"));
    for (const Category& category : directory.categories()) {
        if (category.active)
            m_category->addItem(category.name, category.name);
    }
    addLevels(m_impact);
    addLevels(m_urgency);
    m_group->addItem(tr("By category (automatic)"));
    for (const Group& group : directory.groups())
        m_group->addItem(tr("%1 (L%2)").arg(group.name).arg(group.tier), group.id);

    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& label, QWidget* field, const QString& key) {
        auto* problem = plainLabel();
        problem->setStyleSheet(u"color: #c62828;"_s);
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
    addRow(tr("&Type"), m_type, u"type"_s);
    addRow(tr("&Caller"), m_requester, u"requester"_s);
    addRow(tr("T&itle"), m_title, u"title"_s);
    addRow(tr("&Description"), m_description, u"description"_s);
    addRow(tr("C&ategory"), m_category, u"category"_s);
    addRow(tr("I&mpact"), m_impact, u"impact"_s);
    addRow(tr("&Urgency"), m_urgency, u"urgency"_s);
    form->addRow(tr("Priority"), m_priority);
    addRow(tr("&Group"), m_group, u"group"_s);
    form->addRow(QString(), m_assignToMe);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Answers the desk already wrote down, found while the title and description are typed:
    // read one to the caller and the ticket may not be needed.
    m_suggestions->watch(m_title, m_description);
    connect(m_suggestions, &SuggestionList::articleChosen, this, [this](qint64 id) {
        auto* viewer = new ArticleViewer(m_session, id, true, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->open();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_suggestions);
    layout->addWidget(buttons);

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
    const auto level = [](QComboBox* box) { return static_cast<Level>(box->currentIndex() + 1); };
    const int priority = m_directory.workflow().priorityFor(level(m_impact), level(m_urgency));
    setPlainText(m_priority,
                 priority > 0 ? tr("P%1 (from impact and urgency)").arg(priority)
                              : tr("Set by the server"));
}

QJsonObject NewTicketDialog::params() const
{
    QJsonObject params {
        {"type"_L1, m_type->currentData().toString()},
        {"title"_L1, m_title->text().trimmed()},
        {"description"_L1, m_description->toPlainText().trimmed()},
        {"impact"_L1, m_impact->currentData().toString()},
        {"urgency"_L1, m_urgency->currentData().toString()},
    };
    if (m_category->currentData().isValid())
        params.insert("category"_L1, m_category->currentData().toString());
    if (m_group->currentData().isValid())
        params.insert("group"_L1, m_group->currentData().toLongLong());
    if (const std::optional<qint64> requester = m_requester->userId())
        params.insert("requester"_L1, *requester);
    if (m_assignToMe->isChecked())
        params.insert("assignee"_L1, m_session.user().id);
    return params;
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
    bool ok = true;
    if (m_title->text().trimmed().isEmpty()) {
        showProblem(u"title"_s, tr("Title is required: one line saying what is wrong."));
        m_title->setFocus();
        ok = false;
    }
    if (!m_requester->text().trimmed().isEmpty() && !m_requester->userId()) {
        showProblem(u"requester"_s,
                    tr("Caller: pick a person from the list that appears while typing."));
        if (ok)
            m_requester->setFocus();
        ok = false;
    }
    if (!ok)
        return;
    // The server's own rules, checked here first so the problem shows next to its field.
    const QJsonObject params = this->params();
    if (auto checked = api::TicketCreateParams::fromJson(params); !checked) {
        const QString field = checked.error().field();
        showProblem(
            field,
            u"%1 %2"_s.arg(ErrorText::fieldLabel(field), ErrorText::fieldProblem(checked.error())));
        return;
    }
    m_submitted = m_outbox.submit(QString(api::method::TicketCreate), params,
                                  tr("New ticket: %1").arg(m_title->text().trimmed()));
    QDialog::accept();
}

} // namespace frontline::client::ui
