#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace frontline::api {
struct WebhookInfo;
}

namespace frontline::client {
class WebhookAdmin;
}

namespace frontline::client::ui {

// Webhooks (issue 23): the receivers the desk POSTs ticket events to. A hook's URL, the events
// it gets (or all of them) and whether it is on; a new hook's secret is shown once, with Copy;
// Send test queues a ping; the delivery log of the chosen hook with state, attempts, HTTP
// status and the last error, and Redeliver. The calls are WebhookAdmin's.
class WebhooksPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    explicit WebhooksPage(WebhookAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The secret of the hook just created, as shown (empty once another hook is chosen).
    QString shownSecret() const;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;

private:
    void listHooks();
    void showHook(const std::optional<api::WebhookInfo>& hook);
    QStringList checkedEvents() const;
    void showProblem(const QString& field, const QString& message);
    void updateButtons();
    qint64 selectedDelivery() const;

    WebhookAdmin& m_admin;
    qint64 m_currentId = 0;
    QLineEdit* m_url;
    QCheckBox* m_allEvents;
    QHash<QString, QCheckBox*> m_events;
    QCheckBox* m_active;
    QLabel* m_health;
    QWidget* m_secretRow;
    QLineEdit* m_secret;
    QPushButton* m_copySecret;
    QPushButton* m_test;
    QTableView* m_deliveries;
    QPushButton* m_redeliver;
    QPushButton* m_refresh;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
