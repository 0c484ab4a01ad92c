#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace frontline::client::ui {

// Asks for a text: a resolution note, a reason, a question to the requester. When the text is
// required, OK stays disabled until there is one, and the prompt says so.
class TextPromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextPromptDialog)

public:
    TextPromptDialog(const QString& title, const QString& prompt, bool required,
                     QWidget* parent = nullptr);
    QString text() const;
    void setText(const QString& text);

private:
    QPlainTextEdit* m_editor;
    QPushButton* m_ok;
    bool m_required;
};

} // namespace frontline::client::ui
