#include "resolveproblemdialog.h"

#include "client/widgets/safetext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ResolveProblemDialog::ResolveProblemDialog(const api::ProblemDetail& problem, QWidget* parent)
    : QDialog(parent)
    , m_resolution(new QPlainTextEdit)
    , m_resolveIncidents(new QCheckBox)
    , m_reply(new QPlainTextEdit)
{
    setObjectName(u"resolveProblemDialog"_s);
    setWindowTitle(tr("Resolve problem #%1").arg(problem.id));
    int open = 0;
    for (const api::ProblemIncident& incident : problem.incidents)
        open += incident.open ? 1 : 0;
    m_resolution->setObjectName(u"problemResolution"_s);
    m_resolution->setAccessibleName(tr("Resolution"));
    m_resolution->setAccessibleDescription(tr("How the problem was fixed"));
    m_resolution->setTabChangesFocus(true);
    m_resolveIncidents->setObjectName(u"problemResolveIncidents"_s);
    m_resolveIncidents->setText(
        tr("Also resolve its %n open incident(s) and tell their requesters", nullptr, open));
    m_resolveIncidents->setChecked(open > 0);
    m_resolveIncidents->setEnabled(open > 0);
    m_reply->setObjectName(u"problemIncidentReply"_s);
    m_reply->setAccessibleName(tr("Reply to the incidents"));
    m_reply->setAccessibleDescription(tr("The public reply each incident's requester receives"));
    m_reply->setTabChangesFocus(true);
    m_reply->setPlainText(problem.workaround);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resolve"));
    auto* form = new QFormLayout(this);
    form->addRow(plainLabel(tr("Problem: %1").arg(problem.title)));
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(m_resolveIncidents);
    form->addRow(tr("Reply to &incidents:"), m_reply);
    form->addRow(buttons);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_resolution->toPlainText().trimmed().isEmpty());
        m_reply->setEnabled(m_resolveIncidents->isChecked());
    };
    connect(m_resolution, &QPlainTextEdit::textChanged, this, update);
    connect(m_resolveIncidents, &QCheckBox::toggled, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ResolveProblemDialog::resolution() const
{
    return m_resolution->toPlainText().trimmed();
}

bool ResolveProblemDialog::resolveIncidents() const
{
    return m_resolveIncidents->isChecked();
}

QString ResolveProblemDialog::reply() const
{
    return resolveIncidents() ? m_reply->toPlainText().trimmed() : QString();
}

} // namespace frontline::client::ui
