#include "mail/imapmailbox.h"

#include "mail/mailtls.h"

#include <libetpan/libetpan.h>
#include <memory>
#include <poll.h>

namespace frontline::server::mail {

namespace {

bool succeeded(int code)
{
    return code == MAILIMAP_NO_ERROR || code == MAILIMAP_NO_ERROR_AUTHENTICATED
        || code == MAILIMAP_NO_ERROR_NON_AUTHENTICATED;
}

struct SetFree
{
    void operator()(mailimap_set* set) const { mailimap_set_free(set); }
};
using UidSet = std::unique_ptr<mailimap_set, SetFree>;

UidSet single(quint32 uid)
{
    return UidSet(mailimap_set_new_single(uid));
}

} // namespace

ImapMailbox::ImapMailbox(MailEndpoint endpoint, QString folder)
    : m_endpoint(std::move(endpoint))
    , m_folder(std::move(folder))
{ }

ImapMailbox::~ImapMailbox()
{
    close();
}

QString ImapMailbox::failure(const char* step, int code) const
{
    QString text = QLatin1String(step) + QStringLiteral(" failed (libetpan error ")
        + QString::number(code) + u')';
    if (m_session && m_session->imap_response && *m_session->imap_response)
        text += QStringLiteral(": ") + QString::fromUtf8(m_session->imap_response).trimmed();
    return text;
}

Status<QString> ImapMailbox::open()
{
    close();
    m_failedStep = Step::Tls;
    if (auto problem = securityProblem(m_endpoint))
        return *problem;
    m_failedStep = m_endpoint.security == MailEndpoint::Security::Tls ? Step::Tls : Step::Connect;
    m_session = mailimap_new(0, nullptr);
    if (!m_session)
        return QStringLiteral("out of memory");
    mailimap_set_timeout(m_session, m_endpoint.timeoutSeconds);
    QByteArray host = m_endpoint.host.toUtf8();
    const auto port = uint16_t(m_endpoint.port);
    using Security = MailEndpoint::Security;

    int code = m_endpoint.security == Security::Tls
        ? mailimap_ssl_connect_with_callback(m_session, host.constData(), port, setServerName,
                                             host.data())
        : mailimap_socket_connect(m_session, host.constData(), port);
    if (!succeeded(code)) {
        const QString why = failure("connect", code);
        close();
        return why;
    }
    auto fail = [this](const QString& why) -> Status<QString> {
        close();
        return why;
    };
    m_failedStep = Step::Tls;
    if (m_endpoint.security == Security::StartTls) {
        code = mailimap_socket_starttls_with_callback(m_session, setServerName, host.data());
        if (!succeeded(code))
            return fail(failure("STARTTLS", code));
    }
    if (auto problem = certificateProblem(m_session->imap_stream, m_endpoint))
        return fail(*problem);
    m_failedStep = Step::Login;
    const QByteArray user = m_endpoint.username.toUtf8();
    const QByteArray password = m_endpoint.password.toUtf8();
    if (!succeeded(code = mailimap_login(m_session, user.constData(), password.constData())))
        return fail(failure("LOGIN", code));
    // The capabilities after login are the ones that count (IDLE, MOVE).
    mailimap_capability_data* capabilities = nullptr;
    if (succeeded(mailimap_capability(m_session, &capabilities)))
        mailimap_capability_data_free(capabilities);
    m_failedStep = Step::Folder;
    const QByteArray folder = m_folder.toUtf8();
    if (!succeeded(code = mailimap_select(m_session, folder.constData())))
        return fail(failure("SELECT", code));
    m_failedStep = Step::None;
    return {};
}

void ImapMailbox::close()
{
    if (!m_session)
        return;
    if (m_session->imap_stream)
        mailimap_logout(m_session);
    mailimap_free(m_session);
    m_session = nullptr;
}

bool ImapMailbox::supportsIdle() const
{
    return m_session && mailimap_has_idle(m_session);
}

quint32 ImapMailbox::uidValidity() const
{
    return m_session && m_session->imap_selection_info
        ? m_session->imap_selection_info->sel_uidvalidity
        : 0;
}

Result<QList<quint32>, QString> ImapMailbox::unseen()
{
    if (!m_session)
        return QStringLiteral("the mailbox is not open");
    mailimap_search_key* key = mailimap_search_key_new(
        MAILIMAP_SEARCH_KEY_UNSEEN, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
        nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, 0, nullptr, nullptr, nullptr,
        nullptr, nullptr, nullptr, 0, nullptr, nullptr, nullptr);
    // A mail that arrives while the search runs is announced (EXISTS) in the search's reply but
    // is not in its result, and IDLE will not announce it again: search again until the count
    // held still, so every mail announced by the time this returns is in the result.
    const auto exists = [this] {
        return m_session->imap_selection_info ? m_session->imap_selection_info->sel_exists : 0U;
    };
    clist* found = nullptr;
    int code = MAILIMAP_NO_ERROR;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (found)
            mailimap_search_result_free(found);
        found = nullptr;
        const uint32_t before = exists();
        code = mailimap_uid_search(m_session, nullptr, key, &found);
        if (!succeeded(code) || exists() == before)
            break;
    }
    mailimap_search_key_free(key);
    if (!succeeded(code))
        return failure("UID SEARCH UNSEEN", code);
    QList<quint32> uids;
    for (clistiter* it = clist_begin(found); it; it = clist_next(it))
        uids << *static_cast<uint32_t*>(clist_content(it));
    mailimap_search_result_free(found);
    std::sort(uids.begin(), uids.end());
    return uids;
}

