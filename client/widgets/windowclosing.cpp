#include "windowclosing.h"

#include <QDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace frontline::client::ui {

void deleteWindowWhenUnwound(QWidget* window, int baseLoopLevel)
{
    if (!window)
        return;
    if (QThread::currentThread()->loopLevel() <= baseLoopLevel) {
        delete window;
        return;
    }
    window->hide();
    const QList<QDialog*> dialogs = window->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
    // Looked at every 10 ms: a timer fires in the dialogs' loops too, until they have ended.
    auto* unwound = new QTimer(window);
    unwound->setInterval(10);
    QObject::connect(unwound, &QTimer::timeout, window, [window, baseLoopLevel] {
        if (QThread::currentThread()->loopLevel() <= baseLoopLevel)
            window->deleteLater();
    });
    unwound->start();
}

} // namespace frontline::client::ui
