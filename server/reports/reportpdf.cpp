#include "json/jsonpath.h"
#include "reportexport.h"
#include "reports/reporttext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <hpdf.h>

using namespace Qt::StringLiterals;

namespace frontline::server::reportexport {
namespace {

void onError(HPDF_STATUS, HPDF_STATUS, void* failed)
{
    *static_cast<bool*>(failed) = true;
}

// The standard fonts speak WinAnsi: Latin-1 covers the languages Frontline ships in; other
// characters print as '?'.
QByteArray ansi(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(c.unicode() < 0x100 && c.unicode() >= 0x20 ? char(c.unicode()) : '?');
    return out;
}

QString number(const QJsonValue& value, int decimals = 1, const QString& suffix = {})
{
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    const double d = value.toDouble();
    if (d == std::floor(d) && decimals <= 1 && suffix.isEmpty())
        return QString::number(qint64(d));
    return QString::number(d, 'f', decimals) + suffix;
}

QString percent(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    return QString::number(value.toDouble() * 100.0, 'f', 1) + u" %"_s;
}

// A4 pages written top to bottom; a new page when the next block does not fit.
class Document
{
public:
    static constexpr float Width = 595.f;
    static constexpr float Height = 842.f;
    static constexpr float Margin = 48.f;

    Document()
        : m_pdf(HPDF_New(onError, &m_failed))
    {
        HPDF_SetCompressionMode(m_pdf, HPDF_COMP_ALL);
        m_font = HPDF_GetFont(m_pdf, "Helvetica", "WinAnsiEncoding");
        m_bold = HPDF_GetFont(m_pdf, "Helvetica-Bold", "WinAnsiEncoding");
        newPage();
    }
    ~Document() { HPDF_Free(m_pdf); }
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    void setTitle(const QString& title)
    {
        HPDF_SetInfoAttr(m_pdf, HPDF_INFO_TITLE, ansi(title).constData());
        HPDF_SetInfoAttr(m_pdf, HPDF_INFO_CREATOR, "Frontline");
    }

    void need(float height)
    {
        if (m_y - height < Margin)
            newPage();
    }

    void text(float x, float y, const QString& s, float size = 9.f, bool bold = false)
    {
        HPDF_Page_BeginText(m_page);
        HPDF_Page_SetFontAndSize(m_page, bold ? m_bold : m_font, size);
        HPDF_Page_TextOut(m_page, x, y, ansi(s).constData());
        HPDF_Page_EndText(m_page);
    }

    float textWidth(const QString& s, float size = 9.f)
    {
        HPDF_Page_SetFontAndSize(m_page, m_font, size);
        return HPDF_Page_TextWidth(m_page, ansi(s).constData());
    }

    // Cuts text to a width, with an ellipsis.
    QString fit(const QString& s, float width, float size = 9.f)
    {
        QString out = s;
        while (!out.isEmpty() && textWidth(out, size) > width)
            out.chop(1);
        return out.size() == s.size() ? out
                                      : out.left(std::max<qsizetype>(0, out.size() - 3)) + u"..."_s;
    }

    void heading(const QString& s)
    {
        need(40.f);
        m_y -= 22.f;
        text(Margin, m_y, s, 13.f, true);
        m_y -= 8.f;
    }

    void line(const QString& s, float size = 9.f)
    {
        need(size + 4.f);
        m_y -= size + 4.f;
        text(Margin, m_y, s, size);
    }

    void rect(float x, float y, float w, float h, float r, float g, float b)
    {
        HPDF_Page_SetRGBFill(m_page, r, g, b);
        HPDF_Page_Rectangle(m_page, x, y, w, h);
        HPDF_Page_Fill(m_page);
    }

    // A table with the given column widths; the header row in bold, repeated on a new page.
    void table(const QStringList& header, const QList<QStringList>& rows,
               const QList<float>& widths)
    {
        const auto drawRow = [&](const QStringList& cells, bool bold) {
            need(14.f);
            m_y -= 13.f;
            float x = Margin;
            for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
                text(x, m_y, fit(cells[i], widths[i] - 6.f), 9.f, bold);
                x += widths[i];
            }
        };
        need(30.f);
        drawRow(header, true);
        for (const QStringList& row : rows) {
            if (m_y - 14.f < Margin) {
                newPage();
                drawRow(header, true);
            }
            drawRow(row, false);
        }
    }

