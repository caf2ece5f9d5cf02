# curl's POP3 test cases (../shared/corpus/pop3/curl-pop3-tests) driven through the scripted fake
# server; the suite skips itself when the corpus is absent.
satchel_add_test(NAME tst_curlcases
    SOURCES tst_curlcases.cpp
    LIBRARIES satchel_core
    LABELS pop3)
