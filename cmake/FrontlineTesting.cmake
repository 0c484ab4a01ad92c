include(GoogleTest)

# frontline_add_test(<name> SOURCES ... LIBRARIES ... [LABELS ...])
# Registers one GoogleTest executable; every test runs headless (offscreen platform).
function(frontline_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE frontline_test_support ${ARG_LIBRARIES})
    gtest_discover_tests(${name}
        DISCOVERY_TIMEOUT 60
        PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FRONTLINE_SERVER_BIN=$<TARGET_FILE:frontline-server>"
            LABELS "${ARG_LABELS}"
            TIMEOUT 300)
endfunction()
