#pragma once

#include <QPointer>
#include <QWidget>

namespace frontline::client::ui {

// The one input a refusal names, outlined in the error colour (and focused, unless the user may
// be typing elsewhere) until it is cleared or another is marked. Every form and admin page marks
// its fields this way, so a refused field looks the same everywhere.
class FieldMark
{
public:
    enum class Focus { Take, Leave };

    void show(QWidget* field, Focus focus = Focus::Take);
    void clear();
    QWidget* field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
};

} // namespace frontline::client::ui
