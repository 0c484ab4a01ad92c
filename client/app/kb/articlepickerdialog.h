#pragma once

#include <QDialog>

class QLineEdit;

namespace frontline::client {
class SearchResults;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class SearchResultView;

// Finds an article by words to refer to it (in a reply): the one chosen is accepted.
class ArticlePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePickerDialog)

public:
    explicit ArticlePickerDialog(Session& session, QWidget* parent = nullptr);

    qint64 chosenId() const { return m_id; }
    QString chosenTitle() const { return m_title; }
    QLineEdit* findEdit() const { return m_find; }
    SearchResultView* view() const { return m_view; }
    SearchResults& results() const { return *m_results; }

private:
    QLineEdit* m_find;
    SearchResults* m_results;
    SearchResultView* m_view;
    qint64 m_id = 0;
    QString m_title;
};

} // namespace frontline::client::ui
