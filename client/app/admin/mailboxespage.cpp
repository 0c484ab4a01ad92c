#include "mailboxespage.h"

#include "client/core/admin/mailboxadmin.h"
#include "client/core/admin/outgoingmailadmin.h"
#include "client/widgets/safetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

// Wider than a port may be, so that a wrong one is refused with the field named.
QSpinBox* portBox(int value)
{
    auto* box = new QSpinBox;
    box->setRange(0, 99999);
    box->setValue(value);
    return box;
}

QComboBox* securityBox()
{
    auto* box = new QComboBox;
    box->addItem(
        QCoreApplication::translate("frontline::client::ui::MailboxesPage", "TLS from the start"),
        u"tls"_s);
    box->addItem(QCoreApplication::translate("frontline::client::ui::MailboxesPage", "STARTTLS"),
                 u"starttls"_s);
    box->addItem(QCoreApplication::translate("frontline::client::ui::MailboxesPage",
                                             "None (only to this computer)"),
                 u"none"_s);
    return box;
}

void selectDataOrFirst(QComboBox* box, const QVariant& data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

MailboxesPage::MailboxesPage(MailboxAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_address(new QLineEdit)
    , m_host(new QLineEdit)
    , m_port(portBox(993))
    , m_security(securityBox())
    , m_username(new QLineEdit)
    , m_password(new QLineEdit)
    , m_folder(new QLineEdit)
    , m_certificate(new QPlainTextEdit)
    , m_group(new QComboBox)
    , m_category(new QComboBox)
    , m_unknownSenders(new QComboBox)
    , m_enabled(new QCheckBox(tr("Read this mailbox")))
    , m_fromAddress(new QLineEdit)
    , m_fromName(new QLineEdit)
    , m_smtpHost(new QLineEdit)
    , m_smtpPort(portBox(587))
    , m_smtpSecurity(securityBox())
    , m_smtpUsername(new QLineEdit)
    , m_smtpPassword(new QLineEdit)
    , m_test(new QPushButton(tr("&Test connection")))
    , m_quarantine(new QTreeWidget)
{
    setObjectName(u"mailboxesPage"_s);
    m_name->setObjectName(u"mailboxNameEdit"_s);
    m_address->setObjectName(u"mailboxAddressEdit"_s);
    m_host->setObjectName(u"mailboxHostEdit"_s);
    m_port->setObjectName(u"mailboxPortBox"_s);
    m_security->setObjectName(u"mailboxSecurityBox"_s);
    m_username->setObjectName(u"mailboxUsernameEdit"_s);
    m_password->setObjectName(u"mailboxPasswordEdit"_s);
    m_folder->setObjectName(u"mailboxFolderEdit"_s);
    m_certificate->setObjectName(u"mailboxCertificateEdit"_s);
    m_certificate->setMaximumHeight(70);
    m_group->setObjectName(u"mailboxGroupBox"_s);
    m_category->setObjectName(u"mailboxCategoryBox"_s);
    m_unknownSenders->setObjectName(u"mailboxUnknownBox"_s);
    m_enabled->setObjectName(u"mailboxEnabledBox"_s);
    m_fromAddress->setObjectName(u"mailboxFromAddressEdit"_s);
    m_fromName->setObjectName(u"mailboxFromNameEdit"_s);
    m_smtpHost->setObjectName(u"mailboxSmtpHostEdit"_s);
    m_smtpPort->setObjectName(u"mailboxSmtpPortBox"_s);
    m_smtpSecurity->setObjectName(u"mailboxSmtpSecurityBox"_s);
    m_smtpUsername->setObjectName(u"mailboxSmtpUsernameEdit"_s);
    m_smtpPassword->setObjectName(u"mailboxSmtpPasswordEdit"_s);
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_fromAddress->setPlaceholderText(tr("the desk address"));
    m_fromName->setPlaceholderText(tr("the outgoing mail's sender name"));
    m_smtpHost->setPlaceholderText(tr("the outgoing mail's relay"));
    m_smtpPort->setToolTip(tr("The port of this mailbox's relay: usually 587 with STARTTLS, 465 "
                              "with TLS."));
    m_smtpSecurity->setToolTip(tr("How the connection to this mailbox's relay is encrypted."));
    m_smtpUsername->setToolTip(tr("The relay's login; empty when it needs none."));
    m_smtpPassword->setToolTip(tr("The relay's password; it is stored encrypted on the server "
                                  "and never shown again."));
    m_test->setObjectName(u"mailboxTest"_s);
    m_quarantine->setObjectName(u"quarantineList"_s);
    m_quarantine->setAccessibleName(tr("Quarantined mails"));
    m_password->setEchoMode(QLineEdit::Password);
    m_address->setPlaceholderText(tr("the user name"));
    m_folder->setPlaceholderText(u"INBOX"_s);
    m_unknownSenders->addItem(tr("become requesters (a ticket is created)"), u"create"_s);
    m_unknownSenders->addItem(tr("are refused (the mail is quarantined)"), u"refuse"_s);

    m_form->addRow(tr("&Name"), m_name);
    m_name->setToolTip(tr("The mailbox's name in this list and in the tickets it makes."));
    m_form->addRow(tr("Desk &address"), m_address);
    m_form->addRow(tr("IMAP &host"), m_host);
    m_password->setToolTip(
        tr("The IMAP password; it is stored encrypted on the server and never shown again."));
    m_username->setToolTip(tr("The IMAP login of this mailbox."));
    m_host->setToolTip(tr("The mail server to read from over IMAP, e.g. imap.example.com."));
    m_form->addRow(tr("IMAP &port"), m_port);
    m_security->setToolTip(tr("How the connection is encrypted: TLS from the start, STARTTLS, or "
                              "none (only on a trusted network)."));
    m_port->setToolTip(
        tr("The IMAP port, 1 to 65535: usually 993 with TLS from the start, 143 with STARTTLS."));
    m_form->addRow(tr("Se&curity"), m_security);
    m_form->addRow(tr("&User name"), m_username);
    m_form->addRow(tr("Pass&word"), m_password);
    m_form->addRow(tr("&Folder"), m_folder);
    m_form->addRow(tr("Trusted c&ertificate"), m_certificate);
    m_certificate->setToolTip(tr("A PEM certificate to trust for this server when it is not signed "
                                 "by a known authority; empty: the system's authorities."));
    m_form->addRow(tr("New tickets' &group"), m_group);
    m_group->setToolTip(tr("The group whose queue gets the tickets made from this mailbox."));
    m_form->addRow(tr("New tickets' ca&tegory"), m_category);
    m_category->setToolTip(tr("The category the tickets made from this mailbox get."));
    m_form->addRow(tr("Unknown &senders"), m_unknownSenders);
    m_enabled->setToolTip(
        tr("Checked: the server reads this mailbox and turns its mails into tickets and replies."));
    m_unknownSenders->setToolTip(tr("What happens to mail from addresses the desk does not know: a "
                                    "new requester and ticket, or the quarantine."));
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(plainLabel(tr("Replies to this mailbox's tickets")));
    m_form->addRow(tr("Reply &from address"), m_fromAddress);
    m_form->addRow(tr("Reply sender na&me"), m_fromName);
    m_form->addRow(tr("SMT&P host"), m_smtpHost);
    m_form->addRow(tr("SMTP p&ort"), m_smtpPort);
    m_form->addRow(tr("SMTP securit&y"), m_smtpSecurity);
    m_form->addRow(tr("SMTP user na&me"), m_smtpUsername);
    m_form->addRow(tr("SMTP pass&word"), m_smtpPassword);

    m_quarantine->setRootIsDecorated(false);
    m_quarantine->setHeaderLabels(
        {tr("When"), tr("Mailbox"), tr("Sender"), tr("Subject"), tr("Reason")});
    m_quarantine->header()->setStretchLastSection(true);
    auto* quarantineTitle = plainLabel(tr("Quarantine: mail that could not be filed"));
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addLayout(buttons);
    extra->addWidget(quarantineTitle);
    extra->addWidget(m_quarantine, 1);

    connect(m_test, &QPushButton::clicked, this, [this] {
        if (!m_currentId)
            return;
        showStatus(tr("Testing the connection…"), false);
        m_admin.test(m_currentId);
    });
    offerDelete(tr("&Delete"));
    followBusy(m_admin);
    connect(&m_admin, &MailboxAdmin::busyChanged, this,
            [this] { m_test->setEnabled(!m_admin.isBusy() && m_currentId); });
    connect(&m_admin, &MailboxAdmin::loaded, this, &MailboxesPage::listMailboxes);
    connect(&m_admin, &MailboxAdmin::saved, this,
            [this](const api::MailboxInfo& mailbox, bool created) {
                m_currentId = mailbox.id;
                setDeletable(true);
                markEditorSaved();
                showStatus(created ? tr("Mailbox created.") : tr("Saved."), false);
            });
    connect(&m_admin, &MailboxAdmin::removed, this, [this] {
        m_currentId = 0;
        setDeletable(false);
        markEditorClean(); // the list read next empties the editor
        showStatus(tr("Deleted. What the mailbox filed stays."), false);
    });
    connect(&m_admin, &MailboxAdmin::tested, this,
            [this](qint64 id, const api::MailboxTestResult& result) {
                if (id == m_currentId)
                    showStatus(MailboxAdmin::describeTest(result), !result.ok);
            });
    connect(&m_admin, &MailboxAdmin::refused, this, &MailboxesPage::showProblem);
    fillChoices();
    showMailbox(std::nullopt);
}

void MailboxesPage::reload()
{
    m_admin.reload();
}

void MailboxesPage::listMailboxes()
{
    // Asked before the choices are refilled: a group or category gone meanwhile changes the
    // choice, which is not the user's edit.
    const bool keepEditor = hasUnsavedEdits();
    fillChoices();
    QList<AdminRow> rows;
    for (const api::MailboxInfo& mailbox : m_admin.mailboxes()) {
        QString text = mailbox.enabled ? u"%1 — %2"_s.arg(mailbox.name, mailbox.address)
                                       : tr("%1 — %2 (off)").arg(mailbox.name, mailbox.address);
        if (!mailbox.readable)
            text = tr("%1 — set the password again").arg(text);
        rows.append({mailbox.id, text});
    }
    fillRows(m_list, rows, m_currentId);
    if (!keepEditor)
        showMailbox(m_admin.mailbox(m_currentId));
    listQuarantine();
}

void MailboxesPage::listQuarantine()
{
    m_quarantine->clear();
    const QLocale locale;
    for (const api::QuarantinedMailInfo& mail : m_admin.quarantine()) {
        const QString when = locale.toString(
            QDateTime::fromMSecsSinceEpoch(mail.quarantinedAt).toLocalTime(), QLocale::ShortFormat);
        m_quarantine->addTopLevelItem(new QTreeWidgetItem(
            {when, mail.mailboxName, mail.sender,
             mail.subject.isEmpty() ? tr("(unreadable)") : mail.subject, mail.reason}));
    }
}

void MailboxesPage::fillChoices()
{
    const QVariant group = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("No group (triage by hand)"));
    for (const Group& each : m_admin.groups())
        m_group->addItem(tr("%1 (L%2)").arg(each.name).arg(each.tier), each.id);
    selectDataOrFirst(m_group, group);
    const QString category = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("No category"), QString());
    for (const Category& each : m_admin.categories()) {
        if (each.active || each.name == category)
            m_category->addItem(each.name, each.name);
    }
    selectDataOrFirst(m_category, category);
}

