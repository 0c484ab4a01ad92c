#include "problemscreens.h"

#include "client/app/composer.h"
#include "client/app/problems/candidateproblemswindow.h"
#include "client/app/problems/createproblemdialog.h"
#include "client/app/problems/knownerrorbanner.h"
#include "client/app/problems/problemsection.h"
#include "client/app/ticketpane.h"
#include "client/core/problems/knownerrorlookup.h"
#include "client/core/problems/problemcandidates.h"
#include "client/core/problems/problemdesk.h"
#include "client/core/ticketdetail.h"

#include <QPlainTextEdit>
#include <QWidget>

namespace frontline::client::ui {

ProblemScreens::ProblemScreens(Session& session, const Directory& directory, TicketDetail& detail,
                               TicketPane& pane, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_directory(directory)
    , m_detail(detail)
    , m_pane(pane)
    , m_window(window)
    , m_desk(new ProblemDesk(session, this))
    , m_creator(new ProblemDesk(session, this))
    , m_lookup(new KnownErrorLookup(session, this))
    , m_candidates(new ProblemCandidatesModel(session, this))
    , m_section(new ProblemSection(*m_desk))
    , m_banner(new KnownErrorBanner(*m_lookup))
{
    pane.addSection(m_banner);
    pane.addSection(m_section);
    connect(&detail, &TicketDetail::loaded, this, &ProblemScreens::followTicket);
    connect(&detail, &TicketDetail::ticketUpdated, this, [this] {
        // A problem resolved elsewhere, or an incident resolved: show what is true now.
        if (m_detail.ticket().type == TicketType::Problem
            && m_detail.ticketId() == m_desk->problemId())
            m_desk->load(m_desk->problemId());
        else if (m_detail.ticket().type == TicketType::Incident && !m_detail.ticket().open)
            m_lookup->clear();
    });
    connect(m_section, &ProblemSection::openTicketRequested, this,
            &ProblemScreens::openTicketRequested);
    connect(m_banner, &KnownErrorBanner::insertWorkaroundRequested, this,
            [this](const QString& workaround) {
                Composer* composer = m_pane.composer();
                composer->start(Composer::Mode::Reply);
                composer->editor()->insertPlainText(workaround);
            });
    connect(m_creator, &ProblemDesk::created, this, &ProblemScreens::openTicketRequested);
    followTicket();
}

void ProblemScreens::followTicket()
{
    if (!m_detail.ticketId() || !m_detail.isLoaded()) {
        m_desk->clear();
        m_lookup->clear();
        return;
    }
    const Ticket& ticket = m_detail.ticket();
    if (ticket.type == TicketType::Problem)
        m_desk->load(ticket.id);
    else
        m_desk->clear();
    if (ticket.type == TicketType::Incident && ticket.open)
        m_lookup->lookup(ticket.id);
    else
        m_lookup->clear();
}

CreateProblemDialog* ProblemScreens::createProblem(const QList<Ticket>& tickets,
                                                   const QString& title)
{
    QList<Ticket> incidents;
    for (const Ticket& ticket : tickets) {
        if (ticket.type == TicketType::Incident)
            incidents.append(ticket);
    }
    auto* dialog = new CreateProblemDialog(*m_creator, m_directory, incidents, m_window);
    if (!title.isEmpty())
        dialog->setTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CandidateProblemsWindow* ProblemScreens::candidates()
{
    if (!m_candidatesWindow) {
        m_candidatesWindow = new CandidateProblemsWindow(*m_candidates, m_window);
        connect(m_candidatesWindow, &CandidateProblemsWindow::openTicketRequested, this,
                &ProblemScreens::openTicketRequested);
        connect(m_candidatesWindow, &CandidateProblemsWindow::createProblemRequested, this,
                [this](int row) {
                    const api::CandidateProblem& candidate = m_candidates->candidate(row);
                    QList<Ticket> incidents;
                    for (const api::ProblemIncident& incident : candidate.incidents) {
                        Ticket ticket;
                        ticket.id = incident.id;
                        ticket.title = incident.title;
                        ticket.category = incident.category;
                        incidents.append(ticket);
                    }
                    createProblem(incidents, candidate.suggestedTitle);
                });
        connect(m_creator, &ProblemDesk::created, m_candidates, [this] { m_candidates->reload(); });
    }
    m_candidatesWindow->show();
    m_candidatesWindow->raise();
    m_candidatesWindow->activateWindow();
    return m_candidatesWindow;
}

} // namespace frontline::client::ui
