# Making the installed program whole on Windows and macOS: Qt's own deployment tools copy the Qt
# libraries, plugins (platform, sqldrivers, styles, imageformats, tls) and Qt's translations next
# to the program. qt_generate_deploy_app_script (Qt 6.3+) runs windeployqt on Windows and
# macdeployqt on macOS from `cmake --install`, hence also from cpack. On Linux the .deb declares
# the distribution's Qt packages instead.
if(WIN32)
    target_sources(satchel PRIVATE ${CMAKE_CURRENT_LIST_DIR}/windows/satchel.rc)
endif()
if(APPLE)
    # A .icns made from resources/icons with iconutil on a Mac (packaging/README.md); the bundle
    # works without it, with the generic icon.
    set(_satchel_icns "${CMAKE_CURRENT_LIST_DIR}/macos/Satchel.icns")
    if(EXISTS "${_satchel_icns}")
        target_sources(satchel PRIVATE "${_satchel_icns}")
        set_source_files_properties("${_satchel_icns}" PROPERTIES
            MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(satchel PROPERTIES MACOSX_BUNDLE_ICON_FILE Satchel.icns)
    endif()
    set_target_properties(satchel PROPERTIES
        OUTPUT_NAME Satchel
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in")
endif()
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET satchel
        FILENAME_VARIABLE _satchel_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${_satchel_deploy_script}")
endif()
