#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// The knowledge base's articles with their versions and feedback (migration 6), and the
// full-text search over tickets and articles with its indexing marks (migration 7).
Migration knowledgeBase();
Migration fullTextSearch();

} // namespace frontline::server
