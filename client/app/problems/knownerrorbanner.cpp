#include "knownerrorbanner.h"

#include "client/core/problems/knownerrorlookup.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

KnownErrorBanner::KnownErrorBanner(KnownErrorLookup& lookup, QWidget* parent)
    : QFrame(parent)
    , m_lookup(lookup)
    , m_text(plainLabel())
    , m_insert(new QPushButton(tr("&Insert workaround")))
    , m_link(new QPushButton(tr("Link to &problem")))
{
    setObjectName(u"knownErrorBanner"_s);
    setAccessibleName(tr("Known error"));
    setFrameShape(QFrame::StyledPanel);
    Theme::setStyleSheet(
        this,
        u"#knownErrorBanner { background: {NoteBackground}; border: 1px solid {NoteBorder}; } QLabel { color: {NoteText}; }"_s);
    m_text->setObjectName(u"knownErrorText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_insert->setObjectName(u"insertWorkaroundButton"_s);
    m_insert->setAccessibleDescription(tr("Puts the workaround into the reply"));
    m_link->setObjectName(u"linkToProblemButton"_s);
    m_link->setAccessibleDescription(tr("Links this incident to the known error's problem"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_insert);
    buttons->addWidget(m_link);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (m_lookup.match())
            Q_EMIT insertWorkaroundRequested(m_lookup.match()->workaround);
    });
    connect(m_link, &QPushButton::clicked, &m_lookup, &KnownErrorLookup::linkToProblem);
    connect(&lookup, &KnownErrorLookup::changed, this, &KnownErrorBanner::render);
    connect(&lookup, &KnownErrorLookup::failed, this,
            [this](const QString& message) { setPlainText(m_text, message); });
    render();
}

void KnownErrorBanner::render()
{
    const auto& match = m_lookup.match();
    setVisible(match.has_value());
    if (!match)
        return;
    setPlainText(m_text,
                 tr("Known error: %1 (problem #%2)\nWorkaround: %3")
                     .arg(match->title)
                     .arg(match->problem)
                     .arg(match->workaround));
}

} // namespace frontline::client::ui
