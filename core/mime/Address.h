#pragma once

#include <QList>
#include <QString>

namespace satchel::mime {

// One mailbox of an address header, decoded: RFC 2047 words in the name, IDN domains as Unicode.
// Group syntax ("team: a@x, b@y;") is flattened into its members.
struct Address
{
    QString name;
    QString address;

    // "Name <address>", or the bare address when there is no name.
    [[nodiscard]] QString display() const
    {
        return name.isEmpty() ? address : name + u" <" + address + u'>';
    }
    friend bool operator==(const Address &, const Address &) = default;
};

using AddressList = QList<Address>;

} // namespace satchel::mime
