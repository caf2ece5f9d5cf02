# The scripted fake POP3 server (tests/support/FakePop3Server.*) and its own test.
