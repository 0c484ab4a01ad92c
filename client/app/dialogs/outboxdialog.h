#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace frontline::client {
class Outbox;
}

namespace frontline::client::ui {

// What waits to be sent and what the server refused, with what to do about each: send again,
// apply anyway over a colleague's change (a conflict), or discard.
class OutboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxDialog)

public:
    explicit OutboxDialog(Outbox& outbox, QWidget* parent = nullptr);

private:
    void refresh();
    void updateButtons();
    QString selectedId() const;

    Outbox& m_outbox;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_applyAnyway;
    QPushButton* m_discard;
};

} // namespace frontline::client::ui
