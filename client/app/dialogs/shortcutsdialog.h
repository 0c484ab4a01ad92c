#pragma once

#include <QDialog>

namespace frontline::client::ui {

class Actions;

// Every command with its keys, by section, as the menus have them (F1 or Ctrl+/).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const Actions& actions, QWidget* parent = nullptr);
};

} // namespace frontline::client::ui
