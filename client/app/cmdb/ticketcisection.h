#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace frontline::client {
class CiEditor;
class TicketCis;
} // namespace frontline::client

namespace frontline::client::ui {

// The open ticket's configuration items in the ticket pane (issue 22): one line per CI with
// what it affects ("affects 2 services, 40 users") and a button that opens it in the CI
// browser; staff also link a CI found by name and unlink one. Hidden for a ticket without CIs
// when the user may not link any.
class TicketCiSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCiSection)

public:
    TicketCiSection(TicketCis& cis, CiEditor& finder, QWidget* parent = nullptr);

    QPushButton* linkButton() const { return m_link; }
    // The line of each CI (objectName "ciLine_<id>") with its open and unlink buttons.
    QList<QLabel*> lines() const;
    void linkCi(); // asks for the CI (search) and links it

Q_SIGNALS:
    void openCiRequested(qint64 id);

private:
    void refresh();

    TicketCis& m_cis;
    CiEditor& m_finder;
    QLabel* m_heading;
    QVBoxLayout* m_rows;
    QPushButton* m_link;
    QLabel* m_error;
};

} // namespace frontline::client::ui
