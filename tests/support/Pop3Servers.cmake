# The private POP3 servers other than Dovecot (Cyrus), run from package files that .ci/setup
# extracts, and what they share with the Dovecot fixture.
target_sources(satchel_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CyrusFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CyrusFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/FixtureProcess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FixtureProcess.h
    ${CMAKE_CURRENT_LIST_DIR}/Pop3ServerFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Pop3ServerFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionRun.h
)
