#pragma once

#include "api/notifyapi.h"
#include "client/core/admin/admincontroller.h"

#include <QList>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace frontline::client {

// The controller of the mail templates page (admins, issue 19): every notification kind in
// every language (en, de, fr), the placeholders a template may use, and an editor's draft with
// a live preview. The preview is rendered by the server's own renderer (mail.template.preview
// with the unsaved subject and body and a sample ticket), so it is exactly the mail a recipient
// would get; edits are debounced (previewDelay) and an answer to an older draft never replaces
// a newer one. An unknown placeholder is refused with its field named ("subject" or "body"),
// before anything is sent when the server's parser already knows.
class MailTemplateAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailTemplateAdmin)

public:
    explicit MailTemplateAdmin(Session& session, QObject* parent = nullptr);

    void reload(); // loaded() when the templates are in
    const QList<api::MailTemplateItem>& templates() const { return m_list.items; }
    const QStringList& placeholders() const { return m_list.placeholders; }
    std::optional<api::MailTemplateItem> find(const QString& kind, const QString& language) const;

    // The template being edited: its stored text is the draft until edit() changes it.
    void select(const QString& kind, const QString& language);
    const QString& kind() const { return m_kind; }
    const QString& language() const { return m_language; }
    // The unsaved text; previewed after previewDelay() ms of quiet.
    void edit(const QString& subject, const QString& body);
    const QString& subject() const { return m_subject; }
    const QString& body() const { return m_body; }
    // Whether the draft differs from the text it started from (the template as it was selected,
    // saved, or read again while nothing was typed).
    bool hasUnsavedEdits() const;
    // Previews the current draft now (a template just selected, a test that does not wait).
    void previewNow();
    const api::MailPreview& preview() const { return m_preview; }
    int previewDelay() const { return m_timer.interval(); }
    void setPreviewDelay(int ms) { m_timer.setInterval(ms); }

    // Answer with saved() (the template as stored now) or refused().
    void save();
    void resetToDefault();

    // "{{name}}", as a template writes a placeholder.
    static QString placeholderText(const QString& name);

Q_SIGNALS:
    void loaded();
    void previewed(); // preview() is the current draft's
    void saved(const frontline::api::MailTemplateItem& item);

private:
    void take(const api::MailTemplateItem& item);

    api::MailTemplateList m_list;
    QString m_kind;
    QString m_language;
    QString m_subject;
    QString m_body;
    QString m_baseSubject; // the text the draft started from
    QString m_baseBody;
    api::MailPreview m_preview;
    QTimer m_timer;
    quint64 m_draft = 0; // counts edits: an answer for an older draft is dropped
};

} // namespace frontline::client
