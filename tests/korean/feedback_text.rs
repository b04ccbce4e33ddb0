//! The Korean interface: feedback_text.
