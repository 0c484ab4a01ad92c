#include "adminpage.h"

#include "client/core/errortext.h"
#include "client/core/session.h"
#include "client/widgets/safetext.h"
#include "rpc/rpcclient.h" // pending (issue 17): FRONTLINE_UI_LAYER_PENDING

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

AdminPage::AdminPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget)
    , m_form(new QFormLayout)
    , m_new(new QPushButton(tr("&New")))
    , m_save(new QPushButton(tr("&Save")))
    , m_status(plainLabel())
    , m_extra(new QWidget)
{
    m_list->setObjectName(u"adminList"_s);
    m_save->setObjectName(u"adminSave"_s);
    m_new->setObjectName(u"adminNew"_s);
    m_status->setObjectName(u"adminStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_list->setMinimumWidth(220);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_extra, 1);
    right->addWidget(m_status);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(right, 3);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_status->hide();
        showRecord(item ? item->data(Qt::UserRole) : QVariant());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentItem(nullptr);
        m_status->hide();
        showRecord(QVariant());
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
}

QString AdminPage::describeField(const QString& field) const
{
    return ErrorText::fieldLabel(field);
}

QString AdminPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AdminPage::showStatus(const QString& text, bool error)
{
    setPlainText(m_status, text);
    m_status->setStyleSheet(error ? u"color: #c62828;"_s : u"color: #2e7d32;"_s);
    m_status->show();
}

void AdminPage::call(const QString& method, const QJsonObject& params,
                     std::function<void(const QJsonValue&)> done)
{
    ++m_pending;
    m_save->setEnabled(false);
    m_session.rpc().call(
        method, params, this, [this, done = std::move(done)](const rpc::RpcReply& reply) {
            --m_pending;
            m_save->setEnabled(m_pending == 0);
            if (reply.isError()) {
                const rpc::RpcError& error = reply.error();
                const QString field = error.field();
                showStatus(field.isEmpty() ? ErrorText::describe(error)
                                           : u"%1 %2"_s.arg(describeField(field),
                                                            ErrorText::fieldProblem(error)),
                           true);
                return;
            }
            done(reply.result());
        });
}

void AdminPage::fillList(const QJsonValue& result,
                         const std::function<QString(const QJsonObject&)>& text, qint64 keep)
{
    m_list->blockSignals(true);
    m_list->clear();
    for (const QJsonValue& value : result.toObject().value("items"_L1).toArray()) {
        auto* item = new QListWidgetItem(text(value.toObject()), m_list);
        item->setData(Qt::UserRole, value.toObject());
    }
    m_list->blockSignals(false);
    if (keep)
        selectRecord(keep);
    else
        showRecord(QVariant());
}

void AdminPage::selectRecord(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toJsonObject().value("id"_L1).toInteger() == id) {
            // Reselected after a reload: the form follows, the status ("Saved.") stays.
            m_list->blockSignals(true);
            m_list->setCurrentRow(row);
            m_list->blockSignals(false);
            showRecord(m_list->item(row)->data(Qt::UserRole));
            return;
        }
    }
}

} // namespace frontline::client::ui
