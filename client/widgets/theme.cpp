#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

struct Values
{
    QRgb light;
    QRgb dark;
};

// In Role's order. Light values are drawn on Fusion's light palette (Window #efefef, Base
// white, Text black), dark ones on palette(Dark) below (Window #2b2b2b, Base #1f1f1f).
constexpr std::array<Values, 33> Table {{
    {0xc62828, 0xff8a80}, // ErrorText
    {0x2a7030, 0x81c784}, // SuccessText
    {0xa84300, 0xffb74d}, // WarningText
    {0x1565c0, 0x64b5f6}, // InfoText
    {0x616161, 0xa8a8a8}, // MutedText
    {0xc62828, 0xff8a80}, // FieldMarkBorder
    {0xfff4ce, 0x3d3217}, // NoteBackground (internal notes: amber)
    {0xb58900, 0xc9a227}, // NoteBorder
    {0x8a5a00, 0xffcc66}, // NoteLabel
    {0x1f1f1f, 0xf0e6d0}, // NoteText
    {0xf1f5fb, 0x263041}, // BubbleBackground (public replies)
    {0x7088aa, 0x5f7aa3}, // BubbleBorder
    {0x000000, 0xe6e6e6}, // BubbleText
    {0xd8f5d8, 0x1e4620}, // DiffAdded
    {0xf8d8d8, 0x5a1d1d}, // DiffRemoved
    {0xfff3cd, 0x4d3d0f}, // BannerWarning
    {0xf8d7da, 0x5c1f24}, // BannerError
    {0xe2e3e5, 0x3a3b3e}, // BannerNeutral
    {0x1f1f1f, 0xf0f0f0}, // BannerText
    {0xc62828, 0xef9a9a}, // Priority1
    {0xb34700, 0xffb74d}, // Priority2
    {0x8d6e00, 0xfff176}, // Priority3
    {0x1565c0, 0x90caf9}, // Priority4
    {0x6b6b6b, 0xbdbdbd}, // Priority5
    {0xffffff, 0x1a1a1a}, // ChipText (on the priority chips)
    {0xc62828, 0xff8a80}, // SlaBreached
    {0xa84300, 0xffb74d}, // SlaAtRisk
    {0x2e7d32, 0x66bb6a}, // ChartMet
    {0xc62828, 0xef5350}, // ChartBreached
    // The tray icon sits on the desktop's panel, not on our palette: one value for both.
    {0x1565c0, 0x1565c0}, // TrayOnline
    {0x6b6b6b, 0x6b6b6b}, // TrayOffline
    {0xc62828, 0xc62828}, // TrayBadge
    {0xffffff, 0xffffff}, // IconText
}};
static_assert(Table.size() == std::size_t(Theme::Role::IconText) + 1, "one row per role");

const char* const SheetProperty = "frontlineThemeSheet";

Theme::Ink ink(Theme::Role role)
{
    return {role, QPalette::NoRole};
}

Theme::Ink ink(QPalette::ColorRole role)
{
    return {std::nullopt, role};
}

} // namespace

Theme::Theme()
{
    qApp->installEventFilter(this);
}

