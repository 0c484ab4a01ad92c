#pragma once

#include <QHash>
#include <QLineEdit>
#include <QTimer>

#include <optional>

class QStringListModel;

namespace frontline::client {
class Session;
}

namespace frontline::client::ui {

// A line edit that finds people as one types (user.list with a query, a moment after the last
// key) and offers them in a completer: "Ada Lovelace <ada@example.com>".
class UserPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPicker)

public:
    explicit UserPicker(Session& session, QWidget* parent = nullptr);

    // The chosen person; nullopt when the text names nobody the server offered.
    std::optional<qint64> userId() const;
    void setUser(qint64 id, const QString& text);

private:
    void search();

    Session& m_session;
    QStringListModel* m_model;
    QHash<QString, qint64> m_ids; // completion text -> user id
    QTimer m_debounce;
};

} // namespace frontline::client::ui
