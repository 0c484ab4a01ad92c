#include "escalatedialog.h"

#include "client/core/directory.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace frontline::client::ui {

EscalateDialog::EscalateDialog(const Directory& directory, std::optional<qint64> currentGroup,
                               QWidget* parent)
    : QDialog(parent)
    , m_group(new QComboBox)
    , m_note(new QPlainTextEdit)
{
    setWindowTitle(tr("Escalate ticket"));
    m_group->setObjectName(QStringLiteral("escalationGroupCombo"));
    m_note->setObjectName(QStringLiteral("handoverNoteEditor"));
    m_group->setToolTip(tr("The group that takes the ticket over, with its support tier"));
    m_note->setToolTip(tr("An internal note for the next tier: what was checked, what is known"));
    std::optional<qint64> next;
    if (currentGroup) {
        if (const auto group = directory.group(*currentGroup))
            next = group->escalationGroupId;
    }
    if (next) {
        if (const auto target = directory.group(*next))
            m_group->addItem(tr("Next tier: %1 (L%2)").arg(target->name).arg(target->tier),
                             QVariant());
    }
    for (const Group& group : directory.groups()) {
        if (group.id != currentGroup)
            m_group->addItem(tr("%1 (L%2)").arg(group.name).arg(group.tier), group.id);
    }
    m_note->setPlaceholderText(
        tr("What was checked, what is known: an internal note for the next tier."));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Escalate to"), m_group);
    form->addRow(tr("Handover note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<qint64> EscalateDialog::group() const
{
    const QVariant data = m_group->currentData();
    return data.isValid() ? std::optional(data.toLongLong()) : std::nullopt;
}

QString EscalateDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace frontline::client::ui
