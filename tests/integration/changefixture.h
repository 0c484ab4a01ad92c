#pragma once

// What the change management tests share: a staff agent, CIs and relations made by the admin,
// times on a fixed future week (Monday 2030-01-07 00:00 UTC = hour 0), and the steps of a
// change's life.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace frontline::test {

inline QJsonArray ids(std::initializer_list<qint64> values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return array;
}

inline QList<qint64> nodeIds(const QJsonValue& value)
{
    QList<qint64> list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toObject().value("id"_L1).toInteger());
    return list;
}

class ChangeTest : public HarnessFixture
{
protected:
    static constexpr qint64 Hour = 3600 * 1000;

    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_agentId = createUser(u"alex"_s, u"agent"_s);
        m_agent = connectAs(u"alex"_s);
    }

    // Hour `h` of the test week (Monday 2030-01-07 00:00 UTC is 0) as the wire writes it.
    static QString at(double h)
    {
        return QDateTime::fromMSecsSinceEpoch(base() + qint64(h * Hour), QTimeZone::utc())
            .toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    }
    static qint64 base()
    {
        return QDateTime(QDate(2030, 1, 7), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }

    qint64 ci(const QString& name, const QString& ciClass)
    {
        return createCi(admin(), name, ciClass);
    }

    // from `type` to (a CI, or with key "user" a user).
    void relate(qint64 from, const QString& type, qint64 to, const QString& key = u"to"_s)
    {
        relateCi(admin(), from, type, key, to);
    }

    static QJsonObject allLow()
    {
        return {{"users_affected"_L1, 0},
                {"services_affected"_L1, 0},
                {"tested"_L1, 0},
                {"backout"_L1, 0},
                {"done_before"_L1, 0}};
    }

    // A change ready to submit, scheduled [at(start), at(end)).
    qint64 completeChange(const QString& title, std::initializer_list<qint64> cis, double start,
                          double end, const QString& kind = u"normal"_s)
    {
        const Reply reply = m_agent->call(u"change.create"_s,
                                          QJsonObject {{"title"_L1, title},
                                                       {"kind"_L1, kind},
                                                       {"cis"_L1, ids(cis)},
                                                       {"implementation_plan"_L1, u"Do it"_s},
                                                       {"backout_plan"_L1, u"Undo it"_s},
                                                       {"test_plan"_L1, u"Check it"_s},
                                                       {"risk"_L1, allLow()},
                                                       {"planned_start"_L1, at(start)},
                                                       {"planned_end"_L1, at(end)}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    QJsonObject update(qint64 id, QJsonObject params)
    {
        params.insert("id"_L1, id);
        const Reply reply = m_agent->call(u"change.update"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    Reply submit(qint64 id)
    {
        const Reply reply =
            m_agent->call(u"change.submit"_s, QJsonObject {{"id"_L1, id}, {"note"_L1, u"Ready"_s}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply;
    }

    QJsonObject change(qint64 id)
    {
        const Reply reply = m_agent->call(u"change.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    QString status(qint64 id) { return change(id).value("status"_L1).toString(); }

    // `who` decides their pending approval of ticket `id`.
    Reply decideFirst(TestClient& who, qint64 id, const QString& decision,
                      const QString& comment = QString())
    {
        const Reply list = who.call(u"approval.list"_s);
        EXPECT_TRUE(list.ok()) << list.describe();
        for (const QJsonValue& item : list.items()) {
            const QJsonObject o = item.toObject();
            if (o.value("ticket"_L1).toObject().value("id"_L1).toInteger() != id)
                continue;
            QJsonObject params {{"id"_L1, o.value("id"_L1)}, {"decision"_L1, decision}};
            if (!comment.isEmpty())
                params.insert("comment"_L1, comment);
            return who.call(u"approval.decide"_s, params);
        }
        ADD_FAILURE() << "no pending approval of ticket " << id << ": " << list.describe();
        return list;
    }

    Reply transition(TestClient& who, qint64 id, const QString& to, const QString& note = u"Done"_s)
    {
        return who.call(u"ticket.transition"_s,
                        QJsonObject {{"id"_L1, id}, {"status"_L1, to}, {"note"_L1, note}});
    }

    // The conflicts of a change as {kind, other change or window} pairs.
    QList<std::pair<QString, qint64>> conflicts(qint64 id)
    {
        QList<std::pair<QString, qint64>> list;
        for (const QJsonValue& value : change(id).value("conflicts"_L1).toArray()) {
            const QJsonObject c = value.toObject();
            list.append({c.value("kind"_L1).toString(),
                         c.value(c.value("kind"_L1) == u"overlap"_s ? "change"_L1 : "window"_L1)
                             .toInteger()});
        }
        return list;
    }

    qint64 m_agentId = 0;
    std::unique_ptr<TestClient> m_agent;
};

} // namespace frontline::test
