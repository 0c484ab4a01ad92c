#include "userpicker.h"

#include "client/core/usersearch.h"

#include <QCompleter>
#include <QStringListModel>

namespace frontline::client::ui {

UserPicker::UserPicker(Session& session, QWidget* parent)
    : QLineEdit(parent)
    , m_search(new UserSearch(session, this))
{
    auto* popup = new QCompleter(m_search->model(), this);
    popup->setCaseSensitivity(Qt::CaseInsensitive);
    popup->setFilterMode(Qt::MatchContains);
    setCompleter(popup);
    connect(this, &QLineEdit::textEdited, m_search, &UserSearch::setQuery);
    connect(m_search, &UserSearch::found, this, [this](int count) {
        if (hasFocus() && count > 0)
            completer()->complete();
    });
}

std::optional<qint64> UserPicker::userId() const
{
    return m_search->userFor(text());
}

void UserPicker::setUser(qint64 id, const QString& text)
{
    m_search->remember(id, text);
    setText(text);
}

} // namespace frontline::client::ui
