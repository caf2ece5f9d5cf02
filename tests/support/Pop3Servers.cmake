# The private POP3 servers other than Dovecot (Cyrus, Courier), run from package files that .ci/setup
# extracts, and what they share with the Dovecot fixture.
target_sources(satchel_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CyrusFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CyrusFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/DovecotServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DovecotServer.h
    ${CMAKE_CURRENT_LIST_DIR}/FixtureProcess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FixtureProcess.h
    ${CMAKE_CURRENT_LIST_DIR}/Pop3ServerFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Pop3ServerFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionRun.h
)

# Courier's programs have their paths compiled in; this preload library moves them into each
# test instance (CourierPaths.cpp). Loaded into Courier, so neither Qt nor the sanitizers.
add_library(satchel_courier_paths MODULE ${CMAKE_CURRENT_LIST_DIR}/CourierPaths.cpp)
target_compile_features(satchel_courier_paths PRIVATE cxx_std_20)
target_compile_options(satchel_courier_paths PRIVATE -U_FORTIFY_SOURCE)
target_link_libraries(satchel_courier_paths PRIVATE ${CMAKE_DL_LIBS})
target_sources(satchel_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CourierFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CourierFixture.h
)
target_compile_definitions(satchel_testsupport PRIVATE
    SATCHEL_COURIER_PATHS="$<TARGET_FILE:satchel_courier_paths>")
add_dependencies(satchel_testsupport satchel_courier_paths)
