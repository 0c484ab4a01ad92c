#pragma once

#include "search/searchquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace frontline::server {

// A short excerpt of a text around the words a query matched, with where those words are.
// Built the same way whatever engine found the text, as plain text (never markup): clients
// mark the ranges themselves, so a ticket's text cannot inject formatting.
struct Snippet
{
    struct Range
    {
        int start = 0; // UTF-16 code units into `text`, as JavaScript and Qt index strings
        int length = 0;
    };

    QString text;
    QList<Range> highlights;

    // The window of about `words` words holding the most distinct matched terms; the text's
    // beginning when nothing matches. Line breaks become spaces; "…" marks a cut.
    static Snippet around(const QString& text, const SearchQuery& query, int words = 24);
    // The same for a Markdown text (an article): the snippet of what a reader sees, without
    // the syntax (MarkdownText::plain), so that "## Fix it" reads "Fix it".
    static Snippet ofMarkdown(const QString& markdown, const SearchQuery& query, int words = 24);

    QJsonObject toJson() const;
};

} // namespace frontline::server
