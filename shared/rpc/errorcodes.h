#pragma once

namespace frontline::rpc {

// JSON-RPC 2.0 error codes. The standard ones come from the specification; the application
// codes use the range the specification leaves to servers (-32000..-32099). The protocol
// reference (docs/protocol.md) documents each of them.
enum class ErrorCode : int {
    // JSON-RPC 2.0
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,

    // Frontline application errors
    Unauthenticated = -32001, // no session on this connection, or the token is invalid/expired
    Forbidden = -32002, // authenticated, but the role may not do this
    NotFound = -32003, // no such object, or not one the caller may see
    Conflict = -32004, // stale version or duplicate unique value
    InvalidTransition = -32005, // the lifecycle does not allow this status change
    RateLimited = -32006, // too many requests or failed logins; data.retry_after_ms
    TooLarge = -32007, // message or field over the configured limit
    Unavailable = -32008, // storage refuses writes (failed sync) or server shutting down
    InvalidCredentials = -32009, // auth.login: unknown user or wrong password (indistinguishable)
    SecondFactor = -32010, // auth.login: a TOTP or recovery code is required (or was wrong)

    // Local to the client library, never sent on the wire.
    ClientTimeout = -1,
    ClientDisconnected = -2,
};

// Every code that can appear on the wire (the protocol reference documents each).
constexpr ErrorCode WireErrorCodes[] = {
    ErrorCode::ParseError,        ErrorCode::InvalidRequest,     ErrorCode::MethodNotFound,
    ErrorCode::InvalidParams,     ErrorCode::InternalError,      ErrorCode::Unauthenticated,
    ErrorCode::Forbidden,         ErrorCode::NotFound,           ErrorCode::Conflict,
    ErrorCode::InvalidTransition, ErrorCode::RateLimited,        ErrorCode::TooLarge,
    ErrorCode::Unavailable,       ErrorCode::InvalidCredentials, ErrorCode::SecondFactor,
};

constexpr int toInt(ErrorCode code)
{
    return static_cast<int>(code);
}

} // namespace frontline::rpc
