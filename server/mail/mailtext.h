#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace frontline::server::mail {

// HTML mail as safe plain text: the text the reader saw, paragraphs and line breaks kept, list
// items as "- ", links as "text <url>", quoted blocks (<blockquote>) as "> " lines; scripts,
// styles and markup dropped. Parsed by libxml2's forgiving HTML parser (no network, no entities
// from outside). The input is UTF-8.
QString htmlToText(QByteArrayView html);

// The new part of a reply: cut at the quoted history ("On ... wrote:", "-----Original
// Message-----", an Outlook header block, trailing "> " lines) and at the signature ("-- ").
// What is left is never empty when the text had anything before the history.
QString cutQuotedHistory(const QString& text);

// Plain text fit to store: line ends as \n, no control characters but tab and newline, no
// trailing spaces, at most one blank line in a row, trimmed.
QString tidyText(const QString& text);

// The ticket a subject names with a "[#1234]" tag (the one Frontline puts in what it sends).
std::optional<qint64> ticketTag(const QString& subject);

} // namespace frontline::server::mail
