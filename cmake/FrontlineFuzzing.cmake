# The fuzz build (-DFRONTLINE_FUZZ=ON): the shared library and the pure parts of the server that
# parse what clients and admins send, instrumented for libFuzzer with AddressSanitizer and
# UndefinedBehaviorSanitizer, and one executable per target in tests/fuzz. Nothing else is
# built, so the normal (gcc) build and its flags stay as they are.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "FRONTLINE_FUZZ needs clang (libFuzzer): "
                        "cmake -DCMAKE_CXX_COMPILER=clang++ -DFRONTLINE_FUZZ=ON ...")
endif()

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network)
find_path(RAPIDJSON_INCLUDE_DIR rapidjson/writer.h REQUIRED)

qt_standard_project_setup()
include(FrontlineCommon)

# Everything compiled from here on is instrumented; -fno-sanitize-recover makes every
# undefined behaviour a crash the fuzzer reports rather than a line it prints, except
# pointer-overflow, kept recoverable so that tests/fuzz/ubsan.supp can skip RapidJSON's own.
set(FRONTLINE_SANITIZE address,undefined)
add_compile_options(-fsanitize=fuzzer-no-link,${FRONTLINE_SANITIZE}
                    -fno-sanitize-recover=all -fsanitize-recover=pointer-overflow
                    -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=${FRONTLINE_SANITIZE})
# A unity build like the sanitizer trees (cmake/FrontlineSanitizers.cmake says why and what it
# asks of new code): the fuzz tree is one more full instrumented build in CI's time.
set(CMAKE_UNITY_BUILD ON)

frontline_add_shared_pch() # after the instrumentation options: the header is built with them

add_subdirectory(shared)
add_subdirectory(tests/fuzz)
frontline_reuse_shared_pch("${CMAKE_SOURCE_DIR}")
