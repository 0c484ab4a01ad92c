#include "cibrowserwindow.h"

#include "client/app/cmdb/cidetailspanel.h"
#include "client/app/cmdb/cieditdialog.h"
#include "client/app/cmdb/cigraphview.h"
#include "client/app/cmdb/ciimpactpanel.h"
#include "client/app/cmdb/ciimportdialog.h"
#include "client/core/cmdb/cibrowser.h"
#include "client/core/cmdb/cieditor.h"
#include "client/core/cmdb/cilistmodel.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CiBrowserWindow::CiBrowserWindow(CiBrowser& browser, CiEditor& editor, FieldCatalogue& fields,
                                 QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(browser)
    , m_editor(editor)
    , m_fields(fields)
    , m_search(new QLineEdit)
    , m_classFilter(new QComboBox)
    , m_statusFilter(new QComboBox)
    , m_list(new QTreeView)
    , m_details(new CiDetailsPanel)
    , m_tabs(new QTabWidget)
    , m_graph(new CiGraphView)
    , m_impact(new CiImpactPanel)
    , m_graphStatus(plainLabel())
    , m_message(plainLabel())
    , m_new(new QPushButton(tr("&New CI…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_relate(new QPushButton(tr("&Relate…")))
    , m_unrelate(new QPushButton(tr("Remove re&lation")))
    , m_import(new QPushButton(tr("&Import CSV…")))
    , m_change(new QPushButton(tr("Plan a c&hange…")))
    , m_outage(new QPushButton(tr("Announce an &outage…")))
    , m_typing(new QTimer(this))
{
    setObjectName(u"ciBrowserWindow"_s);
    setWindowTitle(tr("Configuration items"));
    m_search->setObjectName(u"ciSearchEdit"_s);
    m_search->setPlaceholderText(tr("Name, host name, serial or attribute"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search configuration items"));
    m_classFilter->setObjectName(u"ciClassFilter"_s);
    m_classFilter->addItem(tr("All classes"), QString());
    m_statusFilter->setObjectName(u"ciStatusFilter"_s);
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString& status : api::ciStatusNames())
        m_statusFilter->addItem(CiListModel::statusLabel(status), status);
    m_list->setObjectName(u"ciList"_s);
    m_list->setAccessibleName(tr("Configuration items"));
    m_list->setRootIsDecorated(false);
    m_list->setModel(&browser.list());
    m_list->header()->setSectionResizeMode(CiListModel::Name, QHeaderView::Stretch);
    m_graphStatus->setObjectName(u"ciGraphStatus"_s);
    m_message->setObjectName(u"ciBrowserMessage"_s);
    m_message->setWordWrap(true);
    m_tabs->setObjectName(u"ciTabs"_s);
    m_tabs->addTab(m_graph, tr("&Graph"));
    auto* impactTab = new QWidget;
    auto* impactLayout = new QVBoxLayout(impactTab);
    impactLayout->setContentsMargins(0, 0, 0, 0);
    impactLayout->addWidget(m_impact, 1);
    impactLayout->addWidget(m_outage, 0, Qt::AlignRight);
    m_tabs->addTab(impactTab, tr("Im&pact"));
    m_new->setObjectName(u"newCiButton"_s);
    m_edit->setObjectName(u"editCiButton"_s);
    m_relate->setObjectName(u"relateCiButton"_s);
    m_unrelate->setObjectName(u"unrelateCiButton"_s);
    m_import->setObjectName(u"importCiButton"_s);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_classFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_details);
    right->addWidget(m_tabs);
    right->setStretchFactor(1, 2);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 1000});
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_edit, m_relate, m_unrelate, m_import})
        buttons->addWidget(button);
    buttons->addWidget(m_change);
    buttons->addStretch(1);
    buttons->addWidget(m_graphStatus);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    resize(1360, 820);
    m_message->hide();
    m_search->setFocus();

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &CiBrowserWindow::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CiBrowserWindow::runSearch);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &CiBrowserWindow::runSearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CiBrowserWindow::runSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const qint64 id = index.isValid() ? m_browser.list().ci(index.row()).id : 0;
                if (id && id != m_browser.centreId())
                    m_browser.select(id);
            });
    connect(&browser, &CiBrowser::classesChanged, this, [this] {
        const QString chosen = m_classFilter->currentData().toString();
        const QSignalBlocker block(m_classFilter);
        while (m_classFilter->count() > 1)
            m_classFilter->removeItem(1);
        for (const api::CiClass& item : m_browser.classes())
            m_classFilter->addItem(item.label, item.name);
        m_classFilter->setCurrentIndex(qMax(0, m_classFilter->findData(chosen)));
        showCurrent();
    });
    connect(&browser, &CiBrowser::listed, this, [this] {
        // Keep the CI shown chosen in the list; else choose the first of a search's answer.
        const CiListModel& list = m_browser.list();
        if (m_list->currentIndex().isValid() || list.rowCount() == 0)
            return;
        const int shown = list.rowOf(m_browser.centreId());
        if (shown >= 0)
            m_list->setCurrentIndex(list.index(shown, 0));
        else if (!m_browser.centreId() || !m_search->text().trimmed().isEmpty())
            m_list->setCurrentIndex(list.index(0, 0));
    });
    connect(&browser, &CiBrowser::currentChanged, this, &CiBrowserWindow::showCurrent);
    connect(&browser, &CiBrowser::graphChanged, this, &CiBrowserWindow::showGraph);
    connect(&browser, &CiBrowser::impactChanged, this, &CiBrowserWindow::showImpact);
    connect(&browser, &CiBrowser::failed, this, [this](const QString& message) {
        setPlainText(m_message, message);
        m_message->show();
    });
    connect(m_details, &CiDetailsPanel::openCiRequested, this, &CiBrowserWindow::openCi);
    connect(m_impact, &CiImpactPanel::openCiRequested, this, &CiBrowserWindow::openCi);
    connect(m_graph, &CiGraphView::nodeSelected, this, [this](const QString& key) {
        const api::CiNode& node = m_browser.graph().node(key);
        setPlainText(m_graphStatus, tr("Chosen: %1 — double-click to centre it").arg(node.name));
    });
    connect(m_graph, &CiGraphView::recentreRequested, this, [this](const QString& key) {
        const api::CiNode& node = m_browser.graph().node(key);
        if (node.kind == u"ci"_s)
            openCi(node.id);
    });
    connect(m_details->relations(), &QTreeWidget::currentItemChanged, this,
            &CiBrowserWindow::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &CiBrowserWindow::newCi);
    connect(m_edit, &QPushButton::clicked, this, &CiBrowserWindow::editCi);
    connect(m_relate, &QPushButton::clicked, this, &CiBrowserWindow::relateCi);
    connect(m_unrelate, &QPushButton::clicked, this, &CiBrowserWindow::unrelateChosen);
    connect(m_import, &QPushButton::clicked, this, &CiBrowserWindow::importCis);
    m_change->setObjectName(u"ciPlanChange"_s);
    m_change->setAccessibleDescription(tr("Opens a new change with this configuration item "
                                          "affected"));
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (const auto& ci = m_browser.current())
            Q_EMIT changeRequested({u"ci"_s, ci->id, ci->name, ci->ciClass, ci->status});
    });
    m_outage->setObjectName(u"ciAnnounceOutage"_s);
    m_outage->setAccessibleDescription(tr("Announces an outage to the users of the services "
                                          "that depend on this configuration item"));
    connect(m_outage, &QPushButton::clicked, this, [this] {
        if (const auto& ci = m_browser.current())
            Q_EMIT outageRequested({u"ci"_s, ci->id, ci->name, ci->ciClass, ci->status});
    });
    connect(&editor, &CiEditor::saved, this, [this](const api::Ci& ci) {
        m_message->hide();
        m_browser.showCi(ci);
    });
    for (QPushButton* button : {m_new, m_edit, m_relate, m_unrelate, m_import})
        button->setVisible(browser.canEdit());
    updateButtons();
    browser.loadClasses();
    runSearch();
}

