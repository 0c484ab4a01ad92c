#pragma once

#include "api/orgapi.h"
#include "client/core/admin/admincontroller.h"

#include <QAbstractTableModel>

namespace frontline::client {

// The rows of an import's answer as a table: line, user name or organisation, what happens,
// and the detail (the fields that change, or the column refused and why).
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column { LineColumn, KeyColumn, ActionColumn, DetailColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 }; // the row's api::ImportRow::Action (int)

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(const QList<api::ImportRow>& rows);
    const QList<api::ImportRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<api::ImportRow> m_rows;
};

// The bulk import dialog's controller: the CSV text (read from a file), a dry run whose rows it
// shows as a preview, then the import itself — offered only once a dry run of the same text
// refused no row. user.import or org.import, as chosen at construction.
class BulkImporter final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkImporter)
    Q_PROPERTY(bool canImport READ canImport NOTIFY stateChanged)

public:
    enum class Kind { Users, Organisations };

    BulkImporter(Session& session, Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // Reads the file (UTF-8) and runs the dry run; false (and refused()) when it cannot be read.
    bool loadFile(const QString& path);
    // The text to import; runs the dry run.
    void preview(const QString& csv);
    // Writes the rows previewed. Answers with imported() or refused().
    void import();

    bool canImport() const;
    const api::ImportResult& result() const { return m_result; }
    ImportPreviewModel* model() { return &m_model; }
    // "3 to create, 1 to update, 2 unchanged, 1 refused" (the last answer's counts).
    QString summary() const;

Q_SIGNALS:
    void stateChanged();
    void previewed();
    void imported(const frontline::api::ImportResult& result);

private:
    void run(bool dryRun);

    Kind m_kind;
    QString m_csv;
    api::ImportResult m_result;
    bool m_previewedCurrent = false; // m_result is the dry run of m_csv
    ImportPreviewModel m_model;
};

} // namespace frontline::client
