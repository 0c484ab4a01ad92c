#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace frontline::client {
class BulkImporter;
}

namespace frontline::client::ui {

// Bulk import of users or organisations: choose a CSV file, see what each row would do (the
// server's dry run), then import — offered only when no row is refused. The calls are
// BulkImporter's.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(BulkImporter& importer, QWidget* parent = nullptr);

    // Reads the file and previews it (what "Choose file…" does after the file dialog).
    void chooseFile(const QString& path);
    QString statusText() const;

private:
    void showState();

    BulkImporter& m_importer;
    QLabel* m_file;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_import;
};

} // namespace frontline::client::ui
