include(GoogleTest)

# frontline_add_test(<name> SOURCES ... LIBRARIES ... [LABELS ...])
# Registers one GoogleTest executable; every test runs headless (offscreen platform).
function(frontline_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE frontline_test_support ${ARG_LIBRARIES})
    # The test main sets QT_QPA_PLATFORM=offscreen; the server binary's path is compiled into
    # the support library, so every test runs the same from ctest, an IDE or a shell.
    gtest_discover_tests(${name}
        DISCOVERY_TIMEOUT 60
        PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300)
endfunction()
