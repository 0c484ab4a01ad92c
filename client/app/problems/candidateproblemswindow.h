#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace frontline::client {
class ProblemCandidatesModel;
} // namespace frontline::client

namespace frontline::client::ui {

// "Candidate problems" (issue 22, Go menu): groups of recurring incidents the server found,
// each with a suggested title; "Create problem…" makes a problem from the selected group.
class CandidateProblemsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateProblemsWindow)

public:
    explicit CandidateProblemsWindow(ProblemCandidatesModel& model, QWidget* parent = nullptr);

Q_SIGNALS:
    // Make a problem from the group in this row of the model.
    void createProblemRequested(int row);
    void openTicketRequested(qint64 id);

private:
    void showSelected();
    int selectedRow() const;

    ProblemCandidatesModel& m_model;
    QSpinBox* m_days;
    QSpinBox* m_minimum;
    QTreeView* m_list;
    QLabel* m_details;
    QPushButton* m_create;
};

} // namespace frontline::client::ui
