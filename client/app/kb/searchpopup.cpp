#include "searchpopup.h"

#include "client/core/searchresults.h"
#include "client/core/ticketquery.h"
#include "client/widgets/searchresultview.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

SearchPopup::SearchPopup(Session& session, QLineEdit* box, QWidget* parent)
    : QFrame(parent)
    , m_box(box)
    , m_results(new SearchResults(session, this))
    , m_view(new SearchResultView(*m_results))
    , m_status(new QLabel)
{
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setContentsMargins(6, 3, 6, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    hide();
    connect(m_box, &QLineEdit::textEdited, this, &SearchPopup::textEdited);
    connect(m_results, &SearchResults::updated, this, &SearchPopup::showResults);
    connect(m_results, &SearchResults::failed, this,
            [this](const QString& message) { m_status->setText(message); });
    connect(m_view, &SearchResultView::ticketChosen, this, [this](qint64 id) {
        hide();
        Q_EMIT ticketChosen(id);
    });
    connect(m_view, &SearchResultView::articleChosen, this, [this](qint64 id) {
        hide();
        Q_EMIT articleChosen(id);
    });
    m_box->installEventFilter(this);
    m_view->installEventFilter(this);
}

void SearchPopup::textEdited(const QString& text)
{
    // A ticket number is opened with Enter; words are searched as they are typed.
    if (text.trimmed().isEmpty() || ticketNumber(text)) {
        m_results->clear();
        hide();
        return;
    }
    m_results->search(text);
}

void SearchPopup::showResults(int count)
{
    if (count == 0 && m_box->text().trimmed().isEmpty()) {
        hide();
        return;
    }
    m_status->setText(count == 0 ? tr("Nothing found for “%1”.").arg(m_box->text().trimmed())
                                 : tr("%n result(s) — ↓ to choose, Enter to open, Enter in the "
                                      "box to filter the queue",
                                      nullptr, count));
    if (count > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_results->index(0));
    place();
    show();
    raise();
}

void SearchPopup::place()
{
    QWidget* host = parentWidget();
    const QPoint below = m_box->mapTo(host, QPoint(0, m_box->height()));
    const int width = std::max(m_box->width(), 520);
    const int height = std::min(host->height() - below.y() - 8, 460);
    setGeometry(QRect(below, QSize(std::min(width, host->width() - below.x()), height)));
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape && isVisible()) {
        hide();
        m_box->setFocus();
        return true;
    }
    if (watched == m_box && key->key() == Qt::Key_Down && isVisible()
        && m_results->rowCount() > 0) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_results->index(0));
        return true;
    }
    if (watched == m_view && key->key() == Qt::Key_Up && m_view->currentIndex().row() == 0) {
        m_box->setFocus();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace frontline::client::ui
