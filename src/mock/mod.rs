//! Mock interviews: a whole round on one clock, no feedback until the end,
//! follow-ups chosen by what each answer said, and a report kept to compare
//! the next one with. No terminal here; `now` and the rng are passed in.

pub mod plan;
pub mod run;

#[cfg(test)]
mod tests;
