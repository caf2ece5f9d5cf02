#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace satchel::util {

// One window per profile. The first process to start on a profile holds a QLockFile in it and
// listens on a QLocalServer named from a hash of the profile's path; a later launch on the same
// profile finds the lock taken, hands its arguments to the first (which raises its window) and
// exits. Command-line commands do not take part: they may run beside the window, and SQLite's
// WAL keeps the archive consistent between the two processes.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process owns the profile
        Secondary, // another process owns it and was told to come forward
        Unreachable, // another process holds the lock but did not answer
    };

    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary instance, or hands arguments to the one that is.
    [[nodiscard]] Role start(const QStringList &arguments);

    [[nodiscard]] QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // A second launch on this profile asked this one to come forward (raise its window).
    void activationRequested(const QStringList &arguments);

private:
    void readRequest();

    QString m_profileDirectory;
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace satchel::util
