#include "webhookspage.h"

#include "api/webhookapi.h"
#include "client/core/admin/webhookadmin.h"
#include "client/widgets/safetext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QString webhookEventLabel(const QString& event)
{
    if (event == u"ticket.created"_s)
        return QObject::tr("Ticket created");
    if (event == u"ticket.changed"_s)
        return QObject::tr("Ticket changed");
    if (event == u"ticket.commented"_s)
        return QObject::tr("Ticket commented");
    return event;
}

} // namespace

WebhooksPage::WebhooksPage(WebhookAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_url(new QLineEdit)
    , m_allEvents(new QCheckBox(tr("&All events, also those added later")))
    , m_active(new QCheckBox(tr("A&ctive")))
    , m_health(plainLabel())
    , m_secretRow(new QWidget)
    , m_secret(new QLineEdit)
    , m_copySecret(new QPushButton(tr("Cop&y")))
    , m_test(new QPushButton(tr("Send &test")))
    , m_deliveries(new QTableView)
    , m_redeliver(new QPushButton(tr("&Redeliver")))
    , m_refresh(new QPushButton(tr("Re&fresh")))
{
    setObjectName(u"webhooksPage"_s);
    m_url->setObjectName(u"webhookUrlEdit"_s);
    m_allEvents->setObjectName(u"webhookAllEventsCheck"_s);
    m_active->setObjectName(u"webhookActiveCheck"_s);
    m_health->setObjectName(u"webhookHealthLabel"_s);
    m_secret->setObjectName(u"webhookSecretEdit"_s);
    m_copySecret->setObjectName(u"webhookCopySecretButton"_s);
    m_test->setObjectName(u"webhookTestButton"_s);
    m_deliveries->setObjectName(u"webhookDeliveriesTable"_s);
    m_redeliver->setObjectName(u"webhookRedeliverButton"_s);
    m_refresh->setObjectName(u"webhookRefreshButton"_s);
    m_url->setPlaceholderText(tr("https://hooks.example.com/frontline"));
    m_health->setWordWrap(true);
    m_secret->setReadOnly(true);
    // Screen readers: the secret sits in a row widget (no label buddy reaches it) and an item
    // view ignores buddies, so both are named here.
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setAccessibleDescription(tr("Shown once, when the webhook is created"));
    m_deliveries->setAccessibleName(tr("Delivery log"));

    auto* events = new QWidget;
    auto* eventsLayout = new QVBoxLayout(events);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_allEvents);
    m_allEvents->setToolTip(
        tr("Checked: the hook gets every event, also kinds added in later versions."));
    for (const QString& name : WebhookAdmin::eventNames()) {
        auto* box = new QCheckBox(webhookEventLabel(name));
        box->setObjectName(u"webhookEvent_"_s + QString(name).replace(u'.', u'_'));
        box->setToolTip(name);
        m_events.insert(name, box);
        eventsLayout->addWidget(box);
        connect(m_allEvents, &QCheckBox::toggled, box, &QWidget::setDisabled);
    }
    auto* secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_copySecret);
    m_form->addRow(tr("&URL"), m_url);
    m_form->addRow(tr("Events"), events);
    m_form->addRow(QString(), m_active);
    m_active->setToolTip(
        tr("Checked: events are delivered to this hook; unchecked: they are not, and not kept."));
    m_form->addRow(QString(), m_health);
    m_form->addRow(tr("Secret"), m_secretRow);
    notAnEdit(m_secretRow);

    m_deliveries->setModel(m_admin.deliveries());
    m_deliveries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliveries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->verticalHeader()->hide();
    m_deliveries->horizontalHeader()->setStretchLastSection(true);
    m_deliveries->setWordWrap(false);
    auto* hookButtons = new QHBoxLayout;
    hookButtons->addWidget(m_test);
    hookButtons->addStretch(1);
    auto* logButtons = new QHBoxLayout;
    logButtons->addWidget(m_refresh);
    logButtons->addStretch(1);
    logButtons->addWidget(m_redeliver);
    auto* layout = new QVBoxLayout(m_extra);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(hookButtons);
    layout->addWidget(plainLabel(tr("Deliveries")));
    layout->addWidget(m_deliveries, 1);
    layout->addLayout(logButtons);

    followBusy(m_admin);
    connect(&m_admin, &WebhookAdmin::loaded, this, &WebhooksPage::listHooks);
    connect(&m_admin, &WebhookAdmin::created, this, [this](const api::WebhookCreated& created) {
        m_currentId = created.webhook.id;
        showHook(created.webhook);
        m_secret->setText(created.secret);
        m_secretRow->setEnabled(true);
        showStatus(tr("Webhook created. Copy its secret now: it is not shown again."), false);
    });
    connect(&m_admin, &WebhookAdmin::saved, this, [this](const api::WebhookInfo& hook) {
        m_currentId = hook.id;
        markEditorSaved();
        updateButtons();
        showStatus(tr("Saved."), false);
    });
    connect(&m_admin, &WebhookAdmin::removed, this, [this] {
        m_currentId = 0;
        showHook(std::nullopt);
        showStatus(tr("Webhook deleted."), false);
    });
    connect(&m_admin, &WebhookAdmin::testQueued, this,
            [this] { showStatus(tr("A test delivery (ping) is on its way."), false); });
    connect(&m_admin, &WebhookAdmin::redelivered, this, [this] {
        showStatus(tr("The event is delivered again, under a new delivery id."), false);
    });
    connect(&m_admin, &WebhookAdmin::deliveriesLoaded, this, &WebhooksPage::updateButtons);
    connect(&m_admin, &WebhookAdmin::refused, this, &WebhooksPage::showProblem);
    connect(m_deliveries->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhooksPage::updateButtons);
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        showStatus(tr("The secret is on the clipboard."), false);
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_currentId)
            m_admin.sendTest(m_currentId);
    });
    offerDelete(tr("De&lete"));
    connect(m_redeliver, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedDelivery())
            m_admin.redeliver(id);
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_admin.reload();
        m_admin.loadDeliveries(m_currentId);
    });
    showHook(std::nullopt);
}

