#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace frontline::api {
struct CatalogItem;
}

namespace frontline::client {
class CatalogBrowser;
class Directory;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {
class FieldForm;
class UserPicker;

// An agent on the phone files a service request for the caller (issue 21: "agents file requests
// on behalf of callers"): the caller first, then the catalog as that person sees it (their
// audience), searched as the agent types; the item's form with the desk's custom fields checked
// inline, and the caller's words. The request goes out as the caller's (catalog.request with
// `requester`), its approvals and tasks start as if they had filed it in the applet, and the
// main window opens it. Renders the core's CatalogBrowser and forwards intent; no calls of its own.
class CallerRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallerRequestDialog)

public:
    CallerRequestDialog(Session& session, const Directory& directory, QWidget* parent = nullptr);
    ~CallerRequestDialog() override;

    CatalogBrowser& browser() { return *m_browser; }
    UserPicker* callerEdit() const { return m_caller; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* itemList() const { return m_items; }
    FieldForm* fieldForm() const { return m_form; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* fileButton() const { return m_file; }

    void chooseCaller(qint64 userId, const QString& name);
    void openItem(qint64 itemId);
    void file();

Q_SIGNALS:
    // The request was filed; the main window opens it.
    void filed(qint64 ticketId);

private:
    void callerEdited();
    void fillItems();
    void showItem(const api::CatalogItem& item);
    void showProblem(const QString& text);

    CatalogBrowser* m_browser;
    UserPicker* m_caller;
    QLabel* m_callerState;
    QLineEdit* m_search;
    QListWidget* m_items;
    QPushButton* m_more;
    QLabel* m_catalogState;
    QLabel* m_itemHeader;
    QLabel* m_itemDescription;
    FieldForm* m_form;
    QPlainTextEdit* m_description;
    QLabel* m_problem;
    QPushButton* m_file;
    std::optional<qint64> m_shownCaller;
};

} // namespace frontline::client::ui
