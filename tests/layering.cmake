# The layering rules of DESIGN.md, checked on the sources rather than left to review:
#   - core/ never includes QtGui or QtWidgets (the build only catches the short <QWidget> form);
#   - no GMime or GLib header outside core/mime/, so GMime types never leak into the rest;
#   - core/ includes no header of ui/ or app/ (the mail service asks through sync::Prompter);
#   - core/search/ includes no Qt header (the launcher answers a search without Qt).
# Run as: cmake -DSOURCE_DIR=<top> -P layering.cmake
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)
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

# core/ never reaches up: no header of ui/ or app/ (a mail service that included a dialog would
# drag the widgets into the command line).
file(GLOB_RECURSE upper_headers RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.h")
set(upper_names "")
foreach(h IN LISTS upper_headers)
    get_filename_component(name "${h}" NAME)
    file(GLOB_RECURSE same_name_in_core "${SOURCE_DIR}/core/*/${name}")
    if(NOT same_name_in_core)
        list(APPEND upper_names "${name}")
    endif()
endforeach()
foreach(f IN LISTS core_files)
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" included "${line}")
        get_filename_component(name "${included}" NAME)
        if(name IN_LIST upper_names)
            string(APPEND violations "\n  ${f}: core/ must not include ui/ or app/ headers: ${line}")
        endif()
    endforeach()
endforeach()

# core/search/, the search language the Qt-free launcher runs, uses no Qt at all.
file(GLOB_RECURSE search_files "${SOURCE_DIR}/core/search/*.h" "${SOURCE_DIR}/core/search/*.cpp")
foreach(f IN LISTS search_files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<Q")
    if(lines)
        string(APPEND violations "\n  ${f}: core/search/ must not use Qt: ${lines}")
    endif()
endforeach()

if(violations)
    message(FATAL_ERROR "layering violations:${violations}")
endif()
list(LENGTH all_files n)
message(STATUS "layering: ${n} files checked, no violations")
