#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::client::ui {

// Names another ticket by number: to link to it, or to merge into it (with a note), or to log
// minutes (the number is then minutes).
class TicketReferenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketReferenceDialog)

public:
    enum class Purpose { Link, Merge, LogTime };
    TicketReferenceDialog(Purpose purpose, qint64 currentTicket, QWidget* parent = nullptr);
    qint64 number() const;
    QString note() const;

private:
    QSpinBox* m_number;
    QPlainTextEdit* m_note;
};

} // namespace frontline::client::ui
