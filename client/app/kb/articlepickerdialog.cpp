#include "articlepickerdialog.h"

#include "client/core/searchresults.h"
#include "client/widgets/searchresultview.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticlePickerDialog::ArticlePickerDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_find(new QLineEdit)
    , m_results(new SearchResults(session, this))
    , m_view(new SearchResultView(*m_results))
{
    setObjectName(u"articlePicker"_s);
    setWindowTitle(tr("Insert a link to an article"));
    m_find->setObjectName(u"articlePickerFind"_s);
    m_find->setPlaceholderText(tr("Words from the article's title or text…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_find);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_find, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_results->search(text, {u"article"_s}); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_results->rowCount() > 0)
            m_view->activated(m_results->index(0));
    });
    connect(m_view, &SearchResultView::articleChosen, this, [this](qint64 id) {
        for (int row = 0; row < m_results->rowCount(); ++row) {
            if (m_results->itemAt(row).id == id)
                m_title = m_results->itemAt(row).title;
        }
        m_id = id;
        accept();
    });
    resize(620, 480);
}

} // namespace frontline::client::ui
