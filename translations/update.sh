#!/usr/bin/env bash
# Refreshes translations/satchel_*.ts from the code: adds the strings the code has gained (as
# unfinished, for a translator to fill in with Qt Linguist or an editor) and drops those it lost.
# The same folders and options as the build's update_translations target and tst_translations.
#
#   translations/update.sh            all languages
#   translations/update.sh de         one language
#   TS_OUT_DIR=/tmp/x translations/update.sh
#                                     update copies in /tmp/x, leave these alone (tst_translations)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=""
for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
                 "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
done
if [ -z "$lupdate" ]; then
    echo "update.sh: lupdate was not found (Debian: qt6-l10n-tools; or set LUPDATE)" >&2
    exit 1
fi

languages=("$@")
if [ ${#languages[@]} -eq 0 ]; then
    languages=(de es fr)
fi
ts=()
for l in "${languages[@]}"; do
    if [ -n "${TS_OUT_DIR:-}" ]; then
        cp "translations/satchel_$l.ts" "$TS_OUT_DIR/"
        ts+=("$TS_OUT_DIR/satchel_$l.ts")
    else
        ts+=("translations/satchel_$l.ts")
    fi
done

"$lupdate" -locations none -no-obsolete core ui app -ts "${ts[@]}"
# English is the language of the source; its catalogue only says "1 message" / "2 messages".
en=translations/satchel_en.ts
if [ -n "${TS_OUT_DIR:-}" ]; then cp "$en" "$TS_OUT_DIR/"; en="$TS_OUT_DIR/satchel_en.ts"; fi
"$lupdate" -locations none -no-obsolete -pluralonly core ui app -ts "$en"
[ -n "${TS_OUT_DIR:-}" ] || echo "update.sh: now translate the entries marked unfinished (linguist ${ts[*]})"
