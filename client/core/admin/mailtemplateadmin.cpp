#include "mailtemplateadmin.h"

#include "api/methods.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

MailTemplateAdmin::MailTemplateAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &MailTemplateAdmin::previewNow);
}

QString MailTemplateAdmin::placeholderText(const QString& name)
{
    return u"{{"_s + name + u"}}"_s;
}

void MailTemplateAdmin::reload()
{
    sendLatest(api::method::MailTemplateList, QJsonObject(), [this](const QJsonValue& result) {
        const bool edited = hasUnsavedEdits();
        m_list = api::MailTemplateList::fromJson(result);
        // Nothing typed: the draft follows the template as stored now (another admin's save).
        if (!edited && !m_kind.isEmpty()) {
            const auto stored = find(m_kind, m_language);
            if (stored && (stored->subject != m_subject || stored->body != m_body)) {
                m_subject = m_baseSubject = stored->subject;
                m_body = m_baseBody = stored->body;
                ++m_draft;
                previewNow();
            }
        }
        Q_EMIT loaded();
    });
}

std::optional<api::MailTemplateItem> MailTemplateAdmin::find(const QString& kind,
                                                             const QString& language) const
{
    for (const api::MailTemplateItem& item : m_list.items) {
        if (item.kind == kind && item.language == language)
            return item;
    }
    return std::nullopt;
}

void MailTemplateAdmin::select(const QString& kind, const QString& language)
{
    m_kind = kind;
    m_language = language;
    const auto item = find(kind, language);
    m_subject = m_baseSubject = item ? item->subject : QString();
    m_body = m_baseBody = item ? item->body : QString();
    m_preview = {};
    ++m_draft;
    m_timer.stop();
}

void MailTemplateAdmin::edit(const QString& subject, const QString& body)
{
    if (subject == m_subject && body == m_body)
        return;
    m_subject = subject;
    m_body = body;
    ++m_draft;
    m_timer.start();
}

bool MailTemplateAdmin::hasUnsavedEdits() const
{
    return !m_kind.isEmpty() && (m_subject != m_baseSubject || m_body != m_baseBody);
}

void MailTemplateAdmin::previewNow()
{
    m_timer.stop();
    if (m_kind.isEmpty())
        return;
    api::MailTemplatePreviewParams params;
    params.kind = m_kind;
    params.language = m_language;
    params.subject = m_subject;
    params.body = m_body;
    if (!accepts(params))
        return;
    const quint64 draft = m_draft;
    send(api::method::MailTemplatePreview, params.toJson(),
         [this, draft](const QJsonValue& result) {
             if (draft != m_draft)
                 return; // typed on since: the newer draft's answer follows
             m_preview = api::MailPreview::fromJson(result);
             Q_EMIT previewed();
         });
}

void MailTemplateAdmin::save()
{
    api::MailTemplateSetParams params;
    params.kind = m_kind;
    params.language = m_language;
    params.subject = m_subject;
    params.body = m_body;
    if (!accepts(params))
        return;
    send(api::method::MailTemplateSet, params.toJson(),
         [this](const QJsonValue& result) { take(api::MailTemplateItem::fromJson(result)); });
}

void MailTemplateAdmin::resetToDefault()
{
    api::MailTemplateSetParams params;
    params.kind = m_kind;
    params.language = m_language;
    params.reset = true;
    if (!accepts(params))
        return;
    send(api::method::MailTemplateSet, params.toJson(),
         [this](const QJsonValue& result) { take(api::MailTemplateItem::fromJson(result)); });
}

// A stored (or reset) template: the list shows it, and when it is the one being edited the
// draft becomes its text and is previewed again.
void MailTemplateAdmin::take(const api::MailTemplateItem& item)
{
    for (api::MailTemplateItem& listed : m_list.items) {
        if (listed.kind == item.kind && listed.language == item.language)
            listed = item;
    }
    if (item.kind == m_kind && item.language == m_language) {
        m_subject = m_baseSubject = item.subject;
        m_body = m_baseBody = item.body;
        ++m_draft;
        previewNow();
    }
    Q_EMIT saved(item);
}

} // namespace frontline::client
