#include "search/QuerySql.h"

#include <optional>

namespace satchel::search {

namespace {

using Kind = QueryNode::Kind;

std::string ftsString(std::string_view text)
{
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + '"';
}

std::string join(const std::vector<std::string> &parts, std::string_view glue)
{
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined += glue;
        joined += parts[i];
    }
    return joined;
}

// The node as one FTS5 expression, when it is made of text terms only.
std::optional<std::string> ftsExpression(const QueryNode &node)
{
    switch (node.kind) {
    case Kind::Text: {
        const std::string_view columns = QuerySql::ftsColumns(node.field);
        const std::string phrase = ftsString(node.text);
        return columns.empty() ? phrase : '{' + std::string(columns) + "} : " + phrase;
    }
    case Kind::Or: {
        std::vector<std::string> parts;
        for (const QueryNode &child : node.children) {
            std::optional<std::string> part = ftsExpression(child);
            if (!part)
                return std::nullopt;
            parts.push_back(std::move(*part));
        }
        return '(' + join(parts, " OR ") + ')';
    }
    case Kind::And: {
        // FTS5's NOT is binary: (p1 AND p2) NOT (n1 OR n2). It needs a positive part.
        std::vector<std::string> positive, negative;
        for (const QueryNode &child : node.children) {
            const bool isNot = child.kind == Kind::Not;
            std::optional<std::string> part = ftsExpression(isNot ? child.children.front() : child);
            if (!part)
                return std::nullopt;
            (isNot ? negative : positive).push_back(std::move(*part));
        }
        if (positive.empty())
            return std::nullopt;
        std::string expression = '(' + join(positive, " AND ") + ')';
        if (!negative.empty())
            expression += " NOT (" + join(negative, " OR ") + ')';
        return '(' + expression + ')';
    }
    default:
        return std::nullopt;
    }
}

constexpr std::string_view kFtsCondition
    = "m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)";

void translate(const QueryNode &node, QuerySql &out)
{
    if (std::optional<std::string> fts = ftsExpression(node)) {
        out.where += kFtsCondition;
        out.bindings.emplace_back(std::move(*fts));
        return;
    }
    switch (node.kind) {
    case Kind::And: {
        // The text terms of an AND go to FTS5 as one MATCH; the rest are conditions beside it.
        QueryNode textPart;
        textPart.kind = Kind::And;
        std::vector<const QueryNode *> others;
        for (const QueryNode &child : node.children) {
            if (child.kind != Kind::Not && ftsExpression(child))
                textPart.children.push_back(child);
            else
                others.push_back(&child);
        }
        out.where += '(';
        bool first = true;
        if (!textPart.children.empty()) {
            out.where += kFtsCondition;
            out.bindings.emplace_back(*ftsExpression(textPart));
            first = false;
        }
        for (const QueryNode *child : others) {
            if (!first)
                out.where += " AND ";
            first = false;
            translate(*child, out);
        }
        out.where += ')';
        return;
    }
    case Kind::Or:
        out.where += '(';
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (i > 0)
                out.where += " OR ";
            translate(node.children[i], out);
        }
        out.where += ')';
        return;
    case Kind::Not:
        out.where += "NOT (";
        translate(node.children.front(), out);
        out.where += ')';
        return;
    case Kind::HasAttachment:
        // "= 1", not "<> 0": the column holds 0 or 1, and equality can use the index of
        // schema 6 (messages_attachments).
        out.where += "m.has_attachments = 1";
        return;
    case Kind::Flag:
        out.where += node.flagSet ? "(m.flags & ?) <> 0" : "(m.flags & ?) = 0";
        out.bindings.emplace_back(std::int64_t(node.flag));
        return;
    case Kind::Before:
    case Kind::After:
        out.where += node.kind == Kind::Before ? "m.date < ?" : "m.date >= ?";
        out.bindings.emplace_back(node.midnightMs);
        return;
    case Kind::Folder:
        out.where += "m.folder_id IN (SELECT id FROM folders WHERE name = ? COLLATE NOCASE)";
        out.bindings.emplace_back(node.text);
        return;
    case Kind::Text:
        break; // handled by ftsExpression()
    }
}

} // namespace

QuerySql QuerySql::of(const QueryNode &root)
{
    QuerySql sql;
    translate(root, sql);
    return sql;
}

std::string_view QuerySql::ftsColumns(QueryNode::Field field)
{
    switch (field) {
    case QueryNode::Field::Any:
        return {};
    case QueryNode::Field::From:
        return "sender";
    case QueryNode::Field::To:
        return "recipients";
    case QueryNode::Field::Subject:
        return "subject";
    }
    return {};
}

} // namespace satchel::search
