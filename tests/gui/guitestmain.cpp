#include <QApplication>

#include <gtest/gtest.h>

// Widget tests need a QApplication; they render on the offscreen platform unless told
// otherwise (QT_QPA_PLATFORM=xcb under Xvfb shows the same windows for real).
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
