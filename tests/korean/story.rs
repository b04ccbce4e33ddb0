//! The Korean interface: story.
