// Attachments over a real socket, on both backends: a file sent in chunks and read back in
// pieces, the limits (size, chunk, name), the content type recognised from the bytes rather
// than the name, checksums, and who may see what (requesters only their own tickets' public
// files, an upload in progress only its uploader). Also the reporter's system information.
#include "rpc/errorcodes.h"
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Chunk = 256 * 1024;
constexpr qint64 Limit = 600 * 1024;

QByteArray pngBytes(qint64 size)
{
    QByteArray bytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    while (bytes.size() < size)
        bytes.append(char(bytes.size() * 7 % 251));
    return bytes.left(size);
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

class AttachmentTest : public ServerFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--max-attachment-size"_s, QString::number(Limit)};
    }

    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"bob"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
        bob = connectAs(u"bob"_s);
        alex = connectAs(u"alex"_s);
        ticket = createTicket(*rita,
                              QJsonObject {{"title"_L1, u"Screen flickers"_s},
                                           {"description"_L1, u"Since this morning."_s}})
                     .value("id"_L1)
                     .toInteger();
    }

    Reply start(TestClient& who, const QString& name, const QByteArray& first, qint64 size,
                QJsonObject extra = {})
    {
        extra.insert("ticket"_L1, ticket);
        extra.insert("name"_L1, name);
        extra.insert("size"_L1, size);
        extra.insert("data"_L1, base64(first));
        return who.call(u"attachment.add"_s, extra);
    }

    Reply resume(TestClient& who, qint64 id, qint64 offset, const QByteArray& data)
    {
        return who.call(
            u"attachment.add"_s,
            QJsonObject {{"id"_L1, id}, {"offset"_L1, offset}, {"data"_L1, base64(data)}});
    }

    // Sends a whole file in chunks; returns the last answer.
    Reply upload(TestClient& who, const QString& name, const QByteArray& bytes,
                 QJsonObject extra = {})
    {
        Reply reply = start(who, name, bytes.left(Chunk), bytes.size(), extra);
        for (qint64 offset = Chunk; reply.ok() && offset < bytes.size(); offset += Chunk)
            reply = resume(who, reply.object().value("id"_L1).toInteger(), offset,
                           bytes.mid(offset, Chunk));
        return reply;
    }

    QByteArray download(TestClient& who, qint64 id, qint64 piece)
    {
        QByteArray bytes;
        for (;;) {
            const Reply reply = who.call(
                u"attachment.get"_s,
                QJsonObject {{"id"_L1, id}, {"offset"_L1, bytes.size()}, {"length"_L1, piece}});
            EXPECT_TRUE(reply.ok()) << reply.describe();
            if (!reply.ok())
                return {};
            bytes += QByteArray::fromBase64(reply.object().value("data"_L1).toString().toLatin1());
            if (reply.object().value("eof"_L1).toBool())
                return bytes;
        }
    }

    QJsonArray listed(TestClient& who)
    {
        return who.call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, ticket}}).items();
    }

    std::unique_ptr<TestClient> rita, bob, alex;
    qint64 ticket = 0;
};

} // namespace

