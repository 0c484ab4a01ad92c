#include "suggestionlist.h"

#include "client/core/searchresults.h"
#include "client/widgets/searchresultview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

SuggestionList::SuggestionList(Session& session, std::function<QString(int)> caption,
                               QWidget* parent)
    : QWidget(parent)
    , m_results(new SearchResults(session, this))
    , m_caption(new QLabel)
    , m_view(new SearchResultView(*m_results))
{
    m_caption->setObjectName(u"suggestionsLabel"_s);
    m_view->setObjectName(u"suggestionList"_s);
    m_view->setMaximumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view);
    hide();
    connect(m_results, &SearchResults::updated, this, [this, caption](int count) {
        m_caption->setText(caption(count));
        setVisible(count > 0);
    });
    connect(m_view, &SearchResultView::articleChosen, this, &SuggestionList::articleChosen);
}

void SuggestionList::watch(QLineEdit* title, QPlainTextEdit* description)
{
    const auto suggest = [this, title, description] {
        m_results->suggest(title->text(), description->toPlainText());
    };
    connect(title, &QLineEdit::textEdited, this, suggest);
    connect(description, &QPlainTextEdit::textChanged, this, suggest);
}

} // namespace frontline::client::ui
