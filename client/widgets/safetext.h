#pragma once

#include <QLabel>
#include <QString>

namespace frontline::client::ui {

// Ticket titles, bodies, names and comments are never markup. A QLabel guesses rich text from
// "<"-looking content (Qt::AutoText), so every label showing user data is forced to plain
// text: `<img src=http://…>` in a title is shown as those characters, and nothing is loaded.
inline QLabel* plainLabel(const QString& text = {}, QWidget* parent = nullptr)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

inline void setPlainText(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

} // namespace frontline::client::ui
