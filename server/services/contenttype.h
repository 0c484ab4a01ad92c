#pragma once

#include <QByteArrayView>
#include <QString>

namespace frontline::server {

// The content type of an attachment from its first bytes (up to 4 KiB) and its name: what the
// bytes are, whatever the name says; the name only refines plain text to another harmless text
// type, so neither a page renamed to .png is taken for an image nor a text named .sh, .js,
// .desktop or .bat for a program (those stay text/plain).
QString recogniseContentType(const QString& name, QByteArrayView head);

// Text types a name may give text bytes: none of them is run by a desktop when opened.
bool isSafeTextType(const QString& type);

} // namespace frontline::server
