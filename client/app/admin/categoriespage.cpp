#include "categoriespage.h"

#include "api/directoryapi.h"
#include "client/core/admin/cannedadmin.h"
#include "client/core/admin/categoryadmin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CategoriesPage::CategoriesPage(CategoryAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_group(new QComboBox)
    , m_active(new QCheckBox(tr("Offered on new tickets")))
{
    setObjectName(u"categoriesPage"_s);
    m_name->setObjectName(u"categoryNameEdit"_s);
    m_group->setObjectName(u"categoryGroupBox"_s);
    m_active->setObjectName(u"categoryActiveBox"_s);
    m_description->setMaximumHeight(80);
    m_form->addRow(tr("&Name"), m_name);
    m_name->setToolTip(tr("The category's name as requesters and agents see it."));
    m_form->addRow(tr("&Description"), m_description);
    m_description->setToolTip(tr("What belongs in this category; shown when choosing one."));
    m_form->addRow(tr("Routes to &group"), m_group);
    m_group->setToolTip(tr("New tickets of this category go to this group's queue."));
    m_form->addRow(QString(), m_active);
    m_active->setToolTip(tr("Checked: the category can be chosen for new tickets; unchecked keeps "
                            "it on old tickets only."));

    followBusy(m_admin);
    connect(&m_admin, &CategoryAdmin::loaded, this, &CategoriesPage::listCategories);
    connect(&m_admin, &CategoryAdmin::saved, this, [this](const Category& category, bool created) {
        m_currentId = category.id;
        markEditorSaved();
        showStatus(created ? tr("Category created.") : tr("Saved."), false);
    });
    connect(&m_admin, &CategoryAdmin::refused, this, &CategoriesPage::showProblem);
    fillGroups();
    showCategory(std::nullopt);
}

void CategoriesPage::reload()
{
    m_admin.reload();
}

// The categories and groups as the server has them now: the list, the groups to route to,
// and the form of the category shown.
void CategoriesPage::listCategories()
{
    const bool keepEditor = hasUnsavedEdits();
    fillGroups();
    QList<AdminRow> rows;
    for (const Category& category : m_admin.categories()) {
        rows.append(
            {category.id, category.active ? category.name : tr("%1 — retired").arg(category.name)});
    }
    fillRows(m_list, rows, m_currentId);
    if (!keepEditor)
        showCategory(m_admin.category(m_currentId));
}

// The groups to route to, keeping the one chosen.
void CategoriesPage::fillGroups()
{
    const QVariant chosen = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("No group (triage by hand)"));
    for (const Group& group : m_admin.groups())
        m_group->addItem(tr("%1 (L%2)").arg(group.name).arg(group.tier), group.id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
}

void CategoriesPage::showRecord(const QVariant& record)
{
    showCategory(m_admin.category(record.toLongLong()));
}

void CategoriesPage::showCategory(const std::optional<Category>& shown)
{
    m_mark.clear();
    m_problemField.clear();
    const Category category = shown.value_or(Category());
    m_currentId = category.id;
    m_name->setText(category.name);
    m_description->setPlainText(category.description);
    m_group->setCurrentIndex(
        category.defaultGroup ? std::max(0, m_group->findData(category.defaultGroup->id)) : 0);
    m_active->setChecked(!shown || category.active);
    m_active->setEnabled(shown.has_value());
    markEditorClean();
}

void CategoriesPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    const QVariant group = m_group->currentData();
    if (!m_currentId) {
        api::CategoryCreateParams params;
        params.name = m_name->text().trimmed();
        params.description = m_description->toPlainText().trimmed();
        if (group.isValid())
            params.defaultGroup = group.toLongLong();
        m_admin.create(params);
        return;
    }
    api::CategoryUpdateParams params;
    params.id = m_currentId;
    params.name = m_name->text().trimmed();
    params.description = m_description->toPlainText().trimmed();
    params.defaultGroup = group.isValid() ? api::Nullable<qint64>::of(group.toLongLong())
                                          : api::Nullable<qint64>::null();
    params.active = m_active->isChecked();
    m_admin.update(params);
}

void CategoriesPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    QWidget* widget = nullptr;
    if (field == u"name"_s)
        widget = m_name;
    else if (field == u"description"_s)
        widget = m_description;
    else if (field == u"default_group"_s)
        widget = m_group;
    else if (field == u"active"_s)
        widget = m_active;
    m_mark.show(widget);
}

CannedPage::CannedPage(CannedAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_title(new QLineEdit)
    , m_body(new QPlainTextEdit)
{
    setObjectName(u"cannedPage"_s);
    m_title->setObjectName(u"cannedTitleEdit"_s);
    m_body->setObjectName(u"cannedBodyEdit"_s);
    m_form->addRow(tr("&Title"), m_title);
    m_title->setToolTip(tr("The name agents pick the canned response by."));
    m_form->addRow(tr("&Text"), m_body);
    m_body->setToolTip(tr("The text put into the reply; the agent can edit it before sending."));
    auto* help = new QLabel(tr("Placeholders: {{requester.name}}, {{requester.first_name}}, "
                               "{{ticket.id}}, {{ticket.title}}, {{agent.name}}"));
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    help->setEnabled(false);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(help);
    extra->addStretch(1);
    offerDelete(tr("&Delete"));

    followBusy(m_admin);
    connect(&m_admin, &CannedAdmin::loaded, this, [this] {
        QList<AdminRow> rows;
        for (const api::CannedResponse& response : m_admin.responses())
            rows.append({response.id, response.title});
        fillRows(m_list, rows, m_currentId);
        if (!hasUnsavedEdits())
            showResponse(m_admin.response(m_currentId));
    });
    connect(&m_admin, &CannedAdmin::saved, this,
            [this](const api::CannedResponse& response, bool created) {
                m_currentId = response.id;
                setDeletable(true);
                markEditorSaved();
                showStatus(created ? tr("Canned response created.") : tr("Saved."), false);
            });
    connect(&m_admin, &CannedAdmin::removed, this, [this] {
        m_currentId = 0;
        setDeletable(false);
        markEditorClean(); // the list read next empties the editor
        showStatus(tr("Deleted."), false);
    });
    connect(&m_admin, &CannedAdmin::refused, this, &CannedPage::showProblem);
    showResponse(std::nullopt);
}

void CannedPage::reload()
{
    m_admin.reload();
}

void CannedPage::showRecord(const QVariant& record)
{
    showResponse(m_admin.response(record.toLongLong()));
}

void CannedPage::showResponse(const std::optional<api::CannedResponse>& shown)
{
    m_mark.clear();
    m_problemField.clear();
    const api::CannedResponse response = shown.value_or(api::CannedResponse());
    m_currentId = response.id;
    setDeletable(m_currentId != 0);
    m_title->setText(response.title);
    m_body->setPlainText(response.body);
    markEditorClean();
}

QString CannedPage::deleteQuestion() const
{
    const auto response = m_admin.response(m_currentId);
    return response ? tr("Delete the canned response “%1”? Replies already written with it stay "
                         "as they are.")
                          .arg(response->title)
                    : QString();
}

void CannedPage::removeRecord()
{
    if (m_currentId != 0)
        m_admin.remove(m_currentId);
}

void CannedPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    if (!m_currentId) {
        m_admin.create({m_title->text().trimmed(), m_body->toPlainText()});
        return;
    }
    api::CannedUpdateParams params;
    params.id = m_currentId;
    params.title = m_title->text().trimmed();
    params.body = m_body->toPlainText();
    m_admin.update(params);
}

void CannedPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    QWidget* widget = nullptr;
    if (field == u"title"_s)
        widget = m_title;
    else if (field == u"body"_s)
        widget = m_body;
    m_mark.show(widget);
}

} // namespace frontline::client::ui
