# The layering rules of DESIGN.md, checked on the sources rather than left to review:
#   - core/ never includes QtGui or QtWidgets (the build only catches the short <QWidget> form);
#   - no GMime or GLib header outside core/mime/, so GMime types never leak into the rest.
# Run as: cmake -DSOURCE_DIR=<top> -P layering.cmake
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
file(GLOB_RECURSE all_files
     "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")

set(violations "")
foreach(f IN LISTS core_files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets)[/>\"]")
    if(lines)
        string(APPEND violations "\n  ${f}: core/ must not include QtGui/QtWidgets: ${lines}")
    endif()
endforeach()
foreach(f IN LISTS all_files)
    string(FIND "${f}" "${SOURCE_DIR}/core/mime/" in_mime)
    if(in_mime EQUAL 0)
        continue()
    endif()
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](gmime/|glib|gio/|glib-object)")
    if(lines)
        string(APPEND violations "\n  ${f}: GMime/GLib headers belong in core/mime only: ${lines}")
    endif()
endforeach()

if(violations)
    message(FATAL_ERROR "layering violations:${violations}")
endif()
list(LENGTH all_files n)
message(STATUS "layering: ${n} files checked, no violations")
