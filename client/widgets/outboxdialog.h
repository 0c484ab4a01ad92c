#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace frontline::client {
class OutboxModel;
}

namespace frontline::client::ui {

// What waits to be sent and what the server refused, with what to do about each: send again,
// apply anyway over a colleague's change (a conflict), or discard. Both programs show it.
class OutboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxDialog)

public:
    explicit OutboxDialog(OutboxModel& model, QWidget* parent = nullptr);

    QString selectedId() const;
    void select(const QString& id);

private:
    void refresh();
    void updateButtons();

    OutboxModel& m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_applyAnyway;
    QPushButton* m_discard;
    QString m_selected;
};

} // namespace frontline::client::ui
