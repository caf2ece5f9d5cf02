#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace satchel {

// Why an operation failed, for code (code) and for people (message). The message names the file
// or object involved, so a caller can show it as it is.
struct Error
{
    enum class Code {
        Io, // the file system refused (create, open, permissions)
        Sql, // SQLite reported an error
        SchemaTooNew, // the archive was written by a newer Satchel
        NotFound, // no such account, folder or message
        Duplicate, // a unique key already exists (a UIDL already in the ledger)
        Invalid, // the caller passed something that makes no sense
        Corrupt, // an integrity check or a stored blob failed
    };

    Code code = Code::Invalid;
    QString message;
};

// A value or an Error, in the manner of C++23's std::expected, which C++20 does not have.
// [[nodiscard]] on the type: a Result nobody looks at is a swallowed error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const Error &error() const & { return std::get<1>(m_state); }

    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

private:
    std::variant<T, Error> m_state;
};

// Success with no value, or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    [[nodiscard]] bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const Error &error() const & { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace satchel
