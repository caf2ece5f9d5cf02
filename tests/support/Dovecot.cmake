# The private Dovecot fixture, the corpus maildir filler, and their tests.
