#include "cmdbscreens.h"

#include "client/app/cmdb/cibrowserwindow.h"
#include "client/app/cmdb/ticketcisection.h"
#include "client/app/ticketpane.h"
#include "client/core/cmdb/cibrowser.h"
#include "client/core/cmdb/cieditor.h"
#include "client/core/cmdb/ticketcis.h"

#include <QWidget>

namespace frontline::client::ui {

CmdbScreens::CmdbScreens(Session& session, FieldCatalogue& fields, TicketDetail& detail,
                         TicketPane& pane, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_fields(fields)
    , m_window(window)
    , m_browser(new CiBrowser(session, this))
    , m_editor(new CiEditor(session, this))
    , m_finder(new CiEditor(session, this))
    , m_ticketCis(new TicketCis(session, detail, this))
    , m_section(new TicketCiSection(*m_ticketCis, *m_finder))
{
    pane.addSection(m_section);
    connect(m_section, &TicketCiSection::openCiRequested, this,
            [this](qint64 id) { showBrowser(id)->showImpactTab(); });
}

CiBrowserWindow* CmdbScreens::showBrowser(qint64 ci)
{
    if (!m_browserWindow) {
        m_browserWindow = new CiBrowserWindow(*m_browser, *m_editor, m_fields, m_window);
        connect(m_browserWindow, &CiBrowserWindow::changeRequested, this,
                [this](const api::CiNode& ci) { Q_EMIT changeRequested({ci}); });
        connect(m_browserWindow, &CiBrowserWindow::outageRequested, this,
                &CmdbScreens::outageRequested);
    }
    if (ci)
        m_browserWindow->openCi(ci);
    m_browserWindow->show();
    m_browserWindow->raise();
    m_browserWindow->activateWindow();
    return m_browserWindow;
}

} // namespace frontline::client::ui
