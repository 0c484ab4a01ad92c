#include "fallbackwindow.h"

#include "client/tray/trayicons.h"
#include "client/widgets/announcer.h"
#include "client/widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

FallbackWindow::FallbackWindow(QWidget* parent)
    : QWidget(parent)
    , m_myTickets(new QPushButton)
    , m_status(new QLabel)
    , m_news(new QLabel)
    , m_announcer(new ui::Announcer)
{
    setObjectName(u"trayFallbackWindow"_s);
    setWindowTitle(tr("Frontline help desk"));
    setWindowIcon(trayIcon(0, true));
    const auto button = [this](const QString& text, const QString& name, auto signal) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Something not working? Tell the help desk."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(
        button(tr("&New ticket…"), u"fallbackNewTicket"_s, &FallbackWindow::newTicketRequested));
    layout->addWidget(
        button(tr("&Request something…"), u"fallbackRequest"_s, &FallbackWindow::requestRequested));
    m_myTickets->setObjectName(u"fallbackMyTickets"_s);
    connect(m_myTickets, &QPushButton::clicked, this, &FallbackWindow::myTicketsRequested);
    layout->addWidget(m_myTickets);
    layout->addWidget(button(tr("&Knowledge base…"), u"fallbackKnowledgeBase"_s,
                             &FallbackWindow::knowledgeBaseRequested));
    layout->addWidget(button(tr("&Announcements"), u"fallbackAnnouncements"_s,
                             &FallbackWindow::announcementsRequested));
    layout->addWidget(
        button(tr("&Settings"), u"fallbackSettings"_s, &FallbackWindow::settingsRequested));
    layout->addWidget(button(tr("&Quit"), u"fallbackQuit"_s, &FallbackWindow::quitRequested));
    m_status->setObjectName(u"fallbackStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_news->setObjectName(u"fallbackNews"_s);
    m_news->setTextFormat(Qt::PlainText);
    m_news->setWordWrap(true);
    ui::Theme::setStyleSheet(m_news,
                             u"background: {NoteBackground}; color: {NoteText}; padding: 4px;"_s);
    m_news->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_news);
    m_announcer->setFixedHeight(0); // heard, not seen: m_status and m_news are the seen part
    layout->addWidget(m_announcer);
    setUnread(0);
    setMinimumWidth(260);
}

void FallbackWindow::setUnread(int unread)
{
    m_myTickets->setText(unread > 0 ? tr("&My tickets (%n unread)", nullptr, unread)
                                    : tr("&My tickets"));
    setWindowIcon(trayIcon(unread, true));
}

void FallbackWindow::setStatus(const QString& text)
{
    m_status->setText(text);
    fitText();
}

void FallbackWindow::showNews(const QString& title, const QString& text)
{
    m_news->setText(title + u'\n' + text);
    m_news->show();
    fitText();
    QApplication::alert(this);
}

QString FallbackWindow::newsText() const
{
    return m_news->isHidden() ? QString() : m_news->text();
}

void FallbackWindow::fitText()
{
    // A top-level window does not follow its word-wrapped labels by itself: a notice shown
    // after the window was sized would be cut off at the bottom.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

bool FallbackWindow::showsAllText() const
{
    for (const QLabel* label : {m_status, m_news}) {
        if (label->isHidden())
            continue;
        if (label->height() < label->heightForWidth(label->width())
            || label->geometry().bottom() > rect().bottom())
            return false;
    }
    return true;
}

} // namespace frontline::client::tray
