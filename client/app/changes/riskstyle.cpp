#include "riskstyle.h"

#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCoreApplication>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

QColor riskColour(const QString& level)
{
    if (level == u"very_high"_s)
        return Theme::colour(Theme::Role::Priority1);
    if (level == u"high"_s)
        return Theme::colour(Theme::Role::Priority2);
    if (level == u"medium"_s)
        return Theme::colour(Theme::Role::Priority3);
    if (level == u"low"_s)
        return Theme::colour(Theme::Role::Priority4);
    return Theme::colour(Theme::Role::Priority5);
}

QString riskText(const QString& level, const QString& label)
{
    if (level.isEmpty())
        return QCoreApplication::translate("ChangeRisk", "not assessed");
    if (level == u"very_high"_s)
        return QCoreApplication::translate("ChangeRisk", "very high");
    if (level == u"high"_s)
        return QCoreApplication::translate("ChangeRisk", "high");
    if (level == u"medium"_s)
        return QCoreApplication::translate("ChangeRisk", "medium");
    if (level == u"low"_s)
        return QCoreApplication::translate("ChangeRisk", "low");
    return label.isEmpty() ? level : label;
}

void showRiskChip(QLabel* chip, const QString& level, const QString& label)
{
    setPlainText(chip,
                 QCoreApplication::translate("ChangeRisk", "Risk: %1").arg(riskText(level, label)));
    chip->setProperty("riskLevel", level);
    const QString role = level == u"very_high"_s ? u"Priority1"_s
        : level == u"high"_s                     ? u"Priority2"_s
        : level == u"medium"_s                   ? u"Priority3"_s
        : level == u"low"_s                      ? u"Priority4"_s
                                                 : u"Priority5"_s;
    Theme::setStyleSheet(chip,
                         u"QLabel { background: {"_s + role
                             + u"}; color: {ChipText}; border-radius: 4px; "
                               u"padding: 2px 8px; font-weight: bold; }"_s);
}

} // namespace frontline::client::ui