TEST_P(AttachmentTest, AFileSentInChunksIsReadBackByTheAgent)
{
    ASSERT_TRUE(
        alex->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    const QByteArray bytes = pngBytes(300000);
    const Reply first = start(*rita, u"screenshot.png"_s, bytes.left(Chunk), bytes.size());
    ASSERT_TRUE(first.ok()) << first.describe();
    const qint64 id = first.object().value("id"_L1).toInteger();
    EXPECT_FALSE(first.object().value("complete"_L1).toBool());
    EXPECT_EQ(first.object().value("received"_L1).toInteger(), Chunk);
    EXPECT_TRUE(listed(*alex).isEmpty()) << "an upload in progress is nobody else's business";

    const Reply skipped = resume(*rita, id, Chunk + 10, bytes.mid(Chunk + 10));
    EXPECT_EQ(skipped.reason(), u"wrong_offset"_s);
    EXPECT_EQ(skipped.field(), u"offset"_s);
    EXPECT_EQ(resume(*bob, id, Chunk, bytes.mid(Chunk)).code(),
              static_cast<int>(rpc::ErrorCode::NotFound))
        << "nobody continues someone else's upload";

    const Reply last = resume(*rita, id, Chunk, bytes.mid(Chunk));
    ASSERT_TRUE(last.ok()) << last.describe();
    EXPECT_TRUE(last.object().value("complete"_L1).toBool());
    const QJsonObject attachment = last.object().value("attachment"_L1).toObject();
    EXPECT_EQ(attachment.value("content_type"_L1).toString(), u"image/png"_s);
    EXPECT_EQ(attachment.value("size"_L1).toInteger(), bytes.size());
    EXPECT_EQ(
        attachment.value("sha256"_L1).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(attachment.value("uploaded_by"_L1).toObject().value("username"_L1).toString(),
              u"rita"_s);

    test::Notification pushed;
    ASSERT_TRUE(alex->waitForNotification(u"ticket.changed"_s, 5000, &pushed));
    const QJsonObject change = pushed.params.value("changes"_L1).toArray().first().toObject();
    EXPECT_EQ(change.value("field"_L1).toString(), u"attachments"_s);
    EXPECT_EQ(change.value("new"_L1).toObject().value("name"_L1).toString(), u"screenshot.png"_s);

    ASSERT_EQ(listed(*alex).size(), 1);
    EXPECT_EQ(download(*alex, id, 100000), bytes) << "read back in pieces, byte for byte";
    EXPECT_EQ(download(*rita, id, Chunk), bytes);
    const Reply beyond =
        alex->call(u"attachment.get"_s, QJsonObject {{"id"_L1, id}, {"offset"_L1, 300001}});
    EXPECT_EQ(beyond.field(), u"offset"_s);
}

TEST_P(AttachmentTest, LimitsAreEnforcedAndNamed)
{
    const Reply huge = start(*rita, u"dump.bin"_s, "x", Limit + 1);
    EXPECT_EQ(huge.code(), static_cast<int>(rpc::ErrorCode::TooLarge));
    EXPECT_EQ(huge.field(), u"size"_s);
    EXPECT_EQ(huge.error->data.toObject().value("limit"_L1).toInteger(), Limit);

    EXPECT_EQ(start(*rita, u"../etc/passwd"_s, "x", 1).field(), u"name"_s);
    EXPECT_EQ(rita->call(u"attachment.add"_s,
                         QJsonObject {{"ticket"_L1, ticket},
                                      {"name"_L1, u"a.txt"_s},
                                      {"size"_L1, 3},
                                      {"data"_L1, u"***"_s}})
                  .field(),
              u"data"_s);
    EXPECT_EQ(start(*rita, u"a.txt"_s, "abcd", 3).field(), u"data"_s) << "more than declared";
    EXPECT_EQ(start(*rita, u"a.txt"_s, QByteArray(Chunk + 1, 'a'), Chunk + 1).field(), u"data"_s)
        << "one chunk carries at most 256 KiB";
    EXPECT_EQ(start(*rita, u"a.txt"_s, "abc", 0).field(), u"size"_s);

    // A checksum that does not match: refused, and nothing is kept.
    const Reply mismatch =
        start(*rita, u"notes.txt"_s, "hello", 5, QJsonObject {{"sha256"_L1, QString(64, u'0')}});
    EXPECT_EQ(mismatch.field(), u"sha256"_s);
    EXPECT_TRUE(listed(*rita).isEmpty());
}

TEST_P(AttachmentTest, TheContentTypeComesFromTheBytesNotTheName)
{
    const Reply page =
        upload(*rita, u"invoice.png"_s, "<!DOCTYPE html><html><script>alert(1)</script></html>");
    ASSERT_TRUE(page.ok()) << page.describe();
    EXPECT_EQ(page.object().value("attachment"_L1).toObject().value("content_type"_L1).toString(),
              u"text/html"_s)
        << "a page named .png is not taken for an image";

    const Reply log = upload(*rita, u"install.log"_s, "line one\nline two\n");
    ASSERT_TRUE(log.ok()) << log.describe();
    const QString logType =
        log.object().value("attachment"_L1).toObject().value("content_type"_L1).toString();
    EXPECT_TRUE(logType.startsWith(u"text/"_s)) << logType.toStdString();

    // The 16 first bytes of a DOS/PE header, all of them in the literal (it held 14, and 16
    // were read: past its end, found by AddressSanitizer).
    QByteArray program("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", 16);
    program += QByteArray(200, '\0');
    const Reply exe = upload(*rita, u"readme.txt"_s, program);
    ASSERT_TRUE(exe.ok()) << exe.describe();
    const QString exeType =
        exe.object().value("attachment"_L1).toObject().value("content_type"_L1).toString();
    EXPECT_FALSE(exeType.startsWith(u"text/"_s))
        << "a program named .txt is not text: " << exeType.toStdString();
}

TEST_P(AttachmentTest, ANameNeverMakesTextExecutable)
{
    const QByteArray text = "echo hello\nrm -rf ~\n";
    for (const QString& name :
         {u"x.sh"_s, u"x.js"_s, u"a.desktop"_s, u"run.bat"_s, u"setup.exe"_s, u"tool.ps1"_s,
          u"macro.vbs"_s, u"page.html"_s, u"pic.svg"_s, u"run.py"_s, u"Makefile"_s}) {
        const Reply uploaded = upload(*rita, name, text);
        ASSERT_TRUE(uploaded.ok()) << name.toStdString() << ": " << uploaded.describe();
        EXPECT_EQ(
            uploaded.object().value("attachment"_L1).toObject().value("content_type"_L1).toString(),
            u"text/plain"_s)
            << name.toStdString();
    }
    const Reply csv = upload(*rita, u"figures.csv"_s, "a,b\n1,2\n");
    ASSERT_TRUE(csv.ok()) << csv.describe();
    EXPECT_EQ(csv.object().value("attachment"_L1).toObject().value("content_type"_L1).toString(),
              u"text/csv"_s)
        << "a harmless text type may still come from the name";
}

TEST_P(AttachmentTest, UnsafeFileNamesAreRefused)
{
    const QList<QString> unsafe {
        u"invoice\u202Egpj.exe"_s, // right-to-left override: reads "invoiceexe.jpg"
        u"a\u2066b.txt"_s,         u"a\u200Fb.txt"_s,     u"a\u200Eb.txt"_s, u"bell\u0007.txt"_s,
        u"tab\tname.txt"_s,        u"notes.txt:hidden"_s, u"CON"_s,          u"con.txt"_s,
        u"Nul.tar.gz"_s,           u"com1.log"_s,         u"LPT9"_s,         u"aux .txt"_s,
        u"report.txt."_s,          u"report.txt "_s,      u"what?.txt"_s,
    };
    for (const QString& name : unsafe) {
        const Reply refused = start(*rita, name, "hello", 5);
        EXPECT_EQ(refused.code(), -32602) << name.toStdString() << ": " << refused.describe();
        EXPECT_EQ(refused.field(), u"name"_s) << name.toStdString();
    }
    EXPECT_TRUE(listed(*rita).isEmpty());
    for (const QString& name : {u"console.log"_s, u"com10.txt"_s, u"Résumé 2026.pdf"_s,
                                u"connection.txt"_s, u"a.b.c.txt"_s}) {
        const Reply kept = upload(*rita, name, "hello");
        EXPECT_TRUE(kept.ok()) << name.toStdString() << ": " << kept.describe();
    }
}

TEST_P(AttachmentTest, RequestersSeeOnlyTheirOwnTicketsPublicFiles)
{
    const Reply mine = upload(*rita, u"error.txt"_s, "Error 0x80070005");
    ASSERT_TRUE(mine.ok()) << mine.describe();
    const qint64 id = mine.object().value("id"_L1).toInteger();

    EXPECT_EQ(bob->call(u"attachment.get"_s, QJsonObject {{"id"_L1, id}}).code(),
              static_cast<int>(rpc::ErrorCode::NotFound));
    EXPECT_EQ(bob->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, ticket}}).code(),
              static_cast<int>(rpc::ErrorCode::NotFound));
    EXPECT_EQ(upload(*bob, u"x.txt"_s, "x").code(), static_cast<int>(rpc::ErrorCode::NotFound))
        << "nor adds files to someone else's ticket";
    EXPECT_EQ(upload(*rita, u"x.txt"_s, "x", QJsonObject {{"internal"_L1, true}}).field(),
              u"internal"_s);

    const Reply note =
        upload(*alex, u"runbook.txt"_s, "Reset the driver.", QJsonObject {{"internal"_L1, true}});
    ASSERT_TRUE(note.ok()) << note.describe();
    const qint64 internalId = note.object().value("id"_L1).toInteger();
    EXPECT_EQ(listed(*alex).size(), 2);
    ASSERT_EQ(listed(*rita).size(), 1);
    EXPECT_EQ(listed(*rita).first().toObject().value("name"_L1).toString(), u"error.txt"_s);
    EXPECT_EQ(rita->call(u"attachment.get"_s, QJsonObject {{"id"_L1, internalId}}).code(),
              static_cast<int>(rpc::ErrorCode::NotFound));
    // The history shows the requester her own file, not the agents' one.
    int shown = 0;
    for (const QJsonValue& entry :
         rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}}).items())
        shown += entry.toObject().value("field"_L1) == u"attachments"_s;
    EXPECT_EQ(shown, 1);
}

