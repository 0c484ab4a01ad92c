// The reports over a real socket, on both backends: an acknowledged change is in the figures
// at once (the rollups commit with it), managers only, bad filters named, the drill-down, and
// the CSV (formula cells neutralised) and PDF files.
#include "serverfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ReportTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        createUser(u"mona"_s, u"manager"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
        mona = connectAs(u"mona"_s);
    }

    QJsonObject today() const
    {
        const QString day = QDate::currentDate().toString(Qt::ISODate);
        return QJsonObject {{"from"_L1, day}, {"to"_L1, day}};
    }

    qint64 resolveNew(const QString& title)
    {
        const QJsonObject created =
            createTicket(*rita, QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});
        const qint64 id = created.value("id"_L1).toInteger();
        EXPECT_TRUE(alex->call(u"ticket.update"_s,
                               QJsonObject {{"id"_L1, id},
                                            {"version"_L1, created.value("version"_L1)},
                                            {"assignee"_L1, m_alex}})
                        .ok());
        const Reply resolved = alex->call(
            u"ticket.transition"_s,
            QJsonObject {{"id"_L1, id}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"Done."_s}});
        EXPECT_TRUE(resolved.ok()) << resolved.describe();
        return id;
    }

    std::unique_ptr<TestClient> rita, alex, mona;
    qint64 m_alex = 0;
};

} // namespace

TEST_P(ReportTest, AnAcknowledgedChangeIsInTheFiguresAtOnce)
{
    const Reply before = mona->call(u"report.kpis"_s, today());
    ASSERT_TRUE(before.ok()) << before.describe();
    EXPECT_EQ(before.object()["volume"_L1]["created"_L1].toInt(), 0);

    const qint64 id = resolveNew(u"Printer jams on tray 2"_s);
    createTicket(*rita,
                 QJsonObject {{"title"_L1, u"Printer offline"_s}, {"description"_L1, u"d"_s}});
    ASSERT_TRUE(rita->call(u"ticket.rate"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"score"_L1, 5},
                                        {"comment"_L1, u"Fixed in minutes."_s}})
                    .ok());

    const Reply after = mona->call(u"report.kpis"_s, today());
    ASSERT_TRUE(after.ok()) << after.describe();
    const QJsonObject r = after.object();
    EXPECT_EQ(r["volume"_L1]["created"_L1].toInt(), 2);
    EXPECT_EQ(r["volume"_L1]["resolved"_L1].toInt(), 1);
    EXPECT_EQ(r["backlog"_L1]["open_now"_L1].toInt(), 1);
    EXPECT_EQ(r["fcr"_L1]["count"_L1].toInt(), 1);
    EXPECT_EQ(r["csat"_L1]["answers"_L1].toInt(), 1);
    EXPECT_DOUBLE_EQ(r["csat"_L1]["average"_L1].toDouble(), 5.0);
    EXPECT_EQ(r["response_time"_L1]["count"_L1].toInt(), 1) << "the resolution note answered";
    const QJsonArray agents = r["agents"_L1].toArray();
    ASSERT_EQ(agents.size(), 1);
    EXPECT_EQ(agents[0]["agent"_L1]["id"_L1].toInteger(), m_alex);
    EXPECT_EQ(agents[0]["resolved"_L1].toInt(), 1);

    QJsonObject drill = today();
    drill.insert("segment"_L1, u"resolved"_s);
    const Reply tickets = mona->call(u"report.tickets"_s, drill);
    ASSERT_TRUE(tickets.ok()) << tickets.describe();
    const QJsonArray rows = tickets.object()["tickets"_L1].toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0]["id"_L1].toInteger(), id);
    EXPECT_EQ(rows[0]["title"_L1].toString(), u"Printer jams on tray 2"_s);
    EXPECT_FALSE(rows[0].toObject().contains("rating"_L1)) << "only the rated segment";

    // The rated tickets carry the requester's score and comment.
    drill.insert("segment"_L1, u"rated"_s);
    const Reply rated = mona->call(u"report.tickets"_s, drill);
    ASSERT_TRUE(rated.ok()) << rated.describe();
    const QJsonArray ratedRows = rated.object()["tickets"_L1].toArray();
    ASSERT_EQ(ratedRows.size(), 1);
    EXPECT_EQ(ratedRows[0]["id"_L1].toInteger(), id);
    EXPECT_EQ(ratedRows[0]["rating"_L1]["score"_L1].toInt(), 5);
    EXPECT_EQ(ratedRows[0]["rating"_L1]["comment"_L1].toString(), u"Fixed in minutes."_s);
    EXPECT_TRUE(ratedRows[0]["rating"_L1]["rated_at"_L1].isString());
}

