// Knowledge-base articles over a real socket: drafts and publishing, who may read what,
// versions with their authors and diffs, optimistic concurrency, and errors naming the field.
#include "serverfixture.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class KnowledgeBaseTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        createUser(u"nina"_s, u"agent"_s);
        ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Email"_s}}).ok());
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
        nina = connectAs(u"nina"_s);
    }

    std::unique_ptr<TestClient> rita, alex, nina;
};

} // namespace

TEST_P(KnowledgeBaseTest, RequestersReadOnlyPublicPublishedArticles)
{
    const Reply created =
        alex->call(u"kb.article.create"_s,
                   QJsonObject {{"title"_L1, u"Outlook keeps asking for the password"_s},
                                {"body"_L1, u"1. Close Outlook\n2. Remove the saved credential"_s},
                                {"category"_L1, u"Email"_s},
                                {"tags"_L1, QJsonArray {u"outlook"_s, u"Password"_s}}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const QJsonObject article = created.object();
    const qint64 id = article.value("id"_L1).toInteger();
    EXPECT_EQ(article.value("state"_L1), u"draft"_s);
    EXPECT_EQ(article.value("visibility"_L1), u"internal"_s) << "internal until said otherwise";
    EXPECT_EQ(article.value("tags"_L1).toArray(), (QJsonArray {u"outlook"_s, u"password"_s}));
    EXPECT_EQ(article.value("author"_L1).toObject().value("username"_L1), u"alex"_s);

    const auto ritaSees = [&] {
        return rita->call(u"kb.article.get"_s, QJsonObject {{"id"_L1, id}}).ok();
    };
    EXPECT_FALSE(ritaSees()) << "a draft";
    ASSERT_TRUE(alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, id}}).ok());
    EXPECT_FALSE(ritaSees()) << "published but internal";
    EXPECT_TRUE(nina->call(u"kb.article.get"_s, QJsonObject {{"id"_L1, id}}).ok())
        << "staff read internal articles";
    const Reply shared =
        alex->call(u"kb.article.update"_s,
                   QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"visibility"_L1, u"public"_s}});
    ASSERT_TRUE(shared.ok()) << shared.describe();
    EXPECT_TRUE(ritaSees()) << "public and published";
    ASSERT_TRUE(
        alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, id}, {"state"_L1, u"retired"_s}})
            .ok());
    EXPECT_FALSE(ritaSees()) << "retired";
    EXPECT_EQ(
        rita->call(u"kb.article.create"_s, QJsonObject {{"title"_L1, u"t"_s}, {"body"_L1, u"b"_s}})
            .code(),
        static_cast<int>(rpc::ErrorCode::Forbidden));
    EXPECT_EQ(rita->call(u"kb.article.history"_s, QJsonObject {{"id"_L1, id}}).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden));
}

TEST_P(KnowledgeBaseTest, EveryEditIsAVersionWithItsAuthorAndDiff)
{
    const qint64 id = alex->call(u"kb.article.create"_s,
                                 QJsonObject {{"title"_L1, u"VPN on macOS"_s},
                                              {"body"_L1, u"Install the client.\nLog in."_s}})
                          .object()
                          .value("id"_L1)
                          .toInteger();
    const Reply edited = nina->call(
        u"kb.article.update"_s,
        QJsonObject {{"id"_L1, id},
                     {"version"_L1, 1},
                     {"body"_L1, u"Install the client.\nAllow the system extension.\nLog in."_s}});
    ASSERT_TRUE(edited.ok()) << edited.describe();
    EXPECT_EQ(edited.object().value("version"_L1).toInt(), 2);
    // Alex still edits version 1: refused, with the current version, nothing lost.
    const Reply stale =
        alex->call(u"kb.article.update"_s,
                   QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"title"_L1, u"VPN on a Mac"_s}});
    EXPECT_EQ(stale.code(), static_cast<int>(rpc::ErrorCode::Conflict)) << stale.describe();
    EXPECT_EQ(alex->call(u"kb.article.get"_s, QJsonObject {{"id"_L1, id}})
                  .object()
                  .value("body"_L1)
                  .toString(),
              u"Install the client.\nAllow the system extension.\nLog in."_s);

    const QJsonArray history =
        alex->call(u"kb.article.history"_s, QJsonObject {{"id"_L1, id}}).items();
    ASSERT_EQ(history.size(), 2);
    const QJsonObject latest = history.at(0).toObject();
    EXPECT_EQ(latest.value("version"_L1).toInt(), 2);
    EXPECT_EQ(latest.value("author"_L1).toObject().value("username"_L1), u"nina"_s);
    EXPECT_EQ(latest.value("diff"_L1).toString(),
              u"  Install the client.\n+ Allow the system extension.\n  Log in."_s);
    EXPECT_EQ(history.at(1).toObject().value("author"_L1).toObject().value("username"_L1),
              u"alex"_s);
}

