//! The Korean interface: browse_stats.
