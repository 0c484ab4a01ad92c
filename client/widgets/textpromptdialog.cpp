#include "textpromptdialog.h"

#include "client/widgets/safetext.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::client::ui {

TextPromptDialog::TextPromptDialog(const QString& title, const QString& prompt, bool required,
                                   QWidget* parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit)
    , m_required(required)
{
    setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_editor->setObjectName(QStringLiteral("promptEditor"));
    auto* layout = new QVBoxLayout(this);
    QLabel* label = plainLabel(required ? prompt + u' ' + tr("(required)") : prompt);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_required || !text().isEmpty()); });
    m_ok->setEnabled(!required);
    resize(440, 220);
}

QString TextPromptDialog::text() const
{
    return m_editor->toPlainText().trimmed();
}

void TextPromptDialog::setText(const QString& text)
{
    m_editor->setPlainText(text);
}

} // namespace frontline::client::ui
