#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace frontline::client {
class CiEditor;
}

namespace frontline::client::ui {

// Import CIs from CSV (issue 22, admins): paste or open the file, preview what each row would
// do (ci.import dry run), then import: only a preview without refused rows may be imported,
// and only the text previewed.
class CiImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiImportDialog)

public:
    explicit CiImportDialog(CiEditor& editor, QWidget* parent = nullptr);

    QPlainTextEdit* csvEdit() const { return m_csv; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QTreeWidget* rows() const { return m_rows; }

Q_SIGNALS:
    void importedCis(); // a real run wrote the rows

private:
    void showResult();

    CiEditor& m_editor;
    QPlainTextEdit* m_csv;
    QPushButton* m_open;
    QPushButton* m_preview;
    QPushButton* m_import;
    QTreeWidget* m_rows;
    QLabel* m_status;
    QString m_previewed; // the text of the last clean dry run
};

} // namespace frontline::client::ui
