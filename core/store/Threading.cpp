#include "store/Threading.h"

#include <QRegularExpression>

namespace satchel::store {

namespace {

// One prefix: an optional "[list-tag]" then Re/Fwd/Fw/AW/WG/SV/VS/Antw/Réf/TR with an optional
// counter ("Re[2]:", "Re^2:") and a colon (ASCII or full-width).
const QRegularExpression &prefixPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"re(^\s*(?:\[[^\]]{0,40}\]\s*)?(?:re|fwd?|aw|wg|sv|vs|antw|r[ée]f|tr|rif|enc))re"
            R"re(\s*(?:\[\d{1,3}\]|\^\d{1,3}|\(\d{1,3}\))?\s*[:：]\s*)re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &listTagPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"re(^\s*\[[^\]]{0,40}\]\s*)re"));
    return pattern;
}

} // namespace

QString normaliseSubject(const QString &subject)
{
    QString s = subject;
    for (int guard = 0; guard < 20; ++guard) {
        const QRegularExpressionMatch m = prefixPattern().match(s);
        if (!m.hasMatch())
            break;
        s.remove(0, m.capturedLength());
    }
    // A list tag without a prefix after it ("[list] topic") is dropped as well.
    if (const QRegularExpressionMatch m = listTagPattern().match(s); m.hasMatch())
        s.remove(0, m.capturedLength());
    return s.simplified().toCaseFolded();
}

bool hasReplyPrefix(const QString &subject)
{
    return prefixPattern().match(subject).hasMatch();
}

} // namespace satchel::store
