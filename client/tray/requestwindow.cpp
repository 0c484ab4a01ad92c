#include "requestwindow.h"

#include "api/catalogapi.h"
#include "client/core/catalog/catalogbrowser.h"
#include "client/core/catalog/requestprogress.h"
#include "client/core/directory.h"
#include "client/widgets/catalogicon.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/safetext.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {
namespace {

QString kindText(const QString& kind)
{
    if (kind == u"manager"_s)
        return RequestWindow::tr("Your manager");
    if (kind == u"group"_s)
        return RequestWindow::tr("A team");
    return RequestWindow::tr("An approver");
}

QString shortTime(qint64 at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

RequestWindow::RequestWindow(Session& session, const Directory& directory, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(directory)
    , m_browser(new CatalogBrowser(session, directory.fields(), this))
    , m_progress(new RequestProgress(session, this))
    , m_pages(new QStackedWidget)
    , m_search(new QLineEdit)
    , m_items(new QListWidget)
    , m_more(new QPushButton(tr("Show &more")))
    , m_choose(new QPushButton(tr("&Choose")))
    , m_catalogState(new QLabel)
    , m_itemHeader(new QLabel)
    , m_itemDescription(new QLabel)
    , m_form(new ui::FieldForm(directory.fields(), &session))
    , m_description(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_send(new QPushButton(tr("&Send request")))
    , m_requestHeader(new QLabel)
    , m_steps(new QTreeWidget)
    , m_summary(new QLabel)
{
    setObjectName(u"trayRequest"_s);
    setWindowTitle(tr("Request something"));
    setWindowFlag(Qt::Window);

    // The catalog: search, the items, choose.
    auto* catalog = new QWidget;
    auto* searchLabel = new QLabel(tr("&Search the catalog:"));
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("What do you need? e.g. laptop, access, software"));
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->setAccessibleDescription(tr("Shows the items whose name or description contains "
                                          "what you type"));
    m_search->setClearButtonEnabled(true);
    m_items->setObjectName(u"catalogItems"_s);
    m_items->setAccessibleName(tr("Catalog items"));
    m_items->setAccessibleDescription(tr("What you can request; press Enter to choose one"));
    m_items->setIconSize(QSize(32, 32));
    m_items->setWordWrap(true);
    m_items->setAlternatingRowColors(true);
    m_items->setSpacing(2);
    m_more->setObjectName(u"catalogMore"_s);
    m_more->setAccessibleDescription(tr("Loads the next items of the catalog"));
    m_choose->setObjectName(u"catalogChoose"_s);
    m_choose->setAccessibleDescription(tr("Opens the form of the item chosen"));
    m_choose->setEnabled(false);
    m_catalogState->setObjectName(u"catalogState"_s);
    m_catalogState->setWordWrap(true);
    auto* catalogButtons = new QHBoxLayout;
    catalogButtons->addWidget(m_more);
    catalogButtons->addStretch();
    catalogButtons->addWidget(m_choose);
    auto* catalogLayout = new QVBoxLayout(catalog);
    catalogLayout->addWidget(searchLabel);
    catalogLayout->addWidget(m_search);
    catalogLayout->addWidget(m_items, 1);
    catalogLayout->addWidget(m_catalogState);
    catalogLayout->addLayout(catalogButtons);

    // The form of the item chosen.
    auto* form = new QWidget;
    m_itemHeader->setObjectName(u"itemHeader"_s);
    m_itemHeader->setTextFormat(Qt::PlainText);
    QFont big = m_itemHeader->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_itemHeader->setFont(big);
    m_itemDescription->setObjectName(u"itemDescription"_s);
    m_itemDescription->setTextFormat(Qt::PlainText);
    m_itemDescription->setWordWrap(true);
    m_form->setObjectName(u"requestFields"_s);
    m_description->setObjectName(u"requestDescription"_s);
    m_description->setPlaceholderText(tr("Anything the desk should know (optional)"));
    m_description->setAccessibleName(tr("Your words to the desk"));
    m_description->setAccessibleDescription(tr("Optional: anything the desk should know about "
                                               "this request"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_problem->setObjectName(u"requestProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: palette(highlight); font-weight: bold"_s);
    m_problem->hide();
    auto* back = new QPushButton(tr("&Back to the catalog"));
    back->setObjectName(u"requestBack"_s);
    back->setAccessibleDescription(tr("Leaves this form without sending it"));
    m_send->setObjectName(u"requestSend"_s);
    m_send->setDefault(true);
    m_send->setAccessibleDescription(tr("Sends the request to the desk"));
    auto* descriptionLabel = new QLabel(tr("&Anything else:"));
    descriptionLabel->setBuddy(m_description);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(back);
    formButtons->addStretch();
    formButtons->addWidget(m_send);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(m_itemHeader);
    formLayout->addWidget(m_itemDescription);
    formLayout->addWidget(m_form);
    formLayout->addWidget(descriptionLabel);
    formLayout->addWidget(m_description);
    formLayout->addWidget(m_problem);
    formLayout->addStretch();
    formLayout->addLayout(formButtons);

    // The progress of a request.
    auto* progress = new QWidget;
    m_requestHeader->setObjectName(u"requestHeader"_s);
    m_requestHeader->setTextFormat(Qt::PlainText);
    m_requestHeader->setFont(big);
    m_requestHeader->setWordWrap(true);
    m_steps->setObjectName(u"requestSteps"_s);
    m_steps->setAccessibleName(tr("Progress of the request"));
    m_steps->setAccessibleDescription(tr("The approvals, then the fulfilment tasks in stages, "
                                         "each with its state"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("State")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->setRootIsDecorated(false);
    m_steps->setItemsExpandable(false);
    m_steps->setWordWrap(true);
    m_summary->setObjectName(u"requestSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Where the request stands"));
    auto* another = new QPushButton(tr("Request &something else"));
    another->setObjectName(u"requestAnother"_s);
    another->setAccessibleDescription(tr("Back to the catalog"));
    auto* progressButtons = new QHBoxLayout;
    progressButtons->addStretch();
    progressButtons->addWidget(another);
    auto* progressLayout = new QVBoxLayout(progress);
    progressLayout->addWidget(m_requestHeader);
    progressLayout->addWidget(m_summary);
    progressLayout->addWidget(m_steps, 1);
    progressLayout->addLayout(progressButtons);

    m_pages->addWidget(catalog);
    m_pages->addWidget(form);
    m_pages->addWidget(progress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(520, 560);

    // Searching as the user types, after a short pause.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_browser->search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        m_browser->search(m_search->text());
    });
    connect(m_browser, &CatalogBrowser::itemsChanged, this, &RequestWindow::fillItems);
    connect(m_more, &QPushButton::clicked, m_browser, &CatalogBrowser::fetchMore);
    connect(m_items, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { m_choose->setEnabled(item != nullptr); });
    const auto chooseCurrent = [this] {
        if (QListWidgetItem* item = m_items->currentItem())
            openItem(item->data(ui::CatalogItemIdRole).toLongLong());
    };
    connect(m_choose, &QPushButton::clicked, this, chooseCurrent);
    connect(m_items, &QListWidget::itemActivated, this, chooseCurrent);
    connect(m_browser, &CatalogBrowser::opened, this, &RequestWindow::showItem);
    connect(back, &QPushButton::clicked, this, &RequestWindow::showCatalog);
    connect(m_send, &QPushButton::clicked, this, &RequestWindow::send);
    connect(m_browser, &CatalogBrowser::problemsFound, this,
            [this](const QHash<QString, QString>& problems) { m_form->showProblems(problems); });
    connect(m_browser, &CatalogBrowser::failed, this,
            [this](const QString& message, const QString&) {
                m_send->setEnabled(true);
                if (page() == Page::Catalog)
                    m_catalogState->setText(message);
                else
                    showProblem(message);
            });
    connect(m_browser, &CatalogBrowser::requested, this, [this](const Ticket& request) {
        m_send->setEnabled(true);
        showProgress(request.id);
    });
    connect(m_progress, &RequestProgress::changed, this, &RequestWindow::fillProgress);
    connect(m_progress, &RequestProgress::failed, m_summary, &QLabel::setText);
    connect(another, &QPushButton::clicked, this, &RequestWindow::showCatalog);
    connect(m_form, &ui::FieldForm::edited, this, [this] { m_problem->hide(); });

    m_browser->search({});
}

RequestWindow::~RequestWindow() = default;

RequestWindow::Page RequestWindow::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void RequestWindow::showCatalog()
{
    m_pages->setCurrentIndex(int(Page::Catalog));
    setWindowTitle(tr("Request something"));
    m_search->setFocus();
}

void RequestWindow::fillItems()
{
    ui::fillCatalogList(m_items, *m_browser, m_catalogState, m_more,
                        tr("There is nothing you can request here yet."));
}

void RequestWindow::openItem(qint64 itemId)
{
    m_browser->open(itemId);
}

void RequestWindow::showItem(const api::CatalogItem& item)
{
    m_itemHeader->setText(item.name);
    m_itemHeader->setAccessibleName(item.name);
    m_itemDescription->setText(item.description);
    m_itemDescription->setVisible(!item.description.isEmpty());
    m_form->setFields(m_browser->formFields(item));
    m_form->clearProblems();
    m_description->clear();
    m_problem->hide();
    m_send->setEnabled(true);
    m_pages->setCurrentIndex(int(Page::Form));
    setWindowTitle(tr("Request: %1").arg(item.name));
    if (!m_form->isEmpty())
        m_form->setFocus();
    else
        m_description->setFocus();
}

void RequestWindow::send()
{
    m_problem->hide();
    m_form->clearProblems();
    // Checked here first with the shared rules: the first field with a problem is named and
    // takes the focus.
    const auto problems = m_browser->problems(m_form->values());
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        showProblem(m_form->firstProblem(problems));
        return;
    }
    if (m_browser->submit(m_form->values(), m_description->toPlainText()))
        m_send->setEnabled(false);
}

void RequestWindow::showProblem(const QString& text)
{
    ui::setPlainText(m_problem, text);
    m_problem->setAccessibleName(text);
    m_problem->show();
}

void RequestWindow::showProgress(qint64 requestId)
{
    m_pages->setCurrentIndex(int(Page::Progress));
    setWindowTitle(tr("Your request"));
    m_progress->setRequest(requestId);
    fillProgress();
}

QString RequestWindow::stepStateText(const QString& state)
{
    if (state == u"waiting"_s)
        return tr("Waiting for a decision");
    if (state == u"approved"_s)
        return tr("Approved");
    if (state == u"rejected"_s)
        return tr("Rejected");
    if (state == u"skipped"_s)
        return tr("Not needed");
    return tr("Not yet started");
}

void RequestWindow::fillProgress()
{
    m_steps->clear();
    const auto& request = m_progress->request();
    if (!request) {
        m_requestHeader->setText(tr("Loading the request…"));
        m_summary->clear();
        return;
    }
    m_requestHeader->setText(u"#%1 %2"_s.arg(request->id).arg(request->title));

    const auto& steps = m_progress->approvals();
    if (!steps.isEmpty()) {
        auto* approvals = new QTreeWidgetItem(m_steps, {tr("Approval")});
        QFont bold = approvals->font(0);
        bold.setBold(true);
        approvals->setFont(0, bold);
        for (const api::ApprovalProgressStep& step : steps) {
            QString who = kindText(step.kind);
            if (!step.approvers.isEmpty())
                who = tr("%1: %2").arg(who, step.approvers.join(tr(", ")));
            QString state = stepStateText(step.state);
            if (step.decidedAt)
                state = tr("%1 on %2").arg(state, shortTime(*step.decidedAt));
            if (!step.comment.isEmpty())
                state = tr("%1 — “%2”").arg(state, step.comment);
            auto* row = new QTreeWidgetItem(approvals, {who, state});
            row->setToolTip(1, state);
        }
    }
    const QList<TicketTask> tasks = m_progress->tasks();
    for (int stage : m_progress->stages()) {
        auto* header = new QTreeWidgetItem(m_steps, {tr("Stage %1").arg(stage)});
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        for (const TicketTask& task : tasks) {
            if (task.stage != stage)
                continue;
            QString state = m_directory.workflow().stateLabel(TicketType::Task, task.status);
            if (task.group)
                state = tr("%1 · %2").arg(state, task.group->name);
            new QTreeWidgetItem(header, {task.title, state});
        }
    }
    m_steps->expandAll();

    const QString status = m_directory.workflow().stateLabel(request->type, request->status);
    const QString chain = m_progress->approvalState();
    int done = 0;
    for (const TicketTask& task : tasks)
        done += task.open ? 0 : 1;
    QString summary;
    if (m_progress->isDone())
        summary = tr("Your request is done (%1).").arg(status);
    else if (chain == u"rejected"_s)
        summary = tr("Your request was not approved.");
    else if (chain == u"waiting"_s)
        summary = tr("Waiting for approval.");
    else if (tasks.isEmpty())
        summary = tr("Your request is with the desk (%1).").arg(status);
    else
        summary =
            tr("Being fulfilled: %1 of %n task(s) done.", nullptr, int(tasks.size())).arg(done);
    m_summary->setText(summary);
}

QStringList RequestWindow::progressLines() const
{
    QStringList lines;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_steps->topLevelItem(i);
        lines.append(top->text(0));
        for (int j = 0; j < top->childCount(); ++j)
            lines.append(u"  %1: %2"_s.arg(top->child(j)->text(0), top->child(j)->text(1)));
    }
    return lines;
}

} // namespace frontline::client::tray
