//! The Korean interface: mock.
