#include "groupspage.h"

#include "api/directoryapi.h"
#include "client/core/admin/groupadmin.h"
#include "client/widgets/userpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QString groupText(const Group& group)
{
    return GroupsPage::tr("%1 (L%2)").arg(group.name).arg(group.tier);
}

} // namespace

GroupsPage::GroupsPage(Session& session, GroupAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
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
    m_tier->setObjectName(u"groupTier"_s);
    m_escalation->setObjectName(u"groupEscalation"_s);
    m_manager->setObjectName(u"groupManager"_s);
    m_members->setObjectName(u"groupMembers"_s);
    m_tier->setRange(MinTier, MaxTier);
    m_tier->setPrefix(u"L"_s);
    m_description->setMaximumHeight(70);
    m_newMember->setPlaceholderText(tr("Add an agent: type a name"));
    m_newMember->setAccessibleName(tr("Agent to add"));
    m_members->setAccessibleName(tr("Members"));
    m_form->addRow(tr("&Name"), m_name);
    m_name->setToolTip(tr("The group's name as agents see it in queues and on tickets."));
    m_form->addRow(tr("&Tier"), m_tier);
    m_tier->setToolTip(
        tr("The support level, 1 to 3 (L1 to L3); escalation moves tickets to a higher tier."));
    m_form->addRow(tr("&Escalates to"), m_escalation);
    m_escalation->setToolTip(tr("The group that gets a ticket when this group escalates it."));
    m_assignment->setObjectName(u"groupAssignment"_s);
    m_assignment->addItem(tr("By hand"), u"manual"_s);
    m_assignment->addItem(tr("In turn (round robin), available agents"), u"round_robin"_s);
    m_assignment->addItem(tr("Fewest open tickets, available agents"), u"least_loaded"_s);
    m_form->addRow(tr("New tickets &go"), m_assignment);
    m_assignment->setToolTip(tr("How new tickets are assigned in this group: by hand, round robin, "
                                "or to the least loaded agent."));
    m_form->addRow(tr("&Manager"), m_manager);
    m_manager->setToolTip(tr("The manager told of hierarchical escalations in this group."));
    m_form->addRow(tr("&Description"), m_description);
    m_description->setToolTip(tr("What the group does; shown to agents choosing a group."));

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
    // Members are added and removed at once: no part of the unsaved edits.
    notAnEdit(m_extra);

    followBusy(m_admin);
    connect(&m_admin, &GroupAdmin::loaded, this, &GroupsPage::listGroups);
    connect(&m_admin, &GroupAdmin::membersLoaded, this, &GroupsPage::listMembers);
    connect(&m_admin, &GroupAdmin::saved, this, [this](const Group& group, bool created) {
        m_currentId = group.id;
        markEditorSaved();
        showStatus(created ? tr("Group created.") : tr("Saved."), false);
    });
    connect(&m_admin, &GroupAdmin::refused, this, &GroupsPage::showProblem);
    showGroup(std::nullopt);
}

void GroupsPage::reload()
{
    m_admin.reload();
}

// The groups and the staff as the server has them now: the list, and the form of the group
// shown (escalation targets, managers, members).
void GroupsPage::listGroups()
{
    QList<AdminRow> rows;
    for (const Group& group : m_admin.groups())
        rows.append({group.id, groupText(group)});
    fillRows(m_list, rows, m_currentId);
    if (!hasUnsavedEdits())
        showGroup(m_admin.group(m_currentId));
}

void GroupsPage::showRecord(const QVariant& record)
{
    showGroup(m_admin.group(record.toLongLong()));
}

void GroupsPage::showGroup(const std::optional<Group>& shown)
{
    m_mark.clear();
    m_problemField.clear();
    const Group group = shown.value_or(Group());
    m_currentId = group.id;
    m_name->setText(group.name);
    m_tier->setValue(group.tier);
    m_description->setPlainText(group.description);
    m_escalation->clear();
    m_escalation->addItem(tr("Nobody (top tier)"));
    for (const Group& other : m_admin.groups()) {
        if (other.id != group.id)
            m_escalation->addItem(groupText(other), other.id);
    }
    m_escalation->setCurrentIndex(
        group.escalationGroupId ? std::max(0, m_escalation->findData(*group.escalationGroupId))
                                : 0);
    m_assignment->setCurrentIndex(std::max(0, m_assignment->findData(group.assignment)));
    fillManagers(group.managerId);
    m_extra->setEnabled(group.id != 0);
    m_members->clear();
    m_admin.loadMembers(group.id);
    markEditorClean();
}

void GroupsPage::fillManagers(std::optional<qint64> chosen)
{
    m_manager->clear();
    m_manager->addItem(tr("Nobody"));
    for (const User& user : m_admin.staff())
        m_manager->addItem(user.shownName(), user.id);
    m_manager->setCurrentIndex(chosen ? std::max(0, m_manager->findData(*chosen)) : 0);
}

void GroupsPage::listMembers(qint64 groupId)
{
    if (groupId != m_currentId)
        return;
    m_members->clear();
    for (const User& user : m_admin.members()) {
        auto* item = new QListWidgetItem(user.shownName(), m_members);
        item->setData(Qt::UserRole, user.id);
    }
}

void GroupsPage::changeMember(bool add)
{
    std::optional<qint64> user;
    if (add) {
        user = m_newMember->userId();
        if (!user) {
            showStatus(tr("Member: pick a person from the list that appears while typing."), true);
            return;
        }
        m_newMember->clear();
    } else if (QListWidgetItem* item = m_members->currentItem()) {
        user = item->data(Qt::UserRole).toLongLong();
    }
    if (!m_currentId || !user)
        return;
    if (add)
        m_admin.addMember(m_currentId, *user);
    else
        m_admin.removeMember(m_currentId, *user);
}

void GroupsPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    const QVariant escalation = m_escalation->currentData();
    const QVariant manager = m_manager->currentData();
    if (!m_currentId) {
        api::GroupCreateParams params;
        params.name = m_name->text().trimmed();
        params.tier = m_tier->value();
        params.description = m_description->toPlainText().trimmed();
        if (escalation.isValid())
            params.escalationGroup = escalation.toLongLong();
        params.assignment = m_assignment->currentData().toString();
        if (manager.isValid())
            params.manager = manager.toLongLong();
        m_admin.create(params);
        return;
    }
    api::GroupUpdateParams params;
    params.id = m_currentId;
    params.name = m_name->text().trimmed();
    params.tier = m_tier->value();
    params.description = m_description->toPlainText().trimmed();
    params.escalationGroup = escalation.isValid()
        ? api::Nullable<qint64>::of(escalation.toLongLong())
        : api::Nullable<qint64>::null();
    params.assignment = m_assignment->currentData().toString();
    params.manager = manager.isValid() ? api::Nullable<qint64>::of(manager.toLongLong())
                                       : api::Nullable<qint64>::null();
    m_admin.update(params);
}

void GroupsPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    m_mark.show(fieldWidget(field));
}

QWidget* GroupsPage::fieldWidget(const QString& field) const
{
    if (field == u"name"_s)
        return m_name;
    if (field == u"tier"_s)
        return m_tier;
    if (field == u"description"_s)
        return m_description;
    if (field == u"escalation_group"_s)
        return m_escalation;
    if (field == u"assignment"_s)
        return m_assignment;
    if (field == u"manager"_s)
        return m_manager;
    if (field == u"user"_s)
        return m_newMember;
    return nullptr;
}

} // namespace frontline::client::ui
