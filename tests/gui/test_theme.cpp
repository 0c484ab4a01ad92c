// Light and dark themes (issue 24, point 4): every colour the programs choose themselves keeps
// a WCAG 2.1 AA contrast against what it is drawn on, in both themes; and choosing Dark in the
// Settings turns the application and the themed widgets dark at once, and back.
#include "client/app/composer.h"
#include "client/app/dialogs/settingsdialog.h"
#include "client/app/mainwindow.h"
#include "client/app/ticketpane.h"
#include "client/core/clientsettings.h"
#include "client/core/mailpreferences.h"
#include "client/widgets/theme.h"
#include "clientfixture.h"
#include "trayfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QMetaEnum>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSet>

#include <cmath>
#include <utility>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// Relative luminance and contrast ratio as WCAG 2.1 defines them (1.4.3, "relative luminance").
double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString nameOf(const Theme::Ink& ink)
{
    if (ink.role)
        return QString::fromLatin1(QMetaEnum::fromType<Theme::Role>().valueToKey(int(*ink.role)));
    return QString::fromLatin1(QMetaEnum::fromType<QPalette::ColorRole>().valueToKey(ink.palette));
}

const char* variantName(Theme::Variant variant)
{
    return variant == Theme::Variant::Dark ? "dark" : "light";
}

TEST(ThemeContrast, TheFormulaGivesWcagsKnownRatios)
{
    EXPECT_NEAR(contrast(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrast(Qt::white, Qt::white), 1.0, 1e-9);
    // #777 on white is the usual example of a grey that just fails AA.
    EXPECT_NEAR(contrast(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
}

TEST(ThemeContrast, EveryTextRoleIsReadableOnItsBackgroundInBothThemes)
{
    const QList<Theme::Pair> pairs = Theme::textPairs();
    ASSERT_FALSE(pairs.isEmpty());
    for (const Theme::Variant variant : {Theme::Variant::Light, Theme::Variant::Dark}) {
        for (const Theme::Pair& pair : pairs) {
            EXPECT_GE(pair.minimum, 4.5);
            const double ratio =
                contrast(Theme::resolve(pair.fore, variant), Theme::resolve(pair.back, variant));
            EXPECT_GE(ratio, pair.minimum)
                << variantName(variant) << ": " << qPrintable(nameOf(pair.fore)) << " on "
                << qPrintable(nameOf(pair.back));
        }
    }
}

TEST(ThemeContrast, EveryMarkStandsOutFromItsBackgroundInBothThemes)
{
    const QList<Theme::Pair> pairs = Theme::markPairs();
    ASSERT_FALSE(pairs.isEmpty());
    for (const Theme::Variant variant : {Theme::Variant::Light, Theme::Variant::Dark}) {
        for (const Theme::Pair& pair : pairs) {
            EXPECT_GE(pair.minimum, 3.0);
            const double ratio =
                contrast(Theme::resolve(pair.fore, variant), Theme::resolve(pair.back, variant));
            EXPECT_GE(ratio, pair.minimum)
                << variantName(variant) << ": " << qPrintable(nameOf(pair.fore)) << " on "
                << qPrintable(nameOf(pair.back));
        }
    }
}

TEST(ThemeContrast, NoRoleIsLeftOutOfTheChecks)
{
    QSet<int> checked;
    for (const Theme::Pair& pair : Theme::textPairs() + Theme::markPairs())
        for (const Theme::Ink& ink : {pair.fore, pair.back})
            if (ink.role)
                checked.insert(int(*ink.role));
    const QMetaEnum roles = QMetaEnum::fromType<Theme::Role>();
    for (int i = 0; i < roles.keyCount(); ++i)
        EXPECT_TRUE(checked.contains(roles.value(i)))
            << roles.key(i) << " is in no pair of textPairs() or markPairs()";
}

TEST(ThemeContrast, TheDarkPaletteIsDarkAndItsOwnTextIsReadable)
{
    const QPalette dark = Theme::palette(Theme::Variant::Dark);
    EXPECT_TRUE(Theme::isDark(dark));
    EXPECT_FALSE(Theme::isDark(Theme::palette(Theme::Variant::Light)));
    using Roles = std::pair<QPalette::ColorRole, QPalette::ColorRole>;
    const QList<Roles> pairs {{QPalette::WindowText, QPalette::Window},
                              {QPalette::Text, QPalette::Base},
                              {QPalette::Text, QPalette::AlternateBase},
                              {QPalette::ButtonText, QPalette::Button},
                              {QPalette::HighlightedText, QPalette::Highlight},
                              {QPalette::ToolTipText, QPalette::ToolTipBase},
                              {QPalette::Link, QPalette::Base}};
    for (const auto& [text, back] : pairs)
        EXPECT_GE(contrast(dark.color(text), dark.color(back)), 4.5)
            << qPrintable(nameOf({std::nullopt, text})) << " on "
            << qPrintable(nameOf({std::nullopt, back}));
}

TEST(ThemeStyleSheet, RoleNamesBecomeTheCurrentColours)
{
    const QString expected = u"color: %1; border: 1px solid %2; {NotARole}"_s.arg(
        Theme::colour(Theme::Role::ErrorText).name(),
        Theme::colour(Theme::Role::FieldMarkBorder).name());
    EXPECT_EQ(
        Theme::styleSheet(u"color: {ErrorText}; border: 1px solid {FieldMarkBorder}; {NotARole}"_s),
        expected);
}

// The agent client, with Settings -> Appearance.
class ThemeUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ClientFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
    }

    void TearDown() override
    {
        Theme::apply(ClientSettings::Appearance::System);
        ClientFixture::TearDown();
    }

    // Chooses `appearance` in the Settings dialog and presses OK, as the user does.
    void choose(const QString& settingsPath, ClientSettings::Appearance appearance)
    {
        ClientSettings settings(settingsPath);
        MailPreferences mail(*m_app->session());
        SettingsDialog dialog(settings, mail);
        auto* box = dialog.findChild<QComboBox*>(u"appearanceBox"_s);
        ASSERT_TRUE(box);
        box->setCurrentIndex(box->findData(int(appearance)));
        dialog.accept();
    }

    static QColor noteBackground(Composer& composer)
    {
        const QImage shot = composer.editor()->viewport()->grab().toImage();
        return shot.pixelColor(shot.width() / 2, shot.height() - 2);
    }
};

TEST_P(ThemeUiTest, ChoosingDarkTurnsTheApplicationAndTheNoteComposerDarkAndBack)
{
    MainWindow& window = startAs(u"alex"_s);
    const QString settingsPath = m_dir.filePath(u"alex.ini"_s);
    Composer* composer = window.pane()->composer();
    composer->start(Composer::Mode::Note);
    EXPECT_FALSE(Theme::isDark(QApplication::palette()));
    EXPECT_EQ(noteBackground(*composer),
              Theme::colour(Theme::Role::NoteBackground, Theme::Variant::Light));

    choose(settingsPath, ClientSettings::Appearance::Dark);
    EXPECT_TRUE(Theme::isDark(QApplication::palette()));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              Theme::palette(Theme::Variant::Dark).color(QPalette::Window));
    EXPECT_EQ(noteBackground(*composer),
              Theme::colour(Theme::Role::NoteBackground, Theme::Variant::Dark));
    EXPECT_EQ(ClientSettings(settingsPath).appearance(), ClientSettings::Appearance::Dark);

    choose(settingsPath, ClientSettings::Appearance::Light);
    EXPECT_FALSE(Theme::isDark(QApplication::palette()));
    EXPECT_EQ(noteBackground(*composer),
              Theme::colour(Theme::Role::NoteBackground, Theme::Variant::Light));
    EXPECT_EQ(ClientSettings(settingsPath).appearance(), ClientSettings::Appearance::Light);

    // A reply has no note colour, whatever the theme.
    choose(settingsPath, ClientSettings::Appearance::Dark);
    composer->start(Composer::Mode::Reply);
    EXPECT_EQ(noteBackground(*composer), QApplication::palette().color(QPalette::Base));
    // As the system: the platform's palette again (the offscreen platform's is light).
    choose(settingsPath, ClientSettings::Appearance::System);
    EXPECT_EQ(ClientSettings(settingsPath).appearance(), ClientSettings::Appearance::System);
    EXPECT_FALSE(QCoreApplication::testAttribute(Qt::AA_SetPalette));
    EXPECT_FALSE(Theme::isDark(QApplication::palette()));
}

