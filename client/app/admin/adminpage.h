#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client::ui {

// One page of the administration window: a list of records on the left, the chosen one's
// form on the right, New, Save and (where a page offers it) Delete, a status line. The page only
// shows: its controller in client/core/admin makes the calls (administration is done online), and a
// refusal it reports is shown in the status line with the field named.
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
    // Delete, for pages that call offerDelete(): the question asked first ("Delete the rule
    // “Printers”? …"; none: nothing is deleted), and the deletion of the record the editor
    // holds once it is answered Yes.
    virtual QString deleteQuestion() const { return {}; }
    virtual void removeRecord() { }
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
    // Shows Delete (labelled `text`); it is enabled while the editor holds a stored record
    // (setDeletable) and no call is on its way.
    void offerDelete(const QString& text);
    void setDeletable(bool deletable);

    QListWidget* m_list;
    QFormLayout* m_form;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_delete;
    QLabel* m_status;
    QWidget* m_extra; // below the form, for page-specific controls
    int m_pending = 0;
    bool m_deletable = false;
};

} // namespace frontline::client::ui
