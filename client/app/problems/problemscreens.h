#pragma once

#include "domain/ticket.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace frontline::client {
class Directory;
class KnownErrorLookup;
class ProblemCandidatesModel;
class ProblemDesk;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

class CandidateProblemsWindow;
class CreateProblemDialog;
class KnownErrorBanner;
class ProblemSection;
class TicketPane;

// Problem management in the agent client (issue 22), so that the main window only wires
// actions to it: the problem section and the known-error banner in the ticket pane (following
// the open ticket), "Create problem" from a selection or the New menu, and the candidate
// problems window.
class ProblemScreens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemScreens)

public:
    ProblemScreens(Session& session, const Directory& directory, TicketDetail& detail,
                   TicketPane& pane, QWidget* window);

    ProblemDesk& desk() const { return *m_desk; }
    KnownErrorLookup& lookup() const { return *m_lookup; }
    ProblemSection* section() const { return m_section; }
    KnownErrorBanner* banner() const { return m_banner; }

    // Opens "Create problem" with these tickets' incidents (none: from the New menu) and,
    // when given, a title other than the first incident's.
    CreateProblemDialog* createProblem(const QList<Ticket>& tickets, const QString& title = {});
    CandidateProblemsWindow* candidates();

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void followTicket();

    Session& m_session;
    const Directory& m_directory;
    TicketDetail& m_detail;
    TicketPane& m_pane;
    QWidget* m_window;
    ProblemDesk* m_desk;
    ProblemDesk* m_creator; // "Create problem" (the section's desk follows the open ticket)
    KnownErrorLookup* m_lookup;
    ProblemCandidatesModel* m_candidates;
    ProblemSection* m_section;
    KnownErrorBanner* m_banner;
    QPointer<CandidateProblemsWindow> m_candidatesWindow;
};

} // namespace frontline::client::ui
