#pragma once

#include "api/fieldapi.h"
#include "client/widgets/fieldmark.h" // every page marks the field a refusal names

#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QListWidget;
class QListWidgetItem;

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

// A list of custom fields picked in order, each checked when required (the catalog's form
// designer and the CI class attributes): the field's name in Qt::UserRole. These change the
// list without its signals; the caller then says what changed.
QListWidgetItem* addPickedField(QListWidget* list, const QString& name, const QString& text,
                                bool required, const QString& toolTip);
QListWidgetItem* movePickedField(QListWidget* list, int row, int to); // null: nothing moved
bool removePickedField(QListWidget* list, int row);
// Offers in `choices` the active catalogue fields not `taken` ("label (name)" per `format`),
// keeping the one chosen; returns whether any is offered.
bool offerFields(QComboBox* choices, const QList<api::FieldDefinition>& fields,
                 const QStringList& taken, const QString& format);

} // namespace frontline::client::ui
