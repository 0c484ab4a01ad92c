#include "calendarview.h"

#include "client/app/changes/riskstyle.h"
#include "client/widgets/theme.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

constexpr int Days = 7;
constexpr int MonthRows = 6;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QWidget(parent)
    , m_layout(CalendarLayout::weekStart(QDate::currentDate()), Days)
{
    setObjectName(u"changeCalendarView"_s);
    setAccessibleName(tr("Change calendar"));
    setAccessibleDescription(tr("Changes by day, coloured by risk; a double-click opens one"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

QSize CalendarView::sizeHint() const
{
    return {900, 620};
}

QSize CalendarView::minimumSizeHint() const
{
    return {480, 320};
}

void CalendarView::show(Mode mode, const CalendarLayout& layout,
                        const QList<CalendarChange>& changes, const QList<CalendarWindow>& windows)
{
    m_mode = mode;
    m_layout = layout;
    m_changes = changes;
    m_windows = windows;
    relayout();
    update();
}

int CalendarView::gutter() const
{
    return m_mode == Mode::Week ? fontMetrics().horizontalAdvance(u"00:00"_s) + 12 : 0;
}

int CalendarView::headerHeight() const
{
    return m_mode == Mode::Week ? fontMetrics().height() * 2 + 8 : fontMetrics().height() + 8;
}

QRect CalendarView::headerRect(int day) const
{
    const int column = m_mode == Mode::Week ? day : day % Days;
    const int width = (this->width() - gutter()) / Days;
    return {gutter() + column * width, 0, width, headerHeight()};
}

QRect CalendarView::dayRect(int day) const
{
    const int width = (this->width() - gutter()) / Days;
    if (m_mode == Mode::Week)
        return {gutter() + day * width, headerHeight(), width, height() - headerHeight() - 1};
    const int rowHeight = (height() - headerHeight() - 1) / MonthRows;
    return {(day % Days) * width, headerHeight() + (day / Days) * rowHeight, width, rowHeight};
}

const CalendarChange* CalendarView::change(qint64 id) const
{
    for (const CalendarChange& change : m_changes)
        if (change.id == id)
            return &change;
    return nullptr;
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarView::relayout()
{
    m_blocks.clear();
    m_shades.clear();
    m_hidden = QList<int>(m_layout.days(), 0);
    for (int i = 0; i < m_windows.size(); ++i) {
        const CalendarWindow& window = m_windows[i];
        for (const auto& segment : m_layout.shading({window.id, window.start, window.end})) {
            QRect day = dayRect(segment.day);
            if (m_mode == Mode::Week)
                day = QRect(day.left(), day.top() + int(segment.top * day.height()), day.width(),
                            std::max(2, int((segment.bottom - segment.top) * day.height())));
            m_shades.append({i, day});
        }
    }
    QList<CalendarLayout::Entry> entries;
    for (const CalendarChange& change : m_changes)
        entries.append({change.id, change.start, change.end});
    QSet<qint64> titled;
    const int line = fontMetrics().height() + 4;
    if (m_mode == Mode::Week) {
        for (const auto& segment : m_layout.byTime(entries)) {
            const QRect day = dayRect(segment.day).adjusted(2, 0, -2, 0);
            const int laneWidth = day.width() / std::max(1, segment.lanes);
            const int top = day.top() + int(segment.top * day.height());
            const int bottom = day.top() + int(segment.bottom * day.height());
            QRect rect(day.left() + segment.lane * laneWidth, top, laneWidth - 2,
                       std::max(line, bottom - top));
            if (rect.bottom() > day.bottom())
                rect.moveBottom(day.bottom());
            m_blocks.append({segment.id, rect, !titled.contains(segment.id)});
            titled.insert(segment.id);
        }
        return;
    }
    for (const auto& segment : m_layout.byDay(entries)) {
        const QRect cell = dayRect(segment.day);
        const int top = cell.top() + line + segment.lane * (line + 2);
        if (top + line > cell.bottom() - line) { // keep a line for "+N more"
            ++m_hidden[segment.day];
            continue;
        }
        const QRect rect(cell.left() + (segment.startsHere ? 3 : 0), top,
                         cell.width() - (segment.startsHere ? 3 : 0) - (segment.endsHere ? 3 : 0),
                         line);
        // A bar's title shows where it starts and again at the start of each week row.
        const bool first = !titled.contains(segment.id) || segment.day % Days == 0;
        m_blocks.append({segment.id, rect, first});
        titled.insert(segment.id);
    }
}

QRect CalendarView::changeRect(qint64 id) const
{
    for (const Block& block : m_blocks)
        if (block.id == id)
            return block.rect;
    return {};
}

std::optional<qint64> CalendarView::changeAt(const QPoint& point) const
{
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
        if (it->rect.contains(point))
            return it->id;
    return std::nullopt;
}

QString CalendarView::tooltipFor(qint64 id) const
{
    const CalendarChange* found = change(id);
    if (!found)
        return {};
    QStringList lines {tr("#%1 %2").arg(found->id).arg(found->title),
                       tr("%1 – %2").arg(timeText(found->start), timeText(found->end)),
                       tr("Risk: %1").arg(riskText(found->riskLevel))};
    if (!found->cis.isEmpty())
        lines.append(tr("Affects: %1").arg(found->cis.join(tr(", "))));
    for (const QString& conflict : found->conflicts)
        lines.append(tr("Conflict: %1").arg(conflict));
    return lines.join(u'\n');
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    QString text;
    if (const auto id = changeAt(help->pos())) {
        text = tooltipFor(*id);
    } else {
        QStringList names;
        for (const Shade& shade : m_shades) {
            if (!shade.rect.contains(help->pos()))
                continue;
            const CalendarWindow& window = m_windows[shade.window];
            const QString what = window.freeze ? tr("Freeze: %1").arg(window.name)
                                               : tr("Maintenance window: %1").arg(window.name);
            const QString where =
                window.cis.isEmpty() ? tr("everywhere") : window.cis.join(tr(", "));
            names.append(tr("%1 (%2, %3 – %4)")
                             .arg(what, where, timeText(window.start), timeText(window.end)));
        }
        names.removeDuplicates();
        text = names.join(u'\n');
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Titles are never markup: escaped, with the lines kept.
    QToolTip::showText(help->globalPos(),
                       u"<p style='white-space:pre'>"_s + text.toHtmlEscaped() + u"</p>"_s, this);
    return true;
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const auto id = changeAt(event->position().toPoint())) {
        Q_EMIT openChangeRequested(*id);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void CalendarView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintWindows(painter);
    if (m_mode == Mode::Week)
        paintWeekGrid(painter);
    else
        paintMonthGrid(painter);
    paintBlocks(painter);
}

void CalendarView::paintWindows(QPainter& painter) const
{
    QColor maintenance = Theme::colour(Theme::Role::ChartMet);
    maintenance.setAlpha(55);
    QColor freeze = Theme::colour(Theme::Role::ErrorText);
    for (const Shade& shade : m_shades) {
        if (m_windows[shade.window].freeze) {
            freeze.setAlpha(30);
            painter.fillRect(shade.rect, freeze);
            freeze.setAlpha(140);
            painter.fillRect(shade.rect, QBrush(freeze, Qt::BDiagPattern));
        } else {
            painter.fillRect(shade.rect, maintenance);
        }
    }
}

void CalendarView::paintWeekGrid(QPainter& painter) const
{
    const QColor line = palette().color(QPalette::Mid);
    const QColor muted = Theme::colour(Theme::Role::MutedText);
    const QDate today = QDate::currentDate();
    const QRect first = dayRect(0);
    painter.setPen(muted);
    for (int hour = 0; hour < 24; hour += 3) {
        const int y = first.top() + hour * first.height() / 24;
        painter.setPen(muted);
        painter.drawText(QRect(0, y, gutter() - 6, fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignTop, u"%1:00"_s.arg(hour, 2, 10, QChar(u'0')));
        QColor hourLine = line;
        hourLine.setAlpha(hour % 6 == 0 ? 160 : 70);
        painter.setPen(hourLine);
        painter.drawLine(gutter(), y, width(), y);
    }
    for (int day = 0; day < m_layout.days(); ++day) {
        const QDate date = m_layout.date(day);
        const QRect header = headerRect(day);
        const QRect column = dayRect(day);
        if (date == today) {
            QColor mark = palette().color(QPalette::Highlight);
            mark.setAlpha(28);
            painter.fillRect(column.united(header), mark);
        }
        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(header.adjusted(4, 2, -4, -2), Qt::AlignCenter,
                         QLocale().toString(date, u"ddd"_s) + u'\n'
                             + QLocale().toString(date, QLocale::ShortFormat));
        painter.setPen(line);
        painter.drawLine(column.topLeft(), column.bottomLeft());
    }
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(line);
    painter.drawLine(gutter(), headerHeight(), width(), headerHeight());
}

void CalendarView::paintMonthGrid(QPainter& painter) const
{
    const QColor line = palette().color(QPalette::Mid);
    const QDate today = QDate::currentDate();
    // The month shown is the one of the middle of the grid.
    const int month = m_layout.date(m_layout.days() / 2).month();
    for (int day = 0; day < Days; ++day) {
        painter.setPen(Theme::colour(Theme::Role::MutedText));
        painter.drawText(headerRect(day), Qt::AlignCenter,
                         QLocale().toString(m_layout.date(day), u"dddd"_s));
    }
    for (int day = 0; day < m_layout.days(); ++day) {
        const QDate date = m_layout.date(day);
        const QRect cell = dayRect(day);
        if (date == today) {
            QColor mark = palette().color(QPalette::Highlight);
            mark.setAlpha(28);
            painter.fillRect(cell, mark);
        }
        painter.setPen(line);
        painter.drawRect(cell);
        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.setPen(date.month() == month ? palette().color(QPalette::Text)
                                             : Theme::colour(Theme::Role::MutedText));
        painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                         date.day() == 1 ? QLocale().toString(date, u"d MMM"_s)
                                         : QString::number(date.day()));
        font.setBold(false);
        painter.setFont(font);
        if (m_hidden.value(day) > 0) {
            painter.setPen(Theme::colour(Theme::Role::MutedText));
            painter.drawText(cell.adjusted(4, 0, -4, -2), Qt::AlignLeft | Qt::AlignBottom,
                             tr("+%n more", nullptr, m_hidden.value(day)));
        }
    }
}

void CalendarView::paintBlocks(QPainter& painter) const
{
    const QColor text = Theme::colour(Theme::Role::ChipText);
    const QColor conflict = Theme::colour(Theme::Role::ErrorText);
    for (const Block& block : m_blocks) {
        const CalendarChange* found = change(block.id);
        if (!found)
            continue;
        QColor fill = riskColour(found->riskLevel);
        if (!found->open)
            fill.setAlpha(150);
        painter.setBrush(fill);
        if (!found->conflicts.isEmpty())
            painter.setPen(QPen(conflict, 3));
        else
            painter.setPen(QPen(fill.darker(130), 1));
        painter.drawRoundedRect(QRectF(block.rect).adjusted(1, 1, -1, -1), 3, 3);
        if (!block.first && m_mode == Mode::Month)
            continue;
        painter.setPen(text);
        const QRect inner = block.rect.adjusted(5, 2, -4, -2);
        QString label = tr("#%1 %2").arg(found->id).arg(found->title);
        if (!found->conflicts.isEmpty())
            label = u"⚠ "_s + label;
        if (m_mode == Mode::Week && block.first && inner.height() > 2 * fontMetrics().height())
            label += u'\n' + QDateTime::fromMSecsSinceEpoch(found->start).toString(u"HH:mm"_s);
        painter.save();
        painter.setClipRect(inner);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        painter.restore();
    }
}

} // namespace frontline::client::ui
