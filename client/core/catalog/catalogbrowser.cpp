#include "catalogbrowser.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {
Q_LOGGING_CATEGORY(lcCatalog, "frontline.client.catalog", QtInfoMsg)
} // namespace

CatalogBrowser::CatalogBrowser(Session& session, FieldCatalogue& fields, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_fields(fields)
{
    // An administrator's change to the catalog elsewhere (config.changed "catalog"), or a
    // connection back after pushes may have been missed: the list shown follows, once it has
    // been asked for. A burst of changes is read once.
    m_refreshSettle.setSingleShot(true);
    m_refreshSettle.setInterval(RefreshSettleMs);
    connect(&m_refreshSettle, &QTimer::timeout, this, &CatalogBrowser::refresh);
    connect(&session, &Session::configChanged, this, [this](const QStringList& parts) {
        if (m_generation > 0 && parts.contains(QString(api::configpart::Catalog)))
            m_refreshSettle.start();
    });
    connect(&session, &Session::connectionRestored, this, [this] {
        if (m_generation > 0)
            m_refreshSettle.start();
    });
}

void CatalogBrowser::search(const QString& text)
{
    m_search = text.trimmed();
    ++m_generation;
    m_items.clear();
    m_nextCursor.reset();
    Q_EMIT itemsChanged();
    load(false);
}

void CatalogBrowser::fetchMore()
{
    if (!m_nextCursor || m_loading)
        return;
    load(true);
}

void CatalogBrowser::refresh()
{
    // The rows shown so far are read again in one call and swapped in when the answer comes:
    // the list neither empties nor loses its selection meanwhile.
    // A page asked for meanwhile ("More") is in this read, since its answer is dropped.
    const int shown = int(m_items.size()) + (m_fetchingMore ? int(PageSize) : 0);
    ++m_generation;
    m_fetchingMore = false;
    request(std::clamp(shown, int(PageSize), int(MaxRefreshed)), std::nullopt, true);
}

void CatalogBrowser::load(bool more)
{
    m_fetchingMore = more;
    request(PageSize, more ? m_nextCursor : std::nullopt, false);
}

void CatalogBrowser::request(int limit, const std::optional<QString>& cursor, bool replace)
{
    api::CatalogItemListParams params;
    params.search = m_search;
    params.limit = limit;
    params.requester = m_requester;
    if (cursor)
        params.cursor = *cursor;
    m_loading = true;
    const int generation = m_generation;
    m_session.rpc().call(QString(api::method::CatalogItemList), params.toJson(), this,
                         [this, generation, replace](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return;
                             m_loading = false;
                             m_fetchingMore = false;
                             if (reply.isError()) {
                                 // A read the user did not ask for is not their problem: the
                                 // list stays as it was, and the next change reads it again.
                                 if (replace)
                                     qCWarning(lcCatalog).noquote()
                                         << "the catalog could not be read again:"
                                         << reply.error().message;
                                 else
                                     fail(reply.error());
                                 return;
                             }
                             const auto page = api::CatalogItemPage::fromJson(reply.result());
                             if (replace)
                                 m_items = page.items;
                             else
                                 m_items.append(page.items);
                             m_nextCursor = page.nextCursor;
                             Q_EMIT itemsChanged();
                         });
}

void CatalogBrowser::setRequester(std::optional<qint64> userId)
{
    if (userId == m_requester)
        return;
    m_requester = userId;
    search(m_search);
}

void CatalogBrowser::open(qint64 itemId)
{
    m_session.rpc().call(QString(api::method::CatalogItemGet), QJsonObject {{"id"_L1, itemId}},
                         this, [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 fail(reply.error());
                                 return;
                             }
                             m_current = api::CatalogItem::fromJson(reply.result());
                             Q_EMIT opened(*m_current);
                         });
}

QList<api::FieldDefinition> CatalogBrowser::formFields(const api::CatalogItem& item) const
{
    QList<api::FieldDefinition> list;
    for (const api::CatalogFormField& entry : item.form) {
        auto field = m_fields.field(entry.field);
        if (!field || !field->active)
            continue;
        field->required = field->required || entry.required;
        // On this item's form the field applies whatever its types and categories say.
        field->ticketTypes.clear();
        field->categories.clear();
        list.append(*field);
    }
    return list;
}

QList<api::FieldDefinition> CatalogBrowser::formFields() const
{
    return m_current ? formFields(*m_current) : QList<api::FieldDefinition> {};
}

QHash<QString, QString> CatalogBrowser::problems(const FieldValues& values) const
{
    if (!m_current)
        return {};
    return FieldCatalogue::problems(formFields(), values, {}, TicketType::ServiceRequest,
                                    m_current->category, true);
}

bool CatalogBrowser::submit(const FieldValues& values, const QString& description)
{
    if (!m_current || m_sending)
        return false;
    if (const auto found = problems(values); !found.isEmpty()) {
        Q_EMIT problemsFound(found);
        return false;
    }
    api::CatalogRequestParams params;
    params.item = m_current->id;
    params.description = description.trimmed();
    params.requester = m_requester;
    // Only the values given: an empty optional field is left out.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!it.value().isNone())
            params.fields.insert(it.key(), it.value().toJson());
    }
    m_sending = true;
    m_session.rpc().call(QString(api::method::CatalogRequest), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             m_sending = false;
                             if (reply.isError()) {
                                 fail(reply.error());
                                 return;
                             }
                             Q_EMIT requested(Ticket::fromJson(reply.result().toObject()));
                         });
    return true;
}

void CatalogBrowser::fail(const rpc::RpcError& error)
{
    const QString path = error.field();
    // "fields.cost_centre": said with the field's label, and the input to mark.
    if (path.startsWith(u"fields."_s)) {
        const QString name = path.section(u'.', 1, 1);
        const auto field = m_fields.field(name);
        const QString label = field ? field->label : name;
        QHash<QString, QString> problem;
        problem.insert(name, ErrorText::fieldProblem(error));
        Q_EMIT problemsFound(problem);
        Q_EMIT failed(tr("%1: %2").arg(label, ErrorText::fieldProblem(error)), name);
        return;
    }
    Q_EMIT failed(ErrorText::describe(error), path);
}

} // namespace frontline::client
