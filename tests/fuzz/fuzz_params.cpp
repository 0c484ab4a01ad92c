// Every method's params parser in shared/api: the first byte picks a Params::fromJson, the rest
// is the params as JSON. A parser either returns a value or an error that names a field (in data);
// what it returns writes back (toJson) to params that parse to the same value.
#include "api/authapi.h"
#include "api/automationapi.h"
#include "api/directoryapi.h"
#include "api/kbapi.h"
#include "api/ratingapi.h"
#include "api/reportapi.h"
#include "api/searchapi.h"
#include "api/selfserviceapi.h"
#include "api/ticketapi.h"
#include "api/workspaceapi.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace frontline;
using namespace frontline::api;

namespace {

template<typename P> void parse(const QJsonValue& params)
{
    const auto parsed = P::fromJson(params);
    if (!parsed) {
        const rpc::RpcError& error = parsed.error();
        FUZZ_CHECK(!error.message.isEmpty());
        // The field may be "" itself (an unknown key ""), but it is always named.
        FUZZ_CHECK(error.data.toObject().contains(QStringLiteral("field")));
        return;
    }
    if constexpr (requires(const P& p) { p.toJson(); }) {
        const QJsonObject written = parsed->toJson();
        const auto again = P::fromJson(written);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->toJson() == written);
    }
}

using Parser = void (*)(const QJsonValue&);
constexpr std::array<Parser, 60> Parsers {
    parse<LoginParams>,
    parse<ResumeParams>,
    parse<CalendarCreateParams>,
    parse<CalendarUpdateParams>,
    parse<SlaPolicyCreateParams>,
    parse<SlaPolicyUpdateParams>,
    parse<RuleCreateParams>,
    parse<RuleUpdateParams>,
    parse<RuleDryRunParams>,
    parse<AvailabilityParams>,
    parse<NotificationListParams>,
    parse<NotificationReadParams>,
    parse<UserCreateParams>,
    parse<UserUpdateParams>,
    parse<UserListParams>,
    parse<SetPasswordParams>,
    parse<GroupCreateParams>,
    parse<GroupUpdateParams>,
    parse<GroupMemberParams>,
    parse<CategoryCreateParams>,
    parse<CategoryUpdateParams>,
    parse<ArticleCreateParams>,
    parse<ArticleUpdateParams>,
    parse<ArticlePublishParams>,
    parse<ArticleListParams>,
    parse<ArticleHistoryParams>,
    parse<ArticleVoteParams>,
    parse<IdParams>,
    parse<EmptyParams>,
    parse<TicketRateParams>,
    parse<ReportFilter>,
    parse<ReportTicketsParams>,
    parse<ReportExportParams>,
    parse<SearchParams>,
    parse<SuggestParams>,
    parse<ArticleOpenParams>,
    parse<ArticleSolvedParams>,
    parse<ArticleLinkParams>,
    parse<AttachmentAddParams>,
    parse<AttachmentGetParams>,
    parse<AttachmentListParams>,
    parse<AnnouncementPublishParams>,
    parse<AnnouncementListParams>,
    parse<TicketCreateParams>,
    parse<TicketListParams>,
    parse<TicketUpdateParams>,
    parse<TicketTransitionParams>,
    parse<TicketCommentParams>,
    parse<TicketCountParams>,
    parse<TicketLinkParams>,
    parse<TicketMergeParams>,
    parse<TicketEscalateParams>,
    parse<TicketLogTimeParams>,
    parse<SubscribeParams>,
    parse<ConfigGetParams>,
    parse<ConfigSetParams>,
    parse<CannedCreateParams>,
    parse<CannedUpdateParams>,
    parse<ViewSaveParams>,
    parse<PresenceParams>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1)));
    const QJsonValue params = doc.isObject() ? QJsonValue(doc.object())
        : doc.isArray()                      ? QJsonValue(doc.array())
                                             : QJsonValue(QJsonValue::Undefined);
    Parsers[data[0] % Parsers.size()](params);
    return 0;
}
