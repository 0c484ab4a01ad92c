#pragma once

#include <QStringList>

namespace frontline::server {

// The subjects of a ticket title for trend analysis (top affected items): its words in lower
// case without stop words (English, German, French) and numbers, and each pair of adjacent
// words, every term once.
QStringList titleTerms(const QString& title);

} // namespace frontline::server
