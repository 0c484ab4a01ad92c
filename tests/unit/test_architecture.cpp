// The layers of the client and the server, checked on the sources (docs/architecture.md,
// "Layers"). A failure names the file, the line and the rule it breaks.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct LayerRule
{
    QString why;
    QRegularExpression pattern;
};

struct Finding
{
    QString where;
    QString why;
};

QString sourceDir()
{
    return QStringLiteral(FRONTLINE_SOURCE_DIR);
}

// Every C++ file under the given folders (relative to the source tree).
QStringList sourcesUnder(const QStringList& folders)
{
    QStringList files;
    for (const QString& folder : folders) {
        QDirIterator it(sourceDir() + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

// Comments are left out: a rule is about code, and comments may name what they explain.
QString withoutComment(const QString& line)
{
    const qsizetype at = line.indexOf(u"//"_s);
    return at < 0 ? line : line.left(at);
}

// Files that still break a rule, each named with what is left to do: the list may only shrink
// (a listed file that now keeps the rules fails the test too, so that it is taken off).
struct Pending
{
    QString file;
    QString why;
};

QList<Finding> check(const QStringList& files, const QList<LayerRule>& rules,
                     const QList<Pending>& pending = {})
{
    QList<Finding> findings;
    for (const Pending& p : pending) {
        if (!files.contains(sourceDir() + u'/' + p.file))
            findings.append({p.file, u"is listed as pending but no longer exists: take it off"_s});
    }
    for (const QString& path : files) {
        const QString relative = QString(path).remove(sourceDir() + u'/');
        const bool isPending = std::any_of(pending.begin(), pending.end(),
                                           [&](const Pending& p) { return p.file == relative; });
        const qsizetype before = findings.size();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            findings.append({path, u"cannot be read"_s});
            continue;
        }
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = withoutComment(QString::fromUtf8(file.readLine()));
            for (const LayerRule& rule : rules) {
                if (rule.pattern.match(line).hasMatch()) {
                    findings.append(
                        {relative + u':' + QString::number(number) + u": " + line.trimmed(),
                         rule.why});
                }
            }
        }
        if (isPending) {
            if (findings.size() == before)
                findings.append({relative, u"keeps the rules now: take it off the pending list"_s});
            else
                findings.resize(before);
        }
    }
    return findings;
}

QString describe(const QList<Finding>& findings)
{
    QString text;
    for (const Finding& f : findings)
        text += f.where + u"\n    -> " + f.why + u'\n';
    return text;
}

} // namespace

// Widgets render typed state and forward intent; the controllers in client/core own the calls.
TEST(Architecture, TheClientsWidgetsNeverTalkToTheServer)
{
    const QStringList files =
        sourcesUnder({u"client/app"_s, u"client/widgets"_s, u"client/tray"_s});
    ASSERT_GT(files.size(), 50);
    const QList<LayerRule> rules {
        {u"includes the RPC connection (a controller in client/core makes the call)"_s,
         QRegularExpression(
             uR"(#include\s+"(shared/)?rpc/(rpcclient|jsonrpc|jsonrpcprocessor|lineframer)\.h")"_s)},
        {u"includes the method names (a controller in client/core makes the call)"_s,
         QRegularExpression(uR"(#include\s+"(shared/)?api/methods\.h")"_s)},
        {u"names a method (a controller in client/core makes the call)"_s,
         QRegularExpression(uR"(\bmethod::[A-Z])"_s)},
        {u"reaches the connection (a controller in client/core makes the call)"_s,
         QRegularExpression(uR"((\.|->)rpc\(\))"_s)},
        {u"handles JSON (results are typed in shared/api and read in client/core)"_s,
         QRegularExpression(uR"(\bQJson(Object|Array|Value|Document)\b|#include\s+<QJson)"_s)},
    };
    const QList<Finding> findings = check(files, rules);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}

// Services return typed results (shared/api, shared/domain) and push typed events; the
// registry writes them. JSON literals are left for error data, which the protocol keeps free.
TEST(Architecture, ServicesReturnTypedResultsNotJsonLiterals)
{
    const QStringList files = sourcesUnder({u"server/services"_s, u"server/reports"_s});
    ASSERT_GT(files.size(), 20);
    const QList<LayerRule> rules {
        {u"answers or pushes a JSON literal (return a typed result from shared/api)"_s,
         QRegularExpression(uR"((Outcome|JsonPayload)\s*[\({]\s*QJson(Object|Array))"_s)},
    };
    const QList<Finding> findings = check(files, rules);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}

// Every method has one registration shape: addRead, addWrite or addCustom, each parsing its
// params type; no hand-written parse-and-bail.
TEST(Architecture, EveryMethodIsRegisteredWithItsParamsType)
{
    const QStringList files = sourcesUnder({u"server/rpc/methods"_s});
    ASSERT_GE(files.size(), 10);
    const QList<LayerRule> rules {
        {u"registers a method by hand (use addRead, addWrite or addCustom)"_s,
         QRegularExpression(uR"(registry\.add\()"_s)},
    };
    const QList<Finding> findings = check(files, rules);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}

// Time and behaviour come from the code and its options, never from variables only tests set.
TEST(Architecture, ProductionCodeReadsNoTestOnlyEnvironmentVariables)
{
    const QStringList files = sourcesUnder({u"server"_s, u"client"_s, u"shared"_s});
    const QList<LayerRule> rules {
        {u"reads a test-only environment variable"_s,
         QRegularExpression(uR"((qgetenv|qEnvironmentVariable\w*|getenv)\(\s*"FRONTLINE_TEST)"_s)},
    };
    const QList<Finding> findings = check(files, rules);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}
