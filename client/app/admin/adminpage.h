#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client::ui {

// One page of the administration window: a list of records on the left, the chosen one's
// form on the right, New and Save, a status line. The page only shows: its controller in
// client/core/admin makes the calls (administration is done online), and a refusal it reports
// is shown in the status line with the field named.
class AdminPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    explicit AdminPage(QWidget* parent = nullptr);

    virtual void reload() = 0;
    QString statusText() const;
    bool isBusy() const { return m_pending > 0; } // calls on their way
    // The record list's accessible name (the page's title: "Users and roles, list").
    void setRecordsName(const QString& name);

protected:
    // The selected row's data (UserRole), or an invalid variant for "new".
    virtual void showRecord(const QVariant& record) = 0;
    virtual void save() = 0;
    // How a refused call's field is named to the user ("conditions[1].op" on the rules page).
    virtual QString describeField(const QString& field) const;

    void showStatus(const QString& text, bool error);
    void hideStatus();
    // A refusal in the status line: the field named as describeField() says, then the problem.
    void showRefusal(const QString& field, const QString& message);
    // Follows a controller's busy state: Save is off while its calls are on their way.
    template<typename Controller> void followBusy(Controller& controller)
    {
        connect(&controller, &Controller::busyChanged, this,
                [this, &controller] { setBusy(controller.isBusy()); });
    }
    void setBusy(bool busy);

    QListWidget* m_list;
    QFormLayout* m_form;
    QPushButton* m_new;
    QPushButton* m_save;
    QLabel* m_status;
    QWidget* m_extra; // below the form, for page-specific controls
    int m_pending = 0;
};

} // namespace frontline::client::ui
