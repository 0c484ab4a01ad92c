#pragma once

#include <QColor>
#include <QString>

class QLabel;

namespace frontline::client::ui {

// How a change's risk level looks (issue 22): the theme's priority chip colours (checked for
// contrast with ChipText in both variants), very high as P1 down to low as P4; not assessed,
// or a level of the site's own, as P5.
QColor riskColour(const QString& level);
// The built-in levels' names in the user's language; another level's own label (from the
// questionnaire) when given, else its name.
QString riskText(const QString& level, const QString& label = {});
// A label made a coloured chip showing the level.
void showRiskChip(QLabel* chip, const QString& level, const QString& label = {});

} // namespace frontline::client::ui
