//! The wall clock, read only at the edges (CLI and TUI); the core takes `now`
//! as an argument.
//!
//! `REHEARSE_NOW` (RFC 3339) starts the clock at another time and lets it run
//! from there: the real-terminal tests use it to come back "days later"
//! without waiting, and it is handy for trying out the review queue.

use std::sync::OnceLock;

pub const NOW_ENV: &str = "REHEARSE_NOW";

static OFFSET_MS: OnceLock<i64> = OnceLock::new();

fn real_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Milliseconds since the Unix epoch, shifted by `REHEARSE_NOW` when set.
pub fn now_ms() -> i64 {
    let offset = *OFFSET_MS.get_or_init(|| {
        std::env::var(NOW_ENV)
            .ok()
            .and_then(|v| chrono::DateTime::parse_from_rfc3339(v.trim()).ok())
            .map_or(0, |t| t.timestamp_millis() - real_ms())
    });
    real_ms() + offset
}

/// The local offset from UTC in seconds, for local days.
pub fn utc_offset_s() -> i64 {
    chrono::Local::now().offset().local_minus_utc() as i64
}
