#pragma once

// What an admin controller refused, collected (the tests of the client's admin pages; one
// definition for all of them).
#include "client/core/admin/admincontroller.h"

#include <QObject>
#include <QString>

namespace frontline::test {

struct AdminRefusals
{
    explicit AdminRefusals(client::AdminController& controller)
    {
        QObject::connect(&controller, &client::AdminController::refused, &context,
                         [this](const QString& f, const QString& m) {
                             ++count;
                             field = f;
                             message = m;
                         });
    }
    QObject context;
    int count = 0;
    QString field;
    QString message;
};

} // namespace frontline::test
