#pragma once

#include "api/catalogapi.h"
#include "api/fieldapi.h"
#include "client/core/fieldvalue.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace frontline::client {

class FieldCatalogue;
class Session;

// The applet's "Request something" (issue 21): the catalog items this user may request, by
// name, searched and read page by page (catalog.item.list); one item opened
// (catalog.item.get) with the custom fields its form shows (from the FieldCatalogue, required
// where the item requires them); its values checked with the shared rules before anything is
// sent, and the request filed (catalog.request). An administrator's change to the catalog
// (config.changed "catalog") or a connection restored reloads the rows shown, swapped in when
// read. Typed state and signals only.
class CatalogBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogBrowser)

public:
    CatalogBrowser(Session& session, FieldCatalogue& fields, QObject* parent = nullptr);

    // The first page of the items whose name or description contains `text` (all when empty).
    void search(const QString& text);
    void fetchMore(); // the next page, when canFetchMore()
    bool canFetchMore() const { return m_nextCursor.has_value(); }
    bool isLoading() const { return m_loading; }
    const QList<api::CatalogItem>& items() const { return m_items; }
    QString searchText() const { return m_search; }

    // Filing on a caller's behalf (agents): the list shows what that person may request and
    // submit() files it for them; nullopt files for oneself. A new caller searches again.
    void setRequester(std::optional<qint64> userId);
    std::optional<qint64> requester() const { return m_requester; }

    void open(qint64 itemId); // opened() or failed()
    const std::optional<api::CatalogItem>& current() const { return m_current; }
    // The custom fields the item's form shows, in its order; `required` as the item wants it.
    QList<api::FieldDefinition> formFields(const api::CatalogItem& item) const;
    QList<api::FieldDefinition> formFields() const;

    // What keeps these values from being sent for the open item, by field name, in the user's
    // words (empty: they may go).
    QHash<QString, QString> problems(const FieldValues& values) const;
    // Checks and files the request for the open item; false (and problemsFound()) when a
    // value is refused here already.
    bool submit(const FieldValues& values, const QString& description);

    static constexpr int PageSize = 50;
    // What an administrator's change elsewhere reloads at most (the server's page limit; rows
    // past it come back with "More").
    static constexpr int MaxRefreshed = 200;
    static constexpr int RefreshSettleMs = 200; // pushes within this are read once

Q_SIGNALS:
    void itemsChanged();
    void opened(const frontline::api::CatalogItem& item);
    void problemsFound(const QHash<QString, QString>& problems);
    void requested(const frontline::Ticket& request);
    // Why something failed, in the user's words; `field` is the custom field's name when the
    // refusal names one (its label is in `message`), else the parameter named, or empty.
    void failed(const QString& message, const QString& field);

private:
    void load(bool more);
    void refresh();
    void request(int limit, const std::optional<QString>& cursor, bool replace);
    void fail(const rpc::RpcError& error);

    Session& m_session;
    FieldCatalogue& m_fields;
    QList<api::CatalogItem> m_items;
    std::optional<QString> m_nextCursor;
    QString m_search;
    int m_generation = 0; // a newer search drops the answers of the older one
    bool m_loading = false;
    bool m_fetchingMore = false;
    QTimer m_refreshSettle;
    std::optional<api::CatalogItem> m_current;
    bool m_sending = false;
    std::optional<qint64> m_requester;
};

} // namespace frontline::client
