#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema steps of the self-service features (tray applet), kept out of migrations.cpp so that
// each file stays readable: attachments stored in chunks, announcements, system information.
Migration selfServiceSchema();
// Migration 31 (issue 22): announcements for the users of the services that depend on some
// CIs (audience affected): the CIs named and the people reached when it was published.
Migration affectedAnnouncementsSchema();
Migration announcementServicesSchema();

} // namespace frontline::server
