#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values in core (STYLE.md 11): a Result carries either a value or a translated
// message that says what is wrong and where. Only ui/ turns a message into a dialog.
// What kind of failure, where a caller acts on it (the command line's exit code, say).
enum class ErrorKind {
    Other,
    File,    // cannot be read or written, missing, not a ScaleReady file, from a newer version
    Damaged, // an SQLite file whose content is corrupt
    Permission, // the signed-in user's role may not do this
};

struct Error final
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)), m_kind(error.kind) {}

    bool ok() const { return m_value.has_value(); }
    ErrorKind errorKind() const { return m_kind; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error.message)), m_kind(error.kind) {}

    bool ok() const { return m_ok; }
    ErrorKind errorKind() const { return m_kind; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

inline Error fail(QString message, ErrorKind kind = ErrorKind::Other)
{
    return Error{std::move(message), kind};
}