void CiBrowserWindow::runSearch()
{
    m_typing->stop();
    m_browser.search(m_search->text(), m_classFilter->currentData().toString(),
                     m_statusFilter->currentData().toString());
}

void CiBrowserWindow::openCi(qint64 id)
{
    const int row = m_browser.list().rowOf(id);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        m_list->setCurrentIndex(m_browser.list().index(row, 0)); // selects it
        return;
    }
    m_browser.select(id);
}

void CiBrowserWindow::showImpactTab()
{
    m_tabs->setCurrentWidget(m_impact->parentWidget());
}

void CiBrowserWindow::showCurrent()
{
    const auto& current = m_browser.current();
    if (!current || current->id != m_browser.centreId()) {
        if (!m_browser.centreId())
            m_details->clear();
    } else {
        m_details->showCi(*current, m_browser.ciClass(current->ciClass));
    }
    updateButtons();
}

void CiBrowserWindow::showGraph()
{
    m_graph->showGraph(m_browser.graph(), CiGraph::ciKey(m_browser.centreId()));
    setPlainText(m_graphStatus,
                 m_browser.isGraphLoading()
                     ? tr("Reading the relationships…")
                     : tr("%n node(s)", nullptr, int(m_graph->layout().nodes.size())));
    showImpact();
}

void CiBrowserWindow::showImpact()
{
    const auto& impact = m_browser.impact();
    if (!impact || impact->ci.id != m_browser.centreId()) {
        m_impact->clear();
        m_graph->setImpacted({});
        return;
    }
    m_impact->showImpact(*impact);
    QSet<QString> keys;
    for (const auto* list : {&impact->cis, &impact->users, &impact->organisations})
        for (const api::CiNode& node : *list)
            keys.insert(CiGraph::keyOf(node));
    m_graph->setImpacted(keys);
}

void CiBrowserWindow::updateButtons()
{
    const bool chosen = m_browser.current().has_value();
    m_edit->setEnabled(chosen);
    m_relate->setEnabled(chosen);
    m_change->setEnabled(chosen);
    m_outage->setEnabled(chosen);
    m_unrelate->setEnabled(chosen && m_details->chosenOutgoing().has_value());
}

void CiBrowserWindow::newCi()
{
    auto* dialog = new CiEditDialog(m_editor, m_fields, m_browser.classes(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CiBrowserWindow::editCi()
{
    if (!m_browser.current())
        return;
    auto* dialog =
        new CiEditDialog(m_editor, m_fields, m_browser.classes(), m_browser.current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CiBrowserWindow::relateCi()
{
    if (!m_browser.current())
        return;
    auto* dialog = new CiRelateDialog(m_editor, *m_browser.current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CiBrowserWindow::unrelateChosen()
{
    const auto relation = m_details->chosenOutgoing();
    if (!m_browser.current() || !relation)
        return;
    m_editor.unrelate(m_browser.current()->id, relation->type, relation->other.kind,
                      relation->other.id);
}

void CiBrowserWindow::importCis()
{
    auto* dialog = new CiImportDialog(m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CiImportDialog::importedCis, this, &CiBrowserWindow::runSearch);
    dialog->open();
}

} // namespace frontline::client::ui