void MailboxesPage::showRecord(const QVariant& record)
{
    showMailbox(m_admin.mailbox(record.toLongLong()));
}

void MailboxesPage::showMailbox(const std::optional<api::MailboxInfo>& shown)
{
    m_mark.clear();
    m_problemField.clear();
    const api::MailboxInfo mailbox = shown.value_or(api::MailboxInfo());
    m_currentId = mailbox.id;
    m_name->setText(mailbox.name);
    m_address->setText(shown ? mailbox.address : QString());
    m_host->setText(mailbox.host);
    m_port->setValue(shown ? mailbox.port : 993);
    selectDataOrFirst(m_security, shown ? mailbox.security : u"tls"_s);
    m_username->setText(mailbox.username);
    m_password->clear(); // write-only: never shown
    m_password->setPlaceholderText(shown ? tr("unchanged (a password is stored)") : QString());
    m_folder->setText(shown ? mailbox.folder : QString());
    m_certificate->clear(); // write-only, like the password
    m_certificate->setPlaceholderText(
        mailbox.hasCertificate
            ? tr("A certificate is trusted; paste another one to replace it.")
            : tr("PEM of the server's certificate, when no public authority signed it"));
    selectDataOrFirst(m_group, mailbox.group ? QVariant(*mailbox.group) : QVariant());
    selectDataOrFirst(m_category, mailbox.category);
    selectDataOrFirst(m_unknownSenders, mailbox.unknownSenders);
    m_enabled->setChecked(mailbox.enabled);
    m_fromAddress->setText(mailbox.fromAddress);
    m_fromName->setText(mailbox.fromName);
    m_smtpHost->setText(mailbox.smtpHost);
    m_smtpPort->setValue(mailbox.smtpPort > 0 ? mailbox.smtpPort : 587);
    selectDataOrFirst(m_smtpSecurity,
                      mailbox.smtpSecurity.isEmpty() ? u"starttls"_s : mailbox.smtpSecurity);
    m_smtpUsername->setText(mailbox.smtpUsername);
    m_smtpPassword->clear(); // write-only: never shown
    m_smtpPassword->setPlaceholderText(shown && !mailbox.smtpHost.isEmpty()
                                           ? tr("unchanged (left empty, the stored one stays)")
                                           : QString());
    m_test->setEnabled(shown.has_value() && !m_admin.isBusy());
    setDeletable(shown.has_value());
    markEditorClean();
}

