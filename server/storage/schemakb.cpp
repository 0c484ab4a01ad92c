#include "schemakb.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration knowledgeBase()
{
    Migration m;
    m.version = 6;
    m.name = u"knowledge-base articles and their versions"_s;
    m.common = {
        uR"(CREATE TABLE kb_articles (
            id {{ID}},
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            category_id BIGINT REFERENCES categories(id),
            tags TEXT NOT NULL DEFAULT '',
            visibility TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
            state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'retired')),
            version INTEGER NOT NULL,
            author_id BIGINT NOT NULL REFERENCES users(id),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            published_at BIGINT,
            source_ticket_id BIGINT REFERENCES tickets(id),
            views INTEGER NOT NULL DEFAULT 0,
            helpful INTEGER NOT NULL DEFAULT 0,
            unhelpful INTEGER NOT NULL DEFAULT 0))"_s,
        u"CREATE INDEX kb_articles_state ON kb_articles (state, visibility, updated_at, id)"_s,
        // Every version of title and body, with its author: the history and its diffs.
        uR"(CREATE TABLE kb_article_versions (
            article_id BIGINT NOT NULL REFERENCES kb_articles(id),
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            author_id BIGINT NOT NULL REFERENCES users(id),
            created_at BIGINT NOT NULL,
            PRIMARY KEY (article_id, version)))"_s,
        // "Was this helpful?": one answer per person, which they may change.
        uR"(CREATE TABLE kb_article_votes (
            article_id BIGINT NOT NULL REFERENCES kb_articles(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            helpful INTEGER NOT NULL,
            voted_at BIGINT NOT NULL,
            PRIMARY KEY (article_id, user_id)))"_s,
    };
    m.sqliteOnly = {
        u"CREATE TRIGGER kb_article_versions_no_update BEFORE UPDATE ON kb_article_versions "
        "BEGIN SELECT RAISE(ABORT, 'kb_article_versions is append-only'); END"_s,
    };
    m.postgresOnly = {
        u"CREATE TRIGGER kb_article_versions_append_only BEFORE UPDATE ON kb_article_versions "
        "FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"_s,
    };
    return m;
}

