#pragma once

// GMime (through GLib's GIO) names a struct member "signals", which Qt defines as a keyword
// macro: include it through this header, which hides the macro while GMime is read.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")
