#include "callerrequestdialog.h"

#include "api/catalogapi.h"
#include "client/core/catalog/catalogbrowser.h"
#include "client/core/directory.h"
#include "client/widgets/catalogicon.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/safetext.h"
#include "client/widgets/userpicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CallerRequestDialog::CallerRequestDialog(Session& session, const Directory& directory,
                                         QWidget* parent)
    : QDialog(parent)
    , m_browser(new CatalogBrowser(session, directory.fields(), this))
    , m_caller(new UserPicker(session))
    , m_callerState(new QLabel)
    , m_search(new QLineEdit)
    , m_items(new QListWidget)
    , m_more(new QPushButton(tr("Show &more")))
    , m_catalogState(new QLabel)
    , m_itemHeader(new QLabel)
    , m_itemDescription(new QLabel)
    , m_form(new FieldForm(directory.fields(), &session))
    , m_description(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_file(new QPushButton(tr("&File request")))
{
    setObjectName(u"callerRequestDialog"_s);
    setWindowTitle(tr("Service request for a caller"));

    m_caller->setObjectName(u"callerEdit"_s);
    m_caller->setPlaceholderText(tr("Type the caller's name or address"));
    m_caller->setAccessibleName(tr("Caller"));
    m_caller->setAccessibleDescription(tr("The person the request is for: it is filed as theirs, "
                                          "and the catalog shows what they may request"));
    m_callerState->setObjectName(u"callerState"_s);
    m_callerState->setWordWrap(true);
    auto* callerRow = new QFormLayout;
    callerRow->addRow(tr("&Caller:"), m_caller);
    callerRow->addRow(QString(), m_callerState);

    // The catalog as the caller sees it.
    auto* catalog = new QWidget;
    auto* searchLabel = new QLabel(tr("&Search the catalog:"));
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("e.g. laptop, access, software"));
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->setAccessibleDescription(tr("Shows the items whose name or description contains "
                                          "what you type"));
    m_search->setClearButtonEnabled(true);
    m_items->setObjectName(u"catalogItems"_s);
    m_items->setAccessibleName(tr("Catalog items"));
    m_items->setAccessibleDescription(tr("What the caller may request; choose one to see its "
                                         "form"));
    m_items->setIconSize(QSize(32, 32));
    m_items->setWordWrap(true);
    m_items->setAlternatingRowColors(true);
    m_more->setObjectName(u"catalogMore"_s);
    m_more->setAccessibleDescription(tr("Loads the next items of the catalog"));
    m_catalogState->setObjectName(u"catalogState"_s);
    m_catalogState->setWordWrap(true);
    auto* catalogLayout = new QVBoxLayout(catalog);
    catalogLayout->setContentsMargins(0, 0, 0, 0);
    catalogLayout->addWidget(searchLabel);
    catalogLayout->addWidget(m_search);
    catalogLayout->addWidget(m_items, 1);
    catalogLayout->addWidget(m_catalogState);
    catalogLayout->addWidget(m_more);

    // The chosen item's form.
    auto* form = new QWidget;
    m_itemHeader->setObjectName(u"itemHeader"_s);
    m_itemHeader->setTextFormat(Qt::PlainText);
    QFont big = m_itemHeader->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_itemHeader->setFont(big);
    m_itemHeader->setText(tr("Choose an item from the catalog"));
    m_itemDescription->setObjectName(u"itemDescription"_s);
    m_itemDescription->setTextFormat(Qt::PlainText);
    m_itemDescription->setWordWrap(true);
    m_form->setObjectName(u"requestFields"_s);
    m_description->setObjectName(u"requestDescription"_s);
    m_description->setPlaceholderText(tr("What the caller said (optional)"));
    m_description->setAccessibleName(tr("The caller's words"));
    m_description->setAccessibleDescription(tr("Optional: what the caller said about this "
                                               "request"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_problem->setObjectName(u"requestProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: palette(highlight); font-weight: bold"_s);
    m_problem->hide();
    auto* descriptionLabel = new QLabel(tr("&Notes:"));
    descriptionLabel->setBuddy(m_description);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_itemHeader);
    formLayout->addWidget(m_itemDescription);
    formLayout->addWidget(m_form);
    formLayout->addWidget(descriptionLabel);
    formLayout->addWidget(m_description);
    formLayout->addWidget(m_problem);
    formLayout->addStretch();

    auto* splitter = new QSplitter;
    splitter->addWidget(catalog);
    splitter->addWidget(form);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_file->setObjectName(u"requestFile"_s);
    m_file->setDefault(true);
    m_file->setEnabled(false);
    m_file->setAccessibleDescription(tr("Files the request as the caller's"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_file, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QPushButton::clicked, this, &CallerRequestDialog::file);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(callerRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    // Searching as the agent types, after a short pause; the caller likewise.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_browser->search(m_search->text()); });
    connect(m_caller, &QLineEdit::textChanged, this, &CallerRequestDialog::callerEdited);
    connect(m_browser, &CatalogBrowser::itemsChanged, this, &CallerRequestDialog::fillItems);
    connect(m_more, &QPushButton::clicked, m_browser, &CatalogBrowser::fetchMore);
    connect(m_items, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            openItem(item->data(CatalogItemIdRole).toLongLong());
    });
    connect(m_browser, &CatalogBrowser::opened, this, &CallerRequestDialog::showItem);
    connect(m_browser, &CatalogBrowser::problemsFound, this,
            [this](const QHash<QString, QString>& problems) { m_form->showProblems(problems); });
    connect(m_browser, &CatalogBrowser::failed, this,
            [this](const QString& message, const QString& field) {
                m_file->setEnabled(m_browser->current().has_value());
                if (!field.isEmpty())
                    m_form->showProblems({{field, message}});
                showProblem(message);
            });
    connect(m_browser, &CatalogBrowser::requested, this, [this](const Ticket& request) {
        Q_EMIT filed(request.id);
        accept();
    });
    connect(m_form, &FieldForm::edited, this, [this] { m_problem->hide(); });

    callerEdited();
}

CallerRequestDialog::~CallerRequestDialog() = default;

void CallerRequestDialog::chooseCaller(qint64 userId, const QString& name)
{
    m_caller->setUser(userId, name);
}

void CallerRequestDialog::callerEdited()
{
    const std::optional<qint64> caller = m_caller->userId();
    if (caller) {
        m_callerState->setText(tr("The catalog shows what %1 may request.").arg(m_caller->text()));
    } else {
        m_callerState->setText(m_caller->text().trimmed().isEmpty()
                                   ? tr("Choose the caller first: the catalog depends on who "
                                        "they are.")
                                   : tr("Pick the caller from the suggestions."));
    }
    if (caller == m_shownCaller)
        return;
    m_shownCaller = caller;
    m_items->clear();
    m_form->setFields({});
    m_itemHeader->setText(tr("Choose an item from the catalog"));
    m_itemDescription->hide();
    m_file->setEnabled(false);
    m_problem->hide();
    if (caller)
        m_browser->setRequester(caller);
    else
        fillItems();
}

void CallerRequestDialog::fillItems()
{
    const QSignalBlocker quiet(m_items);
    if (!m_shownCaller) {
        m_items->clear();
        m_catalogState->clear();
        m_more->hide();
        return;
    }
    fillCatalogList(m_items, *m_browser, m_catalogState, m_more,
                    tr("There is nothing this caller can request."));
}

void CallerRequestDialog::openItem(qint64 itemId)
{
    m_browser->open(itemId);
}

void CallerRequestDialog::showItem(const api::CatalogItem& item)
{
    m_itemHeader->setText(item.name);
    m_itemHeader->setAccessibleName(item.name);
    m_itemDescription->setText(item.description);
    m_itemDescription->setVisible(!item.description.isEmpty());
    m_form->setFields(m_browser->formFields(item));
    m_form->clearProblems();
    m_problem->hide();
    m_file->setEnabled(m_shownCaller.has_value());
}

void CallerRequestDialog::file()
{
    m_problem->hide();
    m_form->clearProblems();
    if (!m_shownCaller) {
        showProblem(tr("Choose the caller first."));
        m_caller->setFocus();
        return;
    }
    if (!m_browser->current()) {
        showProblem(tr("Choose what the caller needs from the catalog."));
        return;
    }
    // Checked here first with the shared rules: the first field with a problem is named and
    // takes the focus.
    const auto problems = m_browser->problems(m_form->values());
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        showProblem(m_form->firstProblem(problems));
        return;
    }
    if (m_browser->submit(m_form->values(), m_description->toPlainText()))
        m_file->setEnabled(false);
}

void CallerRequestDialog::showProblem(const QString& text)
{
    setPlainText(m_problem, text);
    m_problem->setAccessibleName(text);
    m_problem->show();
}

} // namespace frontline::client::ui
