#pragma once

#include "client/app/admin/adminpage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace frontline::client {
class MailOutboxAdmin;
}

namespace frontline::client::ui {

// The notification mails on their way (issue 19): queued, sent and failed, with recipient,
// subject, ticket, attempts, next try and the last error; a state filter, the counts, and
// Retry now for a failed or waiting mail. Refreshed live while the page is shown. The calls
// are MailOutboxAdmin's.
class MailOutboxPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailOutboxPage)

public:
    static constexpr int RefreshMs = 3000;

    explicit MailOutboxPage(MailOutboxAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    qint64 selectedId() const;
    void showCounts();
    void updateRetry();

    MailOutboxAdmin& m_admin;
    QComboBox* m_filter;
    QLabel* m_counts;
    QTableView* m_table;
    QPushButton* m_retry;
    QPushButton* m_refresh;
};

} // namespace frontline::client::ui
