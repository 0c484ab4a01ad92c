#pragma once

#include "client/widgets/fieldmark.h" // every page marks the field a refusal names

#include <QList>
#include <QString>

class QListWidget;

namespace frontline::client::ui {

// The list of an administration page: one row per record, the record's id in Qt::UserRole.
struct AdminRow
{
    qint64 id = 0;
    QString text;
};

// Lists `rows`, then selects the row of `keep` (0 or not listed: none) without telling the
// page (the form keeps what it shows). Returns whether `keep` was found.
bool fillRows(QListWidget* list, const QList<AdminRow>& rows, qint64 keep);

} // namespace frontline::client::ui
