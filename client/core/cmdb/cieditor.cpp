#include "cieditor.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

CiEditor::CiEditor(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void CiEditor::send(QLatin1StringView method, const QJsonObject& params,
                    const std::function<void(const QJsonValue&)>& done)
{
    m_session.rpc().call(QString(method), params, this, [this, done](const rpc::RpcReply& reply) {
        if (reply.isError()) {
            Q_EMIT failed(ErrorText::describe(reply.error()), reply.error().field());
            return;
        }
        done(reply.result());
    });
}

void CiEditor::create(const api::CiCreateParams& params)
{
    if (auto checked = api::CiCreateParams::fromJson(params.toJson()); !checked) {
        Q_EMIT failed(ErrorText::describe(checked.error()), checked.error().field());
        return;
    }
    send(api::method::CiCreate, params.toJson(),
         [this](const QJsonValue& result) { Q_EMIT saved(api::Ci::fromJson(result)); });
}

void CiEditor::update(const api::CiUpdateParams& params)
{
    if (auto checked = api::CiUpdateParams::fromJson(params.toJson()); !checked) {
        Q_EMIT failed(ErrorText::describe(checked.error()), checked.error().field());
        return;
    }
    send(api::method::CiUpdate, params.toJson(),
         [this](const QJsonValue& result) { Q_EMIT saved(api::Ci::fromJson(result)); });
}

void CiEditor::relation(QLatin1StringView method, qint64 from, const QString& type,
                        const QString& targetKind, qint64 target)
{
    api::CiRelateParams params;
    params.from = from;
    params.type = type;
    params.targetKind = targetKind;
    params.target = target;
    if (auto checked = api::CiRelateParams::fromJson(params.toJson()); !checked) {
        Q_EMIT failed(ErrorText::describe(checked.error()), checked.error().field());
        return;
    }
    send(method, params.toJson(),
         [this](const QJsonValue& result) { Q_EMIT saved(api::Ci::fromJson(result)); });
}

void CiEditor::relate(qint64 from, const QString& type, const QString& targetKind, qint64 target)
{
    relation(api::method::CiRelate, from, type, targetKind, target);
}

void CiEditor::unrelate(qint64 from, const QString& type, const QString& targetKind, qint64 target)
{
    relation(api::method::CiUnrelate, from, type, targetKind, target);
}

void CiEditor::importCsv(const QString& csv, bool dryRun)
{
    if (csv.trimmed().isEmpty()) {
        Q_EMIT failed(tr("The file is empty: it needs a header line and rows."), u"csv"_s);
        return;
    }
    send(api::method::CiImport, api::ImportParams {csv, dryRun}.toJson(),
         [this](const QJsonValue& result) {
             m_import = api::ImportResult::fromJson(result);
             Q_EMIT imported();
         });
}

void CiEditor::find(const QString& text)
{
    const quint64 generation = ++m_findGeneration;
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        Q_EMIT found({});
        return;
    }
    api::CiSearchParams params;
    params.query = query;
    params.limit = 30;
    m_session.rpc().call(QString(api::method::CiSearch), params.toJson(), this,
                         [this, generation](const rpc::RpcReply& reply) {
                             if (generation != m_findGeneration || reply.isError())
                                 return;
                             Q_EMIT found(api::CiPage::fromJson(reply.result()).items);
                         });
}

} // namespace frontline::client
