#include "mailtemplatespage.h"

#include "client/core/admin/mailtemplateadmin.h"
#include "client/core/mailpreferences.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

MailTemplatesPage::MailTemplatesPage(MailTemplateAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_title(plainLabel())
    , m_subject(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_placeholders(new QComboBox)
    , m_insert(new QPushButton(tr("&Insert")))
    , m_reset(new QPushButton(tr("Reset to &default")))
    , m_previewSubject(plainLabel())
    , m_previewBody(new QPlainTextEdit)
    , m_lastEditor(m_body)
{
    setObjectName(u"mailTemplatesPage"_s);
    m_title->setObjectName(u"templateTitle"_s);
    m_subject->setObjectName(u"templateSubjectEdit"_s);
    m_body->setObjectName(u"templateBodyEdit"_s);
    m_placeholders->setObjectName(u"templatePlaceholderBox"_s);
    m_insert->setObjectName(u"templateInsert"_s);
    m_reset->setObjectName(u"templateReset"_s);
    m_previewSubject->setObjectName(u"templatePreviewSubject"_s);
    m_previewBody->setObjectName(u"templatePreviewBody"_s);
    m_previewBody->setReadOnly(true);
    m_previewSubject->setWordWrap(true);
    m_new->hide(); // the kinds and languages are fixed

    auto* insertRow = new QHBoxLayout;
    insertRow->addWidget(m_placeholders, 1);
    insertRow->addWidget(m_insert);
    m_form->addRow(QString(), m_title);
    m_form->addRow(tr("S&ubject"), m_subject);
    m_subject->setToolTip(tr(
        "The mail's subject line; placeholders like {{ticket.id}} are filled in when it is sent."));
    m_form->addRow(tr("&Body"), m_body);
    m_body->setToolTip(
        tr("The mail's text; placeholders like {{ticket.title}} are filled in when it is sent."));
    // The label of a row that is a layout has no buddy of itself: the combo box's name is it.
    auto* placeholderLabel = new QLabel(tr("&Placeholder"));
    placeholderLabel->setBuddy(m_placeholders);
    m_form->addRow(placeholderLabel, insertRow);
    m_placeholders->setToolTip(
        tr("A value the desk fills in; Insert puts it at the cursor in the subject or the text."));
    m_previewBody->setAccessibleName(tr("Preview of the text"));

    auto* preview = new QVBoxLayout(m_extra);
    preview->setContentsMargins(0, 0, 0, 0);
    preview->addWidget(plainLabel(tr("Preview (a sample ticket, as the recipient reads it):")));
    preview->addWidget(m_previewSubject);
    preview->addWidget(m_previewBody, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    preview->addLayout(buttons);

    followBusy(m_admin);
    connect(&m_admin, &MailTemplateAdmin::loaded, this, [this] {
        listTemplates();
        showDraft(); // the template as stored now, unless it is being edited
    });
    connect(&m_admin, &MailTemplateAdmin::previewed, this, &MailTemplatesPage::showPreview);
    connect(&m_admin, &MailTemplateAdmin::saved, this, [this](const api::MailTemplateItem& item) {
        listTemplates();
        showDraft();
        showStatus(item.custom ? tr("Template saved.") : tr("The default text is used again."),
                   false);
    });
    connect(&m_admin, &MailTemplateAdmin::refused, this, &MailTemplatesPage::showProblem);
    const auto edited = [this] { m_admin.edit(m_subject->text(), m_body->toPlainText()); };
    connect(m_subject, &QLineEdit::textEdited, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (!m_body->signalsBlocked())
            edited();
    });
    connect(m_subject, &QLineEdit::cursorPositionChanged, this,
            [this] { m_lastEditor = m_subject; });
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { m_lastEditor = m_body; });
    connect(m_insert, &QPushButton::clicked, this, &MailTemplatesPage::insertPlaceholder);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        clearProblem();
        m_admin.resetToDefault();
    });
    showDraft();
}

QString MailTemplatesPage::kindLabel(const QString& kind)
{
    if (kind == u"received"_s)
        return tr("Ticket received");
    if (kind == u"public_reply"_s)
        return tr("Public reply");
    if (kind == u"waiting"_s)
        return tr("Waiting for the requester");
    if (kind == u"resolved"_s)
        return tr("Resolved (with the survey)");
    if (kind == u"closed"_s)
        return tr("Closed");
    if (kind == u"assigned"_s)
        return tr("Assigned to you");
    if (kind == u"new_in_group"_s)
        return tr("New in your group");
    if (kind == u"sla_at_risk"_s)
        return tr("SLA at risk");
    if (kind == u"sla_breached"_s)
        return tr("SLA breached");
    if (kind == u"escalated"_s)
        return tr("Escalated");
    if (kind == u"approval_requested"_s)
        return tr("Approval requested");
    if (kind == u"approval_reminder"_s)
        return tr("Approval reminder");
    return kind;
}

