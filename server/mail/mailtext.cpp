#include "mail/mailtext.h"

#include <QRegularExpression>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <memory>

namespace frontline::server::mail {

namespace {

struct DocFree
{
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

bool named(const xmlNode* node, const char* name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// Elements that stand apart by a blank line, and elements that only start a new line.
bool isParagraph(const xmlNode* node)
{
    for (const char* name : {"p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
                             "blockquote", "dl", "hr"})
        if (named(node, name))
            return true;
    return false;
}

bool isLine(const xmlNode* node)
{
    for (const char* name : {"div", "tr", "li", "section", "article", "header", "footer", "address",
                             "dt", "dd", "form", "center"})
        if (named(node, name))
            return true;
    return false;
}

QString attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(value)).trimmed();
    xmlFree(value);
    return text;
}

// Walks the tree, writing text with "\n" for block ends; collapses whitespace outside <pre>.
class TextWriter
{
public:
    QString result() const { return m_text; }

    void walk(const xmlNode* node, int depth, bool pre)
    {
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                text(QString::fromUtf8(reinterpret_cast<const char*>(node->content)), pre);
                continue;
            }
            if (node->type != XML_ELEMENT_NODE || depth > 200)
                continue;
            if (named(node, "script") || named(node, "style") || named(node, "head")
                || named(node, "title") || named(node, "template") || named(node, "noscript"))
                continue;
            element(node, depth, pre);
        }
    }

private:
    void element(const xmlNode* node, int depth, bool pre)
    {
        if (named(node, "br")) {
            newline();
            return;
        }
        if (named(node, "img")) {
            const QString alt = attribute(node, "alt");
            if (!alt.isEmpty())
                text(QStringLiteral("[") + alt + u']', false);
            return;
        }
        const bool paragraph = isParagraph(node);
        const bool line = isLine(node);
        if (paragraph)
            blankLine();
        else if (line)
            lineBreak();
        if (named(node, "li"))
            m_text += QStringLiteral("- ");
        if (named(node, "td") || named(node, "th"))
            space();
        const bool quote = named(node, "blockquote");
        if (quote)
            ++m_quoteDepth;
        walk(node->children, depth + 1, pre || named(node, "pre"));
        if (quote)
            --m_quoteDepth;
        if (named(node, "a")) {
            const QString href = attribute(node, "href");
            static const QRegularExpression safe(QStringLiteral("^(https?:|mailto:)"),
                                                 QRegularExpression::CaseInsensitiveOption);
            if (safe.match(href).hasMatch() && !m_lastText.contains(href)
                && QStringLiteral("mailto:") + m_lastText != href)
                m_text += QStringLiteral(" <") + href + u'>';
        }
        if (paragraph)
            blankLine();
        else if (line)
            lineBreak();
    }

    void startLine()
    {
        if (m_atLineStart && m_quoteDepth > 0)
            m_text += QStringLiteral("> ").repeated(m_quoteDepth);
        m_atLineStart = false;
    }

    void text(const QString& raw, bool pre)
    {
        if (pre) {
            const QStringList lines = raw.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    newline();
                if (!lines[i].isEmpty()) {
                    startLine();
                    m_text += lines[i];
                }
            }
            m_lastText = raw;
            return;
        }
        QString collapsed = raw.simplified();
        if (collapsed.isEmpty()) {
            if (!raw.isEmpty())
                space();
            return;
        }
        if (m_pendingSpace || (!raw.isEmpty() && raw.front().isSpace()))
            space();
        m_pendingSpace = false;
        startLine();
        m_text += collapsed;
        m_lastText = collapsed;
        if (raw.back().isSpace())
            m_pendingSpace = true;
    }

    void space()
    {
        if (!m_atLineStart && !m_text.isEmpty() && !m_text.back().isSpace())
            m_text += u' ';
    }

    void lineBreak()
    {
        if (!m_text.isEmpty() && !m_text.endsWith(u'\n'))
            newline();
    }

    void blankLine()
    {
        lineBreak();
        if (!m_text.isEmpty() && !m_text.endsWith(QStringLiteral("\n\n")))
            newline();
    }

    void newline()
    {
        if (!m_text.isEmpty())
            m_text += u'\n';
        m_atLineStart = true;
        m_pendingSpace = false;
    }

    QString m_text;
    QString m_lastText;
    int m_quoteDepth = 0;
    bool m_atLineStart = true;
    bool m_pendingSpace = false;
};