TEST_P(AttachmentTest, TheReportersSystemInformationTravelsWithTheTicket)
{
    const QJsonObject info {{"os"_L1, u"Windows 11 Pro 23H2"_s},
                            {"host"_L1, u"LAPTOP-RITA"_s},
                            {"memory"_L1, u"16 GB (5.2 GB free)"_s}};
    const QJsonObject created = createTicket(*rita,
                                             QJsonObject {{"title"_L1, u"Slow"_s},
                                                          {"description"_L1, u"d"_s},
                                                          {"system_info"_L1, info}});
    const Reply got = alex->call(u"ticket.get"_s, QJsonObject {{"id"_L1, created.value("id"_L1)}});
    ASSERT_TRUE(got.ok()) << got.describe();
    EXPECT_EQ(got.object().value("system_info"_L1).toObject(), info);

    EXPECT_EQ(rita->call(u"ticket.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"description"_L1, u"d"_s},
                                      {"system_info"_L1, QJsonObject {{"os"_L1, 11}}}})
                  .field(),
              u"system_info.os"_s);
    EXPECT_EQ(rita->call(u"ticket.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"description"_L1, u"d"_s},
                                      {"system_info"_L1, QJsonObject {{"Bad Key"_L1, u"x"_s}}}})
                  .field(),
              u"system_info.Bad Key"_s);
}

