# Package settings; the per-platform recipes grow here (deb, rpm, tgz, NSIS/WiX, macOS bundle).
set(CPACK_PACKAGE_NAME "satchel")
set(CPACK_PACKAGE_VENDOR "Satchel")
set(CPACK_PACKAGE_CONTACT "Satchel developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "TGZ")
include(CPack)
