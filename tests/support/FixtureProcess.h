#pragma once

#include <QSslCertificate>
#include <QString>

class QProcess;

namespace satchel::test {

// What the private server fixtures (Dovecot, Cyrus) share: how their server process is started
// and stopped, how readiness is judged, and the throwaway credentials.

// A 20-character password from letters and digits that no shell or config format quotes.
[[nodiscard]] QString generateTestPassword();

// The last `lines` non-empty lines of `text`, for failure messages.
[[nodiscard]] QString lastLines(const QString &text, int lines);

// Whether a POP3 server on host:port answers with a +OK greeting (through TLS first when
// `implicitTls`, trusting `certificate`). A port that accepts is not enough: a server may bind
// before the process that answers can start.
[[nodiscard]] bool pop3Greets(const QString &host, quint16 port, bool implicitTls,
                              const QSslCertificate &certificate);

// Makes `process` start as the leader of its own process group, with a parent-death signal, so
// that stopProcessGroup() reaches the server's children too and a test that crashes or is
// SIGKILLed takes the server down with it. Start it from the main thread: the signal comes when
// the forking *thread* exits.
void startAsGroupLeader(QProcess &process);

// SIGTERM to the whole group, SIGKILL if it has not ended within `timeoutMs`.
void stopProcessGroup(QProcess &process, qint64 processGroup, int timeoutMs);

} // namespace satchel::test
