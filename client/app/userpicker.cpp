#include "userpicker.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "client/core/session.h"
#include "domain/user.h"

#include <QCompleter>
#include <QJsonArray>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

UserPicker::UserPicker(Session& session, QWidget* parent)
    : QLineEdit(parent)
    , m_session(session)
    , m_model(new QStringListModel(this))
{
    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &UserPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
}

std::optional<qint64> UserPicker::userId() const
{
    const auto found = m_ids.constFind(text().trimmed());
    if (found == m_ids.constEnd())
        return std::nullopt;
    return *found;
}

void UserPicker::setUser(qint64 id, const QString& text)
{
    m_ids.insert(text, id);
    setText(text);
}

void UserPicker::search()
{
    const QString query = text().trimmed();
    if (query.size() < 2 || !m_session.isReady())
        return;
    api::UserListParams params;
    params.query = query;
    params.limit = 20;
    m_session.rpc().call(
        QString(api::method::UserList), params.toJson(), this, [this](const rpc::RpcReply& reply) {
            if (reply.isError())
                return;
            QStringList texts;
            for (const QJsonValue& value : reply.result().toObject().value("items"_L1).toArray()) {
                const User user = User::fromJson(value.toObject());
                if (user.disabled)
                    continue;
                const QString name = user.shownName();
                const QString text =
                    user.email.isEmpty() ? name : u"%1 <%2>"_s.arg(name, user.email);
                m_ids.insert(text, user.id);
                texts.append(text);
            }
            m_model->setStringList(texts);
            if (hasFocus() && !texts.isEmpty())
                completer()->complete();
        });
}

} // namespace frontline::client::ui
