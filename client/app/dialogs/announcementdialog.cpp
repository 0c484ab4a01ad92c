#include "announcementdialog.h"

#include "api/selfserviceapi.h"
#include "client/app/changes/cipicker.h"
#include "client/core/announcementboard.h"
#include "client/core/announcementdesk.h"
#include "client/core/errortext.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

AnnouncementDialog::AnnouncementDialog(AnnouncementDesk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_list(new QListWidget)
    , m_kind(new QComboBox)
    , m_title(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_audience(new QComboBox)
    , m_cis(new CiPicker(desk.ciFinder()))
    , m_form(new QFormLayout)
    , m_starts(new QDateTimeEdit(QDateTime::currentDateTime()))
    , m_hasEnd(new QCheckBox(tr("Ends")))
    , m_ends(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(2 * 3600)))
    , m_problem(plainLabel())
    , m_reach(plainLabel())
{
    setObjectName(u"announcementDialog"_s);
    setWindowTitle(tr("Announcements"));
    m_list->setObjectName(u"announcementList"_s);
    m_title->setObjectName(u"announcementTitle"_s);
    m_body->setObjectName(u"announcementBody"_s);
    for (const QString& kind : Announcement::kinds())
        m_kind->addItem(AnnouncementBoard::kindLabel(kind), kind);
    m_audience->addItem(tr("Everyone"), u"everyone"_s);
    m_audience->addItem(tr("Requesters (the tray applets)"), u"requesters"_s);
    m_audience->addItem(tr("Staff only"), u"staff"_s);
    m_audience->addItem(tr("Users of the affected services"), u"affected"_s);
    m_audience->setObjectName(u"announcementAudience"_s);
    m_cis->setAccessibleDescription(tr("The users of the services that depend on these CIs, "
                                       "and the members of their organisations, see the "
                                       "announcement"));
    m_title->setPlaceholderText(tr("Mail server maintenance tonight"));
    m_body->setPlaceholderText(tr("What happens, what people should do, whom to call"));
    m_body->setMaximumHeight(110);
    m_starts->setCalendarPopup(true);
    m_ends->setCalendarPopup(true);
    m_hasEnd->setChecked(true);
    m_list->setAccessibleName(tr("Current announcements"));
    m_kind->setToolTip(tr("What sort of news this is: it decides the icon and how urgent it "
                          "looks"));
    m_body->setToolTip(tr("The announcement itself, in plain text"));
    m_audience->setToolTip(tr("Who sees the announcement"));
    m_starts->setToolTip(tr("When the announcement starts to show"));
    m_hasEnd->setToolTip(tr("Whether the announcement disappears by itself at the time beside it"));
    m_ends->setAccessibleName(tr("Ends at"));
    m_ends->setToolTip(tr("When the announcement stops showing"));
    connect(m_hasEnd, &QCheckBox::toggled, m_ends, &QWidget::setEnabled);
    m_problem->setObjectName(u"announcementProblem"_s);
    Theme::setStyleSheet(m_problem, u"color: {ErrorText};"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_reach->setObjectName(u"announcementReach"_s);
    m_reach->setWordWrap(true);
    m_reach->setToolTip(tr("Worked out from the relationships of the chosen CIs, as publishing "
                           "will"));

    auto* withdraw = new QPushButton(tr("&Withdraw"));
    withdraw->setObjectName(u"withdrawButton"_s);
    connect(withdraw, &QPushButton::clicked, this, &AnnouncementDialog::withdrawSelected);
    auto* current = new QGroupBox(tr("Announced"));
    auto* currentLayout = new QVBoxLayout(current);
    currentLayout->addWidget(m_list);
    currentLayout->addWidget(withdraw, 0, Qt::AlignRight);

    m_form->addRow(tr("&Kind"), m_kind);
    m_form->addRow(tr("&Title"), m_title);
    m_form->addRow(tr("&Text"), m_body);
    m_form->addRow(tr("&Audience"), m_audience);
    m_form->addRow(tr("Affected &CIs"), m_cis);
    m_form->addRow(tr("Reaches"), m_reach);
    m_form->addRow(tr("&Starts"), m_starts);
    m_form->addRow(m_hasEnd, m_ends);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &AnnouncementDialog::showCisRow);
    connect(m_cis, &CiPicker::changed, this, &AnnouncementDialog::previewReach);
    connect(&desk, &AnnouncementDesk::reachPreviewed, this, &AnnouncementDialog::showReach);
    connect(&desk, &AnnouncementDesk::reachFailed, this,
            [this](const QString& message) { setPlainText(m_reach, message); });
    showCisRow();
    auto* publishBox = new QGroupBox(tr("Publish"));
    auto* publishLayout = new QVBoxLayout(publishBox);
    publishLayout->addLayout(m_form);
    publishLayout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* publishButton = buttons->addButton(tr("&Publish"), QDialogButtonBox::ActionRole);
    publishButton->setObjectName(u"publishButton"_s);
    connect(publishButton, &QPushButton::clicked, this, &AnnouncementDialog::publish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(current, 1);
    layout->addWidget(publishBox);
    layout->addWidget(buttons);
    resize(560, 640);
    connect(&desk, &AnnouncementDesk::loaded, this, &AnnouncementDialog::render);
    connect(&desk, &AnnouncementDesk::failed, this,
            [this](const rpc::RpcError& error) { showProblem(ErrorText::describe(error)); });
    connect(&desk, &AnnouncementDesk::published, this, [this](const Announcement& a) {
        showProblem(QString());
        m_title->clear();
        m_body->clear();
        m_cis->setCis({});
        Q_EMIT published(a);
    });
    reload();
}

void AnnouncementDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

void AnnouncementDialog::setBody(const QString& body)
{
    m_body->setPlainText(body);
}

void AnnouncementDialog::prepareOutage(const api::CiNode& ci)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(u"outage"_s)));
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(u"affected"_s)));
    m_cis->setCis({ci});
    if (m_title->text().isEmpty())
        m_title->setText(tr("%1 is unavailable").arg(ci.name));
    m_title->setFocus();
    m_title->selectAll();
}

