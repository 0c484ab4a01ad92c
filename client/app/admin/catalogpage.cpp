#include "catalogpage.h"

#include "api/catalogapi.h"
#include "client/app/admin/catalogeditors.h"
#include "client/core/admin/catalogadmin.h"
#include "client/core/fieldcatalogue.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QString iconLabel(const QString& name)
{
    static const QHash<QString, const char*> labels {
        {u"access"_s, QT_TRANSLATE_NOOP("CatalogPage", "Access")},
        {u"account"_s, QT_TRANSLATE_NOOP("CatalogPage", "Account")},
        {u"building"_s, QT_TRANSLATE_NOOP("CatalogPage", "Building")},
        {u"calendar"_s, QT_TRANSLATE_NOOP("CatalogPage", "Calendar")},
        {u"headset"_s, QT_TRANSLATE_NOOP("CatalogPage", "Headset")},
        {u"key"_s, QT_TRANSLATE_NOOP("CatalogPage", "Key")},
        {u"laptop"_s, QT_TRANSLATE_NOOP("CatalogPage", "Laptop")},
        {u"mail"_s, QT_TRANSLATE_NOOP("CatalogPage", "Mail")},
        {u"monitor"_s, QT_TRANSLATE_NOOP("CatalogPage", "Monitor")},
        {u"network"_s, QT_TRANSLATE_NOOP("CatalogPage", "Network")},
        {u"package"_s, QT_TRANSLATE_NOOP("CatalogPage", "Package")},
        {u"phone"_s, QT_TRANSLATE_NOOP("CatalogPage", "Phone")},
        {u"printer"_s, QT_TRANSLATE_NOOP("CatalogPage", "Printer")},
        {u"question"_s, QT_TRANSLATE_NOOP("CatalogPage", "Question")},
        {u"server"_s, QT_TRANSLATE_NOOP("CatalogPage", "Server")},
        {u"software"_s, QT_TRANSLATE_NOOP("CatalogPage", "Software")},
        {u"travel"_s, QT_TRANSLATE_NOOP("CatalogPage", "Travel")},
    };
    const auto it = labels.constFind(name);
    return it == labels.constEnd() ? name : CatalogPage::tr(*it);
}

QString roleLabel(const QString& role)
{
    if (role == u"requester"_s)
        return CatalogPage::tr("Requesters");
    if (role == u"agent"_s)
        return CatalogPage::tr("Agents");
    if (role == u"manager"_s)
        return CatalogPage::tr("Managers");
    if (role == u"admin"_s)
        return CatalogPage::tr("Admins");
    return role;
}

// "tasks.1.group", "approvals[0].n", "form.2.field": {list, 0-based row, part}.
struct ListPath
{
    QString list;
    int row = -1;
    QString part;
};

std::optional<ListPath> listPath(const QString& field)
{
    static const QRegularExpression pattern(
        u"^([a-z_]+)(?:\\[(\\d+)\\]|\\.(\\d+))(?:\\.([a-z_]+))?$"_s);
    const auto match = pattern.match(field);
    if (!match.hasMatch())
        return std::nullopt;
    const QString index = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    return ListPath {match.captured(1), index.toInt(), match.captured(4)};
}

// Puts `label` under `target` in `layout` or a layout nested in it: the next row of a form
// layout, the next place of a vertical box. The form layout it went into, if any.
bool insertUnder(QLayout* layout, QWidget* target, QLabel* label, QFormLayout** form)
{
    if (auto* formLayout = qobject_cast<QFormLayout*>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role {};
        formLayout->getWidgetPosition(target, &row, &role);
        if (row >= 0) {
            formLayout->insertRow(row + 1, label);
            *form = formLayout;
            return true;
        }
    }
    if (auto* box = qobject_cast<QBoxLayout*>(layout)) {
        const int index = box->indexOf(target);
        if (index >= 0 && box->direction() == QBoxLayout::TopToBottom) {
            box->insertWidget(index + 1, label);
            return true;
        }
    }
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout* child = layout->itemAt(i)->layout()) {
            if (insertUnder(child, target, label, form))
                return true;
        }
    }
    return false;
}

} // namespace

