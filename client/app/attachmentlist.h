#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client {
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

// The open ticket's files and the reporter's computer, for the agent: a file opens as a preview
// when it is an image the client decodes itself, and is otherwise saved where the agent
// chooses — never opened with the system's handler, never rendered as markup. Agents attach
// files too.
class AttachmentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)

public:
    AttachmentList(Session& session, TicketDetail& detail, QWidget* parent = nullptr);

    void refresh();
    // Reads the attachment; an image is shown, anything else offered to save.
    void open(qint64 id);
    void attachFile(const QString& path);
    QListWidget* list() const { return m_list; }
    QString systemInfoText() const;

private:
    void showSystemInfo();

    Session& m_session;
    TicketDetail& m_detail;
    QListWidget* m_list;
    QLabel* m_computer;
    QPushButton* m_details;
};

} // namespace frontline::client::ui
