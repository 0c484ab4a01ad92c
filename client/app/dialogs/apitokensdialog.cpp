#include "apitokensdialog.h"

#include "client/core/account/apitokens.h"
#include "client/core/timetext.h"
#include "client/widgets/safetext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ApiTokensDialog::ApiTokensDialog(ApiTokens& tokens, QWidget* parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_list(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_expires(new QCheckBox(tr("&Expires"), this))
    , m_expiresAt(new QDateTimeEdit(QDateTime::currentDateTime().addDays(90), this))
    , m_create(new QPushButton(tr("&Create token"), this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
    , m_secret(new QLineEdit(this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("API tokens"));
    m_list->setObjectName(u"tokenList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("API tokens"));
    m_list->setHeaderLabels(
        {tr("Name"), tr("Scopes"), tr("Owner"), tr("Expires"), tr("Last used"), tr("From")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setToolTip(tr("A name that says what the token is for, such as the script using it"));
    m_scopes->setObjectName(u"scopesLineEdit"_s);
    m_scopes->setPlaceholderText(tr("e.g. ticket. or agent"));
    m_scopes->setToolTip(tr("Role names (requester, agent, manager, admin) and method prefixes "
                            "such as ticket., separated by commas"));
    m_expiresAt->setCalendarPopup(true);
    m_expires->setToolTip(tr("Whether the token stops working at the date and time beside it"));
    m_expiresAt->setAccessibleName(tr("Expiry date"));
    m_expiresAt->setToolTip(tr("When the token stops working"));
    m_expiresAt->setEnabled(false);
    m_create->setObjectName(u"createButton"_s);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_secret->setObjectName(u"secretLineEdit"_s);
    m_secret->setReadOnly(true);
    m_secret->setAccessibleName(tr("New secret"));
    m_secret->setToolTip(tr("The new token's secret: copy it now, it is not shown again"));
    m_copy->setObjectName(u"copyButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Scopes"), m_scopes);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresAt, 1);
    form->addRow(expiry);
    form->addRow(QString(), m_create);
    auto* secret = new QHBoxLayout;
    secret->addWidget(m_secret, 1);
    secret->addWidget(m_copy);
    form->addRow(tr("New secret"), secret);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 480);

    m_secret->setVisible(false);
    m_copy->setVisible(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expires, &QCheckBox::toggled, m_expiresAt, &QWidget::setEnabled);
    connect(m_create, &QPushButton::clicked, this, &ApiTokensDialog::create);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensDialog::revokeSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        m_status->setText(tr("The secret is on the clipboard."));
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_revoke->setEnabled(m_list->currentItem() != nullptr); });
    connect(&m_tokens, &ApiTokens::loaded, this, &ApiTokensDialog::render);
    connect(&m_tokens, &ApiTokens::busyChanged, this,
            [this] { m_create->setEnabled(!m_tokens.isBusy()); });
    connect(&m_tokens, &ApiTokens::refused, this,
            [this](const QString& field, const QString& message) {
                m_status->setText(field.isEmpty() ? message : field + u": "_s + message);
            });
    connect(&m_tokens, &ApiTokens::created, this,
            [this](const QString& secret, const api::ApiToken& token) {
                m_secret->setText(secret);
                m_secret->setVisible(true);
                m_copy->setVisible(true);
                m_name->clear();
                m_status->setText(tr("Token \"%1\" created. Copy its secret now: it is not "
                                     "shown again.")
                                      .arg(token.name));
            });
    connect(&m_tokens, &ApiTokens::revoked, this,
            [this] { m_status->setText(tr("The token is revoked.")); });
    m_revoke->setEnabled(false);
    m_tokens.reload();
}

QString ApiTokensDialog::shownSecret() const
{
    return m_secret->isVisible() ? m_secret->text() : QString();
}

void ApiTokensDialog::render()
{
    m_list->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const api::ApiToken& token : m_tokens.tokens()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, token.name);
        item->setText(1, token.scopes.join(u", "_s));
        item->setText(2, token.owner.shownName());
        item->setText(3, token.expiresAt ? TimeText::moment(*token.expiresAt, now) : tr("never"));
        item->setText(4, token.lastUsedAt ? TimeText::moment(*token.lastUsedAt, now) : tr("never"));
        item->setText(5, token.lastPeer);
        item->setData(0, Qt::UserRole, token.id);
    }
    m_revoke->setEnabled(false);
}

void ApiTokensDialog::create()
{
    m_status->clear();
    m_tokens.create(m_name->text(), m_scopes->text(),
                    m_expires->isChecked() ? std::optional(m_expiresAt->dateTime()) : std::nullopt);
}

void ApiTokensDialog::revokeSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revoke token"),
        tr("Revoke \"%1\"? Scripts using it stop working at once.").arg(item->text(0)));
    if (answer == QMessageBox::Yes)
        m_tokens.revoke(item->data(0, Qt::UserRole).toLongLong());
}

} // namespace frontline::client::ui
