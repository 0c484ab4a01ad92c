#pragma once

#include "api/problemapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

#include <QStringList>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// Finding problems in the incidents: the known errors that match an incident (BM25 over the
// open problems' known-error records, a same-category match boosted), and candidate problems
// (recurring incidents of one category that share terms). Both read a bounded number of rows.
class ProblemFinder
{
public:
    static constexpr int MaxKnownErrors = 500; // ranked per problem.match
    static constexpr int MaxCandidateIncidents = 2000; // read per problem.candidates
    static constexpr double CategoryBoost = 1.5;

    ProblemFinder(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                  qint64 now);

    ServiceResult match(const api::ProblemMatchParams& params);
    ServiceResult candidates(const api::ProblemCandidatesParams& params);

    // The words of a text that say what it is about, folded as the search index folds them:
    // three letters or more, no common words, each once, at most `limit`, in order.
    static QStringList significantTerms(const QString& text, int limit);

private:
    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
