#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rapi {

// An error a user can cause (bad input, a refused rule, a locked file). The message is already
// translated and meant to be shown as is.
struct Error
{
    QString message;
};

// The value of an operation that can fail for reasons a user can cause, or the reason why it
// failed. Programming errors assert instead.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Success, or the reason why not.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error.message)), m_failed(true) {}
    template<typename T>
    Status(const Result<T> &result) : m_error(result.error()), m_failed(!result.ok()) {}

    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace rapi
