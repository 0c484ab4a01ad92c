#pragma once

#include "auth/principal.h"

namespace frontline::server {

class SqlSession;

namespace demo {

// A knowledge base a desk would have after a few months: public how-tos for the common
// problems (published), internal runbooks, a draft and a retired article; one edited twice.
void seedArticles(SqlSession& session, const Principal& author, const Principal& editor,
                  qint64 now);

} // namespace demo
} // namespace frontline::server
