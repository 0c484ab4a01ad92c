#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QStringListModel;

namespace frontline {
struct User;
}

namespace frontline::client {

class Session;

// Finds people as one types: user.list with a query a moment after the last change, the
// enabled matches offered as "Ada Lovelace <ada@example.com>" in a string list model (for a
// completer). The controller behind UserPicker.
class UserSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSearch)

public:
    explicit UserSearch(Session& session, QObject* parent = nullptr);

    QStringListModel* model() const { return m_model; }
    // A query typed: searched after the debounce (at least two characters).
    void setQuery(const QString& query);
    // Searches now.
    void search();
    // The person a text names, if it is one offered (or remembered).
    std::optional<qint64> userFor(const QString& text) const;
    void remember(qint64 id, const QString& text);
    // How a person is offered (and shown once chosen): "Ada Lovelace <ada@example.com>".
    static QString textFor(const User& user);

Q_SIGNALS:
    void found(int count); // the model was filled with `count` people

private:
    Session& m_session;
    QStringListModel* m_model;
    QHash<QString, qint64> m_ids; // offered text -> user id
    QString m_query;
    QTimer m_debounce;
};

} // namespace frontline::client
