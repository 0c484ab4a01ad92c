#include "demoarticles.h"

#include "services/kbservice.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace frontline::server::demo {
namespace {

struct DemoArticle
{
    QString title;
    QString category;
    QStringList tags;
    QString visibility;
    QString state;
    QString body;
};

QList<DemoArticle> articles()
{
    return {
        {u"Outlook keeps asking for your password"_s,
         u"Email"_s,
         {u"outlook"_s, u"password"_s},
         u"public"_s,
         u"published"_s,
         u"Outlook asks again and again when the password it saved is out of date, usually "
         "right after you changed your password.\n\n## Fix it\n\n1. Close Outlook.\n2. Open "
         "**Credential Manager** (Windows) or **Keychain Access** (macOS).\n3. Remove every "
         "entry that mentions *outlook* or *office*.\n4. Start Outlook and sign in once with "
         "your new password.\n\nStill asked? Reply to your ticket with a screenshot of the "
         "prompt."_s},
        {u"VPN disconnects every few minutes"_s,
         u"Network"_s,
         {u"vpn"_s},
         u"public"_s,
         u"published"_s,
         u"Home routers that drop idle UDP traffic cut the VPN after a few minutes.\n\n## Fix "
         "it\n\n1. Open the VPN client's **Settings**.\n2. Set **Transport** to `TCP`.\n3. "
         "Connect again.\n\nOn hotel or train Wi-Fi, also turn off *Always-on* and connect by "
         "hand after the portal page has accepted you."_s},
        {u"Connecting to a meeting-room screen"_s,
         u"Hardware"_s,
         {u"display"_s, u"meeting"_s},
         u"public"_s,
         u"published"_s,
         u"Every meeting room has a USB-C cable at the table.\n\n1. Plug it into your laptop.\n"
         "2. Press **Win+P** (Windows) or open **Displays** (macOS) and choose *Duplicate*.\n3. "
         "No picture after 10 seconds? Press the *Input* button on the screen's remote until "
         "it shows `HDMI 1`."_s},
        {u"Printing to the floor printers"_s,
         u"Printing"_s,
         {u"printer"_s},
         u"public"_s,
         u"published"_s,
         u"The floor printers are added by the company portal.\n\n1. Open **Company Portal** "
         "and install *Follow-me printing*.\n2. Print to `FollowMe`.\n3. At any printer, hold "
         "your badge to the reader and choose your job.\n\nJobs wait for 24 hours."_s},
        {u"Resetting your password when it has expired"_s,
         u"Access & Accounts"_s,
         {u"password"_s, u"account"_s},
         u"public"_s,
         u"published"_s,
         u"1. Go to the self-service page `https://password.example.com` from any device.\n2. "
         "Confirm with the code sent to your phone.\n3. Choose a password of at least 14 "
         "characters.\n\nYour laptop picks up the new password the next time it is on the "
         "office network or the VPN."_s},
        {u"Runbook: unlocking an account after repeated failed logins"_s,
         u"Access & Accounts"_s,
         {u"account"_s, u"runbook"_s},
         u"internal"_s,
         u"published"_s,
         u"Check the lockout source before unlocking, or the account locks again.\n\n1. In "
         "the directory console, open the account and note the *lockout source* host.\n2. If "
         "it is a phone, ask the user to update the mail password there first.\n3. Unlock, "
         "and add an internal note with the source host."_s},
        {u"Runbook: replacing a laptop docking station"_s,
         u"Hardware"_s,
         {u"dock"_s},
         u"internal"_s,
         u"draft"_s,
         u"Spare docks are in the L2 cupboard, shelf 3. Update the asset record with the new "
         "serial number before handing it out."_s},
        {u"Old VPN client (before 2025)"_s,
         u"Network"_s,
         {u"vpn"_s},
         u"public"_s,
         u"retired"_s,
         u"The old client is no longer supported: install the current one from "
         "the company portal."_s},
    };
}

QJsonObject expectOk(const ServiceResult& result, const char* step)
{
    if (!result)
        throw std::runtime_error(std::string(step) + ": " + result.error().message.toStdString());
    return result->result.toValue().toObject();
}

} // namespace

void seedArticles(SqlSession& session, const Principal& author, const Principal& editor, qint64 now)
{
    for (const DemoArticle& a : articles()) {
        KbService kb(session, author, now);
        api::ArticleCreateParams create;
        create.title = a.title;
        create.body = a.body;
        create.category = a.category;
        create.tags = a.tags;
        create.visibility = a.visibility;
        const qint64 id = expectOk(kb.create(create), "demo article").value("id"_L1).toInteger();
        if (a.state != u"draft"_s)
            expectOk(kb.publish({id, u"published"_s}), "publish demo article");
        if (a.state == u"retired"_s)
            expectOk(kb.publish({id, u"retired"_s}), "retire demo article");
        if (a.tags.contains(u"vpn"_s) && a.state == u"published"_s) {
            // A colleague improved it: the history shows two authors and what changed.
            api::ArticleUpdateParams edit;
            edit.id = id;
            edit.version = 1;
            edit.body = a.body
                + u"\n\nIf it still drops, note the time and reply to your "
                  "ticket: we can read the VPN gateway's log for that minute."_s;
            expectOk(KbService(session, editor, now).update(edit), "edit demo article");
        }
    }
}

} // namespace frontline::server::demo
