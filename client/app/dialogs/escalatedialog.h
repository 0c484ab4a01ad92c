#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace frontline::client {
class Directory;
}

namespace frontline::client::ui {

// Functional escalation: to the next tier (the group's escalation group) or a chosen group,
// with a handover note for the colleagues who take over.
class EscalateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalateDialog)

public:
    EscalateDialog(const Directory& directory, std::optional<qint64> currentGroup,
                   QWidget* parent = nullptr);
    std::optional<qint64> group() const; // nullopt: the next tier
    QString note() const;

private:
    QComboBox* m_group;
    QPlainTextEdit* m_note;
};

} // namespace frontline::client::ui