QString MailboxesPage::deleteQuestion() const
{
    const auto mailbox = m_admin.mailbox(m_currentId);
    return mailbox ? tr("Delete the mailbox “%1”? Nothing more is fetched from it; the tickets "
                        "and replies it filed stay.")
                         .arg(mailbox->name)
                   : QString();
}

void MailboxesPage::removeRecord()
{
    if (m_currentId != 0)
        m_admin.remove(m_currentId);
}

api::MailboxFields MailboxesPage::fields() const
{
    api::MailboxFields fields;
    fields.name = m_name->text().trimmed();
    if (!m_address->text().trimmed().isEmpty())
        fields.address = m_address->text().trimmed();
    fields.host = m_host->text().trimmed();
    fields.port = m_port->value();
    fields.security = m_security->currentData().toString();
    fields.username = m_username->text().trimmed();
    if (!m_password->text().isEmpty() || !m_currentId)
        fields.password = m_password->text();
    fields.folder = m_folder->text().trimmed().isEmpty() ? u"INBOX"_s : m_folder->text().trimmed();
    if (!m_certificate->toPlainText().trimmed().isEmpty())
        fields.certificate = m_certificate->toPlainText().trimmed();
    const QVariant group = m_group->currentData();
    fields.group = group.isValid() ? api::Nullable<qint64>::of(group.toLongLong())
                                   : api::Nullable<qint64>::null();
    fields.category = m_category->currentData().toString();
    fields.unknownSenders = m_unknownSenders->currentData().toString();
    fields.enabled = m_enabled->isChecked();
    fields.fromAddress = m_fromAddress->text().trimmed();
    fields.fromName = m_fromName->text().trimmed();
    fields.smtpHost = m_smtpHost->text().trimmed();
    fields.smtpPort = m_smtpPort->value();
    fields.smtpSecurity = m_smtpSecurity->currentData().toString();
    fields.smtpUsername = m_smtpUsername->text().trimmed();
    if (!m_smtpPassword->text().isEmpty())
        fields.smtpPassword = m_smtpPassword->text();
    return fields;
}

void MailboxesPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    if (!m_currentId) {
        api::MailboxCreateParams params;
        params.fields = fields();
        if (params.fields.group.isNull())
            params.fields.group = api::Nullable<qint64>::absent();
        m_admin.create(params);
        return;
    }
    api::MailboxUpdateParams params;
    params.id = m_currentId;
    params.fields = fields();
    m_admin.update(params);
}

QString MailboxesPage::describeField(const QString& field) const
{
    if (field == u"address"_s)
        return tr("Desk address");
    if (field == u"host"_s)
        return tr("IMAP host");
    if (field == u"port"_s)
        return tr("IMAP port");
    if (field == u"security"_s)
        return tr("Security");
    if (field == u"folder"_s)
        return tr("Folder");
    if (field == u"unknown_senders"_s)
        return tr("Unknown senders");
    if (field == u"certificate"_s)
        return tr("Trusted certificate");
    if (field == u"from_address"_s)
        return tr("Reply from address");
    if (field == u"smtp_host"_s)
        return tr("SMTP host");
    if (field == u"smtp_security"_s)
        return tr("SMTP security");
    return AdminPage::describeField(field);
}

void MailboxesPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    const QHash<QString, QWidget*> widgets {{u"name"_s, m_name},
                                            {u"address"_s, m_address},
                                            {u"host"_s, m_host},
                                            {u"port"_s, m_port},
                                            {u"security"_s, m_security},
                                            {u"username"_s, m_username},
                                            {u"password"_s, m_password},
                                            {u"folder"_s, m_folder},
                                            {u"group"_s, m_group},
                                            {u"category"_s, m_category},
                                            {u"unknown_senders"_s, m_unknownSenders},
                                            {u"from_address"_s, m_fromAddress},
                                            {u"from_name"_s, m_fromName},
                                            {u"smtp_host"_s, m_smtpHost},
                                            {u"smtp_port"_s, m_smtpPort},
                                            {u"smtp_security"_s, m_smtpSecurity},
                                            {u"smtp_username"_s, m_smtpUsername},
                                            {u"smtp_password"_s, m_smtpPassword}};
    m_mark.show(widgets.value(field));
}

