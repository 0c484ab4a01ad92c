#pragma once

#include "api/cmdbapi.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace frontline::client::ui {

// What depends on the selected CI (issue 22, ci.impact): the services, users and
// organisations reached, with their counts, the other CIs, and a warning when the walk's
// bound cut it short. Activating a CI opens it in the browser.
class CiImpactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiImpactPanel)

public:
    explicit CiImpactPanel(QWidget* parent = nullptr);

    void showImpact(const api::CiImpact& impact);
    void clear();
    QLabel* summary() const { return m_summary; }
    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void openCiRequested(qint64 id);

private:
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace frontline::client::ui
