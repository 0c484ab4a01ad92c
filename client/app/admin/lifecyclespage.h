#pragma once

#include "client/app/admin/adminpage.h"
#include "client/core/admin/lifecycleform.h"
#include "domain/enums.h"

class QLineEdit;
class QTableWidget;

namespace frontline::client {
class Session;
class LifecycleEditor;
} // namespace frontline::client

namespace frontline::client::ui {

// Lifecycles (admins): per ticket type, the states and the transitions between them with the
// roles that may take them and what they require, edited as two tables. The controller checks
// the lifecycle before it is sent and the server checks it again; a refusal is shown with the
// row and column it names, and that cell is marked.
class LifecyclesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecyclesPage)

public:
    LifecyclesPage(LifecycleEditor& editor, QWidget* parent = nullptr);

    void reload() override;
    // What the tables hold now, and the type they show.
    LifecycleForm form() const;
    void setForm(const LifecycleForm& form);
    TicketType type() const { return m_type; }
    void showType(TicketType type);
    // The last refusal's field ("transitions[1].to"), empty when none is shown.
    QString problemField() const { return m_problemField; }
    void addState(const LifecycleForm::State& state);
    void addTransition(const LifecycleForm::Transition& transition);

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString describeField(const QString& field) const override;

private:
    void showProblem(const QString& field, const QString& message);
    void markCell(const QString& field, bool mark);

    LifecycleEditor& m_editor;
    QLineEdit* m_initial;
    QTableWidget* m_states;
    QTableWidget* m_transitions;
    TicketType m_type = TicketType::Incident;
    QString m_problemField;
};

} // namespace frontline::client::ui
