#pragma once

#include "api/changeapi.h"
#include "api/cmdbapi.h"

#include <QObject>

namespace frontline::client {

class CiFinder;
class Session;

// What filing a change needs besides the change itself (issue 22): the risk questionnaire
// (change.questionnaire) with the level its answers give, read as the user answers; the active
// change templates for standard changes; and CIs found by name for the affected CIs.
class ChangeSetup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSetup)

public:
    explicit ChangeSetup(Session& session, QObject* parent = nullptr);

    // Reads the questionnaire and the templates (again).
    void load();
    bool isLoaded() const { return m_loaded; }
    const api::ChangeQuestionnaire& questionnaire() const { return m_questionnaire; }
    const QList<api::ChangeTemplate>& templates() const { return m_templates; }
    const api::ChangeTemplate* findTemplate(qint64 id) const;

    // The level of these answers so far ("" before the first), and a level's label.
    QString riskLevel(const QMap<QString, int>& answers) const;
    QString riskLabel(const QString& level) const;

    // Looks CIs up by name, host name or serial (its failures are this setup's too).
    CiFinder& ciFinder() const { return *m_finder; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    Session& m_session;
    api::ChangeQuestionnaire m_questionnaire;
    QList<api::ChangeTemplate> m_templates;
    CiFinder* m_finder;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace frontline::client
