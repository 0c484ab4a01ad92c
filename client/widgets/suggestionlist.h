#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace frontline::client {
class SearchResults;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class SearchResultView;

// The articles that may answer a ticket being written, found while its title and description
// are typed (kb.suggest); hidden while there are none. Used by the agent's New-ticket form and
// the tray applet's Report-a-problem form.
class SuggestionList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionList)

public:
    // `caption` says how many were found, in the form's own words.
    SuggestionList(Session& session, std::function<QString(int)> caption,
                   QWidget* parent = nullptr);

    void watch(QLineEdit* title, QPlainTextEdit* description);
    SearchResults& results() const { return *m_results; }

Q_SIGNALS:
    void articleChosen(qint64 id);

private:
    SearchResults* m_results;
    QLabel* m_caption;
    SearchResultView* m_view;
};

} // namespace frontline::client::ui
