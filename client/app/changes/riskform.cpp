#include "riskform.h"

#include "client/app/changes/riskstyle.h"
#include "client/core/changes/changesetup.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

RiskForm::RiskForm(ChangeSetup& setup, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_form(new QFormLayout)
    , m_level(plainLabel())
{
    setObjectName(u"riskForm"_s);
    m_level->setObjectName(u"riskLevelChip"_s);
    m_level->setAccessibleName(tr("Risk level"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_level, 0, Qt::AlignLeft);
    connect(&setup, &ChangeSetup::loaded, this, &RiskForm::rebuild);
    rebuild();
}

void RiskForm::rebuild()
{
    const QMap<QString, int> kept = answers();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_choices.clear();
    for (const api::RiskQuestion& question : m_setup.questionnaire().questions) {
        auto* choice = new QComboBox;
        choice->setObjectName(u"risk_"_s + question.id);
        choice->setAccessibleName(question.text);
        choice->addItem(tr("(not answered)"), -1);
        for (int i = 0; i < question.options.size(); ++i)
            choice->addItem(question.options[i].label, i);
        auto* label = plainLabel(question.text);
        label->setWordWrap(true);
        label->setBuddy(choice);
        m_form->addRow(label, choice);
        m_choices.insert(question.id, choice);
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            showLevel();
            Q_EMIT changed();
        });
    }
    setAnswers(kept);
}

QMap<QString, int> RiskForm::answers() const
{
    QMap<QString, int> out;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const int index = it.value()->currentData().toInt();
        if (index >= 0)
            out.insert(it.key(), index);
    }
    return out;
}

void RiskForm::setAnswers(const QMap<QString, int>& answers)
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        QComboBox* choice = it.value();
        const QSignalBlocker quiet(choice);
        choice->setCurrentIndex(std::max(0, choice->findData(answers.value(it.key(), -1))));
    }
    showLevel();
}

bool RiskForm::answer(const QString& id, int index)
{
    QComboBox* choice = m_choices.value(id);
    const int row = choice ? choice->findData(index) : -1;
    if (row < 0)
        return false;
    choice->setCurrentIndex(row);
    return true;
}

QString RiskForm::level() const
{
    return m_setup.riskLevel(answers());
}

void RiskForm::showLevel()
{
    const QString current = level();
    showRiskChip(m_level, current, m_setup.riskLabel(current));
}

} // namespace frontline::client::ui
