#include "articleeditor.h"

#include "client/core/directory.h"
#include "client/core/kb/articlesaver.h"
#include "client/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticleEditor::ArticleEditor(Session& session, const Directory& directory,
                             const ArticleDraft& draft, QWidget* parent)
    : QDialog(parent)
    , m_saver(new kb::ArticleSaver(session, this))
    , m_draft(draft)
    , m_title(new QLineEdit(draft.title))
    , m_category(new QComboBox)
    , m_tags(new QLineEdit(draft.tags.join(u", "_s)))
    , m_visibility(new QComboBox)
    , m_body(new QPlainTextEdit(draft.body))
    , m_preview(new QTextBrowser)
    , m_problem(new QLabel)
{
    setObjectName(u"articleEditor"_s);
    setWindowTitle(draft.id ? tr("Edit article KB-%1").arg(*draft.id) : tr("New article"));
    m_title->setObjectName(u"articleTitle"_s);
    m_body->setObjectName(u"articleBody"_s);
    m_preview->setObjectName(u"articlePreview"_s);
    m_problem->setObjectName(u"articleProblem"_s);
    Theme::setStyleSheet(m_problem, u"color: {ErrorText}"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_category->addItem(tr("(none)"), QString());
    for (const Category& c : directory.categories())
        m_category->addItem(c.name, c.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(draft.category)));
    m_visibility->setObjectName(u"articleVisibility"_s);
    m_visibility->addItem(tr("Internal — agents only"), u"internal"_s);
    m_visibility->addItem(tr("Public — requesters too, once published"), u"public"_s);
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(draft.visibility)));
    m_tags->setPlaceholderText(tr("e.g. vpn, macos"));
    m_body->setPlaceholderText(tr("Markdown: ## headings, 1. steps, **bold**, `code`"));
    m_preview->setOpenExternalLinks(true);
    m_title->setToolTip(tr("The article's title, as it shows in the list and in searches"));
    m_category->setToolTip(tr("The ticket category the article belongs to, if any"));
    m_tags->setToolTip(tr("Words to find the article by, separated by commas"));
    m_visibility->setToolTip(tr("Whether only agents or also requesters may read the article"));
    m_body->setAccessibleName(tr("Article text"));
    m_body->setToolTip(tr("The article in Markdown; the preview beside it shows how it reads"));
    m_preview->setAccessibleName(tr("Preview"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Visible to:"), m_visibility);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_body);
    splitter->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ArticleEditor::renderPreview);
    connect(m_saver, &kb::ArticleSaver::saved, this, &ArticleEditor::onSaved);
    connect(m_saver, &kb::ArticleSaver::failed, this, &ArticleEditor::onFailed);
    connect(m_body, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    renderPreview();
    resize(980, 640);
}

void ArticleEditor::renderPreview()
{
    m_preview->setMarkdown(m_body->toPlainText());
}

ArticleDraft ArticleEditor::draft() const
{
    ArticleDraft d = m_draft;
    d.title = m_title->text().trimmed();
    d.body = m_body->toPlainText();
    d.category = m_category->currentData().toString();
    d.tags = ArticleDraft::parseTags(m_tags->text());
    d.visibility = m_visibility->currentData().toString();
    return d;
}

QString ArticleEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ArticleEditor::accept()
{
    m_problem->hide();
    setEnabled(false);
    m_saver->save(draft());
}

void ArticleEditor::onSaved(const Article& article)
{
    setEnabled(true);
    Q_EMIT saved(article);
    QDialog::accept();
}

void ArticleEditor::onFailed(const QString& message, bool conflict)
{
    setEnabled(true);
    m_problem->setText(conflict ? tr("A colleague saved a newer version of this article "
                                     "meanwhile. Your text is still here: copy it, close this "
                                     "editor and edit the newest version.")
                                : message);
    m_problem->show();
}

} // namespace frontline::client::ui
