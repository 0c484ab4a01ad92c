#include "composer.h"

#include "client/core/cannedtext.h"
#include "client/core/directory.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

Composer::Composer(TicketDetail& detail, const Directory& directory, const Session& session,
                   QWidget* parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_directory(directory)
    , m_session(session)
    , m_replyTab(new QPushButton(tr("Reply to requester")))
    , m_noteTab(new QPushButton(tr("Internal note")))
    , m_hint(plainLabel())
    , m_editor(new QPlainTextEdit)
    , m_canned(new QToolButton)
    , m_send(new QPushButton(tr("Send")))
{
    setObjectName(u"composer"_s);
    m_replyTab->setObjectName(u"replyModeButton"_s);
    m_noteTab->setObjectName(u"noteModeButton"_s);
    m_noteTab->setToolTip(
        tr("Write an internal note: only staff see it; the requester is not told."));
    m_replyTab->setToolTip(
        tr("Write a public reply: the requester sees it and gets it by e-mail."));
    m_editor->setObjectName(u"composerEditor"_s);
    m_editor->setToolTip(tr("The text to send. Ctrl+Enter sends it; the mode buttons above choose "
                            "reply or internal note."));
    m_send->setObjectName(u"sendButton"_s);
    m_canned->setObjectName(u"cannedButton"_s);
    for (QPushButton* tab : {m_replyTab, m_noteTab}) {
        tab->setCheckable(true);
        tab->setFlat(true);
    }
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_replyTab);
    modes->addButton(m_noteTab);
    m_editor->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(140);
    m_canned->setText(tr("Canned response"));
    m_canned->setPopupMode(QToolButton::InstantPopup);
    m_canned->setMenu(new QMenu(m_canned));
    m_send->setDefault(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_replyTab);
    top->addWidget(m_noteTab);
    top->addStretch(1);
    top->addWidget(m_hint);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_canned);
    bottom->addStretch(1);
    bottom->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_editor);
    layout->addLayout(bottom);

    connect(m_replyTab, &QPushButton::clicked, this, [this] { setMode(Mode::Reply); });
    connect(m_noteTab, &QPushButton::clicked, this, [this] { setMode(Mode::Note); });
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_canned->menu(), &QMenu::aboutToShow, this, &Composer::fillCannedMenu);
    // Colleagues see "typing…" while the editor changes, until four quiet seconds.
    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(4000);
    connect(&m_typingIdle, &QTimer::timeout, this, [this] { m_detail.setTyping(false); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editor->toPlainText().isEmpty()) {
            m_detail.setTyping(false);
            return;
        }
        m_detail.setTyping(true);
        m_typingIdle.start();
    });
    setMode(Mode::Reply);
}

void Composer::setMode(Mode mode)
{
    m_mode = mode;
    m_replyTab->setChecked(mode == Mode::Reply);
    m_noteTab->setChecked(mode == Mode::Note);
    setPlainText(m_hint,
                 mode == Mode::Reply ? tr("The requester will see this.")
                                     : tr("Only staff will see this."));
    Theme::setStyleSheet(
        m_editor,
        mode == Mode::Note
            ? u"QPlainTextEdit { background: {NoteBackground}; color: {NoteText}; }"_s
            : QString());
    m_send->setText(mode == Mode::Reply ? tr("Send reply") : tr("Add note"));
    // The editor's name says who will read it: the amber of a note is not seen by everyone.
    m_editor->setAccessibleName(mode == Mode::Reply ? tr("Reply to the requester")
                                                    : tr("Internal note, only staff see it"));
}

void Composer::start(Mode mode)
{
    setMode(mode);
    m_editor->setFocus();
}

void Composer::send()
{
    const QString body = m_editor->toPlainText().trimmed();
    if (body.isEmpty() || !m_detail.ticketId())
        return;
    m_detail.reply(body, m_mode == Mode::Note);
    m_editor->clear();
    m_detail.setTyping(false);
}

void Composer::fillCannedMenu()
{
    QMenu* menu = m_canned->menu();
    menu->clear();
    if (m_directory.cannedResponses().isEmpty()) {
        menu->addAction(tr("No canned responses yet"))->setEnabled(false);
        return;
    }
    for (const CannedResponseInfo& response : m_directory.cannedResponses()) {
        menu->addAction(response.title, this, [this, body = response.body] {
            m_editor->insertPlainText(fillPlaceholders(body, m_detail.ticket(), m_session.user()));
            m_editor->setFocus();
        });
    }
}

} // namespace frontline::client::ui
