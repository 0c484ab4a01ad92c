#pragma once

#include <QString>

namespace frontline::server {

// What a reader of rendered Markdown sees, as plain text: the words of a knowledge-base
// article without its syntax — no heading #, emphasis markers, list or quote markers, link
// targets, code fences or table rules. Line breaks stay (one per non-empty line); blank lines
// go. Deliberately forgiving, not a full CommonMark parser: an unmatched marker stays as typed,
// so "2 * 3" or "file_name" read as written. For snippets, where a stray `##` or `**` is noise.
class MarkdownText
{
public:
    static QString plain(const QString& markdown);
    // One line's inline syntax: emphasis, code spans, links and images, escapes, tags.
    static QString inlinePlain(QStringView line);
};

} // namespace frontline::server
