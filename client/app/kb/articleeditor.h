#pragma once

#include "client/core/articledraft.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace frontline::client {
class Directory;
class Session;
namespace kb {
class ArticleSaver;
}
} // namespace frontline::client

namespace frontline::client::ui {

// Writes or edits an article: Markdown on the left, rendered by Qt on the right as it is
// typed. Saving sends the version the edit started from: a colleague's newer save is never
// overwritten, and the text typed here stays for the author to merge.
class ArticleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleEditor)

public:
    ArticleEditor(Session& session, const Directory& directory, const ArticleDraft& draft,
                  QWidget* parent = nullptr);

    ArticleDraft draft() const;
    QString problem() const;
    void accept() override; // saves; closes once the server stored it

Q_SIGNALS:
    void saved(const frontline::Article& article);

private:
    void renderPreview();
    void onSaved(const Article& article);
    void onFailed(const QString& message, bool conflict);

    kb::ArticleSaver* m_saver;
    ArticleDraft m_draft;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_tags;
    QComboBox* m_visibility;
    QPlainTextEdit* m_body;
    QTextBrowser* m_preview;
    QLabel* m_problem;
    QTimer m_previewTimer;
};

} // namespace frontline::client::ui
