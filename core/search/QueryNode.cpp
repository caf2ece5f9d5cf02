#include "search/QueryNode.h"

namespace satchel::search {

namespace {

const char *fieldName(QueryNode::Field field)
{
    switch (field) {
    case QueryNode::Field::Any:
        return "any";
    case QueryNode::Field::From:
        return "from";
    case QueryNode::Field::To:
        return "to";
    case QueryNode::Field::Subject:
        return "subject";
    }
    return "";
}

const char *flagName(QueryNode::Flag flag)
{
    switch (flag) {
    case QueryNode::Flag::Read:
        return "read";
    case QueryNode::Flag::Flagged:
        return "flagged";
    case QueryNode::Flag::Answered:
        return "answered";
    }
    return "";
}

} // namespace

std::string QueryNode::describe() const
{
    auto group = [this](const char *name) {
        std::string s = std::string("(") + name;
        for (const QueryNode &child : children)
            s += ' ' + child.describe();
        return s + ')';
    };
    switch (kind) {
    case Kind::And:
        return group("and");
    case Kind::Or:
        return group("or");
    case Kind::Not:
        return group("not");
    case Kind::Text:
        return std::string("(text ") + fieldName(field) + " \"" + text + "\")";
    case Kind::HasAttachment:
        return "(has attachment)";
    case Kind::Flag:
        return std::string(flagSet ? "(is " : "(is-not ") + flagName(flag) + ')';
    case Kind::Before:
        return "(before " + date.iso() + ')';
    case Kind::After:
        return "(after " + date.iso() + ')';
    case Kind::Folder:
        return "(folder \"" + text + "\")";
    }
    return {};
}

} // namespace satchel::search
