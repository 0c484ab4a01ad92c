#include "connectionbanner.h"

#include "client/core/outbox.h"
#include "client/core/session.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace frontline::client::ui {

ConnectionBanner::ConnectionBanner(Session& session, Outbox& outbox, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_message(plainLabel())
    , m_details(new QPushButton(tr("Show")))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_message->setObjectName(QStringLiteral("bannerMessageLabel"));
    layout->addWidget(m_message, 1);
    layout->addWidget(m_details);
    connect(m_details, &QPushButton::clicked, this, &ConnectionBanner::showOutboxRequested);
    connect(&session, &Session::stateChanged, this, &ConnectionBanner::refresh);
    connect(&outbox, &Outbox::changed, this, &ConnectionBanner::refresh);
    refresh();
}

void ConnectionBanner::refresh()
{
    const int waiting = m_outbox.waitingCount();
    const int failed = m_outbox.failedCount();
    QString message;
    QString colour;
    if (m_session.state() == Session::State::Offline) {
        message = tr("The connection to the server is lost. Trying again… Your changes are kept "
                     "and sent when it is back.");
        colour = QStringLiteral("{BannerWarning}");
        if (waiting)
            message += u' ' + tr("%n change(s) waiting.", nullptr, waiting);
    } else if (failed) {
        message = tr("The server refused %n change(s). Look at them to retry or discard.", nullptr,
                     failed);
        colour = QStringLiteral("{BannerError}");
    } else if (waiting) {
        message = tr("Sending %n change(s)…", nullptr, waiting);
        colour = QStringLiteral("{BannerNeutral}");
    }
    m_details->setVisible(waiting || failed);
    Theme::setStyleSheet(this,
                         QStringLiteral("#connectionBanner { background: %1; border: none; } "
                                        "QLabel { color: {BannerText}; }")
                             .arg(colour));
    setPlainText(m_message, message);
    setVisible(!message.isEmpty());
}

} // namespace frontline::client::ui
