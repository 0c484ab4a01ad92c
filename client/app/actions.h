#pragma once

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <array>

namespace frontline::client::ui {

// Every command of the main window with its keyboard shortcuts, in one place: the menus, the
// toolbar and the shortcuts dialog all show these.
class Actions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Actions)

public:
    enum Id {
        NewTicket,
        NextTicket,
        PreviousTicket,
        Reply,
        InternalNote,
        Send,
        AssignToMe,
        Assign,
        Escalate,
        ChangeStatus,
        Search,
        Refresh,
        LinkTicket,
        MergeTicket,
        LogTime,
        SaveView,
        ShowOutbox,
        Shortcuts,
        Settings,
        ShowApiTokens,
        ShowSignedInDevices,
        Logout,
        Quit,
        ManageUsers,
        ManageGroups,
        ManageCategories,
        ManageCanned,
        ManageCalendars,
        ManageSlaPolicies,
        ManageRules,
        Away,
        ShowNotifications,
        KnowledgeBase,
        ArticleFromTicket,
        RaiseProblem,
        RaiseChange,
        InsertArticleLink,
        Announcements,
        Dashboard,
        ShowApprovals,
        NewProblem,
        CandidateProblems,
        RequestForCaller,
        ConfigurationItems,
        NewChange,
        ChangeCalendar,
        IdCount
    };
    Q_ENUM(Id)

    explicit Actions(QObject* parent = nullptr);

    QAction* operator[](Id id) const { return m_actions[id]; }
    QList<QAction*> all() const;
    // Where the shortcuts dialog lists it.
    QString section(Id id) const;
    // A single key that works while the queue has focus (J, K, R...), if any.
    QKeySequence queueKey(Id id) const;
    QList<Id> ids() const { return m_order; }

private:
    QAction* add(Id id, const QString& text, const QList<QKeySequence>& keys,
                 const QString& section, QKeySequence queueKey = {});

    // Indexed by Id (dense from 0).
    std::array<QAction*, IdCount> m_actions {};
    std::array<QString, IdCount> m_sections;
    std::array<QKeySequence, IdCount> m_queueKeys;
    QList<Id> m_order;
};

} // namespace frontline::client::ui
