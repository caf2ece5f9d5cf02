#pragma once

#include "store/MessageFlags.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace satchel::store {

// One node of a parsed search query. A tree of plain values, so that a test (or a future filter
// that runs without SQL) can evaluate it as well as the archive does.
struct SearchNode
{
    enum class Kind {
        And, // all children
        Or, // any child
        Not, // the one child does not match
        Text, // `text` as a phrase of whole tokens in `field`
        HasAttachment, // has:attachment
        Flag, // is:read/unread/flagged/unflagged/answered: `flag` set (flagSet) or clear
        Before, // the message's date is before midnight (local time) starting `date`
        After, // the message's date is on or after midnight (local time) starting `date`
        Folder, // the message is in a folder named `text` (case-insensitive)
    };
    // Where a Text node looks. Any: subject, addresses, body and attachment names. From: the From
    // addresses. To: To and Cc. Subject: the subject.
    enum class Field { Any, From, To, Subject };

    Kind kind = Kind::Text;
    Field field = Field::Any;
    QString text;
    MessageFlag flag = MessageFlag::Read;
    bool flagSet = true;
    QDate date;
    QList<SearchNode> children;

    // A canonical, fully parenthesised form, for tests and debugging: (and (text any "x") ...).
    [[nodiscard]] QString describe() const;
};

// The search language (issue 4), parsed by recursive descent:
//
//   query    := or EOF
//   or       := and ("OR" and)*
//   and      := unary (["AND"] unary)*          juxtaposition means AND
//   unary    := ("NOT" | "-") unary | primary
//   primary  := "(" or ")" | term
//   term     := word | "phrase" | name ":" (word | "phrase")
//
// So NOT binds tighter than AND, and AND tighter than OR. AND, OR and NOT are operators only in
// capitals ("or" is a word, as in Gmail and Xapian); operator names (from:, FROM:) are not case
// sensitive. Operators: from: to: subject: (text), has:attachment, is:read|unread|flagged|
// unflagged|answered, folder:NAME, before:YYYY-MM-DD (exclusive: earlier than that day) and
// after:YYYY-MM-DD (inclusive: that day or later), both by local midnight. A word matches whole
// tokens (no prefixes) the way SQLite's unicode61 tokenizer splits them: case and diacritics do
// not matter, and punctuation splits a word into a phrase ("e-mail" is the phrase "e mail").
class SearchQuery
{
public:
    // A malformed query is an Error (Code::Invalid) whose message says where (the character
    // position, counted from 1) and what was expected; `errorPosition` receives the position.
    [[nodiscard]] static Result<SearchQuery> parse(const QString &query,
                                                   qsizetype *errorPosition = nullptr);

    [[nodiscard]] const SearchNode &root() const { return m_root; }

    // The translation to SQL for the archive: a condition on `messages m` with ? placeholders,
    // whose full-text parts are `m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH
    // ?)` with every user word quoted for FTS5. Only core/store uses this.
    struct Sql
    {
        QString where;
        QVariantList bindings;
    };
    [[nodiscard]] Sql toSql() const;

    // The FTS5 column(s) a Text field searches.
    [[nodiscard]] static QString ftsColumns(SearchNode::Field field);

private:
    SearchNode m_root;
};

} // namespace satchel::store
