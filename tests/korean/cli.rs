//! The Korean interface: cli.
