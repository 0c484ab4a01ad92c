#pragma once

#include "api/workspaceapi.h"
#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"
#include "domain/category.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace frontline::client {
class Session;
class CannedAdmin;
class CategoryAdmin;
} // namespace frontline::client

namespace frontline::client::ui {

// Ticket categories and the group each one routes to; retired categories stay on old
// tickets but are no longer offered. The calls are CategoryAdmin's.
class CategoriesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPage)

public:
    CategoriesPage(CategoryAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The params field of the refusal shown ("name"), empty when none is.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void showCategory(const std::optional<Category>& category);
    void listCategories();
    void fillGroups();
    void showProblem(const QString& field, const QString& message);

    CategoryAdmin& m_admin;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_group;
    QCheckBox* m_active;
    qint64 m_currentId = 0; // 0: a new category
    QString m_problemField;
    FieldMark m_mark;
};

// Canned responses: reusable replies with placeholders ({{requester.name}}, {{ticket.id}},
// {{agent.name}}...) that agents insert from the composer. The calls are CannedAdmin's.
class CannedPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedPage)

public:
    CannedPage(CannedAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The params field of the refusal shown ("title"), empty when none is.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;

private:
    void showResponse(const std::optional<api::CannedResponse>& response);
    void showProblem(const QString& field, const QString& message);

    CannedAdmin& m_admin;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    qint64 m_currentId = 0; // 0: a new response
    QString m_problemField;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
