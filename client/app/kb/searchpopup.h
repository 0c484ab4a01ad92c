#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;

namespace frontline::client {
class SearchResults;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class SearchResultView;

// The global search (/): results for tickets and articles appear under the search box while
// the user types; Down moves into them, Enter opens one, Escape goes back to the box.
class SearchPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPopup)

public:
    SearchPopup(Session& session, QLineEdit* box, QWidget* parent);

    SearchResults& results() const { return *m_results; }
    SearchResultView* view() const { return m_view; }

Q_SIGNALS:
    void ticketChosen(qint64 id);
    void articleChosen(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void textEdited(const QString& text);
    void showResults(int count);
    void place();

    QLineEdit* m_box;
    SearchResults* m_results;
    SearchResultView* m_view;
    QLabel* m_status;
};

} // namespace frontline::client::ui
