#pragma once

#include "api/cmdbapi.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace frontline::client::ui {

// The selected CI in the browser (issue 22): its class, status, owner, organisation, host
// name, serial, its attributes by its class's fields, and its relationships in and out (a
// relationship chosen here is the one "Remove relation" removes; one activated opens its CI).
class CiDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiDetailsPanel)

public:
    explicit CiDetailsPanel(QWidget* parent = nullptr);

    void showCi(const api::Ci& ci, const api::CiClass* ciClass);
    void clear();
    // The outgoing relationship chosen in the list, if any (incoming ones belong to the other CI).
    std::optional<api::CiRelation> chosenOutgoing() const;
    QTreeWidget* relations() const { return m_relations; }

Q_SIGNALS:
    void openCiRequested(qint64 id);

private:
    QLabel* m_title;
    QLabel* m_facts;
    QTreeWidget* m_relations;
    api::Ci m_ci;
};

} // namespace frontline::client::ui
