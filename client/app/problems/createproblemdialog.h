#pragma once

#include "domain/ticket.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace frontline::client {
class Directory;
class ProblemDesk;
} // namespace frontline::client

namespace frontline::client::ui {

// "Create problem from selection" (issue 22): a title, description and category for a new
// problem, and the incidents it is made from (the queue's selection, or none from the New
// menu). Closes once the server made it; ProblemDesk holds the new problem then.
class CreateProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateProblemDialog)

public:
    CreateProblemDialog(ProblemDesk& desk, const Directory& directory,
                        const QList<Ticket>& incidents, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void submit();

private:
    ProblemDesk& m_desk;
    QLineEdit* m_title;
    QComboBox* m_category;
    QPlainTextEdit* m_description;
    QListWidget* m_incidents;
    QLineEdit* m_more;
    QLabel* m_status;
    QPushButton* m_create;
};

} // namespace frontline::client::ui
