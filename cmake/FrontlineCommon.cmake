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

# Precompiled headers: the Qt and standard headers nearly every file includes, compiled once for
# the whole build (frontline_pch) and reused by every target that links frontline_common. Each
# target used to compile its own copy: 43 copies of the same header at about 10 s each were a
# fifth of the product build's CPU time, more than the parsing they saved in the targets' 172
# unity units. A reused header is only valid for units compiled with the same options, so the
# header's target is made after the directory-wide options (the sanitizer and fuzz builds add
# theirs) and consumers differ only in -D macros that Qt's core headers never read. A target
# compiled with other options cannot use it: CMake adds -Winvalid-pch, which -Werror (CI's
# normal build) turns into a failed build, and clang refuses such a header outright; give that
# target FRONTLINE_SHARED_PCH OFF (below).
option(FRONTLINE_PCH "Precompile the common Qt and standard headers" ON)

# Makes frontline_pch. Call once, after every add_compile_options() of the build.
function(frontline_add_shared_pch)
    if(NOT FRONTLINE_PCH)
        return()
    endif()
    add_library(frontline_pch STATIC "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/frontline_pch.cpp")
    target_link_libraries(frontline_pch PRIVATE frontline_common Qt6::Core)
    target_precompile_headers(frontline_pch PRIVATE
        <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
        <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList>
        <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QVariant>
        <functional> <memory> <optional> <utility> <vector>)
endfunction()

# Every compiled target under DIR (and its subdirectories) that links frontline_common directly
# (all of ours do, PRIVATE) reuses frontline_pch, except a target whose property
# FRONTLINE_SHARED_PCH is OFF: one compiled with other options than the header (GMime's -pthread
# and -D_LARGEFILE64_SOURCE), which clang refuses and gcc warns about (an error with -Werror).
# Call once at the end of the top-level file.
function(frontline_reuse_shared_pch dir)
    if(NOT TARGET frontline_pch)
        return()
    endif()
    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(target STREQUAL "frontline_pch"
           OR NOT type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        get_target_property(shared ${target} FRONTLINE_SHARED_PCH)
        if(shared STREQUAL "OFF")
            continue()
        endif()
        get_target_property(libraries ${target} LINK_LIBRARIES)
        if(libraries AND ("frontline_common" IN_LIST libraries OR "Frontline::Common" IN_LIST libraries))
            target_precompile_headers(${target} REUSE_FROM frontline_pch)
        endif()
    endforeach()
    get_property(subdirectories DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        frontline_reuse_shared_pch("${subdirectory}")
    endforeach()
endfunction()
