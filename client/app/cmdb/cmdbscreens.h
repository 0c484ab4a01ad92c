#pragma once

#include "api/cmdbapi.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace frontline::client {
class CiBrowser;
class CiEditor;
class FieldCatalogue;
class Session;
class TicketCis;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

class CiBrowserWindow;
class TicketCiSection;
class TicketPane;

// Configuration management in the agent client (issue 22), so that the main window only wires
// an action to it: the CI browser window (search, graph, impact, admin edits) and the ticket
// pane's section with the open ticket's CIs, whose "Open" shows the CI in the browser.
class CmdbScreens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CmdbScreens)

public:
    // `fields`: the custom fields (CI attributes) and organisations the CI editor offers.
    CmdbScreens(Session& session, FieldCatalogue& fields, TicketDetail& detail, TicketPane& pane,
                QWidget* window);

    CiBrowser& browser() const { return *m_browser; }
    TicketCis& ticketCis() const { return *m_ticketCis; }
    TicketCiSection* section() const { return m_section; }
    // Shows the browser (made on first use), with this CI chosen when given.
    CiBrowserWindow* showBrowser(qint64 ci = 0);

Q_SIGNALS:
    // "Plan a change…" in the browser: change management opens its form on this CI.
    void changeRequested(const QList<frontline::api::CiNode>& cis);
    // "Announce an outage…" in the browser: the announcements dialog opens on this CI.
    void outageRequested(const frontline::api::CiNode& ci);

private:
    Session& m_session;
    FieldCatalogue& m_fields;
    QWidget* m_window;
    CiBrowser* m_browser;
    CiEditor* m_editor;
    CiEditor* m_finder; // the ticket section's CI search
    TicketCis* m_ticketCis;
    TicketCiSection* m_section;
    QPointer<CiBrowserWindow> m_browserWindow;
};

} // namespace frontline::client::ui
