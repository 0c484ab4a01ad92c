#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace frontline {

// A value or an error, for module edges (like std::expected, which C++20 lacks).
template<typename T, typename E> class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_data(std::in_place_index<0>, value)
    { }
    Result(T&& value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(const E& error)
        : m_data(std::in_place_index<1>, error)
    { }
    Result(E&& error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }
    // Anything that converts to the value type only (e.g. a QJsonValue for a payload).
    template<
        typename U,
        std::enable_if_t<
            std::is_convertible_v<
                U,
                T> && !std::is_convertible_v<U, E> && !std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, Result>,
            int> = 0>
    Result(U&& value)
        : m_data(std::in_place_index<0>, T(std::forward<U>(value)))
    { }
    // Anything that converts to the error type only (e.g. a QStringBuilder expression).
    template<typename U,
             std::enable_if_t<
                 !std::is_convertible_v<
                     U, T> && std::is_convertible_v<U, E> && !std::is_same_v<std::decay_t<U>, E>,
                 int> = 0>
    Result(U&& error)
        : m_data(std::in_place_index<1>, E(std::forward<U>(error)))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const& { return std::get<1>(m_data); }
    E&& error() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, E> m_data;
};

// Result of an operation that yields no value.
template<typename E> class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(const E& error)
        : m_error(error)
    { }
    Status(E&& error)
        : m_error(std::move(error))
    { }
    template<typename U,
             std::enable_if_t<std::is_convertible_v<U, E> && !std::is_same_v<std::decay_t<U>, E>,
                              int> = 0>
    Status(U&& error)
        : m_error(E(std::forward<U>(error)))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace frontline
