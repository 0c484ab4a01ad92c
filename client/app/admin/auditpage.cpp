#include "auditpage.h"

#include "api/auditapi.h"
#include "client/core/admin/auditadmin.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

const QDate NoLimit(2000, 1, 1);

QDateEdit* dateEdit(const QString& name)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoLimit);
    edit->setSpecialValueText(AuditPage::tr("any"));
    edit->setDate(NoLimit);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

} // namespace

AuditPage::AuditPage(AuditAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_action(new QComboBox)
    , m_text(new QLineEdit)
    , m_from(dateEdit(u"auditFrom"_s))
    , m_to(dateEdit(u"auditTo"_s))
    , m_table(new QTableView)
    , m_details(new QTreeWidget)
    , m_where(plainLabel())
{
    setObjectName(u"auditPage"_s);
    // A log, not a list of records to edit: no list, New or Save.
    m_list->hide();
    m_new->hide();
    m_save->hide();

    m_action->setObjectName(u"auditActionBox"_s);
    const QList<std::pair<QString, QString>> kinds {{tr("All changes"), QString()},
                                                    {tr("Sign-ins"), u"auth."_s},
                                                    {tr("Users"), u"user."_s},
                                                    {tr("Groups"), u"group."_s},
                                                    {tr("Categories"), u"category."_s},
                                                    {tr("Canned responses"), u"canned."_s},
                                                    {tr("Business hours"), u"calendar."_s},
                                                    {tr("SLA policies"), u"sla."_s},
                                                    {tr("Automation rules"), u"rule."_s},
                                                    {tr("Configuration"), u"config."_s},
                                                    {tr("Mailboxes"), u"mailbox."_s},
                                                    {tr("Mail templates"), u"mail.template."_s}};
    for (const auto& [label, prefix] : kinds)
        m_action->addItem(label, prefix);
    m_text->setObjectName(u"auditTextEdit"_s);
    m_text->setPlaceholderText(tr("Name, action or value"));
    m_text->setClearButtonEnabled(true);
    auto* apply = new QPushButton(tr("&Show"));
    apply->setObjectName(u"auditApply"_s);
    auto* exportButton = new QPushButton(tr("&Export CSV…"));
    exportButton->setObjectName(u"auditExport"_s);

    // Screen readers know a combo box by its label (see MainWindow), the rest by their names.
    auto* kindLabel = new QLabel(tr("Changes"));
    kindLabel->setBuddy(m_action);
    m_text->setAccessibleName(tr("Find in the log"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_action->setToolTip(tr(
        "Which kind of change the log shows: all, or one kind (logins, users, configuration…)."));
    m_to->setToolTip(tr("The last day shown, year-month-day; \"any\": up to today."));
    m_from->setToolTip(tr("The first day shown, year-month-day; \"any\": from the beginning."));
    auto* filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_text, 1);
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    filters->addWidget(exportButton);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_admin.model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_details->setObjectName(u"auditDetails"_s);
    m_details->setAccessibleName(tr("Changed fields of the chosen entry"));
    m_details->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details->setRootIsDecorated(false);
    m_where->setObjectName(u"auditWhere"_s);
    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_where);
    detailLayout->addWidget(m_details, 1);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(m_extra);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    followBusy(m_admin);
    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showEntry(current.row()); });
    connect(&m_admin, &AuditAdmin::loaded, this, [this] {
        if (!m_table->currentIndex().isValid())
            showEntry(-1);
    });
    connect(&m_admin, &AuditAdmin::exported, this,
            [this](const QString& path) { showStatus(tr("Saved %1.").arg(path), false); });
    connect(&m_admin, &AuditAdmin::exportFailed, this,
            [this](const QString& message) { showStatus(message, true); });
    connect(&m_admin, &AuditAdmin::refused, this, &AuditPage::showRefusal);
    showEntry(-1);
}

void AuditPage::reload()
{
    applyFilter();
}

void AuditPage::showRecord(const QVariant&) { }

void AuditPage::save() { }

void AuditPage::applyFilter()
{
    api::AuditFilter filter;
    filter.action = m_action->currentData().toString();
    filter.text = m_text->text().trimmed();
    if (m_from->date() > NoLimit)
        filter.from = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() > NoLimit)
        filter.to = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_admin.setFilter(filter);
}

void AuditPage::showEntry(int row)
{
    m_details->clear();
    const api::AuditEntry* entry = m_admin.model()->entry(row);
    if (!entry) {
        m_where->setText(tr("Choose an entry to see what it changed."));
        return;
    }
    m_where->setText(
        entry->peer.isEmpty()
            ? tr("%1 by %2").arg(entry->action, entry->actorName)
            : tr("%1 by %2 from %3").arg(entry->action, entry->actorName, entry->peer));
    for (const AuditAdmin::DetailRow& detail : AuditAdmin::detailsOf(*entry))
        m_details->addTopLevelItem(
            new QTreeWidgetItem({detail.field, detail.before, detail.after}));
    m_details->resizeColumnToContents(0);
}

void AuditPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), u"frontline-audit.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    showStatus(tr("Exporting…"), false);
    m_admin.exportTo(path);
}

} // namespace frontline::client::ui
