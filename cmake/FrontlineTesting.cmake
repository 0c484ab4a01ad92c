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
        PROPERTIES TIMEOUT 300)
    # The labels go on in a file ctest reads after the discovered tests, not through PROPERTIES:
    # gtest_discover_tests (CMake 3.25) flattens a list there, so of "integration;threaded" only
    # the first label stayed, and `ctest -L threaded` (the TSan stage) selected nothing.
    set(labels_file "${CMAKE_CURRENT_BINARY_DIR}/${name}_labels.cmake")
    file(WRITE "${labels_file}"
        "if(${name}_TESTS)\n"
        "  set_tests_properties(\${${name}_TESTS} PROPERTIES LABELS \"${ARG_LABELS}\")\n"
        "endif()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${labels_file}")
endfunction()
