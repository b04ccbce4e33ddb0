//! The Korean interface: layout.
