#include "createproblemdialog.h"

#include "client/core/directory.h"
#include "client/core/problems/problemdesk.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

CreateProblemDialog::CreateProblemDialog(ProblemDesk& desk, const Directory& directory,
                                         const QList<Ticket>& incidents, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_title(new QLineEdit)
    , m_category(new QComboBox)
    , m_description(new QPlainTextEdit)
    , m_incidents(new QListWidget)
    , m_more(new QLineEdit)
    , m_status(plainLabel())
    , m_create(nullptr)
{
    setObjectName(u"createProblemDialog"_s);
    setWindowTitle(tr("Create problem"));
    m_title->setObjectName(u"problemTitle"_s);
    m_title->setAccessibleName(tr("Problem title"));
    m_category->setObjectName(u"problemCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_description->setObjectName(u"problemDescription"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_incidents->setObjectName(u"problemSelectedIncidents"_s);
    m_incidents->setAccessibleName(tr("Incidents of the problem"));
    m_more->setObjectName(u"problemMoreIncidents"_s);
    m_more->setAccessibleName(tr("More incident numbers"));
    m_more->setAccessibleDescription(tr("Incident numbers separated by spaces or commas"));
    m_more->setPlaceholderText(tr("More incidents: 12, 15 …"));
    m_status->setObjectName(u"createProblemStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    m_category->addItem(tr("(none)"), QString());
    for (const Category& category : directory.categories()) {
        if (category.active)
            m_category->addItem(category.name, category.name);
    }
    QString common;
    for (const Ticket& ticket : incidents) {
        auto* item =
            new QListWidgetItem(tr("#%1  %2").arg(ticket.id).arg(ticket.title), m_incidents);
        item->setData(Qt::UserRole, ticket.id);
        // The category they all share, if they do.
        const bool first = item == m_incidents->item(0);
        common = (first || common == ticket.category) ? ticket.category : QString();
    }
    if (!incidents.isEmpty()) {
        m_title->setText(incidents.first().title);
        m_category->setCurrentIndex(std::max(0, m_category->findData(common)));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create problem"));
    m_create->setObjectName(u"createProblemButton"_s);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Incidents:"), m_incidents);
    form->addRow(QString(), m_more);
    form->addRow(m_status);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateProblemDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&desk, &ProblemDesk::created, this, &QDialog::accept);
    connect(&desk, &ProblemDesk::failed, this, [this](const QString& message, const QString&) {
        setPlainText(m_status, message);
        Theme::setStyleSheet(m_status, u"color: {ErrorText};"_s);
        m_status->show();
        m_create->setEnabled(true);
    });
}

void CreateProblemDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

void CreateProblemDialog::submit()
{
    QList<qint64> ids;
    for (int i = 0; i < m_incidents->count(); ++i)
        ids.append(m_incidents->item(i)->data(Qt::UserRole).toLongLong());
    static const QRegularExpression separators(u"[\\s,;#]+"_s);
    for (const QString& part : m_more->text().split(separators, Qt::SkipEmptyParts)) {
        const qint64 id = part.toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    m_create->setEnabled(false);
    m_desk.create(m_title->text(), m_description->toPlainText(),
                  m_category->currentData().toString(), ids);
}

} // namespace frontline::client::ui
