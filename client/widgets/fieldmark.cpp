#include "fieldmark.h"

#include "client/widgets/theme.h"

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

void FieldMark::show(QWidget* field, Focus focus)
{
    clear();
    if (!field)
        return;
    m_field = field;
    Theme::setStyleSheet(field, u"border: 1px solid {FieldMarkBorder};"_s);
    if (focus == Focus::Take)
        field->setFocus();
}

void FieldMark::clear()
{
    if (m_field)
        Theme::setStyleSheet(m_field, QString());
    m_field.clear();
}

} // namespace frontline::client::ui
