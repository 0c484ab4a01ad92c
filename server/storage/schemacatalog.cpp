#include "schemacatalog.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration catalogSchema()
{
    Migration m;
    m.version = 25;
    m.name = u"service catalog and fulfilment tasks"_s;
    m.common = {
        // spec: JSON of the audience, the form, the approval chain and the tasks (see
        // api::CatalogItem); read whole, never queried inside.
        uR"(CREATE TABLE catalog_items (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            icon TEXT NOT NULL,
            category_id BIGINT REFERENCES categories(id),
            group_id BIGINT REFERENCES agent_groups(id),
            sla_policy_id BIGINT REFERENCES sla_policies(id),
            active INTEGER NOT NULL DEFAULT 1,
            spec TEXT NOT NULL DEFAULT '{}',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        // A request from the catalog: its item, the item's tasks as they were when it was
        // filed (a later edit of the item does not change running requests), the stage
        // running (0: none yet, waiting for approval) and where the fulfilment stands
        // (approval, running, blocked: a task was cancelled, done). sla_policy_id: the
        // item's SLA policy, which governs the request instead of the matching one.
        uR"(CREATE TABLE catalog_requests (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            item_id BIGINT NOT NULL REFERENCES catalog_items(id),
            sla_policy_id BIGINT REFERENCES sla_policies(id),
            tasks TEXT NOT NULL,
            stage INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL))"_s,
        uR"(CREATE TABLE catalog_request_tasks (
            task_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            request_id BIGINT NOT NULL REFERENCES tickets(id),
            stage INTEGER NOT NULL,
            position INTEGER NOT NULL))"_s,
        u"CREATE INDEX catalog_request_tasks_request ON catalog_request_tasks "
        "(request_id, stage, position)"_s,
        // A fulfilment task's request (ticket.list filter parent).
        u"ALTER TABLE tickets ADD COLUMN parent_id BIGINT REFERENCES tickets(id)"_s,
        u"CREATE INDEX tickets_parent ON tickets (parent_id, id) WHERE parent_id IS NOT NULL"_s,
    };
    return m;
}

} // namespace frontline::server