Migration fullTextSearch()
{
    Migration m;
    m.version = 7;
    m.name = u"full-text search over tickets, conversations and articles; deflections"_s;
    m.common = {
        // An article a person opened from a suggestion, or told us solved their problem.
        uR"(CREATE TABLE kb_deflections (
            id {{ID}},
            article_id BIGINT NOT NULL REFERENCES kb_articles(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            kind TEXT NOT NULL CHECK (kind IN ('followed', 'solved')),
            subject TEXT NOT NULL DEFAULT '',
            at BIGINT NOT NULL))"_s,
        u"CREATE INDEX kb_deflections_at ON kb_deflections (at)"_s,
        // Articles an agent linked to a ticket (in a reply, or the ticket it was written from).
        uR"(CREATE TABLE kb_article_links (
            article_id BIGINT NOT NULL REFERENCES kb_articles(id),
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            linked_by BIGINT NOT NULL REFERENCES users(id),
            linked_at BIGINT NOT NULL,
            PRIMARY KEY (article_id, ticket_id)))"_s,
        u"CREATE INDEX kb_article_links_ticket ON kb_article_links (ticket_id)"_s,
    };
    // SQLite: contentless FTS5 indexes (the text stays in its own table only). New tickets and
    // comments — ids above the marks in search_state — are indexed in batches by one statement
    // each (SearchIndexer): FTS5 writes its pending data out at every statement savepoint, so
    // indexing row by row in triggers cost ~50 µs per ticket. Edits of indexed rows and
    // articles (few) are indexed by triggers at once. The `requester` and `access` columns hold
    // tokens that scope a requester's search inside the index: "p<requester id>" on public
    // comments, "internal" on notes.
    const QString fts = u" tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', "
                        "content = '')"_s;
    m.sqliteOnly = {
        u"CREATE VIRTUAL TABLE search_tickets USING fts5(title, description, requester,"_s + fts,
        u"CREATE VIRTUAL TABLE search_comments USING fts5(body, access,"_s + fts,
        u"CREATE VIRTUAL TABLE search_articles USING fts5(title, body, tags, access,"_s + fts,
        uR"(INSERT INTO search_tickets (rowid, title, description, requester)
            SELECT id, title, description, requester_id FROM tickets)"_s,
        uR"(INSERT INTO search_comments (rowid, body, access)
            SELECT c.id, c.body, CASE WHEN c.internal <> 0 THEN 'internal'
                ELSE 'p' || t.requester_id END
            FROM comments c JOIN tickets t ON t.id = c.ticket_id)"_s,
        uR"(INSERT INTO search_articles (rowid, title, body, tags, access)
            SELECT id, title, body, tags, visibility || ' ' || state FROM kb_articles)"_s,
        // Tickets and comments up to these ids are in the index (ids only grow: both tables
        // are append-only or never lose rows).
        uR"(CREATE TABLE search_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            tickets_to BIGINT NOT NULL,
            comments_to BIGINT NOT NULL))"_s,
        uR"(INSERT INTO search_state (id, tickets_to, comments_to) VALUES (1,
            (SELECT COALESCE(MAX(id), 0) FROM tickets),
            (SELECT COALESCE(MAX(id), 0) FROM comments)))"_s,
        // A ticket not indexed yet is indexed with its values when its batch is: nothing to do.
        uR"(CREATE TRIGGER tickets_search_update AFTER UPDATE OF title, description, requester_id
            ON tickets WHEN (old.title IS NOT new.title OR old.description IS NOT new.description
                OR old.requester_id IS NOT new.requester_id)
                AND old.id <= (SELECT tickets_to FROM search_state) BEGIN
            INSERT INTO search_tickets (search_tickets, rowid, title, description, requester)
                VALUES ('delete', old.id, old.title, old.description, old.requester_id);
            INSERT INTO search_tickets (rowid, title, description, requester)
                VALUES (new.id, new.title, new.description, new.requester_id);
            END)"_s,
        // A new requester owns the public conversation: its scope tokens move with it.
        uR"(CREATE TRIGGER tickets_search_requester AFTER UPDATE OF requester_id ON tickets
            WHEN old.requester_id IS NOT new.requester_id BEGIN
            INSERT INTO search_comments (search_comments, rowid, body, access)
                SELECT 'delete', id, body, 'p' || old.requester_id FROM comments
                WHERE ticket_id = old.id AND internal = 0
                AND id <= (SELECT comments_to FROM search_state);
            INSERT INTO search_comments (rowid, body, access)
                SELECT id, body, 'p' || new.requester_id FROM comments
                WHERE ticket_id = new.id AND internal = 0
                AND id <= (SELECT comments_to FROM search_state);
            END)"_s,
        uR"(CREATE TRIGGER kb_articles_search_insert AFTER INSERT ON kb_articles BEGIN
            INSERT INTO search_articles (rowid, title, body, tags, access)
                VALUES (new.id, new.title, new.body, new.tags, new.visibility || ' ' || new.state);
            END)"_s,
        uR"(CREATE TRIGGER kb_articles_search_update AFTER UPDATE OF title, body, tags,
            visibility, state ON kb_articles BEGIN
            INSERT INTO search_articles (search_articles, rowid, title, body, tags, access)
                VALUES ('delete', old.id, old.title, old.body, old.tags,
                        old.visibility || ' ' || old.state);
            INSERT INTO search_articles (rowid, title, body, tags, access)
                VALUES (new.id, new.title, new.body, new.tags, new.visibility || ' ' || new.state);
            END)"_s,
        uR"(CREATE TRIGGER kb_articles_search_delete AFTER DELETE ON kb_articles BEGIN
            INSERT INTO search_articles (search_articles, rowid, title, body, tags, access)
                VALUES ('delete', old.id, old.title, old.body, old.tags,
                        old.visibility || ' ' || old.state);
            END)"_s,
    };
    // PostgreSQL: generated tsvector columns (weights: title A, description B, tags C) with
    // GIN indexes; the database keeps them in step with every write.
    m.postgresOnly = {
        uR"(ALTER TABLE tickets ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title), 'A')
            || setweight(to_tsvector('simple', description), 'B')) STORED)"_s,
        u"CREATE INDEX tickets_search ON tickets USING gin (search_doc)"_s,
        uR"(ALTER TABLE comments ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', body), 'B')) STORED)"_s,
        u"CREATE INDEX comments_search ON comments USING gin (search_doc)"_s,
        uR"(ALTER TABLE kb_articles ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title), 'A')
            || setweight(to_tsvector('simple', body), 'B')
            || setweight(to_tsvector('simple', tags), 'C')) STORED)"_s,
        u"CREATE INDEX kb_articles_search ON kb_articles USING gin (search_doc)"_s,
    };
    return m;
}

} // namespace frontline::server