void AnnouncementDialog::showCisRow()
{
    const bool affected = m_audience->currentData().toString() == u"affected"_s;
    m_form->setRowVisible(m_cis, affected);
    m_form->setRowVisible(m_reach, affected);
    previewReach();
}

void AnnouncementDialog::previewReach()
{
    if (m_audience->currentData().toString() != u"affected"_s)
        return;
    const QList<qint64> cis = m_cis->ids();
    setPlainText(m_reach,
                 cis.isEmpty() ? tr("Choose the CIs: the users of the services that depend on "
                                    "them are reached.")
                               : tr("Looking for the services that depend on them…"));
    m_desk.previewReach(cis);
}

void AnnouncementDialog::showReach(const api::AnnouncementReach& reach)
{
    QStringList names;
    for (const Announcement::Ci& service : reach.services)
        names.append(service.name);
    QString text;
    if (reach.people == 0 && names.isEmpty())
        text = tr("No service depends on these CIs and nobody uses them: nobody would be "
                  "reached.");
    else if (names.isEmpty())
        text =
            tr("No service depends on these CIs; their users: %n people.", nullptr, reach.people);
    else
        text = tr("Services affected: %1 — %n people reached.", nullptr, reach.people)
                   .arg(names.join(tr(", ")));
    if (reach.truncated)
        text += u' ' + tr("(The search stopped at its bound: there may be more.)");
    setPlainText(m_reach, text);
}

QString AnnouncementDialog::reachText() const
{
    return m_reach->text();
}

QString AnnouncementDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AnnouncementDialog::showProblem(const QString& text)
{
    setPlainText(m_problem, text);
    m_problem->setVisible(!text.isEmpty());
}

void AnnouncementDialog::reload()
{
    m_desk.reload();
}

void AnnouncementDialog::render()
{
    m_list->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Announcement& a : m_desk.items()) {
        const QString state = a.withdrawnAt ? tr("withdrawn")
            : a.hasEnded(now)               ? tr("ended")
            : a.isCurrent(now)              ? tr("now")
                                            : tr("planned");
        QString text = tr("[%1] %2: %3 — %4, by %5")
                           .arg(state, AnnouncementBoard::kindLabel(a.kind), a.title,
                                AnnouncementBoard::window(a), a.author.shownName());
        // The services found when it was published; the CIs chosen for older ones.
        if (!a.services.isEmpty() || !a.cis.isEmpty()) {
            QStringList names;
            for (const Announcement::Ci& ci : a.services.isEmpty() ? a.cis : a.services)
                names.append(ci.name);
            text += tr(" — users of %1: %n people reached", nullptr, a.recipients.value_or(0))
                        .arg(names.join(tr(", ")));
        }
        auto* item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, !a.hasEnded(now));
        if (a.hasEnded(now))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_list->addItem(item);
    }
}

void AnnouncementDialog::publish()
{
    api::AnnouncementPublishParams params;
    params.kind = m_kind->currentData().toString();
    params.title = m_title->text().trimmed();
    params.body = m_body->toPlainText().trimmed();
    params.audience = m_audience->currentData().toString();
    params.startsAt = m_starts->dateTime().toMSecsSinceEpoch();
    if (m_hasEnd->isChecked())
        params.endsAt = m_ends->dateTime().toMSecsSinceEpoch();
    if (params.title.isEmpty()) {
        showProblem(tr("Give the announcement a title."));
        m_title->setFocus();
        return;
    }
    if (params.audience == u"affected"_s) {
        params.cis = m_cis->ids();
        if (params.cis.isEmpty()) {
            showProblem(tr("Choose the CIs whose services are affected."));
            m_cis->searchEdit()->setFocus();
            return;
        }
    }
    m_desk.publish(params);
}

void AnnouncementDialog::withdrawSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return;
    m_desk.withdraw(item->data(Qt::UserRole).toLongLong());
}

} // namespace frontline::client::ui