Theme* Theme::instance()
{
    // Owned by the application, so that it goes with it (and tests' QApplication).
    static Theme* theme = [] {
        auto* t = new Theme;
        t->setParent(qApp);
        return t;
    }();
    return theme;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

Theme::Variant Theme::currentVariant()
{
    return isDark(QApplication::palette()) ? Variant::Dark : Variant::Light;
}

QColor Theme::colour(Role role, Variant variant)
{
    const Values& values = Table.at(std::size_t(role));
    return QColor::fromRgb(variant == Variant::Dark ? values.dark : values.light);
}

QColor Theme::colour(Role role)
{
    return colour(role, currentVariant());
}

QColor Theme::priorityColour(int priority)
{
    switch (priority) {
    case 1:
        return colour(Role::Priority1);
    case 2:
        return colour(Role::Priority2);
    case 3:
        return colour(Role::Priority3);
    case 4:
        return colour(Role::Priority4);
    default:
        return colour(Role::Priority5);
    }
}

QPalette Theme::palette(Variant variant)
{
    if (variant == Variant::Light) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        return fusion->standardPalette();
    }
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x3d, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QColor Theme::resolve(const Ink& ink, Variant variant)
{
    if (ink.role)
        return colour(*ink.role, variant);
    return palette(variant).color(QPalette::Active, ink.palette);
}

QList<Theme::Pair> Theme::textPairs()
{
    QList<Pair> pairs;
    // Status and problem lines, SLA states, announcement kinds: on windows and on views.
    for (const Role text : {Role::ErrorText, Role::SuccessText, Role::WarningText, Role::InfoText,
                            Role::MutedText, Role::SlaBreached, Role::SlaAtRisk}) {
        pairs.append({ink(text), ink(QPalette::Window)});
        pairs.append({ink(text), ink(QPalette::Base)});
    }
    pairs.append({ink(Role::NoteLabel), ink(Role::NoteBackground)});
    pairs.append({ink(Role::NoteText), ink(Role::NoteBackground)});
    pairs.append({ink(Role::BubbleText), ink(Role::BubbleBackground)});
    pairs.append({ink(QPalette::Text), ink(Role::DiffAdded)});
    pairs.append({ink(QPalette::Text), ink(Role::DiffRemoved)});
    for (const Role banner : {Role::BannerWarning, Role::BannerError, Role::BannerNeutral})
        pairs.append({ink(Role::BannerText), ink(banner)});
    for (const Role chip :
         {Role::Priority1, Role::Priority2, Role::Priority3, Role::Priority4, Role::Priority5})
        pairs.append({ink(Role::ChipText), ink(chip)});
    for (const Role icon : {Role::TrayOnline, Role::TrayOffline, Role::TrayBadge})
        pairs.append({ink(Role::IconText), ink(icon)});
    return pairs;
}

QList<Theme::Pair> Theme::markPairs()
{
    QList<Pair> pairs;
    for (const Role mark : {Role::FieldMarkBorder, Role::NoteBorder, Role::BubbleBorder,
                            Role::ChartMet, Role::ChartBreached})
        pairs.append({ink(mark), ink(QPalette::Base), 3.0});
    return pairs;
}

QString Theme::styleSheet(const QString& sheet)
{
    static const QRegularExpression placeholder(u"\\{(\\w+)\\}"_s);
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(sheet)) {
        bool known = false;
        const int value = roles.keyToValue(match.captured(1).toLatin1().constData(), &known);
        out += QStringView(sheet).mid(last, match.capturedStart() - last);
        out += known ? colour(Role(value)).name() : match.captured();
        last = match.capturedEnd();
    }
    out += QStringView(sheet).mid(last);
    return out;
}

void Theme::setStyleSheet(QWidget* widget, const QString& sheet)
{
    instance();
    // An empty sheet clears the mark for good: nothing to set again on the next change.
    widget->setProperty(SheetProperty, sheet.isEmpty() ? QVariant() : QVariant(sheet));
    widget->setStyleSheet(styleSheet(sheet));
}

void Theme::refreshStyleSheets()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        const QVariant sheet = widget->property(SheetProperty);
        if (sheet.isValid())
            widget->setStyleSheet(styleSheet(sheet.toString()));
    }
}

bool Theme::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp) {
        refreshStyleSheets();
        Q_EMIT changed();
    }
    return QObject::eventFilter(watched, event);
}

void Theme::apply(ClientSettings::Appearance appearance)
{
    instance();
    // The style the platform chose, remembered before Light or Dark replaces it with Fusion.
    static const QString systemStyle = QApplication::style()->name();
    const QString style =
        appearance == ClientSettings::Appearance::System ? systemStyle : u"fusion"_s;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    switch (appearance) {
    case ClientSettings::Appearance::System:
        // No role set: every one comes from the platform, and follows its changes. At start
        // (nothing set yet) there is nothing to undo.
        if (QCoreApplication::testAttribute(Qt::AA_SetPalette))
            QApplication::setPalette(QPalette());
        break;
    case ClientSettings::Appearance::Light:
        QApplication::setPalette(palette(Variant::Light));
        break;
    case ClientSettings::Appearance::Dark:
        QApplication::setPalette(palette(Variant::Dark));
        break;
    }
}

} // namespace frontline::client::ui
