#include "actions.h"

namespace frontline::client::ui {

Actions::Actions(QObject* parent)
    : QObject(parent)
{
    const QString tickets = tr("Tickets");
    const QString conversation = tr("Conversation");
    const QString navigation = tr("Navigation");
    const QString application = tr("Application");
    const QString admin = tr("Administration");
    add(NewTicket, tr("&New ticket…"), {QKeySequence::New}, tickets);
    add(NextTicket, tr("N&ext ticket"), {Qt::CTRL | Qt::Key_J}, navigation, Qt::Key_J);
    add(PreviousTicket, tr("&Previous ticket"), {Qt::CTRL | Qt::Key_K}, navigation, Qt::Key_K);
    add(Reply, tr("&Reply"), {Qt::CTRL | Qt::Key_R}, conversation, Qt::Key_R);
    add(InternalNote, tr("Internal &note"), {Qt::CTRL | Qt::Key_I}, conversation, Qt::Key_N);
    add(Send, tr("&Send"), {Qt::CTRL | Qt::Key_Return}, conversation);
    add(AssignToMe, tr("Assign to &me"), {Qt::CTRL | Qt::SHIFT | Qt::Key_A}, tickets, Qt::Key_A);
    add(Assign, tr("Ass&ign…"), {Qt::CTRL | Qt::Key_G}, tickets);
    add(Escalate, tr("&Escalate…"), {Qt::CTRL | Qt::Key_E}, tickets, Qt::Key_E);
    add(ChangeStatus, tr("Change &status…"), {Qt::CTRL | Qt::Key_T}, tickets, Qt::Key_S);
    add(Search, tr("&Find a ticket"), {QKeySequence::Find}, navigation, Qt::Key_Slash);
    add(Refresh, tr("Re&fresh"), {QKeySequence::Refresh}, navigation);
    add(LinkTicket, tr("&Link to another ticket…"), {Qt::CTRL | Qt::Key_L}, tickets);
    add(MergeTicket, tr("&Merge into another ticket…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_M},
        tickets);
    add(LogTime, tr("Log &time…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_T}, tickets);
    add(SaveView, tr("Save this &view…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_S}, navigation);
    add(ShowOutbox, tr("&Waiting changes…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_O}, application);
    add(Shortcuts, tr("&Keyboard shortcuts"), {QKeySequence::HelpContents}, application,
        Qt::Key_Question);
    add(Settings, tr("Se&ttings…"), {QKeySequence::Preferences}, application);
    add(ShowApiTokens, tr("API &tokens…"), {}, application);
    add(ShowSignedInDevices, tr("Signed-in &devices…"), {}, application);
    add(Logout, tr("Log &out"), {}, application);
    add(Quit, tr("&Quit"), {QKeySequence::Quit}, application);
    add(ManageUsers, tr("&Users and roles…"), {}, admin);
    add(ManageGroups, tr("&Groups and tiers…"), {}, admin);
    add(ManageCategories, tr("&Categories…"), {}, admin);
    add(ManageCanned, tr("Canned &responses…"), {}, admin);
    add(ManageCalendars, tr("Business &hours…"), {}, admin);
    add(ManageSlaPolicies, tr("&SLA policies…"), {}, admin);
    add(ManageRules, tr("Automation &rules…"), {}, admin);
    add(Away, tr("&Away (no new tickets for me)"), {}, application)->setCheckable(true);
    add(ShowNotifications, tr("&Notifications…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_B}, application);
    add(KnowledgeBase, tr("&Knowledge base…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_K}, navigation);
    add(Announcements, tr("&Announcements…"), {}, navigation);
    add(Dashboard, tr("&Dashboard…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_D}, navigation);
    // Also the navigation's entry; a menu item any keyboard or screen-reader user reaches.
    add(ShowApprovals, tr("Appr&ovals…"), {}, navigation);
    add(ArticleFromTicket, tr("Write an &article from this ticket…"), {}, tickets);
    add(RaiseProblem, tr("Raise a &problem from this ticket…"), {}, tickets);
    add(RaiseChange, tr("Raise a c&hange…"), {}, tickets);
    // Problem management (issue 22): from the queue's selection of incidents, or empty.
    add(NewProblem, tr("New p&roblem…"), {}, tickets);
    add(CandidateProblems, tr("Candidate pro&blems…"), {}, navigation);
    // The service catalog on a caller's behalf (issue 21).
    add(RequestForCaller, tr("Service re&quest for a caller…"), {}, tickets);
    // Configuration management (issue 22): the CI browser with its graph and impact.
    add(ConfigurationItems, tr("Confi&guration items…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_I},
        navigation);
    // Change management (issue 22): a new change, and the calendar of changes and windows.
    add(NewChange, tr("New chan&ge…"), {}, tickets);
    add(ChangeCalendar, tr("Change &calendar…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_C}, navigation);
    add(InsertArticleLink, tr("Insert a link to an a&rticle…"), {Qt::CTRL | Qt::SHIFT | Qt::Key_L},
        conversation);
}

QAction* Actions::add(Id id, const QString& text, const QList<QKeySequence>& keys,
                      const QString& section, QKeySequence queueKey)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    // Single keys (J, K, R...) act only where the queue has focus, never while typing in an
    // editor: the main window installs them on the queue (see MainWindow).
    m_queueKeys[id] = queueKey;
    m_actions[id] = action;
    m_sections[id] = section;
    m_order.append(id);
    return action;
}

QList<QAction*> Actions::all() const
{
    QList<QAction*> actions;
    for (Id id : m_order)
        actions.append(m_actions[id]);
    return actions;
}

QKeySequence Actions::queueKey(Id id) const
{
    return m_queueKeys[id];
}

QString Actions::section(Id id) const
{
    return m_sections[id];
}

} // namespace frontline::client::ui