    // Vertical bars for one or two series over labelled slotCount.
    void bars(const QStringList& labels, const QList<QList<double>>& series,
              const QStringList& names, float height = 130.f)
    {
        static const float colours[][3] = {{0.16f, 0.42f, 0.75f}, {0.30f, 0.65f, 0.35f}};
        need(height + 40.f);
        const float top = m_y - 10.f;
        const float bottom = top - height;
        const float left = Margin + 30.f;
        const float right = Width - Margin;
        double max = 1.0;
        for (const auto& values : series)
            for (double v : values)
                max = std::max(max, v);
        text(Margin, top - 8.f, QString::number(max, 'f', max < 10 ? 1 : 0), 7.f);
        text(Margin, bottom, u"0"_s, 7.f);
        const qsizetype slotCount = std::max<qsizetype>(1, labels.size());
        const float slot = (right - left) / float(slotCount);
        const float bar =
            std::max(0.5f, slot * 0.8f / float(std::max<qsizetype>(1, series.size())));
        for (qsizetype s = 0; s < series.size(); ++s) {
            const float* c = colours[s % 2];
            for (qsizetype i = 0; i < series[s].size() && i < slotCount; ++i) {
                const float h = float(series[s][i] / max) * height;
                if (h > 0.f)
                    rect(left + slot * float(i) + slot * 0.1f + bar * float(s), bottom, bar, h,
                         c[0], c[1], c[2]);
            }
        }
        HPDF_Page_SetRGBFill(m_page, 0, 0, 0);
        // Labels: at most ~12, evenly spaced.
        const qsizetype step = std::max<qsizetype>(1, (labels.size() + 11) / 12);
        for (qsizetype i = 0; i < labels.size(); i += step)
            text(left + slot * float(i), bottom - 10.f, labels[i], 7.f);
        float x = left;
        for (qsizetype s = 0; s < names.size(); ++s) {
            const float* c = colours[s % 2];
            rect(x, bottom - 24.f, 8.f, 8.f, c[0], c[1], c[2]);
            HPDF_Page_SetRGBFill(m_page, 0, 0, 0);
            text(x + 11.f, bottom - 23.f, names[s], 8.f);
            x += 20.f + textWidth(names[s], 8.f);
        }
        m_y = bottom - 32.f;
    }

