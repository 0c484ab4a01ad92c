#include "candidateproblemswindow.h"

#include "client/core/problems/problemcandidates.h"
#include "client/widgets/safetext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CandidateProblemsWindow::CandidateProblemsWindow(ProblemCandidatesModel& model, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_days(new QSpinBox)
    , m_minimum(new QSpinBox)
    , m_list(new QTreeView)
    , m_details(plainLabel())
    , m_create(new QPushButton(tr("&Create problem…")))
{
    setObjectName(u"candidateProblemsWindow"_s);
    setWindowTitle(tr("Candidate problems"));
    m_days->setObjectName(u"candidateDays"_s);
    m_days->setRange(1, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Period"));
    m_minimum->setObjectName(u"candidateMinimum"_s);
    m_minimum->setRange(2, 50);
    m_minimum->setValue(3);
    m_minimum->setAccessibleName(tr("Smallest group"));
    m_list->setObjectName(u"candidateList"_s);
    m_list->setAccessibleName(tr("Candidate problems"));
    m_list->setAccessibleDescription(
        tr("Recurring incidents of one category with similar words, not linked to a problem"));
    m_list->setModel(&model);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(ProblemCandidatesModel::Title, QHeaderView::Stretch);
    m_details->setObjectName(u"candidateDetails"_s);
    m_details->setAccessibleName(tr("Incidents of the selected group"));
    m_details->setWordWrap(true);
    m_create->setObjectName(u"createFromCandidateButton"_s);
    m_create->setEnabled(false);
    auto* refresh = new QPushButton(tr("&Refresh"));

    auto* filters = new QFormLayout;
    filters->addRow(tr("Created within:"), m_days);
    filters->addRow(tr("At least (incidents):"), m_minimum);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    resize(640, 420);

    const auto reload = [this] { m_model.reload(m_days->value(), m_minimum->value()); };
    connect(refresh, &QPushButton::clicked, this, reload);
    connect(&model, &ProblemCandidatesModel::loaded, this, [this] {
        if (m_model.rowCount() > 0)
            m_list->setCurrentIndex(m_model.index(0, 0));
        showSelected();
    });
    connect(&model, &ProblemCandidatesModel::failed, this,
            [this](const QString& message) { setPlainText(m_details, message); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CandidateProblemsWindow::showSelected);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const auto& incidents = m_model.candidate(index.row()).incidents;
        if (!incidents.isEmpty())
            Q_EMIT openTicketRequested(incidents.first().id);
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT createProblemRequested(row);
    });
    reload();
}

int CandidateProblemsWindow::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CandidateProblemsWindow::showSelected()
{
    const int row = selectedRow();
    m_create->setEnabled(row >= 0);
    if (row < 0) {
        setPlainText(m_details,
                     m_model.rowCount() == 0 ? tr("No recurring incidents found in this period.")
                                             : QString());
        return;
    }
    QStringList lines;
    for (const api::ProblemIncident& incident : m_model.candidate(row).incidents)
        lines.append(tr("#%1  %2").arg(incident.id).arg(incident.title));
    setPlainText(m_details, lines.join(u'\n'));
}

} // namespace frontline::client::ui
