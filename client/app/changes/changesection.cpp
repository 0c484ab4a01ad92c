#include "changesection.h"

#include "client/app/changes/reviewdialog.h"
#include "client/app/changes/riskstyle.h"
#include "client/core/changes/changedesk.h"
#include "client/core/changes/conflicttext.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QString kindText(const QString& kind)
{
    if (kind == u"standard"_s)
        return ChangeSection::tr("Standard change (pre-approved)");
    if (kind == u"emergency"_s)
        return ChangeSection::tr("Emergency change");
    return ChangeSection::tr("Normal change");
}

QString names(const QList<api::CiNode>& nodes)
{
    QStringList out;
    for (const api::CiNode& node : nodes)
        out.append(node.name);
    return out.join(ChangeSection::tr(", "));
}

// Why Edit change… is or is not offered for a change in this status.
QString editToolTip(const QString& status, bool open)
{
    if (status == u"new"_s || status == u"assessment"_s)
        return ChangeSection::tr("Change the kind, CIs, plans, risk answers or schedule");
    if (status == u"awaiting_approval"_s)
        return ChangeSection::tr("The board is deciding on this plan: it can be edited again if "
                                 "the board sends it back to assessment");
    if (!open)
        return ChangeSection::tr("The change is no longer open");
    return ChangeSection::tr("Approved changes keep their plan; only the schedule may still "
                             "move (Reschedule…)");
}

