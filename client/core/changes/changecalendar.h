#pragma once

#include "api/changeapi.h"
#include "client/core/changes/calendaritems.h"
#include "client/core/changes/calendarlayout.h"

#include <QDate>
#include <QObject>

namespace frontline::client {

class Session;

// The change calendar (issue 22): a week or a month (six weeks of days) around a date, read
// with change.calendar, optionally only for one CI; reloaded when a change ticket changes
// (ticket.created and ticket.changed pushes). Changes come out as CalendarChange with their
// conflicts in words, window occurrences as CalendarWindow, the placement as CalendarLayout.
// A range with more changes than a page is read page after page, every page shown as it comes.
// Managers and admins add, change and delete maintenance and freeze windows through it.
class ChangeCalendar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeCalendar)

public:
    enum class Span { Week, Month };

    explicit ChangeCalendar(Session& session, QObject* parent = nullptr);

    Span span() const { return m_span; }
    QDate date() const { return m_date; }
    CalendarLayout layout() const;
    const QList<CalendarChange>& changes() const { return m_changes; }
    const QList<CalendarWindow>& windows() const { return m_windows; }
    // The CIs seen in any answer so far (for the filter), by id.
    const QMap<qint64, QString>& knownCis() const { return m_knownCis; }
    std::optional<qint64> ciFilter() const { return m_ci; }
    // Whether pages of the range are still being read.
    bool isLoading() const { return m_loading; }
    // Changes read per change.calendar call (at most the server's 500).
    void setPageSize(int size) { m_pageSize = size; }
    // Whether the user may edit windows (managers and admins).
    bool canEditWindows() const;

    void setSpan(Span span);
    void setDate(QDate date);
    void previous();
    void next();
    void today();
    void setCiFilter(std::optional<qint64> ci);
    void reload();

    // The windows as defined (not their occurrences), for the editor: change.window.list.
    void loadWindows();
    const QList<api::ChangeWindow>& windowDefinitions() const { return m_definitions; }
    void createWindow(const api::ChangeWindowCreateParams& params);
    void updateWindow(const api::ChangeWindowUpdateParams& params);
    void deleteWindow(qint64 id);

Q_SIGNALS:
    void changed(); // range, changes or windows
    void windowsListed();
    void windowSaved();
    void failed(const QString& message, const QString& field);

private:
    void readPage(const api::ChangeCalendarParams& params, quint64 generation);
    void addAnswer(const api::ChangeCalendar& answer, bool first);
    void writeWindow(QLatin1StringView method, const QJsonObject& params);

    Session& m_session;
    Span m_span = Span::Week;
    QDate m_date;
    std::optional<qint64> m_ci;
    QList<CalendarChange> m_changes;
    QList<CalendarWindow> m_windows;
    QList<api::ChangeWindow> m_definitions;
    QMap<qint64, QString> m_knownCis;
    quint64 m_generation = 0;
    bool m_loading = false;
    int m_pageSize = api::ChangeCalendarParams::MaxLimit;
};

} // namespace frontline::client
