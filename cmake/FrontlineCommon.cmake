# One interface target carrying the settings every Frontline target shares.
add_library(frontline_common INTERFACE)
add_library(Frontline::Common ALIAS frontline_common)

target_compile_features(frontline_common INTERFACE cxx_std_20)
target_compile_definitions(frontline_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    FRONTLINE_VERSION="${PROJECT_VERSION}")
target_compile_options(frontline_common INTERFACE -Wall -Wextra)
if(FRONTLINE_WERROR)
    target_compile_options(frontline_common INTERFACE -Werror)
endif()
# A unity build (-DCMAKE_UNITY_BUILD=ON: scripts/setup.sh builds so, and the sanitizer trees,
# see cmake/FrontlineSanitizers.cmake): gcc warns when a class of a .cpp file has a member whose
# type is in that file's anonymous namespace and the file is not the translation unit's main
# file, which in a unity build it never is — about 170 warnings about nothing.
if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(frontline_common INTERFACE -Wno-subobject-linkage)
endif()

# Precompiled headers: the Qt and standard headers nearly every file includes, parsed once per
# target instead of once per file (the builds in the test command, sanitizer trees included,
# are mostly spent parsing these).
option(FRONTLINE_PCH "Precompile the common Qt and standard headers" ON)
if(FRONTLINE_PCH)
    target_precompile_headers(frontline_common INTERFACE
        <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
        <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList>
        <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QVariant>
        <functional> <memory> <optional> <utility> <vector>)
endif()
