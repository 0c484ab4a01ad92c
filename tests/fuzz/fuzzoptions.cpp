// Sanitizer defaults every fuzz target carries, so that a run by hand behaves like the CI run:
// stop at the first finding, with a stack trace, and skip only what ubsan.supp lists.
extern "C" const char* __ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1:suppressions=" FRONTLINE_FUZZ_DIR "/ubsan.supp";
}

extern "C" const char* __asan_default_options()
{
    return "detect_leaks=1:allocator_may_return_null=1";
}
