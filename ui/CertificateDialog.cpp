#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace satchel::ui {

namespace {

QString describe(const QSslCertificate &certificate, bool issuer)
{
    auto field = [&](QSslCertificate::SubjectInfo info) {
        return (issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info))
            .join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const QString &part :
         {field(QSslCertificate::CommonName), field(QSslCertificate::Organization),
          field(QSslCertificate::OrganizationalUnitName), field(QSslCertificate::CountryName)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" \u2014 "));
}

// Field values do not wrap: a wrapped label in a form row gets the height of one line when the
// dialog is first laid out, cutting it off. Long values carry their own line breaks.
QLabel *selectableLabel(const QString &text, QWidget *parent, bool wrap = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QString CertificateDialog::formatFingerprint(const QByteArray &digest, bool twoLines)
{
    if (!twoLines || digest.size() < 2)
        return QString::fromLatin1(digest.toHex(':').toUpper());
    const qsizetype half = digest.size() / 2;
    return QString::fromLatin1(digest.first(half).toHex(':').toUpper()) + QStringLiteral(":\n")
        + QString::fromLatin1(digest.sliced(half).toHex(':').toUpper());
}

CertificateDialog::CertificateDialog(const QString &host, const QList<QSslCertificate> &chain,
                                     const QList<QSslError> &errors, Mode mode,
                                     const QByteArray &previousSha256, QWidget *parent)
    : QDialog(parent)
    , m_leaf(chain.value(0))
    , m_sha256(m_leaf.isNull() ? QByteArray() : m_leaf.digest(QCryptographicHash::Sha256))
    , m_mode(mode)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate of %1").arg(host));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    // Never smaller than what the rows need: a fingerprint must not lose its second line.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    // The headline: what happened, in one sentence, with the platform's warning icon (no
    // hard-coded colours, so dark palettes work).
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(mode == Mode::Changed ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning,
                                       nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    const QString headline = mode == Mode::Changed
        ? tr("The certificate of %1 has changed since you accepted it for this account. This can "
             "be a routine renewal, or someone between you and the server. Accept the new one "
             "only if you know why it changed.")
              .arg(host)
        : tr("The certificate of %1 could not be verified. Accept it only if you know that this "
             "server uses a certificate of its own (a home or company server, say); a public "
             "provider never needs this.")
              .arg(host);
    auto *headlineLabel = selectableLabel(headline, this, true);
    headlineLabel->setObjectName(QStringLiteral("headline"));
    top->addWidget(headlineLabel, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &name, const QString &label, const QString &value) {
        auto *field = selectableLabel(value, this);
        field->setObjectName(name);
        field->setAccessibleName(label);
        form->addRow(label, field);
        return field;
    };
    const QLocale locale;
    if (m_leaf.isNull()) {
        addRow(QStringLiteral("subject"), tr("Issued to:"), tr("(the server sent no certificate)"));
    } else {
        addRow(QStringLiteral("subject"), tr("Issued to:"), describe(m_leaf, false));
        const QStringList names = m_leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (!names.isEmpty())
            addRow(QStringLiteral("names"), tr("Names:"), names.join(QStringLiteral(", ")));
        addRow(QStringLiteral("issuer"), tr("Issued by:"),
               m_leaf.isSelfSigned() ? tr("%1 (itself: self-signed)").arg(describe(m_leaf, true))
                                     : describe(m_leaf, true));
        addRow(QStringLiteral("validity"), tr("Valid:"),
               tr("from %1 until %2")
                   .arg(locale.toString(m_leaf.effectiveDate(), QLocale::ShortFormat),
                        locale.toString(m_leaf.expiryDate(), QLocale::ShortFormat)));
        auto *fingerprint = addRow(QStringLiteral("fingerprint"), tr("SHA-256 fingerprint:"),
                                   formatFingerprint(m_sha256, true));
        fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    if (mode == Mode::Changed && !previousSha256.isEmpty()) {
        auto *previous = addRow(QStringLiteral("previousFingerprint"), tr("Accepted before:"),
                                formatFingerprint(previousSha256, true));
        previous->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    QStringList problems;
    for (const QSslError &error : errors)
        problems << QStringLiteral("\u2022 ") + error.errorString();
    if (problems.isEmpty())
        problems << tr("(no detail was given)");
    addRow(QStringLiteral("errors"), tr("What failed:"), problems.join(u'\n'));
    if (chain.size() > 1)
        addRow(QStringLiteral("chain"), tr("Chain:"),
               tr("%n certificate(s) sent by the server", nullptr, int(chain.size())));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_acceptButton = buttons->addButton(tr("&Accept this certificate for this account"),
                                        QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(QStringLiteral("acceptCertificate"));
    m_acceptButton->setEnabled(!m_leaf.isNull());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Do &not connect"));
    // Refusing is the safe default: Enter must not accept a certificate.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_accepted = m_sha256;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    adjustSize();
}

} // namespace satchel::ui
