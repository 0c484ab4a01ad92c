#include "markdowntext.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

bool isSpaceOrEdge(QStringView s, qsizetype i)
{
    return i < 0 || i >= s.size() || s[i].isSpace();
}

bool isPunctuationAt(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() && (s[i].isPunct() || s[i].isSymbol());
}

// A run of *, _ or ~~ that may open or close emphasis (CommonMark's flanking rules, simplified).
struct Delimiter
{
    qsizetype at = 0; // in the output
    qsizetype length = 0;
    QChar marker;
    bool canOpen = false;
    bool canClose = false;
    qsizetype removeFront = 0; // matched: how many markers go from the run's start
    qsizetype removeBack = 0; // and from its end
};

// The index just past the bracket that closes the one at `open`, or -1.
qsizetype closing(QStringView s, qsizetype open, QChar opening, QChar closingChar)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
            continue;
        }
        if (s[i] == opening)
            ++depth;
        else if (s[i] == closingChar && --depth == 0)
            return i + 1;
    }
    return -1;
}

void matchDelimiters(QList<Delimiter>& delimiters)
{
    QList<qsizetype> openers;
    for (qsizetype k = 0; k < delimiters.size(); ++k) {
        Delimiter& d = delimiters[k];
        if (d.canClose) {
            for (qsizetype o = openers.size() - 1; o >= 0; --o) {
                Delimiter& opener = delimiters[openers[o]];
                if (opener.marker != d.marker)
                    continue;
                const qsizetype n =
                    std::min(opener.length - opener.removeFront - opener.removeBack, d.length);
                opener.removeBack += n;
                d.removeFront += n;
                openers.resize(o);
                break;
            }
        }
        if (d.canOpen && d.removeFront == 0)
            openers.append(k);
    }
}

const QRegularExpression& fence()
{
    static const QRegularExpression re(u"^ {0,3}(`{3,}|~{3,})"_s);
    return re;
}

const QRegularExpression& rule()
{
    // Thematic breaks and setext underlines, and table delimiter rows: no words at all.
    static const QRegularExpression re(
        uR"(^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*)$)"_s);
    return re;
}

const QRegularExpression& blockMarkers()
{
    // Quote markers, then a heading's hashes or a list item's marker (with a task box).
    static const QRegularExpression re(
        uR"(^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}(?=[ \t]|$)[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?)"_s);
    return re;
}

const QRegularExpression& closingHashes()
{
    static const QRegularExpression re(u"[ \t]+#+[ \t]*$"_s);
    return re;
}

const QRegularExpression& htmlTag()
{
    static const QRegularExpression re(
        uR"(^<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>)"_s);
    return re;
}

const QRegularExpression& autolink()
{
    static const QRegularExpression re(
        uR"(^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>)"_s);
    return re;
}

} // namespace

QString MarkdownText::inlinePlain(QStringView s)
{
    QString out;
    out.reserve(s.size());
    QList<Delimiter> delimiters;
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1])) {
            out += s[i + 1];
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = i;
            while (run < s.size() && s[run] == u'`')
                ++run;
            const qsizetype ticks = run - i;
            const QString marker(ticks, u'`');
            qsizetype end = s.indexOf(marker, run);
            // The closing run must be exactly as long.
            while (end >= 0 && end + ticks < s.size() && s[end + ticks] == u'`')
                end = s.indexOf(marker, end + ticks + 1);
            if (end < 0) {
                out += marker;
                i = run;
                continue;
            }
            QStringView code = s.mid(run, end - run);
            if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' '))
                code = code.mid(1, code.size() - 2);
            out += code;
            i = end + ticks;
            continue;
        }
        if (c == u'[' || (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[')) {
            const qsizetype open = c == u'!' ? i + 1 : i;
            const qsizetype close = closing(s, open, u'[', u']');
            if (close > 0 && close < s.size() && (s[close] == u'(' || s[close] == u'[')) {
                const qsizetype after = closing(s, close, s[close], s[close] == u'(' ? u')' : u']');
                if (after > 0) {
                    out += inlinePlain(s.mid(open + 1, close - open - 2));
                    i = after;
                    continue;
                }
            }
        }
        if (c == u'<') {
            const QStringView rest = s.mid(i);
            if (const auto link = autolink().match(rest); link.hasMatch()) {
                out += link.capturedView(1);
                i += link.capturedLength(0);
                continue;
            }
            if (const auto tag = htmlTag().match(rest); tag.hasMatch()) {
                i += tag.capturedLength(0);
                continue;
            }
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype run = i;
            while (run < s.size() && s[run] == c)
                ++run;
            const qsizetype length = run - i;
            if (c == u'~' && length < 2) {
                out += c;
                ++i;
                continue;
            }
            // Left-flanking: not followed by a space, and not punctuation glued to a word before.
            const bool left = !isSpaceOrEdge(s, run)
                && (!isPunctuationAt(s, run) || isSpaceOrEdge(s, i - 1)
                    || isPunctuationAt(s, i - 1));
            const bool right = !isSpaceOrEdge(s, i - 1)
                && (!isPunctuationAt(s, i - 1) || isSpaceOrEdge(s, run) || isPunctuationAt(s, run));
            Delimiter d {out.size(), length, c};
            if (c == u'_') {
                // Underscores inside a word (file_name) are never emphasis.
                d.canOpen = left && (!right || isPunctuationAt(s, i - 1));
                d.canClose = right && (!left || isPunctuationAt(s, run));
            } else {
                d.canOpen = left;
                d.canClose = right;
            }
            delimiters.append(d);
            out += s.mid(i, length);
            i = run;
            continue;
        }
        out += c;
        ++i;
    }
    matchDelimiters(delimiters);
    // Cut the matched markers out, last first so that earlier positions stay right.
    for (qsizetype k = delimiters.size() - 1; k >= 0; --k) {
        const Delimiter& d = delimiters[k];
        if (d.removeBack > 0)
            out.remove(d.at + d.length - d.removeBack, d.removeBack);
        if (d.removeFront > 0)
            out.remove(d.at, d.removeFront);
    }
    return out;
}

QString MarkdownText::plain(const QString& markdown)
{
    QStringList lines;
    QString fenceMarker;
    for (QStringView line : QStringView(markdown).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (const auto f = fence().match(line); f.hasMatch()) {
            const QStringView marker = f.capturedView(1);
            if (fenceMarker.isEmpty()) {
                fenceMarker = marker.toString();
                continue;
            }
            if (marker.startsWith(fenceMarker.front()) && marker.size() >= fenceMarker.size()
                && line.trimmed().size() == marker.size()) {
                fenceMarker.clear();
                continue;
            }
        }
        if (!fenceMarker.isEmpty()) {
            // Code is shown as typed.
            if (!line.trimmed().isEmpty())
                lines.append(line.toString());
            continue;
        }
        if (rule().match(line).hasMatch())
            continue;
        const auto markers = blockMarkers().match(line);
        QString text = line.mid(markers.capturedLength(0)).toString();
        if (markers.capturedView(0).contains(u'#'))
            text.remove(closingHashes());
        if (text.trimmed().startsWith(u'|')) {
            // A table row: its cells, side by side.
            text = text.trimmed();
            text.remove(0, 1);
            if (text.endsWith(u'|') && !text.endsWith(u"\\|"_s))
                text.chop(1);
            static const QRegularExpression cellBorder(uR"((?<!\\)\|)"_s);
            text.replace(cellBorder, u"  "_s);
        }
        text = inlinePlain(text).trimmed();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.join(u'\n');
}

} // namespace frontline::server
