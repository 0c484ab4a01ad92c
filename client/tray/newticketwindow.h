#pragma once

#include "client/core/systeminfo.h"

#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace frontline::client {
class NewTicketController;
} // namespace frontline::client

namespace frontline::client::ui {
class FieldForm;
class SuggestionList;
} // namespace frontline::client::ui

namespace frontline::client::tray {

// "Report a problem": title, description, category and urgency; while the title is typed the
// knowledge base's answers appear (one that solves it ends here, as a ticket not needed); an
// optional screenshot, shown before it is sent and removable; files up to the desk's limit;
// the computer's details, gathered by themselves and shown. Send queues the draft in the
// outbox (it goes now, or when the server is back); the window makes no call of its own.
class NewTicketWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketWindow)

public:
    explicit NewTicketWindow(NewTicketController& controller, QWidget* parent = nullptr);

    // The screen as it is (the window hides while it is taken).
    void takeScreenshot();
    void setScreenshot(const QImage& image);
    void removeScreenshot();
    bool hasScreenshot() const { return !m_screenshot.isNull(); }
    // Adds a file; false with a message shown when it is too large or unreadable.
    bool addFile(const QString& path);
    const QList<SystemInfo::Entry>& systemInfo() const { return m_info; }
    QString problemText() const;
    // The desk's fields shown to requesters for the category chosen (an incident).
    ui::FieldForm* fieldForm() const { return m_fieldForm; }

    void accept() override;

Q_SIGNALS:
    // The ticket is queued (sent now or later).
    void queued(const QString& title);
    // An article answered it: no ticket.
    void deflected(const QString& title);

private:
    void showProblem(const QString& text);
    void updateFields();
    static QString displayDescription();

    NewTicketController& m_controller;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QComboBox* m_urgency;
    ui::FieldForm* m_fieldForm;
    ui::SuggestionList* m_suggestions;
    QLabel* m_preview;
    QPushButton* m_shoot;
    QPushButton* m_removeShot;
    QListWidget* m_files;
    QTreeWidget* m_infoView;
    QLabel* m_problem;
    QImage m_screenshot;
    QList<SystemInfo::Entry> m_info;
};

} // namespace frontline::client::tray
