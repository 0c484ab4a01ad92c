#pragma once

#include <QListView>
#include <QStyledItemDelegate>

namespace frontline::client::ui {

// Paints a timeline entry: public replies as bubbles, internal notes on amber with an
// "Internal note" label, changes as one grey line. Text is drawn as plain text, wrapped.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QListView* view);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QRect bodyRect(const QRect& item) const;
    QListView* m_view;
};

class ConversationView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace frontline::client::ui
