#pragma once

#include "client/app/admin/adminpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace frontline::client::ui {

// Ticket categories and the group each one routes to; retired categories stay on old
// tickets but are no longer offered.
class CategoriesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPage)

public:
    explicit CategoriesPage(Session& session, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_group;
    QCheckBox* m_active;
    QJsonObject m_current;
};

// Canned responses: reusable replies with placeholders ({{requester.name}}, {{ticket.id}},
// {{agent.name}}...) that agents insert from the composer.
class CannedPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedPage)

public:
    explicit CannedPage(Session& session, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    QJsonObject m_current;
};

} // namespace frontline::client::ui
