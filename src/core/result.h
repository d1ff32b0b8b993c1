// How the core reports problems a user or a file can cause (exceptions are off, see
// cmake/CompilerPolicy.cmake). A failed operation returns an Error with where it happened (a JSON
// path such as "/leads/3/phones/0/number", a "line 12, column 4", or a field name) and why, in
// plain words a user can act on. Programmer mistakes are assertions instead.
//
//   Result<Plan> plan = parsePlan(json);
//   if (!plan) showMessage(plan.error().describe());
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace cadence {

struct Error {
    std::string where;  // a JSON path, line/column or field; empty when it concerns the whole input
    std::string reason; // plain words: what is wrong and, where possible, what was expected
    std::string describe() const { return where.empty() ? reason : where + ": " + reason; }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    explicit operator bool() const { return std::holds_alternative<T>(state_); }
    bool ok() const { return std::holds_alternative<T>(state_); }
    T& value() { assert(ok()); return std::get<T>(state_); }
    const T& value() const { assert(ok()); return std::get<T>(state_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

// For operations with nothing to return.
struct Done {};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace cadence
