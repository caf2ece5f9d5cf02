#pragma once

// Private to core/mime: includes GLib. RAII ownership for GObjects, so that every early return
// releases what GMime handed us.

#include <glib-object.h>

#include <memory>

namespace satchel::mime {

struct GObjectUnref
{
    void operator()(gpointer object) const noexcept
    {
        if (object)
            g_object_unref(object);
    }
};

template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

} // namespace satchel::mime
