#include "problemsection.h"

#include "client/app/problems/resolveproblemdialog.h"
#include "client/core/problems/problemdesk.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ProblemSection::ProblemSection(ProblemDesk& desk, QWidget* parent)
    : QGroupBox(tr("Problem"), parent)
    , m_desk(desk)
    , m_rootCause(new QPlainTextEdit)
    , m_workaround(new QPlainTextEdit)
    , m_knownError(new QCheckBox(tr("&Known error (offer the workaround on matching incidents)")))
    , m_save(new QPushButton(tr("Save &record")))
    , m_incidents(new QListWidget)
    , m_incidentNumber(new QLineEdit)
    , m_link(new QPushButton(tr("&Link incident")))
    , m_unlink(new QPushButton(tr("&Unlink selected")))
    , m_resolve(new QPushButton(tr("Resolve problem and its &incidents…")))
    , m_status(plainLabel())
{
    setObjectName(u"problemSection"_s);
    m_rootCause->setObjectName(u"problemRootCause"_s);
    m_rootCause->setAccessibleName(tr("Root cause"));
    m_rootCause->setAccessibleDescription(tr("What causes the incidents, once found"));
    m_rootCause->setTabChangesFocus(true);
    m_rootCause->setMaximumHeight(70);
    m_workaround->setObjectName(u"problemWorkaround"_s);
    m_workaround->setAccessibleName(tr("Workaround"));
    m_workaround->setAccessibleDescription(
        tr("What agents can tell requesters until the problem is fixed"));
    m_workaround->setTabChangesFocus(true);
    m_workaround->setMaximumHeight(70);
    m_knownError->setObjectName(u"problemKnownError"_s);
    m_knownError->setAccessibleDescription(
        tr("A known error needs a workaround; agents are offered it on matching incidents"));
    m_save->setObjectName(u"problemSaveButton"_s);
    m_incidents->setObjectName(u"problemIncidents"_s);
    m_incidents->setAccessibleName(tr("Linked incidents"));
    m_incidents->setAccessibleDescription(tr("Activate one to open it"));
    m_incidents->setMaximumHeight(90);
    m_incidentNumber->setObjectName(u"problemIncidentNumber"_s);
    m_incidentNumber->setAccessibleName(tr("Incident number to link"));
    m_incidentNumber->setPlaceholderText(tr("Incident #"));
    m_incidentNumber->setValidator(new QIntValidator(1, 999999999, m_incidentNumber));
    m_incidentNumber->setMinimumWidth(
        m_incidentNumber->fontMetrics().horizontalAdvance(m_incidentNumber->placeholderText())
        + m_incidentNumber->fontMetrics().horizontalAdvance(u"00000"_s));
    m_link->setObjectName(u"problemLinkButton"_s);
    m_unlink->setObjectName(u"problemUnlinkButton"_s);
    m_resolve->setObjectName(u"problemResolveButton"_s);
    m_status->setObjectName(u"problemStatus"_s);
    m_status->setAccessibleName(tr("Problem status"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Root &cause:"), m_rootCause);
    form->addRow(tr("&Workaround:"), m_workaround);
    auto* recordRow = new QHBoxLayout;
    recordRow->addWidget(m_knownError, 1);
    recordRow->addWidget(m_save);
    form->addRow(recordRow);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_incidentNumber);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    linkRow->addStretch(1);
    linkRow->addWidget(m_resolve);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(plainLabel(tr("Incidents caused by this problem:")));
    layout->addWidget(m_incidents);
    layout->addLayout(linkRow);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, [this] {
        m_desk.saveRecord(m_rootCause->toPlainText(), m_workaround->toPlainText(),
                          m_knownError->isChecked());
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const qint64 id = m_incidentNumber->text().toLongLong();
        if (id > 0)
            m_desk.link({id});
    });
    connect(m_incidentNumber, &QLineEdit::returnPressed, m_link, &QPushButton::click);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const QListWidgetItem* item : m_incidents->selectedItems())
            ids.append(item->data(Qt::UserRole).toLongLong());
        m_desk.unlink(ids);
    });
    connect(m_incidents, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openTicketRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_resolve, &QPushButton::clicked, this, &ProblemSection::resolve);
    connect(&desk, &ProblemDesk::problemChanged, this, &ProblemSection::render);
    connect(&desk, &ProblemDesk::saved, this, [this] { showStatus(tr("Saved."), false); });
    connect(&desk, &ProblemDesk::resolved, this, [this](int resolved, int untouched) {
        showStatus(tr("Problem resolved with %n incident(s); ", nullptr, resolved)
                       + tr("%n left as they were.", nullptr, untouched),
                   false);
    });
    connect(&desk, &ProblemDesk::failed, this,
            [this](const QString& message, const QString& field) {
                showStatus(message, true);
                if (field == u"workaround"_s)
                    m_workaround->setFocus();
            });
    render();
}

void ProblemSection::showStatus(const QString& text, bool error)
{
    setPlainText(m_status, text);
    Theme::setStyleSheet(m_status, error ? u"color: {ErrorText};"_s : u"color: {InfoText};"_s);
    m_status->show();
}

void ProblemSection::render()
{
    const auto& problem = m_desk.problem();
    setVisible(problem.has_value());
    if (!problem)
        return;
    if (m_rootCause->toPlainText() != problem->rootCause)
        m_rootCause->setPlainText(problem->rootCause);
    if (m_workaround->toPlainText() != problem->workaround)
        m_workaround->setPlainText(problem->workaround);
    m_knownError->setChecked(problem->knownError);
    m_incidents->clear();
    for (const api::ProblemIncident& incident : problem->incidents) {
        auto* item =
            new QListWidgetItem(tr("#%1  %2  (%3, %4)")
                                    .arg(incident.id)
                                    .arg(incident.title, incident.status, incident.requesterName),
                                m_incidents);
        item->setData(Qt::UserRole, incident.id);
    }
    const bool open = problem->open;
    for (QWidget* w : std::initializer_list<QWidget*> {m_save, m_link, m_unlink, m_resolve})
        w->setEnabled(open);
}

void ProblemSection::resolve()
{
    if (!m_desk.problem())
        return;
    ResolveProblemDialog dialog(*m_desk.problem(), this);
    if (dialog.exec() == QDialog::Accepted)
        resolveWith(dialog.resolution(), dialog.resolveIncidents(), dialog.reply());
}

void ProblemSection::resolveWith(const QString& resolution, bool resolveIncidents,
                                 const QString& reply)
{
    m_desk.resolve(resolution, resolveIncidents, reply);
}

} // namespace frontline::client::ui
