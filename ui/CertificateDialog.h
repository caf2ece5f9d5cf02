#pragma once

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QDialogButtonBox;
class QPushButton;

namespace satchel::ui {

// Shown when a server's certificate fails verification: what the certificate says (subject,
// issuer, validity, SHA-256 fingerprint) and exactly which checks failed. The user may accept
// this one certificate for this one account; the caller pins acceptedSha256() (DESIGN.md
// "Security and privacy"). In Changed mode it says first that the certificate is not the one
// accepted before. Never modal through a nested event loop: callers use open() and finished().
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Untrusted, // the first time: the certificate did not verify
        Changed, // a certificate was pinned, and the server now shows another one
    };

    CertificateDialog(const QString &host, const QList<QSslCertificate> &chain,
                      const QList<QSslError> &errors, Mode mode = Mode::Untrusted,
                      const QByteArray &previousSha256 = {}, QWidget *parent = nullptr);

    // The SHA-256 of the leaf certificate once the user accepted it; empty otherwise.
    [[nodiscard]] QByteArray acceptedSha256() const { return m_accepted; }
    [[nodiscard]] QByteArray sha256() const { return m_sha256; }
    [[nodiscard]] QPushButton *acceptButton() const { return m_acceptButton; }
    [[nodiscard]] Mode mode() const { return m_mode; }

    // "AB:CD:..." as people compare fingerprints; in two lines for the dialog.
    [[nodiscard]] static QString formatFingerprint(const QByteArray &digest, bool twoLines = false);

private:
    QSslCertificate m_leaf;
    QByteArray m_sha256;
    QByteArray m_accepted;
    QPushButton *m_acceptButton = nullptr;
    Mode m_mode;
};

} // namespace satchel::ui
