#pragma once

class QWidget;

namespace frontline::client::ui {

// Deletes a window whose session ended. When this runs under an event loop that one of the
// window's slots opened (a dialog's exec(): the slot goes on using the window and the dialog
// once exec() returns, and deleting the window would delete the dialog under it), the window
// is hidden, its dialogs are ended (Rejected: their questions count as not answered), and the
// window is deleted once those loops have returned to `baseLoopLevel`, the level of the event
// loop the window was shown from (QThread::loopLevel() then).
void deleteWindowWhenUnwound(QWidget* window, int baseLoopLevel);

} // namespace frontline::client::ui
