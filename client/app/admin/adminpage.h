#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client {
class Session;
}

namespace frontline::rpc {
struct RpcError;
}

namespace frontline::client::ui {

// One page of the administration window: a list of records on the left, the chosen one's
// form on the right, New and Save. Calls go straight to the server (administration is done
// online); a refused call shows the server's reason next to the form, naming the field.
class AdminPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    explicit AdminPage(Session& session, QWidget* parent = nullptr);

    virtual void reload() = 0;
    QString statusText() const;
    bool isBusy() const { return m_pending > 0; } // calls on their way

protected:
    // The selected row's data (UserRole), or an invalid variant for "new".
    virtual void showRecord(const QVariant& record) = 0;
    virtual void save() = 0;
    // How a refused call's field is named to the user ("conditions[1].op" on the rules page).
    virtual QString describeField(const QString& field) const;

    void call(const QString& method, const QJsonObject& params,
              std::function<void(const QJsonValue&)> done);
    void showStatus(const QString& text, bool error);
    void selectRecord(qint64 id); // after a reload: the row whose data has this "id"
    // Lists `items` (a list method's result), each shown as `text` says, then selects the
    // record with id `keep` (0: a blank form for a new one).
    void fillList(const QJsonValue& result, const std::function<QString(const QJsonObject&)>& text,
                  qint64 keep);

    Session& m_session;
    QListWidget* m_list;
    QFormLayout* m_form;
    QPushButton* m_new;
    QPushButton* m_save;
    QLabel* m_status;
    QWidget* m_extra; // below the form, for page-specific controls
    int m_pending = 0;
};

} // namespace frontline::client::ui
