#pragma once

#include "mail/inboundmail.h"

#include <functional>

namespace frontline::server::mail {

struct AutomatedVerdict
{
    Automated kind = Automated::No;
    QString reason;
};

// Recognises auto-replies, bounces and list mail from the headers (and the top-level content
// type), in the order RFC 3834 and the big mailers' habits suggest. header(name) returns the
// header's value, or a null QString when the mail has no such header.
AutomatedVerdict recogniseAutomated(const std::function<QString(const char*)>& header,
                                    const QString& contentType, const QString& fromAddress);

} // namespace frontline::server::mail