CatalogPage::CatalogPage(CatalogAdmin& admin, FieldCatalogue& catalogue, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_catalogue(catalogue)
    , m_name(new QLineEdit)
    , m_icon(new QComboBox)
    , m_active(new QCheckBox(tr("Acti&ve: requesters can ask for it")))
    , m_sections(new QTabWidget)
    , m_details(new QFormLayout)
    , m_description(new QPlainTextEdit)
    , m_category(new QComboBox)
    , m_orgs(new QListWidget)
    , m_group(new QComboBox)
    , m_sla(new QComboBox)
    , m_designer(new CatalogFormDesigner(catalogue))
    , m_approvals(new ApprovalChainEditor(admin.session()))
    , m_tasks(new TaskListEditor)
{
    setObjectName(u"catalogPage"_s);
    m_name->setObjectName(u"catalogNameEdit"_s);
    m_icon->setObjectName(u"catalogIconBox"_s);
    m_active->setObjectName(u"catalogActiveCheck"_s);
    m_sections->setObjectName(u"catalogSections"_s);
    m_description->setObjectName(u"catalogDescriptionEdit"_s);
    m_category->setObjectName(u"catalogCategoryBox"_s);
    m_orgs->setObjectName(u"catalogOrgsList"_s);
    m_group->setObjectName(u"catalogGroupBox"_s);
    m_sla->setObjectName(u"catalogSlaBox"_s);

    m_name->setPlaceholderText(tr("New laptop"));
    m_name->setAccessibleDescription(tr("The item's name as requesters see it in the catalog"));
    for (const QString& icon : api::catalogIconNames())
        m_icon->addItem(iconLabel(icon), icon);
    m_icon->setAccessibleDescription(tr("The picture the catalog shows beside the item"));
    m_icon->setToolTip(m_icon->accessibleDescription());
    m_active->setAccessibleDescription(
        tr("An inactive item stays for the requests filed from it but is no longer offered"));
    m_description->setPlaceholderText(tr("What the requester gets, and how long it takes"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setAccessibleDescription(tr("Shown under the item's name in the catalog"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_category->setAccessibleDescription(tr("The category the service request is filed in"));
    m_category->setToolTip(m_category->accessibleDescription());
    m_orgs->setAccessibleName(tr("Organisations"));
    m_orgs->setAccessibleDescription(
        tr("Only requesters of the organisations checked see the item; none checked: all"));
    m_orgs->setMaximumHeight(80);
    m_group->setAccessibleDescription(tr("The group whose queue the request goes to"));
    m_group->setToolTip(m_group->accessibleDescription());
    m_sla->setAccessibleDescription(tr("The SLA policy the request is held to"));
    m_sla->setToolTip(m_sla->accessibleDescription());

    auto* iconRow = new QHBoxLayout;
    iconRow->addWidget(m_icon);
    iconRow->addStretch(1);
    iconRow->addWidget(m_active);
    m_form->addRow(tr("Na&me"), m_name);
    auto* iconLabelWidget = new QLabel(tr("I&con"));
    iconLabelWidget->setBuddy(m_icon);
    m_form->addRow(iconLabelWidget, iconRow);

    auto* roles = new QHBoxLayout;
    for (const QString& role : roleNames()) {
        auto* box = new QCheckBox(roleLabel(role));
        box->setObjectName(u"catalogRole_"_s + role);
        box->setAccessibleDescription(
            tr("Whether users of this role see the item; none checked: every role"));
        m_roles.insert(role, box);
        roles->addWidget(box);
    }
    roles->addStretch(1);
    auto* detailsPage = new QWidget;
    auto* detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->addLayout(m_details);
    detailsLayout->addStretch(1);
    m_details->addRow(tr("&Description"), m_description);
    m_details->addRow(tr("Ca&tegory"), m_category);
    m_details->addRow(tr("Who may ask"), roles);
    m_details->addRow(tr("Or&ganisations"), m_orgs);
    m_details->addRow(tr("&Fulfilment group"), m_group);
    m_details->addRow(tr("SLA polic&y"), m_sla);

    const auto scrolled = [](QWidget* widget) {
        auto* area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(widget);
        return area;
    };
    m_sections->addTab(detailsPage, tr("Details"));
    m_sections->addTab(m_designer, tr("Form and preview"));
    m_sections->addTab(scrolled(m_approvals), tr("Approval chain"));
    m_sections->addTab(scrolled(m_tasks), tr("Fulfilment tasks"));
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(m_sections);

    followBusy(m_admin);
    connect(&m_admin, &CatalogAdmin::loaded, this, &CatalogPage::listItems);
    connect(&m_admin, &CatalogAdmin::saved, this, [this](const api::CatalogItem& item) {
        if (m_edited.saved(item))
            m_currentId = item.id;
        clearProblem();
        showStatus(tr("Saved. Requesters see the item as it is now."), false);
    });
    connect(&m_admin, &CatalogAdmin::notSaved, this, [this] { m_edited.notSaved(); });
    connect(&m_admin, &CatalogAdmin::refused, this, &CatalogPage::showProblem);
    connect(&m_admin, &CatalogAdmin::personFound, m_approvals, &ApprovalChainEditor::setPerson);
    showItem(std::nullopt);
}

void CatalogPage::reload()
{
    m_admin.reload();
    m_catalogue.reload();
}

bool CatalogPage::selectItem(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        const auto item = m_admin.item(m_list->item(row)->data(Qt::UserRole).toLongLong());
        if (item && item->name == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString CatalogPage::describeField(const QString& field) const
{
    static const QHash<QString, const char*> labels {
        {u"name"_s, QT_TR_NOOP("Name:")},
        {u"icon"_s, QT_TR_NOOP("Icon:")},
        {u"description"_s, QT_TR_NOOP("Description:")},
        {u"category"_s, QT_TR_NOOP("Category:")},
        {u"audience"_s, QT_TR_NOOP("Who may ask:")},
        {u"audience.roles"_s, QT_TR_NOOP("Who may ask:")},
        {u"audience.orgs"_s, QT_TR_NOOP("Organisations:")},
        {u"group"_s, QT_TR_NOOP("Fulfilment group:")},
        {u"sla_policy"_s, QT_TR_NOOP("SLA policy:")},
        {u"form"_s, QT_TR_NOOP("Form:")},
        {u"approvals"_s, QT_TR_NOOP("Approval chain:")},
        {u"tasks"_s, QT_TR_NOOP("Fulfilment tasks:")},
    };
    if (const auto path = listPath(field)) {
        if (path->list == u"tasks"_s)
            return tr("Task %1:").arg(path->row + 1);
        if (path->list == u"approvals"_s)
            return tr("Approval step %1:").arg(path->row + 1);
        if (path->list == u"form"_s)
            return tr("Form field %1:").arg(path->row + 1);
    }
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? AdminPage::describeField(field) : tr(*it);
}

bool CatalogPage::hasUnsavedEdits() const
{
    return m_edited.hasUnsavedEdits(draft());
}

void CatalogPage::listItems()
{
    const std::optional<api::CatalogItem> latest = m_admin.item(m_currentId);
    const api::CatalogItem edited = draft();
    // Unsaved edits stay, and the status says when the item under them is not as it was.
    using Reread = EditedRecord<api::CatalogItem>::Reread;
    const Reread reread = m_edited.reread(edited, latest.value_or(api::CatalogItem {}));
    if (reread == Reread::KeepChanged) {
        showStatus(tr("Another administrator changed this item while you were editing it. "
                      "Saving replaces their changes with yours."),
                   true);
    } else if (reread == Reread::KeepDeleted) {
        m_currentId = 0; // saved, it is a new item
        showStatus(tr("This item is no longer listed. Saving creates it again."), true);
    }
    QList<AdminRow> rows;
    for (const api::CatalogItem& item : m_admin.items()) {
        QString text = tr("%1 — %2").arg(item.name, iconLabel(item.icon));
        if (!item.active)
            text = tr("%1 (inactive)").arg(text);
        rows.append({item.id, text});
    }
    fillRows(m_list, rows, m_currentId);
    m_approvals->setGroups(m_admin.groups());
    m_tasks->setGroups(m_admin.groups());
    if (reread != Reread::Refill) {
        // The choices offer what is there now, with the edits' own choices.
        fillChoices(edited);
        return;
    }
    showItem(latest);
}

void CatalogPage::showRecord(const QVariant& record)
{
    m_currentId = record.isValid() ? record.toLongLong() : 0;
    showItem(m_admin.item(m_currentId));
}

void CatalogPage::fillChoices(const api::CatalogItem& item)
{
    m_category->clear();
    m_category->addItem(tr("(none)"), QString());
    for (const Category& category : m_admin.categories())
        m_category->addItem(category.name, category.name);
    if (!item.category.isEmpty() && m_category->findData(item.category) < 0)
        m_category->addItem(item.category, item.category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(item.category)));

    m_group->clear();
    m_group->addItem(tr("(the desk's default queue)"), 0);
    for (const Group& group : m_admin.groups())
        m_group->addItem(group.name, group.id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(item.group.value_or(0))));

    m_sla->clear();
    m_sla->addItem(tr("(the desk's SLA rules)"), 0);
    for (const SlaPolicy& policy : m_admin.slaPolicies())
        m_sla->addItem(policy.name, policy.id);
    m_sla->setCurrentIndex(std::max(0, m_sla->findData(item.slaPolicy.value_or(0))));

    m_orgs->clear();
    for (const Organisation& org : m_admin.organisations()) {
        auto* row = new QListWidgetItem(org.name, m_orgs);
        row->setData(Qt::UserRole, org.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(item.audience.orgs.contains(org.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void CatalogPage::showItem(const std::optional<api::CatalogItem>& shown)
{
    clearProblem();
    api::CatalogItem item = shown.value_or(api::CatalogItem {});
    if (!shown)
        item.icon = u"package"_s;
    m_currentId = shown ? item.id : 0;
    m_name->setText(item.name);
    m_icon->setCurrentIndex(std::max(0, m_icon->findData(item.icon)));
    m_active->setChecked(item.active);
    m_description->setPlainText(item.description);
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it)
        it.value()->setChecked(item.audience.roles.contains(it.key()));
    fillChoices(item);
    m_designer->setForm(item.form);
    m_approvals->setSteps(CatalogAdmin::approvalSteps(item));
    m_admin.findPeople(m_approvals->people()); // their names, not their ids
    m_tasks->setTasks(item.tasks);
    if (m_edited.shown(shown.value_or(api::CatalogItem {}), draft()))
        hideStatus(); // the status spoke of an older version, or of a change meanwhile
}

api::CatalogItem CatalogPage::draft() const
{
    api::CatalogItem item;
    item.id = m_currentId;
    item.name = m_name->text().trimmed();
    item.description = m_description->toPlainText().trimmed();
    item.icon = m_icon->currentData().toString();
    item.category = m_category->currentData().toString();
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it) {
        if (it.value()->isChecked())
            item.audience.roles.append(it.key());
    }
    item.audience.roles.sort();
    for (int row = 0; row < m_orgs->count(); ++row) {
        if (m_orgs->item(row)->checkState() == Qt::Checked)
            item.audience.orgs.append(m_orgs->item(row)->data(Qt::UserRole).toLongLong());
    }
    item.form = m_designer->form();
    if (const qint64 group = m_group->currentData().toLongLong())
        item.group = group;
    if (const qint64 policy = m_sla->currentData().toLongLong())
        item.slaPolicy = policy;
    CatalogAdmin::setApprovalSteps(item, m_approvals->steps());
    item.tasks = m_tasks->tasks();
    item.active = m_active->isChecked();
    return item;
}

void CatalogPage::save()
{
    clearProblem();
    // A named person's step whose text names nobody the search offered: said under the step.
    const QList<api::ApprovalStep> steps = m_approvals->steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == api::ApprovalStep::Kind::User && steps.at(i).user <= 0) {
            showProblem(u"approvals[%1].user"_s.arg(i),
                        tr("names nobody: type part of a name, username or e-mail and choose "
                           "the person"));
            return;
        }
    }
    const api::CatalogItem item = draft();
    m_edited.sending(item);
    if (m_currentId == 0) {
        m_admin.create(api::CatalogItemCreateParams {item});
        return;
    }
    api::CatalogItemUpdateParams params;
    params.id = m_currentId;
    params.name = item.name;
    params.description = item.description;
    params.icon = item.icon;
    params.category = item.category.isEmpty() ? api::Nullable<QString>::null()
                                              : api::Nullable<QString>::of(item.category);
    params.audience = item.audience;
    params.form = item.form;
    params.group =
        item.group ? api::Nullable<qint64>::of(*item.group) : api::Nullable<qint64>::null();
    params.slaPolicy =
        item.slaPolicy ? api::Nullable<qint64>::of(*item.slaPolicy) : api::Nullable<qint64>::null();
    params.approvals = item.approvals;
    params.tasks = item.tasks;
    params.active = item.active;
    m_admin.update(params);
}

QString CatalogPage::inlineProblem() const
{
    return m_problem ? m_problem->text() : QString();
}

void CatalogPage::clearProblem()
{
    m_mark.clear();
    m_markedInput = nullptr;
    if (!m_problem)
        return;
    QFormLayout* form = nullptr;
    for (QFormLayout* candidate : {m_form, m_details}) {
        int row = -1;
        QFormLayout::ItemRole role {};
        candidate->getWidgetPosition(m_problem, &row, &role);
        if (row >= 0)
            form = candidate;
    }
    if (form)
        form->removeRow(m_problem.data());
    else
        delete m_problem.data();
}

void CatalogPage::showProblem(const QString& field, const QString& message)
{
    clearProblem();
    showRefusal(field, message);
    QWidget* input = nullptr;
    int section = -1;
    const auto path = listPath(field);
    if (path && path->list == u"tasks"_s) {
        input = m_tasks->input(path->row, path->part);
        section = TasksSection;
    } else if (path && path->list == u"approvals"_s) {
        input = m_approvals->input(path->row, path->part);
        section = ApprovalsSection;
    } else if ((path && path->list == u"form"_s) || field == u"form"_s) {
        input = m_designer->list();
        section = FormSection;
        if (path)
            m_designer->list()->setCurrentRow(path->row);
    } else if (field == u"name"_s) {
        input = m_name;
    } else if (field == u"icon"_s) {
        input = m_icon;
    } else {
        static const QHash<QString, int> details {{u"description"_s, 0},   {u"category"_s, 1},
                                                  {u"audience"_s, 2},      {u"audience.roles"_s, 2},
                                                  {u"audience.orgs"_s, 3}, {u"group"_s, 4},
                                                  {u"sla_policy"_s, 5}};
        const QList<QWidget*> inputs {m_description, m_category, m_roles.value(u"requester"_s),
                                      m_orgs,        m_group,    m_sla};
        if (details.contains(field)) {
            input = inputs.at(details.value(field));
            section = DetailsSection;
        } else if (field == u"approvals"_s) {
            input = m_approvals;
            section = ApprovalsSection;
        } else if (field == u"tasks"_s) {
            input = m_tasks;
            section = TasksSection;
        }
    }
    if (!input)
        return;
    if (section >= 0)
        m_sections->setCurrentIndex(section);
    // The problem in words under the input it names, the input marked and focused.
    auto* label =
        plainLabel(field.isEmpty() ? message : u"%1 %2"_s.arg(describeField(field), message));
    label->setObjectName(u"catalogFieldProblem"_s);
    label->setWordWrap(true);
    Theme::setStyleSheet(label, u"color: {ErrorText};"_s);
    QFormLayout* form = nullptr;
    bool placed = false;
    for (QWidget* widget = input; widget && widget != this && !placed;
         widget = widget->parentWidget()) {
        if (QWidget* holder = widget->parentWidget(); holder && holder->layout())
            placed = insertUnder(holder->layout(), widget, label, &form);
    }
    if (!placed)
        delete label;
    else
        m_problem = label;
    m_markedInput = input;
    m_mark.show(input);
}

} // namespace frontline::client::ui
