#include "conversationview.h"

#include "client/core/conversationmodel.h"
#include "client/widgets/theme.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

constexpr int Margin = 8;
constexpr int Padding = 8;
constexpr int QuoteIndent = 12;
constexpr int QuotePadding = 2;

bool isChange(const QModelIndex& index)
{
    return index.data(ConversationModel::KindRole).toString() != u"comment"_s;
}

// Words that came with a change (a satisfaction rating's comment), quoted; empty when none.
QString changeQuote(const QModelIndex& index)
{
    const QString body = index.data(ConversationModel::BodyRole).toString().trimmed();
    return body.isEmpty() ? QString() : ConversationDelegate::tr("“%1”").arg(body);
}

QString header(const QModelIndex& index)
{
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(index.data(ConversationModel::TimeRole).toLongLong());
    QString text = index.data(ConversationModel::AuthorRole).toString() + u" · "_s
        + QLocale().toString(at, QLocale::ShortFormat);
    // An entry that came in by e-mail says so, with the address it came from.
    if (const QString from = index.data(ConversationModel::MailFromRole).toString();
        !from.isEmpty())
        text += u" · "_s + ConversationDelegate::tr("✉ via e-mail from %1").arg(from);
    return text;
}

// The notification mails an entry caused ("Mailed to … (sent)"); empty when none.
QString mailsLine(const QModelIndex& index)
{
    return index.data(ConversationModel::MailsOutRole).toString();
}

} // namespace

ConversationDelegate::ConversationDelegate(QListView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

QRect ConversationDelegate::bodyRect(const QRect& item) const
{
    return item.adjusted(Margin + Padding, Margin + Padding, -Margin - Padding, -Margin - Padding);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const int width = std::max(200, m_view->viewport()->width());
    const QFontMetrics metrics(option.font);
    if (isChange(index)) {
        // A change is one line; a rating's comment is quoted in full below it.
        const QString quote = changeQuote(index);
        if (quote.isEmpty())
            return {width, metrics.height() + 8};
        const QRect text =
            metrics.boundingRect(QRect(0, 0, width - 2 * (Margin + Padding) - QuoteIndent, 100000),
                                 Qt::TextWordWrap, quote);
        return {width, metrics.height() + 8 + text.height() + 2 * QuotePadding + Margin / 2};
    }
    const QRect text =
        metrics.boundingRect(QRect(0, 0, width - 2 * (Margin + Padding), 100000), Qt::TextWordWrap,
                             index.data(ConversationModel::BodyRole).toString());
    const int headerHeight = metrics.height() + 4;
    const int labelHeight =
        index.data(ConversationModel::InternalRole).toBool() ? metrics.height() + 2 : 0;
    const int mailsHeight = mailsLine(index).isEmpty() ? 0 : metrics.height() + 4;
    return {width,
            text.height() + headerHeight + labelHeight + mailsHeight + 2 * (Margin + Padding)};
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    const bool internal = index.data(ConversationModel::InternalRole).toBool();
    if (isChange(index)) {
        QFont small = option.font;
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(Theme::colour(Theme::Role::MutedText));
        QString line =
            header(index) + u" — "_s + index.data(ConversationModel::SummaryRole).toString();
        if (const QString mails = mailsLine(index); !mails.isEmpty())
            line += u" — "_s + mails;
        const QRect lineRect(option.rect.left(), option.rect.top(), option.rect.width(),
                             metrics.height() + 8);
        painter->drawText(
            lineRect.adjusted(Margin + Padding, 2, -Margin, -2),
            Qt::AlignVCenter | Qt::TextSingleLine,
            metrics.elidedText(line, Qt::ElideRight, option.rect.width() - 2 * Margin - Padding));
        if (const QString quote = changeQuote(index); !quote.isEmpty()) {
            // The requester's own words, set off by a bar on the left like a quotation.
            const QRect box = option.rect.adjusted(Margin + Padding, lineRect.height(),
                                                   -Margin - Padding, -Margin / 2);
            painter->fillRect(QRect(box.left(), box.top(), 3, box.height()),
                              Theme::colour(Theme::Role::BubbleBorder));
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(box.adjusted(QuoteIndent, QuotePadding, 0, -QuotePadding),
                              Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, quote);
        }
        painter->restore();
        return;
    }
    const QRect bubble = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    QPainterPath path;
    path.addRoundedRect(bubble, 8, 8);
    painter->fillPath(
        path,
        Theme::colour(internal ? Theme::Role::NoteBackground : Theme::Role::BubbleBackground));
    painter->setPen(Theme::colour(internal ? Theme::Role::NoteBorder : Theme::Role::BubbleBorder));
    painter->drawPath(path);
    QRect text = bodyRect(option.rect);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Theme::colour(internal ? Theme::Role::NoteText : Theme::Role::BubbleText));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, header(index));
    text.setTop(text.top() + metrics.height() + 4);
    if (internal) {
        QFont label = option.font;
        label.setBold(true);
        label.setPointSizeF(label.pointSizeF() * 0.9);
        painter->setFont(label);
        painter->setPen(Theme::colour(Theme::Role::NoteLabel));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          tr("Internal note — not visible to the requester"));
        text.setTop(text.top() + metrics.height() + 2);
    }
    painter->setFont(option.font);
    const QColor bodyText =
        Theme::colour(internal ? Theme::Role::NoteText : Theme::Role::BubbleText);
    painter->setPen(bodyText);
    if (const QString mails = mailsLine(index); !mails.isEmpty()) {
        // Which notification mails the reply went out as, on the bubble's last line (in the
        // bubble's own text colour: its contrast is the one the theme test checks).
        QFont small = option.font;
        small.setItalic(true);
        painter->setFont(small);
        const QRect line(text.left(), text.bottom() - metrics.height(), text.width(),
                         metrics.height());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          metrics.elidedText(mails, Qt::ElideRight, line.width()));
        text.setBottom(line.top() - 4);
        painter->setFont(option.font);
    }
    // Plain text, always: drawText never interprets markup.
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      index.data(ConversationModel::BodyRole).toString());
    painter->restore();
}

ConversationView::ConversationView(QWidget* parent)
    : QListView(parent)
{
    setObjectName(u"conversationView"_s);
    setItemDelegate(new ConversationDelegate(this));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::NoSelection);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
}

void ConversationView::setModel(QAbstractItemModel* model)
{
    QListView::setModel(model);
    // New entries scroll into view when the reader is at the bottom (a chat's behaviour).
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar* bar = verticalScrollBar();
        if (bar->value() >= bar->maximum() - 40)
            QMetaObject::invokeMethod(
                this, [this] { scrollToBottom(); }, Qt::QueuedConnection);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        QMetaObject::invokeMethod(
            this, [this] { scrollToBottom(); }, Qt::QueuedConnection);
    });
}

void ConversationView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        doItemsLayout(); // wrapped text: heights depend on the width
}

} // namespace frontline::client::ui