OutgoingMailPage::OutgoingMailPage(OutgoingMailAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_enabled(new QCheckBox(tr("Send notification mails")))
    , m_host(new QLineEdit)
    , m_port(portBox(587))
    , m_security(securityBox())
    , m_username(new QLineEdit)
    , m_password(new QLineEdit)
    , m_clearPassword(new QCheckBox(tr("Remove the stored password")))
    , m_passwordState(plainLabel())
    , m_fromAddress(new QLineEdit)
    , m_fromName(new QLineEdit)
{
    setObjectName(u"outgoingMailPage"_s);
    m_enabled->setObjectName(u"smtpEnabledBox"_s);
    m_host->setObjectName(u"smtpHostEdit"_s);
    m_port->setObjectName(u"smtpPortBox"_s);
    m_security->setObjectName(u"smtpSecurityBox"_s);
    m_username->setObjectName(u"smtpUsernameEdit"_s);
    m_password->setObjectName(u"smtpPasswordEdit"_s);
    m_clearPassword->setObjectName(u"smtpClearPasswordBox"_s);
    m_passwordState->setObjectName(u"smtpPasswordState"_s);
    m_fromAddress->setObjectName(u"smtpFromAddressEdit"_s);
    m_fromName->setObjectName(u"smtpFromNameEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_list->hide(); // one record
    m_new->hide();

    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("SMTP &host"), m_host);
    m_password->setToolTip(
        tr("The SMTP password; it is stored encrypted on the server and never shown again."));
    m_username->setToolTip(tr("The SMTP login; empty when the server needs none."));
    m_enabled->setToolTip(
        tr("Checked: the desk sends notification mails; unchecked: none are sent."));
    m_host->setToolTip(
        tr("The mail server notification mails are sent through, e.g. smtp.example.com."));
    m_form->addRow(tr("SMTP &port"), m_port);
    m_security->setToolTip(tr("How the connection is encrypted: TLS from the start, STARTTLS, or "
                              "none (only on a trusted network)."));
    m_port->setToolTip(
        tr("The SMTP port, 1 to 65535: usually 587 with STARTTLS, 465 with TLS from the start."));
    m_form->addRow(tr("Se&curity"), m_security);
    m_form->addRow(tr("&User name"), m_username);
    m_form->addRow(tr("Pass&word"), m_password);
    m_form->addRow(QString(), m_passwordState);
    m_form->addRow(QString(), m_clearPassword);
    m_form->addRow(tr("&From address"), m_fromAddress);
    m_fromAddress->setToolTip(
        tr("The sender address of notification mails, e.g. helpdesk@example.com."));
    m_form->addRow(tr("From &name"), m_fromName);
    m_fromName->setToolTip(tr("The sender name people see on notification mails."));

    followBusy(m_admin);
    connect(&m_admin, &OutgoingMailAdmin::loaded, this, [this] {
        if (!hasUnsavedEdits())
            showSettings();
    });
    connect(&m_admin, &OutgoingMailAdmin::saved, this, [this] {
        markEditorSaved();
        showStatus(tr("Saved."), false);
    });
    connect(&m_admin, &OutgoingMailAdmin::refused, this, &OutgoingMailPage::showProblem);
    showSettings();
}

void OutgoingMailPage::reload()
{
    m_admin.reload();
}

void OutgoingMailPage::showRecord(const QVariant&)
{
    showSettings();
}

void OutgoingMailPage::showSettings()
{
    m_mark.clear();
    m_problemField.clear();
    const api::SmtpSettings& settings = m_admin.settings();
    m_enabled->setChecked(settings.enabled);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    selectDataOrFirst(m_security, settings.security);
    m_username->setText(settings.username);
    m_password->clear(); // write-only: never shown
    m_password->setPlaceholderText(settings.passwordSet ? tr("unchanged") : QString());
    setPlainText(m_passwordState,
                 settings.passwordSet ? tr("A password is stored.") : tr("No password is stored."));
    m_clearPassword->setChecked(false);
    m_clearPassword->setVisible(settings.passwordSet);
    m_fromAddress->setText(settings.fromAddress);
    m_fromName->setText(settings.fromName);
    markEditorClean();
}

void OutgoingMailPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    api::SmtpSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = m_security->currentData().toString();
    settings.username = m_username->text().trimmed();
    if (!m_password->text().isEmpty())
        settings.password = m_password->text();
    else if (m_clearPassword->isChecked())
        settings.password = QString(); // an empty one removes it
    settings.certificate = m_admin.settings().certificate;
    settings.fromAddress = m_fromAddress->text().trimmed();
    settings.fromName = m_fromName->text().trimmed();
    m_admin.save(settings);
}

QString OutgoingMailPage::describeField(const QString& field) const
{
    const QString name = OutgoingMailAdmin::settingField(field);
    if (name == u"host"_s)
        return tr("SMTP host");
    if (name == u"port"_s)
        return tr("SMTP port");
    if (name == u"security"_s)
        return tr("Security");
    if (name == u"from_address"_s)
        return tr("From address");
    if (name == u"from_name"_s)
        return tr("From name");
    return AdminPage::describeField(name);
}

void OutgoingMailPage::showProblem(const QString& refusedField, const QString& message)
{
    const QString field = OutgoingMailAdmin::settingField(refusedField);
    m_problemField = field;
    showRefusal(field, message);
    const QHash<QString, QWidget*> widgets {
        {u"host"_s, m_host},         {u"port"_s, m_port},
        {u"security"_s, m_security}, {u"username"_s, m_username},
        {u"password"_s, m_password}, {u"from_address"_s, m_fromAddress},
        {u"from_name"_s, m_fromName}};
    m_mark.show(widgets.value(field));
}

} // namespace frontline::client::ui
