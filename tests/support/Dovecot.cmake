# The private Dovecot fixture, the corpus maildir filler, and their tests.
target_sources(satchel_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CorpusMaildir.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CorpusMaildir.h
    ${CMAKE_CURRENT_LIST_DIR}/DovecotFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DovecotFixture.h
)

satchel_add_test(NAME tst_corpusmaildir
    SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/tst_corpusmaildir.cpp
    LABELS unit)

# Starts real Dovecot instances (a few seconds in all); every wait inside is bounded well below
# the timeout, which only guards against a bug in the fixture itself.
satchel_add_test(NAME tst_dovecotfixture
    SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/tst_dovecotfixture.cpp
    LABELS dovecot pop3
    TIMEOUT 180)
