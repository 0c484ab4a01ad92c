#include "categoriespage.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "api/workspaceapi.h"
#include "domain/category.h"
#include "domain/group.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CategoriesPage::CategoriesPage(Session& session, QWidget* parent)
    : AdminPage(session, parent)
    , m_name(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_group(new QComboBox)
    , m_active(new QCheckBox(tr("Offered on new tickets")))
{
    setObjectName(u"categoriesPage"_s);
    m_name->setObjectName(u"categoryNameEdit"_s);
    m_description->setMaximumHeight(80);
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("&Description"), m_description);
    m_form->addRow(tr("Routes to &group"), m_group);
    m_form->addRow(QString(), m_active);
    showRecord(QVariant());
}

void CategoriesPage::reload()
{
    const qint64 keep = m_current.value("id"_L1).toInteger();
    call(QString(api::method::GroupList), QJsonObject(), [this](const QJsonValue& result) {
        const QVariant chosen = m_group->currentData();
        m_group->clear();
        m_group->addItem(tr("No group (triage by hand)"));
        for (const QJsonValue& value : result.toObject().value("items"_L1).toArray()) {
            const Group group = Group::fromJson(value.toObject());
            m_group->addItem(tr("%1 (L%2)").arg(group.name).arg(group.tier), group.id);
        }
        m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
    });
    call(QString(api::method::CategoryList), QJsonObject(), [this, keep](const QJsonValue& result) {
        fillList(
            result,
            [](const QJsonObject& object) {
                const Category category = Category::fromJson(object);
                return category.active ? category.name : tr("%1 — retired").arg(category.name);
            },
            keep);
    });
}

void CategoriesPage::showRecord(const QVariant& record)
{
    m_current = record.toJsonObject();
    const Category category = Category::fromJson(m_current);
    m_name->setText(category.name);
    m_description->setPlainText(category.description);
    m_group->setCurrentIndex(
        category.defaultGroup ? std::max(0, m_group->findData(category.defaultGroup->id)) : 0);
    m_active->setChecked(m_current.isEmpty() || category.active);
    m_active->setEnabled(!m_current.isEmpty());
}

void CategoriesPage::save()
{
    const QVariant group = m_group->currentData();
    if (m_current.isEmpty()) {
        api::CategoryCreateParams params;
        params.name = m_name->text().trimmed();
        params.description = m_description->toPlainText().trimmed();
        if (group.isValid())
            params.defaultGroup = group.toLongLong();
        call(QString(api::method::CategoryCreate), params.toJson(),
             [this](const QJsonValue& result) {
                 m_current = result.toObject();
                 showStatus(tr("Category created."), false);
                 reload();
             });
        return;
    }
    api::CategoryUpdateParams params;
    params.id = m_current.value("id"_L1).toInteger();
    params.name = m_name->text().trimmed();
    params.description = m_description->toPlainText().trimmed();
    params.defaultGroup = group.isValid() ? api::Nullable<qint64>::of(group.toLongLong())
                                          : api::Nullable<qint64>::null();
    params.active = m_active->isChecked();
    call(QString(api::method::CategoryUpdate), params.toJson(), [this](const QJsonValue&) {
        showStatus(tr("Saved."), false);
        reload();
    });
}

CannedPage::CannedPage(Session& session, QWidget* parent)
    : AdminPage(session, parent)
    , m_title(new QLineEdit)
    , m_body(new QPlainTextEdit)
{
    setObjectName(u"cannedPage"_s);
    m_title->setObjectName(u"cannedTitleEdit"_s);
    m_body->setObjectName(u"cannedBodyEdit"_s);
    m_form->addRow(tr("&Title"), m_title);
    m_form->addRow(tr("&Text"), m_body);
    auto* help = new QLabel(tr("Placeholders: {{requester.name}}, {{requester.first_name}}, "
                               "{{ticket.id}}, {{ticket.title}}, {{agent.name}}"));
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    help->setEnabled(false);
    auto* remove = new QPushButton(tr("&Delete"));
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(help);
    extra->addStretch(1);
    extra->addWidget(remove, 0, Qt::AlignLeft);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            return;
        call(QString(api::method::CannedDelete), QJsonObject {{"id"_L1, m_current.value("id"_L1)}},
             [this](const QJsonValue&) {
                 m_current = {};
                 showStatus(tr("Deleted."), false);
                 reload();
             });
    });
    showRecord(QVariant());
}

void CannedPage::reload()
{
    const qint64 keep = m_current.value("id"_L1).toInteger();
    call(QString(api::method::CannedList), QJsonObject(), [this, keep](const QJsonValue& result) {
        fillList(
            result, [](const QJsonObject& object) { return object.value("title"_L1).toString(); },
            keep);
    });
}

void CannedPage::showRecord(const QVariant& record)
{
    m_current = record.toJsonObject();
    m_title->setText(m_current.value("title"_L1).toString());
    m_body->setPlainText(m_current.value("body"_L1).toString());
}

void CannedPage::save()
{
    if (m_current.isEmpty()) {
        call(QString(api::method::CannedCreate),
             api::CannedCreateParams {m_title->text().trimmed(), m_body->toPlainText()}.toJson(),
             [this](const QJsonValue& result) {
                 m_current = result.toObject();
                 showStatus(tr("Canned response created."), false);
                 reload();
             });
        return;
    }
    api::CannedUpdateParams params;
    params.id = m_current.value("id"_L1).toInteger();
    params.title = m_title->text().trimmed();
    params.body = m_body->toPlainText();
    call(QString(api::method::CannedUpdate), params.toJson(), [this](const QJsonValue&) {
        showStatus(tr("Saved."), false);
        reload();
    });
}

} // namespace frontline::client::ui
