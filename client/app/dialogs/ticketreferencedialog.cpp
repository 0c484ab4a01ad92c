#include "ticketreferencedialog.h"

#include "client/widgets/safetext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace frontline::client::ui {

TicketReferenceDialog::TicketReferenceDialog(Purpose purpose, qint64 currentTicket, QWidget* parent)
    : QDialog(parent)
    , m_number(new QSpinBox)
    , m_note(new QPlainTextEdit)
{
    m_number->setObjectName(QStringLiteral("numberSpin"));
    m_note->setObjectName(QStringLiteral("noteEditor"));
    auto* form = new QFormLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    switch (purpose) {
    case Purpose::Link:
        setWindowTitle(tr("Link #%1 to another ticket").arg(currentTicket));
        m_number->setRange(1, 2000000000);
        m_number->setPrefix(QStringLiteral("#"));
        form->addRow(tr("Related ticket"), m_number);
        m_note->hide();
        break;
    case Purpose::Merge:
        setWindowTitle(tr("Merge #%1 into another ticket").arg(currentTicket));
        m_number->setRange(1, 2000000000);
        m_number->setPrefix(QStringLiteral("#"));
        form->addRow(
            plainLabel(tr("#%1 ends as a duplicate; its requester is told where the work goes on.")
                           .arg(currentTicket)));
        form->addRow(tr("Merge into"), m_number);
        form->addRow(tr("Note (optional)"), m_note);
        break;
    case Purpose::LogTime:
        setWindowTitle(tr("Log time on #%1").arg(currentTicket));
        m_number->setRange(1, 24 * 60);
        m_number->setValue(15);
        m_number->setSuffix(tr(" min"));
        form->addRow(tr("Time spent"), m_number);
        form->addRow(tr("What was done (optional)"), m_note);
        break;
    }
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (purpose != Purpose::LogTime) {
        connect(m_number, &QSpinBox::valueChanged, this, [buttons, currentTicket](int value) {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(value != currentTicket);
        });
        m_number->clear();
    }
}

qint64 TicketReferenceDialog::number() const
{
    return m_number->value();
}

QString TicketReferenceDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace frontline::client::ui
