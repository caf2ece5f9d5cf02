#pragma once

#include <QString>

namespace satchel::store {

// The subject without reply and forward prefixes ("Re:", "Fwd:", "AW:", "Re[2]:", "[list]"),
// case-folded and simplified: what JWZ threading compares as a last resort, and the sort key.
[[nodiscard]] QString normaliseSubject(const QString &subject);

// Whether the subject carries a reply or forward prefix: only such a message may join a
// conversation on its subject alone.
[[nodiscard]] bool hasReplyPrefix(const QString &subject);

} // namespace satchel::store