QString MailTemplatesPage::languageLabel(const QString& language)
{
    return MailPreferences::languageLabel(language);
}

void MailTemplatesPage::reload()
{
    m_admin.reload();
}

void MailTemplatesPage::listTemplates()
{
    {
        const QSignalBlocker quiet(m_placeholders);
        m_placeholders->clear();
        for (const QString& name : m_admin.placeholders())
            m_placeholders->addItem(MailTemplateAdmin::placeholderText(name), name);
    }
    QList<AdminRow> rows;
    qint64 keep = 0;
    const auto& items = m_admin.templates();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const api::MailTemplateItem& item = items[i];
        QString text = kindLabel(item.kind) + u" — "_s + languageLabel(item.language);
        if (item.custom)
            text += tr(" (edited)");
        rows.append({i + 1, text});
        if (item.kind == m_admin.kind() && item.language == m_admin.language())
            keep = i + 1;
    }
    fillRows(m_list, rows, keep);
    if (!keep && !rows.isEmpty())
        m_list->setCurrentRow(0); // shows the first template
}

bool MailTemplatesPage::hasUnsavedEdits() const
{
    return m_admin.hasUnsavedEdits();
}

void MailTemplatesPage::showRecord(const QVariant& record)
{
    clearProblem();
    const qsizetype index = record.toLongLong() - 1;
    const auto& items = m_admin.templates();
    if (index < 0 || index >= items.size()) {
        m_admin.select(QString(), QString());
        showDraft();
        return;
    }
    m_admin.select(items[index].kind, items[index].language);
    showDraft();
    m_admin.previewNow();
}

// The draft in the editors (without telling the controller: it already has it).
void MailTemplatesPage::showDraft()
{
    const bool chosen = !m_admin.kind().isEmpty();
    const auto item = m_admin.find(m_admin.kind(), m_admin.language());
    setPlainText(m_title,
                 !chosen ? tr("Choose a template on the left.")
                         : kindLabel(m_admin.kind()) + u" — "_s + languageLabel(m_admin.language())
                         + (item && item->custom ? tr(" (edited)") : tr(" (default text)")));
    if (m_subject->text() != m_admin.subject())
        m_subject->setText(m_admin.subject());
    if (m_body->toPlainText() != m_admin.body()) {
        const QSignalBlocker quiet(m_body);
        m_body->setPlainText(m_admin.body());
    }
    for (QWidget* widget : {static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_body),
                            static_cast<QWidget*>(m_insert), static_cast<QWidget*>(m_reset)})
        widget->setEnabled(chosen);
    m_save->setEnabled(chosen && !m_admin.isBusy());
    showPreview();
}

void MailTemplatesPage::showPreview()
{
    const api::MailPreview& preview = m_admin.preview();
    setPlainText(m_previewSubject, preview.subject);
    m_previewBody->setPlainText(preview.body);
    if (!m_problemField.isEmpty() && !preview.subject.isEmpty())
        clearProblem(); // the draft renders again
}

void MailTemplatesPage::insertPlaceholder()
{
    const QString text = m_placeholders->currentText();
    if (text.isEmpty())
        return;
    if (m_lastEditor == m_subject) {
        m_subject->insert(text);
        m_admin.edit(m_subject->text(), m_body->toPlainText());
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text); // textChanged tells the controller
        m_body->setFocus();
    }
}

void MailTemplatesPage::save()
{
    clearProblem();
    m_admin.edit(m_subject->text(), m_body->toPlainText());
    m_admin.save();
}

QString MailTemplatesPage::describeField(const QString& field) const
{
    if (field == u"subject"_s)
        return tr("Subject");
    if (field == u"body"_s)
        return tr("Body");
    return AdminPage::describeField(field);
}

void MailTemplatesPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    // Marked without taking the focus: the refusal may come while the admin types elsewhere.
    const QString mark = u"border: 1px solid {FieldMarkBorder};"_s;
    Theme::setStyleSheet(m_subject, field == u"subject"_s ? mark : QString());
    Theme::setStyleSheet(m_body, field == u"body"_s ? mark : QString());
}

void MailTemplatesPage::clearProblem()
{
    Theme::setStyleSheet(m_subject, QString());
    Theme::setStyleSheet(m_body, QString());
    m_problemField.clear();
    m_status->hide();
}

} // namespace frontline::client::ui
