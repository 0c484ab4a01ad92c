#pragma once

#include "client/core/clientsettings.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace frontline::client::ui {

// Every colour the two programs choose themselves, by what it means, with a light and a dark
// value. The palette's ordinary roles (Window, Base, Text, ...) stay Qt's (or the system's);
// Theme only adds the ones Qt has no role for. Which value is used follows the application
// palette: dark when its window colour is darker than its text.
//
// Promise: every text role has a contrast ratio of at least 4.5:1 (WCAG 2.1 AA) against the
// background it is drawn on, every non-text mark at least 3:1, in both variants;
// textPairs() and markPairs() list those pairs and tests/gui/test_theme.cpp computes them.
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    enum class Role {
        ErrorText,
        SuccessText,
        WarningText,
        InfoText,
        MutedText,
        FieldMarkBorder,
        NoteBackground,
        NoteBorder,
        NoteLabel,
        NoteText,
        BubbleBackground,
        BubbleBorder,
        BubbleText,
        DiffAdded,
        DiffRemoved,
        BannerWarning,
        BannerError,
        BannerNeutral,
        BannerText,
        Priority1,
        Priority2,
        Priority3,
        Priority4,
        Priority5,
        ChipText,
        SlaBreached,
        SlaAtRisk,
        ChartMet,
        ChartBreached,
        TrayOnline,
        TrayOffline,
        TrayBadge,
        IconText,
    };
    Q_ENUM(Role)
    enum class Variant { Light, Dark };

    // A colour as drawn: one of Theme's roles, or one of the palette's (Text on a diff line).
    struct Ink
    {
        std::optional<Role> role;
        QPalette::ColorRole palette = QPalette::NoRole;
    };
    // A foreground drawn on a background, and the contrast it must keep.
    struct Pair
    {
        Ink fore;
        Ink back;
        double minimum = 4.5;
    };

    static Theme* instance();

    // The role's value for the current application palette.
    static QColor colour(Role role);
    static QColor colour(Role role, Variant variant);
    static QColor priorityColour(int priority);
    static Variant currentVariant();
    static bool isDark(const QPalette& palette);

    // The palettes Light and Dark set: Fusion's standard one, and a dark one.
    static QPalette palette(Variant variant);
    static QColor resolve(const Ink& ink, Variant variant);

    // Text roles on their backgrounds (>= 4.5:1) and non-text marks (>= 3:1).
    static QList<Pair> textPairs();
    static QList<Pair> markPairs();

    // A style sheet with "{RoleName}" replaced by the role's current colour (#rrggbb).
    static QString styleSheet(const QString& sheet);
    // Sets that style sheet on `widget` and sets it again whenever the theme changes.
    static void setStyleSheet(QWidget* widget, const QString& sheet);

    // System: the platform's style and palette (and its changes); Light and Dark: Fusion with
    // palette(Light) or palette(Dark), application-wide.
    static void apply(ClientSettings::Appearance appearance);

Q_SIGNALS:
    // The application palette changed (our apply() or the system's): colours are new.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Theme();
    void refreshStyleSheets();
};

} // namespace frontline::client::ui
