#include "surveypanel.h"

#include "client/core/errortext.h"
#include "client/core/mytickets.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

SurveyPanel::SurveyPanel(MyTickets& tickets, QWidget* parent)
    : QWidget(parent)
    , m_tickets(tickets)
    , m_question(new QLabel(tr("How did we do? Your answer helps the desk improve.")))
    , m_scores(new QButtonGroup(this))
    , m_comment(new QLineEdit)
    , m_send(new QPushButton(tr("Send rating")))
    , m_status(new QLabel)
{
    setObjectName(u"surveyPanel"_s);
    m_comment->setObjectName(u"surveyComment"_s);
    m_comment->setPlaceholderText(tr("A comment (optional)"));
    m_comment->setAccessibleName(tr("Your comment on the answer"));
    m_comment->setMaxLength(2000);
    m_send->setObjectName(u"surveySend"_s);
    m_send->setEnabled(false);
    m_status->setObjectName(u"surveyStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    const QStringList meanings {tr("Very dissatisfied"), tr("Dissatisfied"), tr("Neutral"),
                                tr("Satisfied"), tr("Very satisfied")};
    for (int score = 1; score <= 5; ++score) {
        auto* button = new QPushButton(QString(score, QChar(0x2605)));
        button->setObjectName(u"score%1"_s.arg(score));
        button->setCheckable(true);
        button->setToolTip(meanings[score - 1]);
        button->setAccessibleName(tr("%1 of 5: %2").arg(score).arg(meanings[score - 1]));
        m_scores->addButton(button, score);
        row->addWidget(button);
    }
    m_scores->setExclusive(true);
    connect(m_scores, &QButtonGroup::idClicked, this, [this] { m_send->setEnabled(true); });
    connect(m_send, &QPushButton::clicked, this, &SurveyPanel::send);
    connect(m_comment, &QLineEdit::returnPressed, this, &SurveyPanel::send);
    // Answers for the ticket shown now; one for another ticket is not this panel's.
    connect(&tickets, &MyTickets::rated, this, [this](qint64 ticketId, int score) {
        if (ticketId != m_ticketId)
            return;
        m_send->setEnabled(true);
        showAnswered(score);
        Q_EMIT rated(ticketId, score);
    });
    connect(&tickets, &MyTickets::ratingFailed, this,
            [this](qint64 ticketId, const rpc::RpcError& error) {
                if (ticketId != m_ticketId)
                    return;
                m_send->setEnabled(true);
                m_status->setText(ErrorText::describe(error));
            });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_question);
    layout->addLayout(row);
    auto* commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_send);
    layout->addLayout(commentRow);
    layout->addWidget(m_status);
}

void SurveyPanel::setTicket(qint64 id, std::optional<int> score)
{
    m_ticketId = id;
    m_comment->clear();
    m_status->clear();
    if (score) {
        showAnswered(*score);
        return;
    }
    m_scores->setExclusive(false);
    for (QAbstractButton* button : m_scores->buttons())
        button->setChecked(false);
    m_scores->setExclusive(true);
    m_send->setEnabled(false);
}

void SurveyPanel::choose(int score)
{
    if (QAbstractButton* button = m_scores->button(score)) {
        button->setChecked(true);
        m_send->setEnabled(true);
    }
}

void SurveyPanel::setComment(const QString& comment)
{
    m_comment->setText(comment);
}

QString SurveyPanel::statusText() const
{
    return m_status->text();
}

void SurveyPanel::showAnswered(int score)
{
    if (QAbstractButton* button = m_scores->button(score))
        button->setChecked(true);
    m_status->setText(
        tr("You rated this %1 of 5. Thank you! You can change your answer.").arg(score));
}

void SurveyPanel::send()
{
    const int score = m_scores->checkedId();
    if (score < 1 || !m_ticketId)
        return;
    m_send->setEnabled(false);
    m_tickets.rate(m_ticketId, score, m_comment->text().trimmed());
}

} // namespace frontline::client::tray
