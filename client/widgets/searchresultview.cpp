#include "searchresultview.h"

#include "client/core/searchresults.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

// Paints the model's HTML roles (already escaped, with <b> around matches) as rich text.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The same width when rows are laid out and when one is painted again alone (selected):
    // the view's, not the option's, which differ between the two.
    static int textWidth(const QStyleOptionViewItem& option)
    {
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        return std::max(200, (view ? view->viewport()->width() : option.rect.width()) - 8);
    }

    static QString html(const QModelIndex& index, bool selected = false)
    {
        const bool ticket = index.data(SearchResults::KindRole).toString() == u"ticket"_s;
        const QString kind = ticket
            ? QCoreApplication::translate("frontline::client::ui::SearchResultView", "Ticket #%1")
                  .arg(index.data(SearchResults::IdRole).toLongLong())
            : QCoreApplication::translate("frontline::client::ui::SearchResultView",
                                          "Article KB-%1")
                  .arg(index.data(SearchResults::IdRole).toLongLong());
        // Selected rows are drawn in the highlight colours: no grey on blue there.
        const QString kindStyle = selected ? QString() : u" style='color:gray'"_s;
        return u"<div><span%1>%2 · %3</span><br><span style='font-size:large'>%4"
               "</span><br>%5</div>"_s.arg(
                   kindStyle, kind.toHtmlEscaped(),
                   index.data(SearchResults::DetailRole).toString().toHtmlEscaped(),
                   index.data(SearchResults::TitleHtmlRole).toString(),
                   index.data(SearchResults::SnippetHtmlRole).toString());
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(html(index, opt.state & QStyle::State_Selected));
        doc.setTextWidth(textWidth(option));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 4));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setHtml(html(index));
        doc.setTextWidth(textWidth(option));
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 10);
    }
};

} // namespace

SearchResultView::SearchResultView(SearchResults& results, QWidget* parent)
    : QListView(parent)
{
    setObjectName(u"searchResults"_s);
    setModel(&results);
    setItemDelegate(new ResultDelegate(this));
    setWordWrap(true);
    setResizeMode(QListView::Adjust); // rows are as tall as their text at the view's width
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QListView::activated, this, &SearchResultView::choose);
}

void SearchResultView::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(SearchResults::IdRole).toLongLong();
    if (index.data(SearchResults::KindRole).toString() == u"ticket"_s)
        Q_EMIT ticketChosen(id);
    else
        Q_EMIT articleChosen(id);
}

} // namespace frontline::client::ui
