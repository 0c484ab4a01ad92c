#include "ciimportdialog.h"

#include "client/core/cmdb/cieditor.h"
#include "client/widgets/safetext.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QString actionText(api::ImportRow::Action action)
{
    switch (action) {
    case api::ImportRow::Action::Create:
        return CiImportDialog::tr("create");
    case api::ImportRow::Action::Update:
        return CiImportDialog::tr("update");
    case api::ImportRow::Action::Unchanged:
        return CiImportDialog::tr("unchanged");
    case api::ImportRow::Action::Refused:
        return CiImportDialog::tr("refused");
    }
    return {};
}

} // namespace

CiImportDialog::CiImportDialog(CiEditor& editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_csv(new QPlainTextEdit)
    , m_open(new QPushButton(tr("&Open file…")))
    , m_preview(new QPushButton(tr("&Preview")))
    , m_import(new QPushButton(tr("&Import")))
    , m_rows(new QTreeWidget)
    , m_status(plainLabel())
{
    setObjectName(u"ciImportDialog"_s);
    setWindowTitle(tr("Import configuration items"));
    m_csv->setObjectName(u"ciCsvEdit"_s);
    m_csv->setPlaceholderText(tr("name,class,status,host_name,serial,owner,organisation,…\n"
                                 "One column per attribute, by its field's name."));
    m_preview->setObjectName(u"ciPreviewButton"_s);
    m_import->setObjectName(u"ciImportButton"_s);
    m_import->setEnabled(false);
    m_rows->setObjectName(u"ciImportRows"_s);
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Line"), tr("Name"), tr("Action"), tr("Details")});
    m_rows->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_status->setObjectName(u"ciImportStatus"_s);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_import);
    auto* close = new QPushButton(tr("&Close"));
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_csv, 1);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(760, 560);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a CSV file"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            m_csv->setPlainText(QString::fromUtf8(file.readAll()));
    });
    connect(m_csv, &QPlainTextEdit::textChanged, this, [this] {
        m_import->setEnabled(!m_previewed.isEmpty() && m_csv->toPlainText() == m_previewed);
    });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        m_previewed.clear();
        m_import->setEnabled(false);
        m_editor.importCsv(m_csv->toPlainText(), true);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_import->setEnabled(false);
        m_editor.importCsv(m_previewed, false);
    });
    connect(&editor, &CiEditor::imported, this, &CiImportDialog::showResult);
    connect(&editor, &CiEditor::failed, this,
            [this](const QString& message) { setPlainText(m_status, message); });
}

void CiImportDialog::showResult()
{
    const api::ImportResult& result = m_editor.importResult();
    m_rows->clear();
    for (const api::ImportRow& row : result.rows) {
        QString details = row.action == api::ImportRow::Action::Refused
            ? tr("%1: %2").arg(row.field, row.reason)
            : row.changed.join(u", "_s);
        new QTreeWidgetItem(m_rows,
                            {QString::number(row.line), row.key, actionText(row.action), details});
    }
    using Action = api::ImportRow::Action;
    const QString counts = tr("%1 to create, %2 to update, %3 unchanged, %4 refused.")
                               .arg(result.count(Action::Create))
                               .arg(result.count(Action::Update))
                               .arg(result.count(Action::Unchanged))
                               .arg(result.count(Action::Refused));
    if (result.applied) {
        setPlainText(m_status, tr("Imported. %1").arg(counts));
        Q_EMIT importedCis();
    } else if (result.count(Action::Refused) > 0) {
        setPlainText(m_status,
                     tr("Nothing can be imported until the refused rows are "
                        "corrected. %1")
                         .arg(counts));
    } else {
        m_previewed = m_csv->toPlainText();
        m_import->setEnabled(true);
        setPlainText(m_status, tr("Preview (nothing written yet). %1").arg(counts));
    }
}

} // namespace frontline::client::ui
