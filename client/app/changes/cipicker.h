#pragma once

#include "api/cmdbapi.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace frontline::client {
class CiFinder;
} // namespace frontline::client

namespace frontline::client::ui {

// The affected CIs of a change, a window or an outage announcement (issue 22): a search field
// (ci.search through a CiFinder, as the user types), the CIs found (Enter or a click adds one)
// and the chosen CIs as chips (a click or Delete removes one).
class CiPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiPicker)

public:
    explicit CiPicker(CiFinder& finder, QWidget* parent = nullptr);

    QList<qint64> ids() const;
    void setCis(const QList<api::CiNode>& cis);
    void addCi(qint64 id, const QString& name);
    void removeCi(qint64 id);
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QListWidget* chips() const { return m_chips; }

Q_SIGNALS:
    void changed();

private:
    void showFound(const QList<api::Ci>& cis);
    void addFound(QListWidgetItem* item);

    CiFinder& m_finder;
    QLineEdit* m_search;
    QListWidget* m_results;
    QListWidget* m_chips;
    QTimer* m_typing;
};

} // namespace frontline::client::ui