TEST_P(KnowledgeBaseTest, LongHistoriesComePageByPageWithBoundedDiffs)
{
    // 3,000 lines, every one of them different from one version to the next.
    const auto body = [](int version) {
        QStringList lines;
        for (int i = 0; i < 3000; ++i)
            lines.append(u"v%1 step %2"_s.arg(version).arg(i));
        return lines.join(u'\n');
    };
    const qint64 id =
        alex->call(u"kb.article.create"_s,
                   QJsonObject {{"title"_L1, u"Long article"_s}, {"body"_L1, body(1)}})
            .object()
            .value("id"_L1)
            .toInteger();
    ASSERT_GT(id, 0);
    for (int version = 2; version <= 40; ++version)
        ASSERT_TRUE(alex->call(u"kb.article.update"_s,
                               QJsonObject {{"id"_L1, id},
                                            {"version"_L1, version - 1},
                                            {"body"_L1, body(version)}})
                        .ok())
            << version;
    // Version 41 changes one line near the end.
    QString small = body(40);
    small.replace(u"v40 step 2990"_s, u"v40 step 2990, rewritten"_s);
    ASSERT_TRUE(alex->call(u"kb.article.update"_s,
                           QJsonObject {{"id"_L1, id}, {"version"_L1, 40}, {"body"_L1, small}})
                    .ok());

    QList<int> versions;
    QString cursor;
    int pages = 0;
    do {
        QJsonObject params {{"id"_L1, id}};
        if (!cursor.isEmpty())
            params.insert("cursor"_L1, cursor);
        const Reply page = alex->call(u"kb.article.history"_s, params);
        ASSERT_TRUE(page.ok()) << page.describe();
        ++pages;
        EXPECT_LE(page.items().size(), 20);
        for (const QJsonValue& item : page.items()) {
            const QJsonObject version = item.toObject();
            versions.append(version.value("version"_L1).toInt());
            const QString diff = version.value("diff"_L1).toString();
            EXPECT_LE(diff.size(), 32 * 1024) << "version " << versions.last();
            if (versions.last() == 41) {
                EXPECT_FALSE(version.value("diff_truncated"_L1).toBool());
                EXPECT_TRUE(diff.contains(u"\n- v40 step 2990\n"_s))
                    << "a small change in a long text is shown with its context";
                EXPECT_TRUE(diff.contains(u"\n+ v40 step 2990, rewritten\n"_s));
                EXPECT_TRUE(diff.contains(u"\n  v40 step 2989\n"_s));
                EXPECT_TRUE(diff.contains(u"@@ 2987 unchanged lines @@"_s));
            } else if (versions.last() > 1) {
                EXPECT_TRUE(version.value("diff_truncated"_L1).toBool())
                    << "3,000 x 3,000 changed lines are beyond the bound: " << versions.last();
                EXPECT_TRUE(diff.startsWith(u"- v%1 step 0"_s.arg(versions.last() - 1)));
            }
        }
        cursor = page.object().value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3) << "20 + 20 + 1 versions";
    ASSERT_EQ(versions.size(), 41);
    for (int i = 0; i < versions.size(); ++i)
        EXPECT_EQ(versions.at(i), 41 - i) << "newest first, each once";

    EXPECT_EQ(
        alex->call(u"kb.article.history"_s, QJsonObject {{"id"_L1, id}, {"limit"_L1, 21}}).field(),
        u"limit"_s);
    EXPECT_EQ(
        alex->call(u"kb.article.history"_s, QJsonObject {{"id"_L1, id}, {"cursor"_L1, u"soon"_s}})
            .field(),
        u"cursor"_s);
    const Reply two =
        alex->call(u"kb.article.history"_s, QJsonObject {{"id"_L1, id}, {"limit"_L1, 2}});
    ASSERT_EQ(two.items().size(), 2);
    EXPECT_EQ(two.object().value("next_cursor"_L1).toString(), u"40"_s);
}

