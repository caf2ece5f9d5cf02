#include "SelfSignedCertificate.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace satchel::app {

namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr long ValiditySeconds = 30L * 24 * 3600;

// This file's translation context: a class lupdate sees (a free tr() wrapper would file the texts
// under a context the code never asks for).
struct SelfSignedCertificateText
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificateText)
};

// OpenSSL's own words for the last failure, for the error message.
QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

// The PEM text of whatever `write` puts into a memory BIO.
template<typename Write> QByteArray pem(Write write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    QByteArray out(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), Qt::Uninitialized);
    if (BIO_read(bio.get(), out.data(), static_cast<int>(out.size())) != out.size())
        return {};
    return out;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addName(X509_NAME *name, const char *field, const QByteArray &value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(value.constData()),
                                      static_cast<int>(value.size()), -1, 0)
        == 1;
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QString &commonName)
{
    SelfSignedCertificate result;
    auto fail = [&result](const char *what) {
        result.error
            = SelfSignedCertificateText::tr("Could not make the demo server's certificate (%1): %2")
                  .arg(QLatin1String(what), openSslError());
        return result;
    };

    // P-256: made in a millisecond, and every TLS library accepts it.
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return fail("key");

    X509Ptr certificate(X509_new());
    BignumPtr serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return fail("serial");
    // An hour back, for a clock that is a little behind.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), ValiditySeconds))
        return fail("validity");

    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (!addName(name, "O", QByteArrayLiteral("Satchel demo"))
        || !addName(name, "CN", commonName.toUtf8())
        || X509_set_issuer_name(certificate.get(), name) != 1)
        return fail("name");
    if (X509_set_pubkey(certificate.get(), key.get()) != 1)
        return fail("public key");
    if (!addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash"))
        return fail("extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return fail("signature");

    const QByteArray certificatePem
        = pem([&](BIO *bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    const QByteArray keyPem = pem([&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    result.certificate = QSslCertificate(certificatePem, QSsl::Pem);
    result.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.certificate.isNull() || result.key.isNull())
        return fail("PEM");
    return result;
}

} // namespace satchel::app