QLabel* wrapped(const QString& name)
{
    auto* label = plainLabel();
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ChangeSection::ChangeSection(ChangeDesk& desk, QWidget* parent)
    : QGroupBox(tr("Change"), parent)
    , m_desk(desk)
    , m_kind(wrapped(u"changeKindText"_s))
    , m_risk(plainLabel())
    , m_schedule(wrapped(u"changeSchedule"_s))
    , m_cis(wrapped(u"changeCis"_s))
    , m_impact(wrapped(u"changeImpact"_s))
    , m_impactLists(wrapped(u"changeImpactLists"_s))
    , m_conflicts(new QListWidget)
    , m_plans(wrapped(u"changePlans"_s))
    , m_review(wrapped(u"changeReview"_s))
    , m_edit(new QPushButton(tr("E&dit change…")))
    , m_submit(new QPushButton(tr("Su&bmit for approval")))
    , m_reviewButton(new QPushButton(tr("Re&view…")))
    , m_reschedule(new QPushButton(tr("Re&schedule…")))
    , m_incidents(new QListWidget)
    , m_incidentNumber(new QLineEdit)
    , m_link(new QPushButton(tr("Link &incident")))
    , m_unlink(new QPushButton(tr("Unlink selected")))
    , m_status(plainLabel())
{
    setObjectName(u"changeSection"_s);
    m_risk->setObjectName(u"changeRiskChip"_s);
    m_risk->setAccessibleName(tr("Risk level"));
    m_conflicts->setObjectName(u"changeConflicts"_s);
    m_conflicts->setAccessibleName(tr("Schedule conflicts"));
    m_conflicts->setAccessibleDescription(tr("Activate a conflict with another change to open it"));
    m_conflicts->setMaximumHeight(80);
    m_conflicts->setWordWrap(true);
    m_edit->setObjectName(u"changeEditButton"_s);
    m_submit->setObjectName(u"changeSubmitButton"_s);
    m_submit->setAccessibleDescription(
        tr("Standard changes are approved at once; others go to the change advisory board"));
    m_reviewButton->setObjectName(u"changeReviewButton"_s);
    m_reschedule->setObjectName(u"changeRescheduleButton"_s);
    m_incidents->setObjectName(u"changeIncidents"_s);
    m_incidents->setAccessibleName(tr("Incidents caused by this change"));
    m_incidents->setMaximumHeight(70);
    m_incidentNumber->setObjectName(u"changeIncidentNumber"_s);
    m_incidentNumber->setAccessibleName(tr("Incident number to link"));
    m_incidentNumber->setPlaceholderText(tr("Incident #"));
    m_incidentNumber->setValidator(new QIntValidator(1, 999999999, m_incidentNumber));
    m_link->setObjectName(u"changeLinkIncidentButton"_s);
    m_unlink->setObjectName(u"changeUnlinkIncidentButton"_s);
    m_status->setObjectName(u"changeStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_kind, 1);
    top->addWidget(m_risk);
    auto* form = new QFormLayout;
    form->addRow(tr("Schedule:"), m_schedule);
    form->addRow(tr("Affected CIs:"), m_cis);
    form->addRow(tr("Impact:"), m_impact);
    form->addRow(QString(), m_impactLists);
    form->addRow(tr("Conflicts:"), m_conflicts);
    form->addRow(tr("Plans:"), m_plans);
    form->addRow(tr("Review:"), m_review);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_submit);
    actions->addWidget(m_reschedule);
    actions->addWidget(m_reviewButton);
    actions->addStretch(1);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_incidentNumber);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    linkRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(plainLabel(tr("Incidents caused by this change:")));
    layout->addWidget(m_incidents);
    layout->addLayout(linkRow);
    layout->addWidget(m_status);

    connect(m_conflicts, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT openTicketRequested(id);
    });
    connect(m_incidents, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openTicketRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_edit, &QPushButton::clicked, this, &ChangeSection::editRequested);
    connect(m_submit, &QPushButton::clicked, this, [this] { m_desk.submit(); });
    connect(m_reviewButton, &QPushButton::clicked, this, &ChangeSection::review);
    connect(m_reschedule, &QPushButton::clicked, this, &ChangeSection::reschedule);
    connect(&desk, &ChangeDesk::saved, this, [this] { showStatus(tr("Saved."), false); });
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_incidentNumber->text().toLongLong(); id > 0)
            m_desk.linkIncidents({id});
    });
    connect(m_incidentNumber, &QLineEdit::returnPressed, m_link, &QPushButton::click);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const QListWidgetItem* item : m_incidents->selectedItems())
            ids.append(item->data(Qt::UserRole).toLongLong());
        m_desk.unlinkIncidents(ids);
    });
    connect(&desk, &ChangeDesk::changeChanged, this, &ChangeSection::render);
    connect(&desk, &ChangeDesk::submitted, this, [this] {
        showStatus(m_desk.change() && m_desk.change()->status == u"approved"_s
                       ? tr("Submitted: approved at once (a standard change).")
                       : tr("Submitted to the change advisory board."),
                   false);
    });
    connect(&desk, &ChangeDesk::reviewed, this, [this] { showStatus(tr("Review saved."), false); });
    connect(&desk, &ChangeDesk::failed, this,
            [this](const QString& message, const QString&) { showStatus(message, true); });
    render();
}

void ChangeSection::showStatus(const QString& text, bool error)
{
    setPlainText(m_status, text);
    Theme::setStyleSheet(m_status, error ? u"color: {ErrorText};"_s : u"color: {InfoText};"_s);
    m_status->show();
}

