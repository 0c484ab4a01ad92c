#pragma once

#include "api/selfserviceapi.h"
#include "services/outcome.h"
#include "services/ticketmutation.h"

namespace frontline::server {

struct ServerLimits;
struct AttachmentRecord;

// Files on tickets. An upload arrives in chunks, each written (durably) as it comes; the last
// one completes it: the checksum is computed, the content type recognised from the bytes, the
// ticket's history records it and its readers hear of it. Who may read the ticket may read
// its files; internal files are for staff only; an upload in progress is its uploader's.
class AttachmentService
{
public:
    AttachmentService(SqlSession& session, const WorkflowConfig& workflow,
                      const Principal& principal, qint64 now, const ServerLimits& limits);

    ServiceResult add(const api::AttachmentAddParams& params);
    ServiceResult get(const api::AttachmentGetParams& params);
    ServiceResult list(const api::AttachmentListParams& params);

private:
    // Where an upload stands after a chunk.
    struct Progress
    {
        qint64 id = 0;
        qint64 received = 0;
        qint64 size = 0;
    };
    Result<Progress, rpc::RpcError> start(const api::AttachmentAddParams& params);
    Result<Progress, rpc::RpcError> resume(const api::AttachmentAddParams& params);
    ServiceResult finish(const AttachmentRecord& record);
    // The complete attachment when the caller may read it.
    Result<AttachmentRecord, rpc::RpcError> readable(qint64 id);

    TicketMutation m;
    const ServerLimits& m_limits;
};

} // namespace frontline::server
