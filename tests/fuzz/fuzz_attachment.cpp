// What the server decides about an uploaded file: whether its name is safe, and its content type
// from its first bytes. The first line of the input is the name, the rest the bytes. Text never
// becomes a type a desktop runs because of its name; a name refused by fileNameProblem is
// refused by attachment.add, naming the field; a safe one is accepted.
#include "api/selfserviceapi.h"
#include "fuzzcheck.h"
#include "services/contenttype.h"

#include <QJsonObject>
#include <QMimeDatabase>

using namespace frontline;
using namespace frontline::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString name = QString::fromUtf8(newline < 0 ? input : input.first(newline));
    const QByteArrayView head = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    const QString type =
        recogniseContentType(name, head.first(std::min<qsizetype>(head.size(), 4096)));
    FUZZ_CHECK(!type.isEmpty());
    FUZZ_CHECK(type.contains(u'/'));
    const QMimeType byContent = QMimeDatabase().mimeTypeForData(head.toByteArray());
    if (byContent.name() == QStringLiteral("text/plain"))
        FUZZ_CHECK(isSafeTextType(type));

    const auto problem = api::fileNameProblem(name);
    const auto params = api::AttachmentAddParams::fromJson(
        QJsonObject {{QStringLiteral("ticket"), 1},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("size"), 3},
                     {QStringLiteral("data"), QStringLiteral("YWJj")}});
    if (problem) {
        FUZZ_CHECK(!problem->isEmpty());
        FUZZ_CHECK(!params.ok());
    }
    if (!params) {
        FUZZ_CHECK(params.error().field() == QStringLiteral("name"));
    } else {
        FUZZ_CHECK(!problem);
        FUZZ_CHECK(!params->name.contains(u':') && !params->name.contains(QChar(0x202E)));
    }
    return 0;
}