void ChangeSection::render()
{
    const auto& change = m_desk.change();
    setVisible(change.has_value());
    if (!change)
        return;
    QString kind = kindText(change->kind);
    if (!change->templateName.isEmpty())
        kind = tr("%1 from “%2”").arg(kind, change->templateName);
    setPlainText(m_kind, kind);
    showRiskChip(m_risk, change->riskLevel);
    const QLocale locale;
    const auto time = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    setPlainText(m_schedule,
                 change->plannedStart && change->plannedEnd
                     ? tr("%1 – %2").arg(time(*change->plannedStart), time(*change->plannedEnd))
                     : tr("not scheduled yet"));
    setPlainText(m_cis, change->cis.isEmpty() ? tr("none yet") : names(change->cis));
    setPlainText(m_impact, describeImpact(change->impact));
    QStringList lists;
    if (!change->impact.services.isEmpty())
        lists.append(tr("Services: %1").arg(names(change->impact.services)));
    if (!change->impact.organisations.isEmpty())
        lists.append(tr("Organisations: %1").arg(names(change->impact.organisations)));
    if (!change->impact.users.isEmpty())
        lists.append(tr("Users: %1").arg(names(change->impact.users)));
    setPlainText(m_impactLists, lists.join(u'\n'));
    m_impactLists->setVisible(!lists.isEmpty());

    m_conflicts->clear();
    for (const api::ChangeConflict& conflict : change->conflicts) {
        auto* item = new QListWidgetItem(describeConflict(conflict), m_conflicts);
        item->setData(Qt::UserRole, conflict.change.value_or(0));
        item->setForeground(Theme::colour(Theme::Role::ErrorText));
    }
    if (change->conflicts.isEmpty())
        new QListWidgetItem(tr("No conflicts."), m_conflicts);

    QStringList plans;
    const auto plan = [&plans](const QString& name, const QString& text) {
        plans.append(tr("%1: %2").arg(name, text.isEmpty() ? tr("(missing)") : text));
    };
    plan(tr("Implementation"), change->implementationPlan);
    plan(tr("Back-out"), change->backoutPlan);
    plan(tr("Test"), change->testPlan);
    setPlainText(m_plans, plans.join(u'\n'));

    if (change->review)
        setPlainText(m_review,
                     tr("%1 (by %2): %3")
                         .arg(reviewOutcomeText(change->review->outcome),
                              change->review->reviewedByName, change->review->notes));
    else
        setPlainText(m_review,
                     change->status == u"resolved"_s ? tr("due: the change is implemented")
                                                     : tr("after implementation"));

    m_incidents->clear();
    for (const api::ChangeIncident& incident : change->causedIncidents) {
        auto* item = new QListWidgetItem(
            tr("#%1  %2  (%3)").arg(incident.id).arg(incident.title, incident.status), m_incidents);
        item->setData(Qt::UserRole, incident.id);
    }
    const bool draft = change->status == u"new"_s || change->status == u"assessment"_s;
    m_submit->setEnabled(draft);
    // The server refuses a new plan once approved; while the board decides, the plan it reads
    // stays the plan it approves.
    m_edit->setEnabled(draft);
    m_edit->setToolTip(editToolTip(change->status, change->open));
    m_reviewButton->setEnabled(change->status == u"resolved"_s && !change->review);
    m_reschedule->setEnabled(change->open);
}

void ChangeSection::reschedule()
{
    const auto& change = m_desk.change();
    if (!change)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reschedule change #%1").arg(change->id));
    auto* start = new QDateTimeEdit;
    auto* end = new QDateTimeEdit;
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(20, 0));
    start->setDateTime(change->plannedStart ? QDateTime::fromMSecsSinceEpoch(*change->plannedStart)
                                            : tomorrow);
    end->setDateTime(change->plannedEnd ? QDateTime::fromMSecsSinceEpoch(*change->plannedEnd)
                                        : tomorrow.addSecs(7200));
    for (QDateTimeEdit* edit : {start, end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    start->setAccessibleName(tr("Planned start"));
    end->setAccessibleName(tr("Planned end"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Start:"), start);
    form->addRow(tr("&End:"), end);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        rescheduleWith(start->dateTime(), end->dateTime());
}

void ChangeSection::rescheduleWith(const QDateTime& start, const QDateTime& end)
{
    api::ChangeUpdateParams params;
    params.plannedStart = api::Nullable<qint64>::of(start.toMSecsSinceEpoch());
    params.plannedEnd = api::Nullable<qint64>::of(end.toMSecsSinceEpoch());
    m_desk.update(params);
}

void ChangeSection::review()
{
    if (!m_desk.change())
        return;
    ReviewDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        reviewWith(dialog.outcome(), dialog.notes());
}

void ChangeSection::reviewWith(const QString& outcome, const QString& notes)
{
    m_desk.review(outcome, notes);
}

} // namespace frontline::client::ui
