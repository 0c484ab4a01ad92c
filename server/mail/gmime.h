#pragma once

// GMime (through GLib's GIO) names a struct member "signals", which Qt defines as a keyword
// macro: include it through this header, which hides the macro while GMime is read.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <memory>

namespace frontline::server::mail {

// Owns a GMime object (a GObject): released with g_object_unref when the owner goes.
struct GObjectUnref
{
    void operator()(void* object) const { g_object_unref(object); }
};
template<typename T> using GObjectRef = std::unique_ptr<T, GObjectUnref>;

} // namespace frontline::server::mail
