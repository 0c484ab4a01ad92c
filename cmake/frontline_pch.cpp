// The unit that compiles the build's shared precompiled header (cmake/FrontlineCommon.cmake,
// frontline_add_shared_pch); the targets that link frontline_common reuse it.