Result<QByteArray, QString> ImapMailbox::fetch(quint32 uid)
{
    if (!m_session)
        return QStringLiteral("the mailbox is not open");
    mailimap_fetch_type* type = mailimap_fetch_type_new_fetch_att_list_empty();
    mailimap_fetch_type_new_fetch_att_list_add(
        type, mailimap_fetch_att_new_body_peek_section(mailimap_section_new(nullptr)));
    clist* result = nullptr;
    const UidSet set = single(uid);
    const int code = mailimap_uid_fetch(m_session, set.get(), type, &result);
    mailimap_fetch_type_free(type);
    if (!succeeded(code))
        return failure("UID FETCH", code);
    std::optional<QByteArray> body;
    for (clistiter* it = clist_begin(result); it && !body; it = clist_next(it)) {
        const auto* message = static_cast<mailimap_msg_att*>(clist_content(it));
        for (clistiter* item = clist_begin(message->att_list); item; item = clist_next(item)) {
            const auto* att = static_cast<mailimap_msg_att_item*>(clist_content(item));
            if (att->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC
                || att->att_data.att_static->att_type != MAILIMAP_MSG_ATT_BODY_SECTION)
                continue;
            const auto* section = att->att_data.att_static->att_data.att_body_section;
            body = QByteArray(section->sec_body_part, qsizetype(section->sec_length));
        }
    }
    mailimap_fetch_list_free(result);
    if (!body)
        return QStringLiteral("no message with UID ") + QString::number(uid);
    return *body;
}

Status<QString> ImapMailbox::markDone(quint32 uid)
{
    if (!m_session)
        return QStringLiteral("the mailbox is not open");
    mailimap_flag_list* flags = mailimap_flag_list_new_empty();
    mailimap_flag_list_add(flags, mailimap_flag_new_seen());
    mailimap_store_att_flags* store = mailimap_store_att_flags_new_add_flags_silent(flags);
    const UidSet set = single(uid);
    const int code = mailimap_uid_store(m_session, set.get(), store);
    mailimap_store_att_flags_free(store);
    if (!succeeded(code))
        return failure("UID STORE \\Seen", code);
    return {};
}

Status<QString> ImapMailbox::quarantine(quint32 uid, const QString& folder)
{
    if (!m_session)
        return QStringLiteral("the mailbox is not open");
    const QByteArray name = folder.toUtf8();
    // An existing folder answers NO [ALREADYEXISTS]: that is fine.
    mailimap_create(m_session, name.constData());
    const UidSet set = single(uid);
    int code = 0;
    if (mailimap_has_extension(m_session, "MOVE")) {
        code = mailimap_uid_move(m_session, set.get(), name.constData());
        return succeeded(code) ? Status<QString>() : failure("UID MOVE", code);
    }
    if (!succeeded(code = mailimap_uid_copy(m_session, set.get(), name.constData())))
        return failure("UID COPY", code);
    mailimap_flag_list* flags = mailimap_flag_list_new_empty();
    mailimap_flag_list_add(flags, mailimap_flag_new_deleted());
    mailimap_store_att_flags* store = mailimap_store_att_flags_new_add_flags_silent(flags);
    code = mailimap_uid_store(m_session, set.get(), store);
    mailimap_store_att_flags_free(store);
    if (!succeeded(code))
        return failure("UID STORE \\Deleted", code);
    code = mailimap_has_extension(m_session, "UIDPLUS") ? mailimap_uid_expunge(m_session, set.get())
                                                        : mailimap_expunge(m_session);
    return succeeded(code) ? Status<QString>() : failure("EXPUNGE", code);
}

Result<bool, QString> ImapMailbox::waitForChange(int timeoutMs, int wakeFd)
{
    if (!m_session)
        return QStringLiteral("the mailbox is not open");
    if (!supportsIdle()) {
        // The poll interval: nothing to wait for but time (or the owner's wake-up).
        pollfd wake {wakeFd, POLLIN, 0};
        ::poll(&wake, wakeFd >= 0 ? 1 : 0, timeoutMs);
        return false;
    }
    int code = mailimap_idle(m_session);
    if (!succeeded(code))
        return failure("IDLE", code);
    bool changed = m_session->imap_stream->read_buffer_len > 0;
    if (!changed) {
        pollfd fds[2] = {{mailimap_idle_get_fd(m_session), POLLIN, 0}, {wakeFd, POLLIN, 0}};
        const int ready = ::poll(fds, wakeFd >= 0 ? 2 : 1, timeoutMs);
        changed = ready > 0 && (fds[0].revents & POLLIN);
    }
    if (!succeeded(code = mailimap_idle_done(m_session)))
        return failure("IDLE DONE", code);
    return changed;
}

} // namespace frontline::server::mail
