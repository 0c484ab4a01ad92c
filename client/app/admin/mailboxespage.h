#pragma once

#include "api/mailapi.h"
#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace frontline::client {
class MailboxAdmin;
class OutgoingMailAdmin;
} // namespace frontline::client

namespace frontline::client::ui {

// The mailboxes whose mail becomes tickets (issue 19): IMAP account, folder, where new tickets
// go, what happens to unknown senders, whom replies come from and through which relay; Test
// connection says which step failed and why; below, the quarantine (mail that could not be filed).
// The password and certificate fields are write-only: never filled in, left empty they keep what is
// stored. The calls are MailboxAdmin's.
class MailboxesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxesPage)

public:
    MailboxesPage(MailboxAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The params field of the refusal shown ("port"), empty when none is.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;
    QString describeField(const QString& field) const override;

private:
    void listMailboxes();
    void listQuarantine();
    void fillChoices();
    void showMailbox(const std::optional<api::MailboxInfo>& mailbox);
    api::MailboxFields fields() const;
    void showProblem(const QString& field, const QString& message);

    MailboxAdmin& m_admin;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_folder;
    QPlainTextEdit* m_certificate;
    QComboBox* m_group;
    QComboBox* m_category;
    QComboBox* m_unknownSenders;
    QCheckBox* m_enabled;
    // Replies about its tickets: their sender, and the mailbox's own relay (host empty: the
    // outgoing mail settings'). The password is write-only, as the IMAP one.
    QLineEdit* m_fromAddress;
    QLineEdit* m_fromName;
    QLineEdit* m_smtpHost;
    QSpinBox* m_smtpPort;
    QComboBox* m_smtpSecurity;
    QLineEdit* m_smtpUsername;
    QLineEdit* m_smtpPassword;
    QPushButton* m_test;
    QTreeWidget* m_quarantine;
    qint64 m_currentId = 0; // 0: a new mailbox
    QString m_problemField;
    FieldMark m_mark;
};

// The relay notification mails go through (configuration key "smtp"). One record, so the list
// on the left stays hidden. The password is write-only ("a password is stored"); left empty it
// is kept. The calls are OutgoingMailAdmin's.
class OutgoingMailPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutgoingMailPage)

public:
    OutgoingMailPage(OutgoingMailAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString describeField(const QString& field) const override;

private:
    void showSettings();
    void showProblem(const QString& field, const QString& message);

    OutgoingMailAdmin& m_admin;
    QCheckBox* m_enabled;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QCheckBox* m_clearPassword;
    QLabel* m_passwordState;
    QLineEdit* m_fromAddress;
    QLineEdit* m_fromName;
    QString m_problemField;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
