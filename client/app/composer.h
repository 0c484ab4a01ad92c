#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace frontline::client {
class Directory;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

// Writing on a ticket: a public reply or an internal note (clearly marked which), canned
// responses with their placeholders filled, and "typing" shown to colleagues.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    Composer(TicketDetail& detail, const Directory& directory, const Session& session,
             QWidget* parent = nullptr);

    enum class Mode { Reply, Note };
    void start(Mode mode); // focus the editor in that mode
    Mode mode() const { return m_mode; }
    void send();
    QPlainTextEdit* editor() const { return m_editor; }

private:
    void setMode(Mode mode);
    void fillCannedMenu();

    TicketDetail& m_detail;
    const Directory& m_directory;
    const Session& m_session;
    Mode m_mode = Mode::Reply;
    QPushButton* m_replyTab;
    QPushButton* m_noteTab;
    QLabel* m_hint;
    QPlainTextEdit* m_editor;
    QToolButton* m_canned;
    QPushButton* m_send;
    QTimer m_typingIdle;
};

} // namespace frontline::client::ui
