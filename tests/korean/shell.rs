//! The Korean interface: shell.