void WebhooksPage::reload()
{
    m_admin.reload();
}

QString WebhooksPage::shownSecret() const
{
    return m_secret->text();
}

void WebhooksPage::listHooks()
{
    QList<AdminRow> rows;
    for (const api::WebhookInfo& hook : m_admin.hooks())
        rows.append({hook.id, hook.active ? hook.url : tr("%1 (off)").arg(hook.url)});
    fillRows(m_list, rows, m_currentId);
    if (hasUnsavedEdits())
        return;
    const QString secret = m_secret->text(); // a refresh keeps the secret just shown
    showHook(m_admin.hook(m_currentId));
    m_secret->setText(secret);
    m_secretRow->setEnabled(!secret.isEmpty());
}

void WebhooksPage::showRecord(const QVariant& record)
{
    showHook(m_admin.hook(record.toLongLong()));
}

void WebhooksPage::showHook(const std::optional<api::WebhookInfo>& shown)
{
    m_mark.clear();
    const bool known = shown.has_value();
    const api::WebhookInfo hook = shown.value_or(api::WebhookInfo());
    const bool changed = hook.id != m_admin.deliveriesOf();
    m_currentId = hook.id;
    m_url->setText(hook.url);
    const bool all = hook.events.contains(QString(api::WebhookAllEvents));
    m_allEvents->setChecked(all);
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        it.value()->setChecked(!all && hook.events.contains(it.key()));
    m_active->setChecked(hook.active);
    if (!known)
        setPlainText(m_health, tr("A secret is made for a new hook and shown once."));
    else if (!hook.active && !hook.disabledReason.isEmpty())
        setPlainText(m_health, tr("Turned off by the server: %1").arg(hook.disabledReason));
    else if (hook.failures > 0)
        setPlainText(m_health, tr("%n failed attempt(s) in a row.", nullptr, hook.failures));
    else
        setPlainText(m_health, tr("%n delivery(ies) waiting.", nullptr, hook.backlog));
    m_secret->clear();
    m_secretRow->setEnabled(false);
    if (changed)
        m_admin.loadDeliveries(hook.id);
    updateButtons();
    markEditorClean();
}

QStringList WebhooksPage::checkedEvents() const
{
    if (m_allEvents->isChecked())
        return {QString(api::WebhookAllEvents)};
    QStringList events;
    for (const QString& name : WebhookAdmin::eventNames()) {
        if (m_events.value(name)->isChecked())
            events << name;
    }
    return events;
}

void WebhooksPage::save()
{
    m_mark.clear();
    api::WebhookFields fields;
    fields.url = m_url->text().trimmed();
    fields.events = checkedEvents();
    fields.active = m_active->isChecked();
    if (!m_currentId) {
        m_admin.create(api::WebhookCreateParams {fields});
        return;
    }
    m_admin.update(api::WebhookUpdateParams {m_currentId, fields});
}

void WebhooksPage::showProblem(const QString& field, const QString& message)
{
    showRefusal(field, message);
    if (field == u"url"_s)
        m_mark.show(m_url);
    else if (field == u"events"_s)
        m_mark.show(m_allEvents);
}

qint64 WebhooksPage::selectedDelivery() const
{
    const QModelIndexList rows = m_deliveries->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(WebhookDeliveryModel::IdRole).toLongLong();
}

QString WebhooksPage::deleteQuestion() const
{
    const auto hook = m_admin.hook(m_currentId);
    return hook ? tr("Delete the webhook to %1? Nothing more is sent to it, and its delivery log "
                     "is deleted.")
                      .arg(hook->url)
                : QString();
}

void WebhooksPage::removeRecord()
{
    if (m_currentId != 0)
        m_admin.remove(m_currentId);
}

void WebhooksPage::updateButtons()
{
    m_test->setEnabled(m_currentId != 0);
    setDeletable(m_currentId != 0);
    m_redeliver->setEnabled(selectedDelivery() != 0);
}

} // namespace frontline::client::ui
