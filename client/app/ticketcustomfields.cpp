#include "ticketcustomfields.h"

#include "client/core/fieldcatalogue.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/fieldform.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

TicketCustomFields::TicketCustomFields(TicketDetail& detail, FieldCatalogue& catalogue,
                                       Session& session, QWidget* parent)
    : QGroupBox(tr("Custom fields"), parent)
    , m_detail(detail)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_form(new FieldForm(catalogue, &session))
    , m_save(new QPushButton(tr("Save fields")))
    , m_revert(new QPushButton(tr("Revert")))
{
    setObjectName(u"customFields"_s);
    m_save->setObjectName(u"saveFieldsButton"_s);
    m_revert->setObjectName(u"revertFieldsButton"_s);
    m_save->setAutoDefault(false);
    m_revert->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);

    connect(m_form, &FieldForm::edited, this, [this] {
        m_editing = true;
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &TicketCustomFields::save);
    connect(m_revert, &QPushButton::clicked, this, &TicketCustomFields::revert);
    connect(&detail, &TicketDetail::loaded, this, [this] {
        m_editing = false; // another ticket, or the same one read again
        m_form->clearProblems();
    });
    connect(&catalogue, &FieldCatalogue::loaded, this, &TicketCustomFields::refresh);
    connect(&catalogue, &FieldCatalogue::namesChanged, this, &TicketCustomFields::refresh);
    hide();
}

void TicketCustomFields::refresh()
{
    if (m_editing)
        return; // the agent's edits stay until saved or reverted
    if (!m_detail.isLoaded()) {
        hide();
        return;
    }
    const Ticket& ticket = m_detail.ticket();
    const FieldValues values = m_detail.fieldValues();
    QList<api::FieldDefinition> fields;
    for (const api::FieldDefinition& field : m_catalogue.fields()) {
        if (field.active
            && (field.appliesTo(ticket.type, ticket.category) || values.contains(field.name)))
            fields.append(field);
    }
    m_form->setFields(fields, values);
    m_form->setReadOnly(!m_session.isStaff());
    setVisible(!fields.isEmpty());
    updateButtons();
}

void TicketCustomFields::updateButtons()
{
    const bool changed = !m_form->changedValues().isEmpty();
    m_save->setEnabled(changed && m_session.isStaff());
    m_revert->setEnabled(m_editing);
}

bool TicketCustomFields::save()
{
    const FieldValues changed = m_form->changedValues();
    if (changed.isEmpty())
        return true;
    const Ticket& ticket = m_detail.ticket();
    const auto problems =
        m_catalogue.problems(changed, m_detail.fieldValues(), ticket.type, ticket.category, false);
    m_form->showProblems(problems);
    if (!problems.isEmpty())
        return false;
    m_detail.setFields(changed);
    m_editing = false; // the answer (or the push) shows the ticket's values
    updateButtons();
    return true;
}

void TicketCustomFields::revert()
{
    m_editing = false;
    m_form->clearProblems();
    refresh();
}

} // namespace frontline::client::ui
