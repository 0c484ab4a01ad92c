# Sanitizer builds of everything (-DFRONTLINE_SANITIZE=...), for running the test suite:
#   address,undefined   AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer
#   thread              ThreadSanitizer
# Every target of the build is instrumented (the libraries, the server the integration tests
# start, the test programs); Qt, libpq, SQLite and the other system libraries are not, which is
# what tests/sanitizers/*.supp are about. scripts/setup.sh test runs both in their own build
# directories, with the options it sets (see sanitized_tests there). By hand, for example:
#   cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE= -DFRONTLINE_SANITIZE=thread
#   cmake --build build-tsan --target frontline-server frontline_storage_tests
#   TSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/tsan.supp ctest --test-dir build-tsan -R Storage
#
# Build settings chosen for a suite that must finish in CI: -O1 for TSan (its own
# recommendation: fast enough to run, quicker to compile than -O2), -Og for ASan+UBSan (UBSan's
# checks make gcc's -O1 passes slow: -Og compiles a fifth to a quarter faster, measured on
# shared/api/ticketapi.cpp 5.4 s -> 4.1 s and client/app/mainwindow.cpp 8.8 s -> 7.2 s, and
# still keeps values in registers, so the tests run about as fast), line tables only (-g1: a
# report still names file:line, the objects stay small and link quickly), frame pointers kept
# (fast, complete stacks). The benchmarks are left out of "all": instrumented, they measure
# nothing.

set(FRONTLINE_SANITIZE "${FRONTLINE_SANITIZE}")
if(FRONTLINE_SANITIZE STREQUAL "address,undefined" OR FRONTLINE_SANITIZE STREQUAL "undefined,address")
    set(FRONTLINE_SANITIZE_FLAGS -fsanitize=address,undefined
        # Every undefined behaviour aborts the process, so the test that reached it fails
        # (UBSan's default is to print a line and go on, which a green run would hide).
        -fno-sanitize-recover=undefined)
    set(FRONTLINE_SANITIZE_OPT -Og)
elseif(FRONTLINE_SANITIZE STREQUAL "thread")
    set(FRONTLINE_SANITIZE_FLAGS -fsanitize=thread)
    set(FRONTLINE_SANITIZE_OPT -O1)
else()
    message(FATAL_ERROR "FRONTLINE_SANITIZE must be empty, \"address,undefined\" or \"thread\" "
                        "(not \"${FRONTLINE_SANITIZE}\")")
endif()

message(STATUS "Frontline: instrumented with -fsanitize=${FRONTLINE_SANITIZE}")
# Added to every target from here on (directory scope: the top-level CMakeLists includes this
# before any add_subdirectory). They come after CMAKE_CXX_FLAGS_<CONFIG>, so these win.
add_compile_options(${FRONTLINE_SANITIZE_FLAGS} -fno-omit-frame-pointer ${FRONTLINE_SANITIZE_OPT} -g1)
add_link_options(${FRONTLINE_SANITIZE_FLAGS})
# Unity builds (CMake's UNITY_BUILD, batches of 8 .cpp files of one target compiled as one
# translation unit) for every target of the sanitizer trees: the headers (Qt's above all) are
# parsed and instrumented once per batch instead of once per file (8 widget files with the ASan
# flags: 5.3 s as one unit against 8.6 s one by one), which CI's time limit needs for these two
# extra builds of the tree (scripts/setup.sh builds the product so too). What it means for new
# code: two .cpp files of one target may end up in one translation
# unit, so a name at file scope (in an anonymous namespace, or static) must not be defined in
# another .cpp file of the same target too (share the helper through a header instead, or give
# it a name specific to its file), and a .cpp file must not leave a "using namespace" or a
# #define behind that changes the files after it. The sanitizer builds are where such a clash
# shows (scripts/setup.sh test).
set(CMAKE_UNITY_BUILD ON)
# gcc's -Wsubobject-linkage is off in a unity build (cmake/FrontlineCommon.cmake says why).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-Wno-subobject-linkage>)
endif()
# Qt's own headers annotate QMutex for ThreadSanitizer when it is on (qtsan_impl.h); nothing to
# add for that here.
