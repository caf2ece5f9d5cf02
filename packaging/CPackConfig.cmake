# Package settings for every platform; packaging/README.md says which of them were exercised.
#
#   Linux:   cpack -G DEB (Debian 12 and later; dependencies by dpkg-shlibdeps) and -G TGZ
#   Windows: cpack -G NSIS (or WIX), after windeployqt has run from the install step below
#   macOS:   cpack -G DragNDrop, a Satchel.app bundle made whole by macdeployqt
set(CPACK_PACKAGE_NAME "satchel")
set(CPACK_PACKAGE_VENDOR "Satchel")
set(CPACK_PACKAGE_CONTACT "Satchel developers <satchel@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Satchel is a mail reader for people who read their mail offline. It downloads mail over "
    "POP3 (TLS by default), keeps every message in a local SQLite archive, and lets you read, "
    "search, file and export it with no network at all. Nothing is deleted from a server "
    "before it is durably stored.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Satchel")
set(CPACK_PACKAGE_EXECUTABLES "satchel" "Satchel")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/128x128/org.satchel.Satchel.png")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# --- Debian -------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Shared libraries by dpkg-shlibdeps (Qt, GMime, GLib, QtKeychain, libstdc++ ...), plus what the
# binary loads at run time as plugins and so dpkg-shlibdeps cannot see: the SQLite driver of
# QtSql, the window-system plugins, and libsecret, which QtKeychain dlopen()s.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# --- Windows: NSIS (WiX works with the same settings: cpack -G WIX) -----------------------------
set(CPACK_NSIS_DISPLAY_NAME "Satchel")
set(CPACK_NSIS_PACKAGE_NAME "Satchel")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/satchel.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\satchel.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_UPGRADE_GUID "6B1F5D2E-9C4A-4E83-A3D1-5A0E2C7B9F14")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/satchel.ico")

# --- macOS --------------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Satchel")
set(CPACK_DMG_FORMAT "UDZO")

include(${CMAKE_CURRENT_LIST_DIR}/Deploy.cmake)
include(CPack)
