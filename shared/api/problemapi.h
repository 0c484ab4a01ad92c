#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Problem management (issue 22, point 3): problems made from incidents, their root cause,
// workaround and known-error record, the known errors offered for a new incident, resolving a
// problem with its incidents, and candidate problems from recurring incidents.
namespace frontline::api {

inline constexpr int MaxProblemIncidents = 100; // per call
inline constexpr int MaxProblemText = 10000; // root cause, workaround, replies

// problem.create: a problem ticket from one or more incidents, linked to them.
struct ProblemCreateParams
{
    QString title;
    QString description;
    std::optional<QString> category;
    QList<qint64> incidents;

    QJsonObject toJson() const;
    static Result<ProblemCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// problem.link / problem.unlink: incidents to (or from) a problem.
struct ProblemLinkParams
{
    qint64 problem = 0;
    QList<qint64> incidents;

    QJsonObject toJson() const;
    static Result<ProblemLinkParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// problem.update: the investigation's record; a known error needs a workaround.
struct ProblemUpdateParams
{
    qint64 id = 0;
    std::optional<QString> rootCause;
    std::optional<QString> workaround;
    std::optional<bool> knownError;

    QJsonObject toJson() const;
    static Result<ProblemUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// problem.resolve: the problem resolved with `resolution`; with `resolve_incidents` every
// linked open incident too, with a public reply (`incident_reply`, else the workaround, else
// the resolution).
struct ProblemResolveParams
{
    qint64 id = 0;
    QString resolution;
    bool resolveIncidents = false;
    QString incidentReply;

    QJsonObject toJson() const;
    static Result<ProblemResolveParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// problem.match: the known errors that match an incident (by id) or a text being written.
struct ProblemMatchParams
{
    std::optional<qint64> ticket;
    QString text;
    std::optional<QString> category;
    int limit = 3;

    QJsonObject toJson() const;
    static Result<ProblemMatchParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// problem.candidates: groups of recurring incidents not linked to a problem yet.
struct ProblemCandidatesParams
{
    int days = 30;
    int minIncidents = 3;

    QJsonObject toJson() const;
    static Result<ProblemCandidatesParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// An incident as a problem lists it.
struct ProblemIncident
{
    qint64 id = 0;
    QString title;
    QString status;
    bool open = true;
    QString category;
    QString requesterName;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static ProblemIncident fromJson(const QJsonValue& value);
    bool operator==(const ProblemIncident&) const = default;
};

// problem.get, problem.create, problem.link, problem.unlink, problem.update.
struct ProblemDetail
{
    qint64 id = 0;
    QString title;
    QString description;
    QString status;
    bool open = true;
    QString category;
    QString rootCause;
    QString workaround;
    bool knownError = false;
    QList<ProblemIncident> incidents;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static ProblemDetail fromJson(const QJsonValue& value);
    bool operator==(const ProblemDetail&) const = default;
};

// problem.resolve: the problem, the incidents resolved with it and those left as they were
// (already resolved or closed).
struct ProblemResolved
{
    ProblemDetail problem;
    QList<qint64> resolvedIncidents;
    QList<qint64> untouchedIncidents;

    QJsonObject toJson() const;
    static ProblemResolved fromJson(const QJsonValue& value);
};

// One known error offered for an incident.
struct KnownErrorMatch
{
    qint64 problem = 0;
    QString title;
    QString category;
    QString rootCause;
    QString workaround;
    double score = 0;

    QJsonObject toJson() const;
    static KnownErrorMatch fromJson(const QJsonValue& value);
    bool operator==(const KnownErrorMatch&) const = default;
};

// problem.match: best first; `linked_problem`: the problem the incident (params.ticket)
// belongs to already, when it does.
struct ProblemMatches
{
    QList<KnownErrorMatch> items;
    std::optional<qint64> linkedProblem;

    QJsonObject toJson() const;
    static ProblemMatches fromJson(const QJsonValue& value);
};

// A group of recurring incidents: same category, shared terms.
struct CandidateProblem
{
    QString category;
    QString suggestedTitle;
    QStringList terms;
    QList<ProblemIncident> incidents;

    QJsonObject toJson() const;
    static CandidateProblem fromJson(const QJsonValue& value);
};

// problem.candidates: the groups, largest first; `scanned` incidents were read (at most
// `cap`, the newest of the period).
struct ProblemCandidates
{
    QList<CandidateProblem> items;
    int scanned = 0;
    bool capped = false;

    QJsonObject toJson() const;
    static ProblemCandidates fromJson(const QJsonValue& value);
};

} // namespace frontline::api
