#include "reviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

QString reviewOutcomeText(const QString& outcome)
{
    if (outcome == u"successful"_s)
        return ReviewDialog::tr("successful");
    if (outcome == u"successful_with_issues"_s)
        return ReviewDialog::tr("successful with issues");
    if (outcome == u"failed"_s)
        return ReviewDialog::tr("failed");
    if (outcome == u"backed_out"_s)
        return ReviewDialog::tr("backed out");
    return outcome;
}

ReviewDialog::ReviewDialog(QWidget* parent)
    : QDialog(parent)
    , m_outcome(new QComboBox)
    , m_notes(new QPlainTextEdit)
{
    setObjectName(u"changeReviewDialog"_s);
    setWindowTitle(tr("Post-implementation review"));
    for (const QString& outcome :
         {u"successful"_s, u"successful_with_issues"_s, u"failed"_s, u"backed_out"_s})
        m_outcome->addItem(reviewOutcomeText(outcome), outcome);
    m_outcome->setObjectName(u"reviewOutcome"_s);
    m_notes->setObjectName(u"reviewNotes"_s);
    m_notes->setAccessibleName(tr("Review notes"));
    m_notes->setPlaceholderText(tr("What happened, what was learned, what to do next time"));
    m_notes->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReviewDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

QString ReviewDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

} // namespace frontline::client::ui
