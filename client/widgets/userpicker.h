#pragma once

#include <QLineEdit>

#include <optional>

namespace frontline::client {
class Session;
class UserSearch;
} // namespace frontline::client

namespace frontline::client::ui {

// A line edit that finds people as one types and offers them in a completer:
// "Ada Lovelace <ada@example.com>". The search is UserSearch's (client/core).
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
    UserSearch* m_search;
};

} // namespace frontline::client::ui
