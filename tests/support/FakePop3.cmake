# The scripted fake POP3 server (tests/support/FakePop3Server.*) and its own test.
target_sources(satchel_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FakePop3Server.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FakePop3Server.h
    ${CMAKE_CURRENT_LIST_DIR}/FakeSmtpServer.h
)

satchel_add_test(NAME tst_fakepop3server
    SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/tst_fakepop3server.cpp
    LABELS unit pop3)