TEST_P(KnowledgeBaseTest, ListsPageByPageAndCountOnePersonOneVote)
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        const qint64 id =
            alex->call(u"kb.article.create"_s,
                       QJsonObject {{"title"_L1, u"Article %1"_s.arg(i)},
                                    {"body"_L1, u"Text %1"_s.arg(i)},
                                    {"visibility"_L1, i < 3 ? u"public"_s : u"internal"_s}})
                .object()
                .value("id"_L1)
                .toInteger();
        ASSERT_TRUE(alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, id}}).ok());
        ids.append(id);
    }
    // Staff page through all five, newest first, two at a time.
    QList<qint64> seen;
    QString cursor;
    do {
        QJsonObject params {{"limit"_L1, 2}};
        if (!cursor.isEmpty())
            params.insert("cursor"_L1, cursor);
        const Reply page = nina->call(u"kb.article.list"_s, params);
        ASSERT_TRUE(page.ok()) << page.describe();
        for (const QJsonValue& item : page.items()) {
            seen.append(item.toObject().value("id"_L1).toInteger());
            EXPECT_FALSE(item.toObject().contains("body"_L1));
        }
        cursor = page.object().value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty());
    EXPECT_EQ(seen, (QList<qint64> {ids[4], ids[3], ids[2], ids[1], ids[0]}));
    // Rita sees the three public ones only, and may not ask for drafts.
    EXPECT_EQ(rita->call(u"kb.article.list"_s, {}).items().size(), 3);
    EXPECT_EQ(rita->call(u"kb.article.list"_s, QJsonObject {{"state"_L1, u"draft"_s}}).field(),
              u"state"_s);

    const auto vote = [&](TestClient& who, qint64 id, bool helpful) {
        return who.call(u"kb.article.vote"_s, QJsonObject {{"id"_L1, id}, {"helpful"_L1, helpful}});
    };
    ASSERT_TRUE(vote(*rita, ids[0], true).ok());
    ASSERT_TRUE(vote(*nina, ids[0], true).ok());
    const Reply changed = vote(*rita, ids[0], false); // she changes her mind
    ASSERT_TRUE(changed.ok()) << changed.describe();
    EXPECT_EQ(changed.object().value("helpful"_L1).toInt(), 1);
    EXPECT_EQ(changed.object().value("unhelpful"_L1).toInt(), 1);
    EXPECT_EQ(vote(*rita, ids[4], true).code(), static_cast<int>(rpc::ErrorCode::NotFound))
        << "no vote on an article she may not read";
}

TEST_P(KnowledgeBaseTest, BadArticlesAreRefusedNamingTheField)
{
    EXPECT_EQ(alex->call(u"kb.article.create"_s,
                         QJsonObject {{"title"_L1, QString()}, {"body"_L1, u"b"_s}})
                  .field(),
              u"title"_s);
    EXPECT_EQ(alex->call(u"kb.article.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"body"_L1, u"b"_s},
                                      {"tags"_L1, QJsonArray {u"ok"_s, u"not a tag!"_s}}})
                  .field(),
              u"tags[1]"_s);
    EXPECT_EQ(alex->call(u"kb.article.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"body"_L1, u"b"_s},
                                      {"category"_L1, u"Nonsense"_s}})
                  .field(),
              u"category"_s);
    EXPECT_EQ(alex->call(u"kb.article.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"body"_L1, u"b"_s},
                                      {"visibility"_L1, u"everyone"_s}})
                  .field(),
              u"visibility"_s);
    EXPECT_EQ(alex->call(u"kb.article.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"body"_L1, u"b"_s},
                                      {"source_ticket"_L1, 424242}})
                  .field(),
              u"source_ticket"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, KnowledgeBaseTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
