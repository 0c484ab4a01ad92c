#include "ticketdraft.h"

#include "client/core/errortext.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace frontline::client {

TicketDraft TicketDraft::raisedFromTicket(const Ticket& ticket, TicketType type)
{
    TicketDraft draft;
    draft.type = type;
    draft.title = ticket.title;
    draft.description = tr("Raised from #%1: %2").arg(ticket.id).arg(ticket.title);
    if (!ticket.description.trimmed().isEmpty())
        draft.description += u"\n\n"_s + ticket.description.trimmed();
    if (!ticket.category.isEmpty())
        draft.category = ticket.category;
    draft.impact = ticket.impact;
    draft.urgency = ticket.urgency;
    draft.raisedFrom = ticket.id;
    return draft;
}

Result<TicketDraft::File, QString> TicketDraft::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return tr("%1 cannot be read.").arg(info.fileName());
    if (info.size() > MaxFileBytes)
        return tr("%1 is %2; files may be at most %3.")
            .arg(info.fileName(), SystemInfo::formatBytes(info.size()),
                 SystemInfo::formatBytes(MaxFileBytes));
    if (info.size() == 0)
        return tr("%1 is empty.").arg(info.fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read.").arg(info.fileName());
    return File {info.fileName(), file.readAll()};
}

std::optional<TicketDraft::Problem> TicketDraft::validate() const
{
    if (title.trimmed().isEmpty())
        return Problem {u"title"_s, tr("Title is required: say in one line what is wrong.")};
    if (!requesterName.trimmed().isEmpty() && !requester)
        return Problem {u"requester"_s,
                        tr("Caller: pick a person from the list that appears while typing.")};
    for (const File& file : files) {
        if (file.bytes.size() > MaxFileBytes)
            return Problem {u"file"_s,
                            tr("%1 is %2; files may be at most %3.")
                                .arg(file.name, SystemInfo::formatBytes(file.bytes.size()),
                                     SystemInfo::formatBytes(MaxFileBytes))};
    }
    // The server's own rules, checked here first so the problem shows next to its field.
    if (auto checked = api::TicketCreateParams::fromJson(params().toJson()); !checked) {
        const QString field = checked.error().field();
        return Problem {
            field,
            u"%1 %2"_s.arg(ErrorText::fieldLabel(field), ErrorText::fieldProblem(checked.error()))};
    }
    return std::nullopt;
}

api::TicketCreateParams TicketDraft::params() const
{
    api::TicketCreateParams params;
    params.title = title.trimmed();
    params.description = description.trimmed();
    params.type = type;
    params.category = category;
    params.impact = impact;
    params.urgency = urgency;
    params.requester = requester;
    params.group = group;
    params.assignee = assignee;
    params.systemInfo = SystemInfo::toJson(systemInfo);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isNone())
            params.fields.insert(it.key(), it.value().toJson());
    }
    return params;
}

} // namespace frontline::client
