#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace frontline::client {
class ProblemDesk;
} // namespace frontline::client

namespace frontline::client::ui {

// The problem's own part of the ticket pane (issue 22): root cause, workaround and the
// known-error flag with Save; the linked incidents with Link (by number) and Unlink; and
// "Resolve problem and its incidents…". Renders ProblemDesk and forwards intent to it.
class ProblemSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemSection)

public:
    explicit ProblemSection(ProblemDesk& desk, QWidget* parent = nullptr);

    // Asks for the resolution and the reply to the incidents, then resolves (the dialog's
    // answers are given directly in tests through resolveWith).
    void resolve();
    void resolveWith(const QString& resolution, bool resolveIncidents, const QString& reply);

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void render();
    void showStatus(const QString& text, bool error);

    ProblemDesk& m_desk;
    QPlainTextEdit* m_rootCause;
    QPlainTextEdit* m_workaround;
    QCheckBox* m_knownError;
    QPushButton* m_save;
    QListWidget* m_incidents;
    QLineEdit* m_incidentNumber;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_resolve;
    QLabel* m_status;
};

} // namespace frontline::client::ui
