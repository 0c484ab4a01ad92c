#pragma once

#include <QListView>

namespace frontline::client {
class SearchResults;
}

namespace frontline::client::ui {

// A list of search results, each as its title and a snippet with the matched words in bold,
// and whether it is a ticket or an article. Activating one emits what to open.
class SearchResultView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultView)

public:
    explicit SearchResultView(SearchResults& results, QWidget* parent = nullptr);

Q_SIGNALS:
    void ticketChosen(qint64 id);
    void articleChosen(qint64 id);

private:
    void choose(const QModelIndex& index);
};

} // namespace frontline::client::ui