    QByteArray save()
    {
        if (HPDF_SaveToStream(m_pdf) != HPDF_OK || m_failed)
            return {};
        QByteArray out(static_cast<qsizetype>(HPDF_GetStreamSize(m_pdf)), Qt::Uninitialized);
        HPDF_UINT32 size = static_cast<HPDF_UINT32>(out.size());
        HPDF_ReadFromStream(m_pdf, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
        out.truncate(size);
        return out;
    }

private:
    void newPage()
    {
        m_page = HPDF_AddPage(m_pdf);
        HPDF_Page_SetSize(m_page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        m_y = Height - Margin;
    }

    bool m_failed = false;
    HPDF_Doc m_pdf;
    HPDF_Page m_page = nullptr;
    HPDF_Font m_font = nullptr;
    HPDF_Font m_bold = nullptr;
    float m_y = 0.f;
};

QString nameOf(const QJsonValue& value)
{
    return value.isObject() ? value.toObject().value("name"_L1).toString() : Text::tr("(none)");
}

QString filterLine(const QJsonObject& period)
{
    const QString line =
        Text::tr("Period %1 to %2 (%3 days)")
            .arg(period.value("from"_L1).toString(), period.value("to"_L1).toString())
            .arg(period.value("days"_L1).toInt());
    const QString field = fieldConditionText(period);
    return field.isEmpty() ? line : line + u"; "_s + field;
}

} // namespace

QByteArray kpisPdf(const QJsonObject& report)
{
    Document doc;
    doc.setTitle(Text::tr("Frontline KPI report"));
    const QJsonObject period = report.value("period"_L1).toObject();
    doc.heading(Text::tr("Frontline KPI report"));
    doc.line(filterLine(period), 10.f);

    doc.heading(Text::tr("Figures"));
    const auto hoursOf = [&](const QString& path) {
        return number(json::valueAt(report, path), 1, u" h"_s);
    };
    const QList<QStringList> figures {
        {Text::tr("Created"), number(json::valueAt(report, u"volume.created"_s)),
         Text::tr("Resolved"), number(json::valueAt(report, u"volume.resolved"_s))},
        {Text::tr("Backlog at the end"), number(json::valueAt(report, u"backlog.at_end"_s)),
         Text::tr("Open now"), number(json::valueAt(report, u"backlog.open_now"_s))},
        {Text::tr("First response, median"), hoursOf(u"response_time.wall.median_hours"_s),
         Text::tr("in business hours"), hoursOf(u"response_time.business.median_hours"_s)},
        {Text::tr("First response, 90th percentile"), hoursOf(u"response_time.wall.p90_hours"_s),
         Text::tr("in business hours"), hoursOf(u"response_time.business.p90_hours"_s)},
        {Text::tr("Resolution, median"), hoursOf(u"resolution_time.wall.median_hours"_s),
         Text::tr("in business hours"), hoursOf(u"resolution_time.business.median_hours"_s)},
        {Text::tr("Resolution, mean"), hoursOf(u"resolution_time.wall.mean_hours"_s),
         Text::tr("90th percentile"), hoursOf(u"resolution_time.wall.p90_hours"_s)},
        {Text::tr("Response SLA compliance"),
         percent(json::valueAt(report, u"sla.response.rate"_s)),
         Text::tr("Resolution SLA compliance"),
         percent(json::valueAt(report, u"sla.resolution.rate"_s))},
        {Text::tr("First-contact resolution"), percent(json::valueAt(report, u"fcr.rate"_s)),
         Text::tr("Reopen rate"), percent(json::valueAt(report, u"reopen.rate"_s))},
        {Text::tr("Escalation rate"), percent(json::valueAt(report, u"escalation.rate"_s)),
         Text::tr("Satisfaction average"), number(json::valueAt(report, u"csat.average"_s), 2)},
        {Text::tr("Satisfaction response rate"),
         percent(json::valueAt(report, u"csat.response_rate"_s)), Text::tr("Net flow"),
         number(json::valueAt(report, u"volume.net_flow"_s))},
    };
    doc.table({Text::tr("Figure"), Text::tr("Value"), Text::tr("Figure"), Text::tr("Value")},
              figures, {170.f, 80.f, 170.f, 80.f});

    doc.heading(Text::tr("Volume: created and resolved per day"));
    QStringList days;
    QList<double> created;
    QList<double> resolved;
    for (const QJsonValue& d : json::valueAt(report, u"volume.per_day"_s).toArray()) {
        days.append(d[u"date"_s].toString().mid(5));
        created.append(d[u"created"_s].toDouble());
        resolved.append(d[u"resolved"_s].toDouble());
    }
    doc.bars(days, {created, resolved}, {Text::tr("Created"), Text::tr("Resolved")});

    doc.heading(Text::tr("Open tickets by age"));
    const QStringList ageLabels {Text::tr("< 1 day"), Text::tr("1-3 days"), Text::tr("3-7 days"),
                                 Text::tr("7-30 days"), Text::tr("> 30 days")};
    QList<double> aging;
    for (const QJsonValue& b : json::valueAt(report, u"backlog.aging"_s).toArray())
        aging.append(b[u"count"_s].toDouble());
    doc.bars(ageLabels, {aging}, {Text::tr("Open tickets")}, 90.f);

    doc.heading(Text::tr("Categories"));
    QList<QStringList> categories;
    for (const QJsonValue& c : report.value("categories"_L1).toArray()) {
        categories.append({nameOf(c[u"category"_s]), number(c[u"created"_s]),
                           number(c[u"previous"_s]), number(c[u"resolved"_s])});
    }
    doc.table({Text::tr("Category"), Text::tr("Created"), Text::tr("Previous period"),
               Text::tr("Resolved")},
              categories, {220.f, 90.f, 100.f, 90.f});

    doc.heading(Text::tr("Agents"));
    QList<QStringList> agents;
    for (const QJsonValue& a : report.value("agents"_L1).toArray()) {
        agents.append({nameOf(a[u"agent"_s]), number(a[u"assigned"_s]), number(a[u"resolved"_s]),
                       number(a[u"open"_s]), number(a[u"mean_resolution_hours"_s], 1, u" h"_s)});
    }
    doc.table({Text::tr("Agent"), Text::tr("Assigned"), Text::tr("Resolved"), Text::tr("Open now"),
               Text::tr("Mean resolution")},
              agents, {180.f, 80.f, 80.f, 80.f, 90.f});

    doc.heading(Text::tr("Top affected items"));
    QList<QStringList> items;
    for (const QJsonValue& i : report.value("top_items"_L1).toArray())
        items.append({i[u"term"_s].toString(), number(i[u"count"_s]), number(i[u"previous"_s])});
    doc.table({Text::tr("Subject"), Text::tr("Tickets"), Text::tr("Previous period")}, items,
              {220.f, 90.f, 100.f});
    return doc.save();
}

QByteArray ticketsPdf(const QJsonObject& tickets, const QJsonObject& params)
{
    Document doc;
    doc.setTitle(Text::tr("Frontline tickets"));
    doc.heading(Text::tr("Frontline tickets: %1").arg(params.value("segment"_L1).toString()));
    QJsonObject period = params;
    period.insert("days"_L1,
                  int(QDate::fromString(params.value("from"_L1).toString(), Qt::ISODate)
                          .daysTo(QDate::fromString(params.value("to"_L1).toString(), Qt::ISODate))
                      + 1));
    doc.line(filterLine(period), 10.f);
    QList<QStringList> rows;
    for (const QJsonValue& t : tickets.value("tickets"_L1).toArray()) {
        rows.append({u"#"_s + QString::number(t[u"id"_s].toInteger()), t[u"title"_s].toString(),
                     t[u"status"_s].toString(), t[u"group"_s].toString(),
                     t[u"assignee"_s].toString()});
    }
    doc.table({Text::tr("Ticket"), Text::tr("Title"), Text::tr("Status"), Text::tr("Group"),
               Text::tr("Assignee")},
              rows, {50.f, 210.f, 70.f, 80.f, 90.f});
    return doc.save();
}

} // namespace frontline::server::reportexport
