#include "ticketcisection.h"

#include "client/core/cmdb/cieditor.h"
#include "client/core/cmdb/ticketcis.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

TicketCiSection::TicketCiSection(TicketCis& cis, CiEditor& finder, QWidget* parent)
    : QWidget(parent)
    , m_cis(cis)
    , m_finder(finder)
    , m_heading(plainLabel(tr("Configuration items")))
    , m_rows(new QVBoxLayout)
    , m_link(new QPushButton(tr("Link a C&I…")))
    , m_error(plainLabel())
{
    setObjectName(u"ticketCiSection"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_link->setObjectName(u"linkCiButton"_s);
    m_error->setObjectName(u"ticketCiError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_link);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(top);
    layout->addLayout(m_rows);
    layout->addWidget(m_error);
    connect(&cis, &TicketCis::changed, this, &TicketCiSection::refresh);
    connect(&cis, &TicketCis::failed, this, [this](const QString& message) {
        setPlainText(m_error, message);
        m_error->show();
    });
    connect(m_link, &QPushButton::clicked, this, &TicketCiSection::linkCi);
    refresh();
}

QList<QLabel*> TicketCiSection::lines() const
{
    QList<QLabel*> found;
    for (QLabel* label : findChildren<QLabel*>())
        if (label->objectName().startsWith(u"ciLine_"_s))
            found.append(label);
    return found;
}

void TicketCiSection::refresh()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->setParent(nullptr); // gone from lines() at once
            widget->deleteLater();
        }
        delete item;
    }
    const bool canChange = m_cis.canChange();
    m_link->setVisible(canChange);
    setVisible(canChange || !m_cis.cis().isEmpty());
    m_error->hide();
    for (const api::CiNode& ci : m_cis.cis()) {
        auto* row = new QWidget;
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString summary = m_cis.summary(ci.id);
        QLabel* line =
            plainLabel(summary.isEmpty() ? tr("%1 (%2)").arg(ci.name, ci.ciClass)
                                         : tr("%1 (%2): %3").arg(ci.name, ci.ciClass, summary));
        line->setObjectName(u"ciLine_"_s + QString::number(ci.id));
        line->setWordWrap(true);
        auto* open = new QPushButton(tr("Open"));
        open->setObjectName(u"openCiButton_"_s + QString::number(ci.id));
        open->setAccessibleName(tr("Open %1 in the CI browser").arg(ci.name));
        rowLayout->addWidget(line, 1);
        rowLayout->addWidget(open);
        const qint64 id = ci.id;
        connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT openCiRequested(id); });
        if (canChange) {
            auto* unlink = new QPushButton(tr("Unlink"));
            unlink->setObjectName(u"unlinkCiButton_"_s + QString::number(ci.id));
            unlink->setAccessibleName(tr("Unlink %1 from the ticket").arg(ci.name));
            rowLayout->addWidget(unlink);
            connect(unlink, &QPushButton::clicked, this, [this, id] { m_cis.unlink(id); });
        }
        m_rows->addWidget(row);
    }
}

void TicketCiSection::linkCi()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"linkCiDialog"_s);
    dialog->setWindowTitle(tr("Link a configuration item"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* search = new QLineEdit;
    search->setObjectName(u"linkCiSearchEdit"_s);
    search->setPlaceholderText(tr("Name, host name or serial"));
    auto* target = new QComboBox;
    target->setObjectName(u"linkCiTargetBox"_s);
    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), search);
    form->addRow(tr("&CI:"), target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto* typing = new QTimer(dialog);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, dialog, [this, search] { m_finder.find(search->text()); });
    connect(&m_finder, &CiEditor::found, dialog, [target](const QList<api::Ci>& items) {
        target->clear();
        for (const api::Ci& ci : items)
            target->addItem(tr("%1 (%2)").arg(ci.name, ci.ciClass), ci.id);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, target] {
        if (target->currentIndex() < 0)
            return;
        m_cis.link(target->currentData().toLongLong());
        dialog->accept();
    });
    dialog->open();
}

} // namespace frontline::client::ui