INSTANTIATE_TEST_SUITE_P(Backends, ThemeUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);

// The applet, with its own settings dialog.
class TrayThemeTest : public TrayFixture
{
protected:
    void SetUp() override
    {
        TrayFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
    }

    void TearDown() override
    {
        Theme::apply(ClientSettings::Appearance::System);
        TrayFixture::TearDown();
    }

    static QDialog* settingsDialog()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->objectName() == u"traySettings"_s && widget->isVisible())
                return qobject_cast<QDialog*>(widget);
        return nullptr;
    }
};

TEST_P(TrayThemeTest, TheAppletsSettingsTurnItDarkAndKeepTheChoice)
{
    client::tray::TrayApp& tray = startTray(u"rita"_s);
    tray.activate(u"settings"_s);
    QDialog* dialog = settingsDialog();
    ASSERT_TRUE(dialog);
    auto* box = dialog->findChild<QComboBox*>(u"appearanceBox"_s);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->currentData().toInt(), int(ClientSettings::Appearance::System));
    box->setCurrentIndex(box->findData(int(ClientSettings::Appearance::Dark)));
    dialog->accept();
    EXPECT_TRUE(Theme::isDark(QApplication::palette()));
    // Kept in the applet's settings file (written when Qt syncs it).
    EXPECT_TRUE(waitUntil([this] {
        return ClientSettings(m_dir.filePath(u"rita.ini"_s)).appearance()
            == ClientSettings::Appearance::Dark;
    }));

    // Opened again, it shows the choice.
    tray.activate(u"settings"_s);
    dialog = settingsDialog();
    ASSERT_TRUE(dialog);
    box = dialog->findChild<QComboBox*>(u"appearanceBox"_s);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->currentData().toInt(), int(ClientSettings::Appearance::Dark));
    dialog->reject();
}

INSTANTIATE_TEST_SUITE_P(Backends, TrayThemeTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);

} // namespace
