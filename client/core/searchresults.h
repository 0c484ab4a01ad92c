#pragma once

#include "api/searchapi.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QTimer>

#include <functional>

namespace frontline::client {

class Session;

// Search results as the user types: tickets and articles from kb.search, or the articles
// kb.suggest finds for a ticket being written. Requests wait for a short pause in typing, and
// an answer to an older text never replaces a newer one.
class SearchResults final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResults)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "ticket" or "article"
        IdRole,
        TitleHtmlRole, // the title, escaped, matched words in <b>
        SnippetHtmlRole, // the snippet, escaped, matched words in <b>
        DetailRole, // a ticket's status, an article's state, as labels
    };
    // How a ticket's status reads (from the workflow the server describes).
    using StatusLabel = std::function<QString(const QString& type, const QString& status)>;
    void setStatusLabel(StatusLabel label) { m_statusLabel = std::move(label); }

    static constexpr int PauseMs = 120;

    explicit SearchResults(Session& session, QObject* parent = nullptr);

    // kb.search over `kinds` (both by default).
    void search(const QString& text, const QStringList& kinds = {});
    // kb.suggest for a ticket being written.
    void suggest(const QString& title, const QString& description);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    const api::SearchHit& itemAt(int row) const { return m_items.at(row); }
    bool isBusy() const { return m_timer.isActive() || m_inFlight > 0; }

    // Text with the [start, length] ranges in bold; everything else HTML-escaped, so a
    // ticket's text cannot inject markup.
    static QString highlighted(const QString& text, const QList<api::TextRange>& ranges);

Q_SIGNALS:
    void updated(int count);
    void failed(const QString& message);

private:
    void send();

    Session& m_session;
    StatusLabel m_statusLabel;
    QTimer m_timer;
    QString m_method;
    QJsonObject m_params;
    QList<api::SearchHit> m_items;
    quint64 m_sent = 0; // requests sent
    quint64 m_shown = 0; // the newest request whose answer is shown
    int m_inFlight = 0;
};

} // namespace frontline::client
