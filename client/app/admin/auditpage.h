#pragma once

#include "client/app/admin/adminpage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace frontline::client {
class AuditAdmin;
}

namespace frontline::client::ui {

// The audit log (issue 20, admins): who changed which security or configuration setting, when,
// from where and how, newest first; filters by kind of change, words and dates; the chosen
// entry's fields before and after; Export CSV. Read-only: nothing here changes the log. The
// calls are AuditAdmin's.
class AuditPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    AuditPage(AuditAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void applyFilter();
    void showEntry(int row);
    void exportCsv();

    AuditAdmin& m_admin;
    QComboBox* m_action;
    QLineEdit* m_text;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QTreeWidget* m_details;
    QLabel* m_where;
};

} // namespace frontline::client::ui
