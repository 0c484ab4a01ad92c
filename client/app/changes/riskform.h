#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace frontline::client {
class ChangeSetup;
} // namespace frontline::client

namespace frontline::client::ui {

// The change's risk questionnaire (issue 22): one choice per question of change.questionnaire,
// and the risk level the answers give, as a coloured chip kept current while the user answers.
class RiskForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskForm)

public:
    explicit RiskForm(ChangeSetup& setup, QWidget* parent = nullptr);

    // Question id -> the chosen option's index (unanswered questions left out).
    QMap<QString, int> answers() const;
    void setAnswers(const QMap<QString, int>& answers);
    // Answers the question `id` with its option `index` (tests and keyboard users alike).
    bool answer(const QString& id, int index);
    QString level() const;
    QLabel* levelChip() const { return m_level; }
    // The question's choice, to point at when the server names `risk.<id>`.
    QComboBox* choice(const QString& id) const { return m_choices.value(id); }

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void showLevel();

    ChangeSetup& m_setup;
    QFormLayout* m_form;
    QLabel* m_level;
    QMap<QString, QComboBox*> m_choices;
};

} // namespace frontline::client::ui
