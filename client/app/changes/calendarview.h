#pragma once

#include "client/core/changes/calendaritems.h"
#include "client/core/changes/calendarlayout.h"

#include <QWidget>

#include <optional>

namespace frontline::client::ui {

// The change calendar's grid (issue 22), painted: the week view has a column per day and the
// hours downwards, changes as blocks at their hours (overlapping ones side by side); the month
// view has six weeks of day cells with changes as bars. Changes are coloured by risk level,
// maintenance windows are shaded, freezes hatched, and a change with conflicts is outlined in
// the error colour; its tooltip says what it collides with. A double-click on a change asks
// to open it. Placement comes from CalendarLayout; this only draws and hit-tests.
class CalendarView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)

public:
    enum class Mode { Week, Month };

    explicit CalendarView(QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Shows `changes` and `windows` over the range of `layout` (its days: 7 or 42).
    void show(Mode mode, const CalendarLayout& layout, const QList<CalendarChange>& changes,
              const QList<CalendarWindow>& windows);

    // Where a change is drawn (its first block), for tests and the keyboard; empty if not.
    QRect changeRect(qint64 id) const;
    // The change at a point, if any.
    std::optional<qint64> changeAt(const QPoint& point) const;
    // The tooltip of a change: title, time, risk and what it collides with.
    QString tooltipFor(qint64 id) const;
    const QList<CalendarChange>& changes() const { return m_changes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void openChangeRequested(qint64 id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Block
    {
        qint64 id = 0;
        QRect rect;
        bool first = true; // the change's first block (its title is drawn there)
    };
    void relayout();
    QRect dayRect(int day) const; // week: the column below the header; month: the cell
    QRect headerRect(int day) const;
    int gutter() const;
    int headerHeight() const;
    const CalendarChange* change(qint64 id) const;
    void paintWeekGrid(QPainter& painter) const;
    void paintMonthGrid(QPainter& painter) const;
    void paintWindows(QPainter& painter) const;
    void paintBlocks(QPainter& painter) const;

    Mode m_mode = Mode::Week;
    CalendarLayout m_layout;
    QList<CalendarChange> m_changes;
    QList<CalendarWindow> m_windows;
    QList<Block> m_blocks;
    struct Shade
    {
        int window = 0; // index into m_windows
        QRect rect;
    };
    QList<Shade> m_shades;
    QList<int> m_hidden; // month: how many changes of each day found no room
};

} // namespace frontline::client::ui
