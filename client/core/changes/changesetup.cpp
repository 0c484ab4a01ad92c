#include "changesetup.h"

#include "api/methods.h"
#include "client/core/cmdb/cifinder.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

ChangeSetup::ChangeSetup(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_finder(new CiFinder(session, this))
{
    connect(m_finder, &CiFinder::failed, this, &ChangeSetup::failed);
}

void ChangeSetup::load()
{
    m_pending = 2;
    const auto answered = [this] {
        if (--m_pending == 0) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    };
    m_session.rpc().call(QString(api::method::ChangeQuestionnaire), QJsonObject {}, this,
                         [this, answered](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                             else
                                 m_questionnaire =
                                     api::ChangeQuestionnaire::fromJson(reply.result());
                             answered();
                         });
    m_session.rpc().call(
        // The deactivated too: a change made from one still shows it when edited.
        QString(api::method::ChangeTemplateList), api::ChangeTemplateListParams {true}.toJson(),
        this, [this, answered](const rpc::RpcReply& reply) {
            if (reply.isError())
                Q_EMIT failed(ErrorText::describe(reply.error()));
            else
                m_templates = api::ChangeTemplateList::fromJson(reply.result()).items;
            answered();
        });
}

const api::ChangeTemplate* ChangeSetup::findTemplate(qint64 id) const
{
    for (const api::ChangeTemplate& item : m_templates)
        if (item.id == id)
            return &item;
    return nullptr;
}

QString ChangeSetup::riskLevel(const QMap<QString, int>& answers) const
{
    if (answers.isEmpty() || m_questionnaire.checkAnswers(answers))
        return {};
    return m_questionnaire.levelFor(m_questionnaire.score(answers));
}

QString ChangeSetup::riskLabel(const QString& level) const
{
    const api::RiskLevel* found = m_questionnaire.level(level);
    return found ? found->label : level;
}

} // namespace frontline::client
