#include "announcementswindow.h"

#include "client/core/announcementboard.h"
#include "client/widgets/theme.h"

#include <QDateTime>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

AnnouncementsWindow::AnnouncementsWindow(AnnouncementBoard& board, QWidget* parent)
    : QWidget(parent)
    , m_board(board)
    , m_view(new QTextBrowser)
{
    setObjectName(u"trayAnnouncements"_s);
    setWindowTitle(tr("Announcements"));
    m_view->setObjectName(u"announcementView"_s);
    m_view->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&board, signal, this, &AnnouncementsWindow::render);
    connect(&board, &QAbstractItemModel::modelReset, this, &AnnouncementsWindow::render);
    connect(ui::Theme::instance(), &ui::Theme::changed, this, &AnnouncementsWindow::render);
    render();
    resize(520, 420);
}

QString AnnouncementsWindow::shownText() const
{
    return m_view->toPlainText();
}

void AnnouncementsWindow::render()
{
    // Every text from the server is escaped: an announcement is never markup.
    if (m_board.items().isEmpty()) {
        m_view->setHtml(u"<p>%1</p>"_s.arg(tr("Nothing announced. All systems are expected to "
                                              "work as usual.")
                                               .toHtmlEscaped()));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString html;
    for (const Announcement& a : m_board.items()) {
        const QString colour =
            ui::Theme::colour(a.kind == u"outage"_s            ? ui::Theme::Role::ErrorText
                                  : a.kind == u"maintenance"_s ? ui::Theme::Role::WarningText
                                                               : ui::Theme::Role::InfoText)
                .name();
        QString when = a.isCurrent(now) ? tr("Now, %1").arg(AnnouncementBoard::window(a))
                                        : tr("Planned, %1").arg(AnnouncementBoard::window(a));
        // An announcement for the users of affected services says which ones.
        if (!a.services.isEmpty()) {
            QStringList names;
            for (const Announcement::Ci& service : a.services)
                names.append(service.name);
            when += u" — "_s + tr("affects %1").arg(names.join(tr(", ")));
        }
        html += u"<p><span style='color:%1; font-weight:bold'>%2</span><br/>"
                "<span style='font-size:large; font-weight:bold'>%3</span><br/>"
                "<i>%4</i></p><p style='white-space:pre-wrap'>%5</p><hr/>"_s.arg(
                    colour, AnnouncementBoard::kindLabel(a.kind).toHtmlEscaped(),
                    a.title.toHtmlEscaped(), when.toHtmlEscaped(), a.body.toHtmlEscaped());
    }
    m_view->setHtml(html);
}

} // namespace frontline::client::tray
