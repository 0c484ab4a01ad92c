#include "importdialog.h"

#include "client/core/admin/bulkimporter.h"
#include "client/core/errortext.h"
#include "client/widgets/safetext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ImportDialog::ImportDialog(BulkImporter& importer, QWidget* parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_file(plainLabel(tr("No file chosen.")))
    , m_table(new QTableView)
    , m_status(plainLabel())
    , m_import(new QPushButton(tr("&Import")))
{
    const bool users = importer.kind() == BulkImporter::Kind::Users;
    setObjectName(u"importDialog"_s);
    setWindowTitle(users ? tr("Import users") : tr("Import organisations"));
    m_table->setObjectName(u"importPreview"_s);
    m_status->setObjectName(u"importStatus"_s);
    m_import->setObjectName(u"importButton"_s);
    m_status->setWordWrap(true);
    m_table->setModel(importer.model());
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* columns = plainLabel(
        users ? tr("Columns: username (required), display_name, email, role, org, vip, "
                   "org_viewer. Empty cells leave a value as it is; new users get no password.")
              : tr("Columns: name (required), domains, notes."));
    columns->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"));
    choose->setObjectName(u"chooseFileButton"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(columns);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, windowTitle(), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_import, &QPushButton::clicked, &m_importer, &BulkImporter::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_importer, &BulkImporter::stateChanged, this, &ImportDialog::showState);
    connect(&m_importer, &BulkImporter::busyChanged, this, &ImportDialog::showState);
    connect(&m_importer, &BulkImporter::previewed, this,
            [this] { m_status->setText(tr("Preview: %1.").arg(m_importer.summary())); });
    connect(&m_importer, &BulkImporter::imported, this,
            [this] { m_status->setText(tr("Imported: %1.").arg(m_importer.summary())); });
    connect(&m_importer, &BulkImporter::refused, this,
            [this](const QString& field, const QString& message) {
                m_status->setText(field.isEmpty()
                                      ? message
                                      : tr("%1: %2").arg(ErrorText::fieldLabel(field), message));
            });
    showState();
    resize(760, 480);
}

void ImportDialog::chooseFile(const QString& path)
{
    m_file->setText(QFileInfo(path).fileName());
    m_status->setText(tr("Checking…"));
    m_importer.loadFile(path);
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::showState()
{
    m_import->setEnabled(m_importer.canImport() && !m_importer.isBusy());
}

} // namespace frontline::client::ui