TEST_P(ReportTest, OnlyManagersSeeReportsAndBadFiltersAreNamed)
{
    EXPECT_EQ(alex->call(u"report.kpis"_s, today()).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden));
    EXPECT_EQ(rita->call(u"report.export"_s, QJsonObject {{"format"_L1, u"csv"_s}}).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden));
    QJsonObject reversed = today();
    reversed.insert("from"_L1, QDate::currentDate().addDays(1).toString(Qt::ISODate));
    EXPECT_EQ(mona->call(u"report.kpis"_s, reversed).field(), u"to"_s);
    EXPECT_EQ(mona->call(u"report.kpis"_s,
                         QJsonObject {{"from"_L1, u"2026-02-30"_s}, {"to"_L1, u"2026-03-01"_s}})
                  .field(),
              u"from"_s);
    QJsonObject noGroup = today();
    noGroup.insert("group"_L1, 999999);
    EXPECT_EQ(mona->call(u"report.kpis"_s, noGroup).field(), u"group"_s);
    QJsonObject wrongType = today();
    wrongType.insert("type"_L1, u"outage"_s);
    EXPECT_EQ(mona->call(u"report.kpis"_s, wrongType).field(), u"type"_s);
    QJsonObject segment = today();
    segment.insert("segment"_L1, u"open"_s);
    segment.insert("score"_L1, 3);
    EXPECT_EQ(mona->call(u"report.tickets"_s, segment).field(), u"score"_s);
    QJsonObject format = today();
    format.insert("format"_L1, u"xlsx"_s);
    EXPECT_EQ(mona->call(u"report.export"_s, format).field(), u"format"_s);
}

TEST_P(ReportTest, CsvNeutralisesFormulasAndPdfCarriesTheFigures)
{
    resolveNew(u"=HYPERLINK(\"http://evil.example\",\"click\")"_s);
    resolveNew(u"-2+3 printer, \"quoted\""_s);

    QJsonObject params = today();
    params.insert("format"_L1, u"csv"_s);
    params.insert("report"_L1, u"tickets"_s);
    params.insert("segment"_L1, u"created"_s);
    const Reply csv = mona->call(u"report.export"_s, params);
    ASSERT_TRUE(csv.ok()) << csv.describe();
    EXPECT_TRUE(csv.object()["file_name"_L1].toString().endsWith(u".csv"_s));
    const QByteArray text = QByteArray::fromBase64(csv.object()["data"_L1].toString().toLatin1());
    EXPECT_TRUE(text.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""))
        << text.constData();
    EXPECT_TRUE(text.contains("\"'-2+3 printer, \"\"quoted\"\"\"")) << text.constData();
    EXPECT_FALSE(text.contains(",=HYPERLINK"));

    QJsonObject kpis = today();
    kpis.insert("format"_L1, u"csv"_s);
    const Reply kpiCsv = mona->call(u"report.export"_s, kpis);
    ASSERT_TRUE(kpiCsv.ok()) << kpiCsv.describe();
    const QByteArray figures =
        QByteArray::fromBase64(kpiCsv.object()["data"_L1].toString().toLatin1());
    EXPECT_TRUE(figures.contains("Created,2\r\n")) << figures.constData();
    EXPECT_TRUE(figures.contains("Resolved,2\r\n"));
    EXPECT_TRUE(figures.contains("First-contact resolution rate,1\r\n"));

    kpis.insert("format"_L1, u"pdf"_s);
    const Reply pdf = mona->call(u"report.export"_s, kpis);
    ASSERT_TRUE(pdf.ok()) << pdf.describe();
    EXPECT_EQ(pdf.object()["content_type"_L1].toString(), u"application/pdf"_s);
    const QByteArray bytes = QByteArray::fromBase64(pdf.object()["data"_L1].toString().toLatin1());
    ASSERT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    // The text as a reader sees it (poppler's pdftotext, installed by setup).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    QFile file(dir.filePath(u"report.pdf"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, file.fileName(), u"-"_s});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString shown = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(shown.contains(u"Frontline KPI report"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Volume: created and resolved per day"_s));
    EXPECT_TRUE(shown.contains(u"First-contact resolution"_s));
    EXPECT_TRUE(shown.contains(u"100.0 %"_s)) << "FCR of both tickets";
    EXPECT_TRUE(shown.contains(u"Agents"_s) && shown.contains(u"Mean resolution"_s))
        << shown.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