namespace {

class AttachmentQuotaTest : public AttachmentTest
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--requester-attachment-quota"_s, u"1000"_s};
    }
};

} // namespace

TEST_P(AttachmentQuotaTest, ARequestersFilesTogetherStayWithinTheQuota)
{
    ASSERT_TRUE(upload(*rita, u"one.png"_s, pngBytes(600)).ok());
    const Reply over = start(*rita, u"two.png"_s, pngBytes(100), 600);
    EXPECT_EQ(over.code(), -32007) << over.describe();
    EXPECT_EQ(over.field(), u"size"_s);
    const QJsonObject data = over.error ? over.error->data.toObject() : QJsonObject();
    EXPECT_EQ(data.value("what"_L1).toString(), u"attachment_quota"_s);
    EXPECT_EQ(data.value("limit"_L1).toInteger(), 1000);
    EXPECT_EQ(data.value("used"_L1).toInteger(), 600);

    // Another ticket does not make room: the quota is the requester's, not the ticket's.
    const qint64 other =
        createTicket(*rita, QJsonObject {{"title"_L1, u"Second"_s}, {"description"_L1, u"d"_s}})
            .value("id"_L1)
            .toInteger();
    const Reply elsewhere = rita->call(u"attachment.add"_s,
                                       QJsonObject {{"ticket"_L1, other},
                                                    {"name"_L1, u"three.png"_s},
                                                    {"size"_L1, 600},
                                                    {"data"_L1, base64(pngBytes(100))}});
    EXPECT_EQ(elsewhere.code(), -32007) << elsewhere.describe();
    // An unfinished upload counts with its declared size.
    ASSERT_TRUE(start(*rita, u"four.png"_s, pngBytes(100), 400).ok());
    EXPECT_EQ(start(*rita, u"five.png"_s, pngBytes(1), 1).code(), -32007);

    EXPECT_TRUE(upload(*alex, u"trace.png"_s, pngBytes(900)).ok()) << "staff have no quota";
    EXPECT_TRUE(upload(*alex, u"trace2.png"_s, pngBytes(900)).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, AttachmentQuotaTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

INSTANTIATE_TEST_SUITE_P(Backends, AttachmentTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
