#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace frontline::api {
struct CatalogItem;
}

namespace frontline::client {
class CatalogBrowser;
class Directory;
class RequestProgress;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {
class FieldForm;
}

namespace frontline::client::tray {

// "Request something" (issue 21): the catalog this user may request from (icon, name,
// description), searched as the user types; an item's form (the desk's custom fields, checked
// inline) and the user's own words; then the request's progress — its approval steps and its
// fulfilment tasks by stage, each with its state — kept live. The window renders the core's
// CatalogBrowser and RequestProgress and forwards intent; it makes no call of its own.
class RequestWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestWindow)

public:
    RequestWindow(Session& session, const Directory& directory, QWidget* parent = nullptr);
    ~RequestWindow() override;

    enum class Page { Catalog, Form, Progress };
    Page page() const;

    void showCatalog();
    void openItem(qint64 itemId);
    void showProgress(qint64 requestId);
    void send();

    CatalogBrowser& browser() { return *m_browser; }
    RequestProgress& progress() { return *m_progress; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* itemList() const { return m_items; }
    ui::FieldForm* fieldForm() const { return m_form; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLabel* problemLabel() const { return m_problem; }
    QTreeWidget* progressView() const { return m_steps; }
    QLabel* progressSummary() const { return m_summary; }
    // The progress view as a person reads it, one line per row ("Approval: …", "  Stage 1").
    QStringList progressLines() const;

    static QString stepStateText(const QString& state);

private:
    void fillItems();
    void showItem(const api::CatalogItem& item);
    void fillProgress();
    void showProblem(const QString& text);

    Session& m_session;
    const Directory& m_directory;
    CatalogBrowser* m_browser;
    RequestProgress* m_progress;
    QStackedWidget* m_pages;
    // The catalog
    QLineEdit* m_search;
    QListWidget* m_items;
    QPushButton* m_more;
    QPushButton* m_choose;
    QLabel* m_catalogState;
    // The form
    QLabel* m_itemHeader;
    QLabel* m_itemDescription;
    ui::FieldForm* m_form;
    QPlainTextEdit* m_description;
    QLabel* m_problem;
    QPushButton* m_send;
    // The progress
    QLabel* m_requestHeader;
    QTreeWidget* m_steps;
    QLabel* m_summary;
};

} // namespace frontline::client::tray
