#include "announcement.h"

#include "core/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {

QStringList Announcement::kinds()
{
    return {u"maintenance"_s, u"outage"_s, u"information"_s};
}

QStringList Announcement::audiences()
{
    return {u"everyone"_s, u"requesters"_s, u"staff"_s, u"affected"_s};
}

bool Announcement::isCurrent(qint64 now) const
{
    return startsAt <= now && !hasEnded(now);
}

bool Announcement::hasEnded(qint64 now) const
{
    return withdrawnAt.has_value() || (endsAt && *endsAt <= now);
}

QJsonObject Announcement::toJson() const
{
    const auto time = [](const std::optional<qint64>& at) {
        return at ? QJsonValue(timeutil::toIso(*at)) : QJsonValue(QJsonValue::Null);
    };
    const auto ciArray = [](const QList<Ci>& list) {
        QJsonArray array;
        for (const Ci& ci : list)
            array.append(
                QJsonObject {{"id"_L1, ci.id}, {"name"_L1, ci.name}, {"class"_L1, ci.ciClass}});
        return array;
    };
    QJsonObject object {{"id"_L1, id},
                        {"kind"_L1, kind},
                        {"title"_L1, title},
                        {"body"_L1, body},
                        {"audience"_L1, audience},
                        {"starts_at"_L1, timeutil::toIso(startsAt)},
                        {"ends_at"_L1, time(endsAt)},
                        {"author"_L1, author.toJson()},
                        {"published_at"_L1, timeutil::toIso(publishedAt)},
                        {"withdrawn_at"_L1, time(withdrawnAt)},
                        {"cis"_L1, ciArray(cis)},
                        {"services"_L1, ciArray(services)}};
    if (recipients)
        object.insert("recipients"_L1, *recipients);
    return object;
}

Announcement Announcement::fromJson(const QJsonObject& object)
{
    Announcement a;
    a.id = object.value("id"_L1).toInteger();
    a.kind = object.value("kind"_L1).toString();
    a.title = object.value("title"_L1).toString();
    a.body = object.value("body"_L1).toString();
    a.audience = object.value("audience"_L1).toString();
    a.startsAt = timeutil::fromIso(object.value("starts_at"_L1).toString()).value_or(0);
    a.endsAt = timeutil::fromIso(object.value("ends_at"_L1).toString());
    a.author = UserRef::fromJson(object.value("author"_L1).toObject());
    a.publishedAt = timeutil::fromIso(object.value("published_at"_L1).toString()).value_or(0);
    a.withdrawnAt = timeutil::fromIso(object.value("withdrawn_at"_L1).toString());
    const auto readCis = [&object](QLatin1StringView key) {
        QList<Ci> list;
        for (const QJsonValue& value : object.value(key).toArray()) {
            const QJsonObject ci = value.toObject();
            list.append({ci.value("id"_L1).toInteger(), ci.value("name"_L1).toString(),
                         ci.value("class"_L1).toString()});
        }
        return list;
    };
    a.cis = readCis("cis"_L1);
    a.services = readCis("services"_L1);
    if (object.contains("recipients"_L1))
        a.recipients = object.value("recipients"_L1).toInt();
    return a;
}

} // namespace frontline
