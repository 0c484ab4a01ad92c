#pragma once

#include "editorsnapshot.h"

#include <QVariant>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidgetItem;
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
    // Whether the editor holds changes that are not saved: they are kept until the user agrees
    // to lose them (choosing another record in the list or New asks first, and so does closing
    // the administration window). By default, whether the editor's fields differ from when the
    // page last called markEditorClean() (never called: no edits); a page with a typed form of
    // its own (EditedRecord) tells instead.
    virtual bool hasUnsavedEdits() const;
    // Forgets a row chosen in the list whose question is not asked yet (the window is closing
    // and asks itself); the list shows the record being edited.
    void dropPendingChoice();

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

    // The editor was just filled with a record (or emptied for a new one): its fields as they
    // are now are no unsaved edit.
    void markEditorClean();
    // A save was answered: what it sent is no unsaved edit, what was typed while it was on
    // its way still is.
    void markEditorSaved();
    // Whether the editor was changed since Save was pressed (a save still on its way, or just
    // answered and not yet marked).
    bool editedSinceSave() const;
    // One field the user had not changed (fieldEdited() false) was refilled after the editor
    // (a choice list read later): its value now is no edit.
    void markFieldClean(QWidget* field);
    // Whether the user changed `field` since the editor was filled.
    bool fieldEdited(QWidget* field) const;
    // A field that is no part of the record (a search line, a picker that acts at once, a list
    // the server fills): never an unsaved edit.
    static void notAnEdit(QWidget* widget);

private:
    // Another row was chosen in the list while the editor held unsaved edits: the list shows
    // the record being edited again, and the one chosen (its UserRole data; invalid: none) is
    // shown only once the user agrees to discard them.
    void askBeforeShowing();
    // Asks whether to discard the unsaved edits; true when there are none or the answer is
    // Discard.
    bool confirmDiscard();
    void showChosen(QListWidgetItem* item);

    EditorSnapshot editorNow() const;

    std::optional<QVariant> m_wanted; // the row chosen last while the question is due
    std::optional<EditorSnapshot> m_clean; // the editor as filled (markEditorClean)
    std::optional<EditorSnapshot> m_sent; // the editor when Save was pressed last
    QVariant m_editing; // the row of the record being edited then

protected:
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
