//! The Korean interface: practice.
