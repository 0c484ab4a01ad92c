#include "groupspage.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "client/app/userpicker.h"
#include "domain/group.h"
#include "domain/user.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

GroupsPage::GroupsPage(Session& session, QWidget* parent)
    : AdminPage(session, parent)
    , m_name(new QLineEdit)
    , m_tier(new QSpinBox)
    , m_escalation(new QComboBox)
    , m_assignment(new QComboBox)
    , m_manager(new QComboBox)
    , m_description(new QPlainTextEdit)
    , m_members(new QListWidget)
    , m_newMember(new UserPicker(session))
{
    setObjectName(u"groupsPage"_s);
    m_name->setObjectName(u"groupNameEdit"_s);
    m_tier->setRange(MinTier, MaxTier);
    m_tier->setPrefix(u"L"_s);
    m_description->setMaximumHeight(70);
    m_newMember->setPlaceholderText(tr("Add an agent: type a name"));
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("&Tier"), m_tier);
    m_form->addRow(tr("&Escalates to"), m_escalation);
    m_assignment->setObjectName(u"groupAssignment"_s);
    m_assignment->addItem(tr("By hand"), u"manual"_s);
    m_assignment->addItem(tr("In turn (round robin), available agents"), u"round_robin"_s);
    m_assignment->addItem(tr("Fewest open tickets, available agents"), u"least_loaded"_s);
    m_form->addRow(tr("New tickets &go"), m_assignment);
    m_form->addRow(tr("&Manager"), m_manager);
    m_form->addRow(tr("&Description"), m_description);

    auto* add = new QPushButton(tr("Add"));
    auto* remove = new QPushButton(tr("Remove selected"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newMember, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(new QLabel(tr("Members")));
    extra->addWidget(m_members);
    extra->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, [this] { changeMember(true); });
    connect(remove, &QPushButton::clicked, this, [this] { changeMember(false); });
    showRecord(QVariant());
}

void GroupsPage::reload()
{
    const qint64 keep = m_current.value("id"_L1).toInteger();
    api::UserListParams staff;
    staff.limit = 200;
    call(QString(api::method::UserList), staff.toJson(), [this](const QJsonValue& result) {
        m_staff.clear();
        for (const QJsonValue& value : result.toObject().value("items"_L1).toArray()) {
            const User user = User::fromJson(value.toObject());
            if (isStaff(user.role) && !user.disabled)
                m_staff.append({user.id, user.shownName()});
        }
        if (!m_current.isEmpty())
            showRecord(m_current);
    });
    call(QString(api::method::GroupList), QJsonObject(), [this, keep](const QJsonValue& result) {
        m_groups.clear();
        for (const QJsonValue& value : result.toObject().value("items"_L1).toArray())
            m_groups.append(value.toObject()); // the escalation targets
        fillList(
            result,
            [](const QJsonObject& object) {
                const Group group = Group::fromJson(object);
                return tr("%1 (L%2)").arg(group.name).arg(group.tier);
            },
            keep);
    });
}

void GroupsPage::showRecord(const QVariant& record)
{
    m_current = record.toJsonObject();
    const Group group = Group::fromJson(m_current);
    m_name->setText(group.name);
    m_tier->setValue(group.tier);
    m_description->setPlainText(group.description);
    m_escalation->clear();
    m_escalation->addItem(tr("Nobody (top tier)"));
    for (const QJsonObject& other : std::as_const(m_groups)) {
        const Group g = Group::fromJson(other);
        if (g.id != group.id)
            m_escalation->addItem(tr("%1 (L%2)").arg(g.name).arg(g.tier), g.id);
    }
    m_escalation->setCurrentIndex(
        group.escalationGroupId ? std::max(0, m_escalation->findData(*group.escalationGroupId))
                                : 0);
    m_assignment->setCurrentIndex(std::max(0, m_assignment->findData(group.assignment)));
    m_manager->clear();
    m_manager->addItem(tr("Nobody"));
    for (const auto& [id, name] : std::as_const(m_staff))
        m_manager->addItem(name, id);
    m_manager->setCurrentIndex(group.managerId ? std::max(0, m_manager->findData(*group.managerId))
                                               : 0);
    m_extra->setEnabled(group.id != 0);
    loadMembers(group.id);
}

void GroupsPage::loadMembers(qint64 groupId)
{
    m_members->clear();
    if (!groupId)
        return;
    api::UserListParams params;
    params.group = groupId;
    params.limit = 200;
    call(QString(api::method::UserList), params.toJson(),
         [this, groupId](const QJsonValue& result) {
             if (m_current.value("id"_L1).toInteger() != groupId)
                 return;
             m_members->clear();
             for (const QJsonValue& value : result.toObject().value("items"_L1).toArray()) {
                 const User user = User::fromJson(value.toObject());
                 auto* item = new QListWidgetItem(user.shownName(), m_members);
                 item->setData(Qt::UserRole, user.id);
             }
         });
}

void GroupsPage::changeMember(bool add)
{
    const qint64 groupId = m_current.value("id"_L1).toInteger();
    std::optional<qint64> user;
    if (add) {
        user = m_newMember->userId();
        if (!user) {
            showStatus(tr("Member: pick a person from the list that appears while typing."), true);
            return;
        }
    } else if (QListWidgetItem* item = m_members->currentItem()) {
        user = item->data(Qt::UserRole).toLongLong();
    }
    if (!groupId || !user)
        return;
    call(QString(add ? api::method::GroupAddMember : api::method::GroupRemoveMember),
         api::GroupMemberParams {groupId, *user}.toJson(), [this, groupId](const QJsonValue&) {
             m_newMember->clear();
             loadMembers(groupId);
         });
}

void GroupsPage::save()
{
    const QVariant escalation = m_escalation->currentData();
    if (m_current.isEmpty()) {
        api::GroupCreateParams params;
        params.name = m_name->text().trimmed();
        params.tier = m_tier->value();
        params.description = m_description->toPlainText().trimmed();
        if (escalation.isValid())
            params.escalationGroup = escalation.toLongLong();
        params.assignment = m_assignment->currentData().toString();
        if (m_manager->currentData().isValid())
            params.manager = m_manager->currentData().toLongLong();
        call(QString(api::method::GroupCreate), params.toJson(), [this](const QJsonValue& result) {
            m_current = result.toObject();
            showStatus(tr("Group created."), false);
            reload();
        });
        return;
    }
    api::GroupUpdateParams params;
    params.id = m_current.value("id"_L1).toInteger();
    params.name = m_name->text().trimmed();
    params.tier = m_tier->value();
    params.description = m_description->toPlainText().trimmed();
    params.escalationGroup = escalation.isValid()
        ? api::Nullable<qint64>::of(escalation.toLongLong())
        : api::Nullable<qint64>::null();
    params.assignment = m_assignment->currentData().toString();
    params.manager = m_manager->currentData().isValid()
        ? api::Nullable<qint64>::of(m_manager->currentData().toLongLong())
        : api::Nullable<qint64>::null();
    call(QString(api::method::GroupUpdate), params.toJson(), [this](const QJsonValue&) {
        showStatus(tr("Saved."), false);
        reload();
    });
}

} // namespace frontline::client::ui
