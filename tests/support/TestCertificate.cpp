#include "TestCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace satchel::test {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TestCertificate TestCertificate::generate(const QString &directory, const QString &commonName,
                                          const QString &subjectAltNames)
{
    TestCertificate result;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        result.m_error = QStringLiteral("cannot make a test certificate: the 'openssl' command is "
                                        "not installed (Debian package: openssl)");
        return result;
    }
    if (!QDir().mkpath(directory)) {
        result.m_error = QStringLiteral("cannot create %1").arg(directory);
        return result;
    }
    result.m_certificatePath = QDir(directory).filePath(QStringLiteral("cert.pem"));
    result.m_keyPath = QDir(directory).filePath(QStringLiteral("key.pem"));

    // An EC key: generated in milliseconds, unlike RSA, and every TLS stack here accepts it.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + subjectAltNames, QStringLiteral("-keyout"),
                   result.m_keyPath, QStringLiteral("-out"), result.m_certificatePath});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        result.m_error = QStringLiteral("openssl could not make a test certificate: %1")
                             .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return result;
    }

    result.m_certificate = QSslCertificate(readFile(result.m_certificatePath), QSsl::Pem);
    result.m_key = QSslKey(readFile(result.m_keyPath), QSsl::Ec, QSsl::Pem);
    if (!result.isValid())
        result.m_error = QStringLiteral("openssl wrote a certificate that Qt cannot read (%1)")
                             .arg(result.m_certificatePath);
    return result;
}

} // namespace satchel::test