bool isAttribution(const QString& line)
{
    static const QRegularExpression patterns[] = {
        // English, German, French, Spanish, Dutch mail clients' "who wrote" lines.
        QRegularExpression(QStringLiteral("^(On|Am|Le|El|Op) .{4,}(wrote|schrieb|a écrit|escribió|"
                                          "schreef)[^:]{0,80}:\\s*$")),
        QRegularExpression(QStringLiteral("^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|"
                                          "Message d'origine|Forwarded message)\\s*-{2,}"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^_{20,}\\s*$")),
    };
    for (const auto& pattern : patterns)
        if (pattern.match(line).hasMatch())
            return true;
    return false;
}

// Outlook's plain header block: "From: ..." followed within two lines by "Sent: "/"Date: ".
bool isOutlookHeader(const QStringList& lines, qsizetype index)
{
    static const QRegularExpression from(QStringLiteral("^\\*?(From|Von|De):\\*? "));
    static const QRegularExpression sent(
        QStringLiteral("^\\*?(Sent|Date|Gesendet|Datum|Envoyé):\\*? "));
    if (!from.match(lines[index]).hasMatch())
        return false;
    for (qsizetype i = index + 1; i < lines.size() && i <= index + 3; ++i)
        if (sent.match(lines[i]).hasMatch())
            return true;
    return false;
}

} // namespace

QString htmlToText(QByteArrayView html)
{
    if (html.isEmpty())
        return {};
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC;
    const std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
        html.data(), int(std::min<qsizetype>(html.size(), INT_MAX)), nullptr, "UTF-8", options));
    if (!doc)
        return {};
    TextWriter writer;
    writer.walk(doc->children, 0, false);
    return tidyText(writer.result());
}

QString cutQuotedHistory(const QString& text)
{
    QStringList lines = tidyText(text).split(u'\n');
    qsizetype end = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line == QStringLiteral("--") || line == QStringLiteral("-- ") || isAttribution(line)
            || isOutlookHeader(lines, i)) {
            end = i;
            break;
        }
        // An attribution broken over two lines by the sender's mailer.
        if (i + 1 < lines.size() && !line.startsWith(u'>')
            && isAttribution(line + u' ' + lines[i + 1])
            && (i + 2 >= lines.size() || lines[i + 2].startsWith(u'>') || lines[i + 2].isEmpty())) {
            end = i;
            break;
        }
    }
    lines.resize(end);
    while (!lines.isEmpty() && (lines.back().startsWith(u'>') || lines.back().trimmed().isEmpty()))
        lines.removeLast();
    const QString cut = lines.join(u'\n').trimmed();
    return cut.isEmpty() ? tidyText(text) : cut;
}

QString tidyText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            clean += u'\n';
        } else if (c == u'\n' || c == u'\t'
                   || (c.category() != QChar::Other_Control
                       && c.category() != QChar::Other_Format)) {
            clean += c == QChar::Nbsp ? QChar(u' ') : c;
        }
    }
    QStringList lines = clean.split(u'\n');
    QStringList kept;
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty() && (kept.isEmpty() || kept.back().isEmpty()))
            continue;
        kept << line;
    }
    return kept.join(u'\n').trimmed();
}

std::optional<qint64> ticketTag(const QString& subject)
{
    static const QRegularExpression tag(QStringLiteral("\\[#(\\d{1,15})\\]"));
    const auto match = tag.match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace frontline::server::mail
