//! This mock against the previous one for the same role and round: per
//! measure, the two values and whether it got better, worse or stayed the
//! same. Values are compared as they are shown (whole percent, fillers to
//! a tenth), so "better" never rests on a difference nobody can see.

use super::Report;
use crate::t;

/// What is compared between two mocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// The interview clock over the round's length (1.0 = on time).
    TotalTime,
    /// Share of the planned answers' key points covered.
    KeyPoints,
    /// Share of stories saying what you did yourself.
    FirstPerson,
    /// Share of stories with a number.
    Numbers,
    /// Fillers per minute of estimated speaking time.
    FillersPerMinute,
    /// Answers over their limit.
    OverLimit,
    /// Different experiences the stories drew on.
    Experiences,
    /// Share of STAR answers with all four parts.
    StarComplete,
}

/// Which way a measure improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    MoreIsBetter,
    LessIsBetter,
    /// Better as it comes down to the limit (1.0); under it is as good as
    /// on it: finishing a round early is no achievement.
    WithinLimit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Better,
    Worse,
    Same,
}

impl Trend {
    /// "better" / "개선".
    pub fn label(self) -> String {
        match self {
            Trend::Better => t!("mock-trend-better"),
            Trend::Worse => t!("mock-trend-worse"),
            Trend::Same => t!("mock-trend-same"),
        }
    }
}

/// One measure of two mocks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Compared {
    pub measure: Measure,
    pub previous: f64,
    pub now: f64,
    pub trend: Trend,
}

impl Compared {
    pub fn label(&self) -> String {
        self.measure.label()
    }

    /// "Fillers per minute: 4.2 → 2.1, better".
    pub fn text(&self) -> String {
        t!(
            "mock-compared-line",
            measure = self.label(),
            before = self.measure.format(self.previous),
            now = self.measure.format(self.now),
            trend = self.trend.label()
        )
    }
}

impl Measure {
    pub const ALL: [Measure; 8] = [
        Measure::TotalTime,
        Measure::KeyPoints,
        Measure::FirstPerson,
        Measure::Numbers,
        Measure::FillersPerMinute,
        Measure::OverLimit,
        Measure::Experiences,
        Measure::StarComplete,
    ];

    /// Its name in the interface's language.
    pub fn label(self) -> String {
        match self {
            Measure::TotalTime => t!("mock-measure-total-time"),
            Measure::KeyPoints => t!("mock-measure-key-points"),
            Measure::FirstPerson => t!("mock-measure-first-person"),
            Measure::Numbers => t!("mock-measure-numbers"),
            Measure::FillersPerMinute => t!("mock-measure-fillers"),
            Measure::OverLimit => t!("mock-measure-over-limit"),
            Measure::Experiences => t!("mock-measure-experiences"),
            Measure::StarComplete => t!("mock-measure-star"),
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Measure::TotalTime => Direction::WithinLimit,
            Measure::FillersPerMinute | Measure::OverLimit => Direction::LessIsBetter,
            Measure::KeyPoints
            | Measure::FirstPerson
            | Measure::Numbers
            | Measure::Experiences
            | Measure::StarComplete => Direction::MoreIsBetter,
        }
    }

    /// The measure of `report`; None when it has nothing to measure (no
    /// key points asked, no stories, no speech…).
    pub fn value(self, report: &Report) -> Option<f64> {
        let t = &report.totals;
        let share = |n: usize, of: usize| (of > 0).then(|| n as f64 / of as f64);
        match self {
            Measure::TotalTime => {
                (report.minutes > 0).then(|| report.elapsed().ratio(report.round_length()))
            }
            Measure::KeyPoints => share(t.key_points_covered, t.key_points),
            Measure::FirstPerson => share(t.stories_first_person, t.stories),
            Measure::Numbers => share(t.stories_with_numbers, t.stories),
            Measure::FillersPerMinute => report.fillers_per_minute(),
            Measure::OverLimit => (t.answered > 0).then_some(t.over_limit as f64),
            Measure::Experiences => (t.stories > 0).then_some(report.experiences.len() as f64),
            Measure::StarComplete => share(t.star_complete, t.star_answers),
        }
    }

    /// The value as shown: "58%", "4.2", "3".
    pub fn format(self, value: f64) -> String {
        match self {
            Measure::FillersPerMinute => format!("{:.1}", self.shown(value) as f64 / 10.0),
            Measure::OverLimit | Measure::Experiences => format!("{}", self.shown(value)),
            _ => format!("{}%", self.shown(value)),
        }
    }

    /// The value in the unit it is shown in.
    fn shown(self, value: f64) -> i64 {
        let scaled = match self {
            Measure::FillersPerMinute => value * 10.0,
            Measure::OverLimit | Measure::Experiences => value,
            _ => value * 100.0,
        };
        scaled.round() as i64
    }

    fn trend(self, previous: f64, now: f64) -> Trend {
        let (p, n) = (self.shown(previous), self.shown(now));
        let better = match self.direction() {
            Direction::MoreIsBetter => n.cmp(&p),
            Direction::LessIsBetter => p.cmp(&n),
            Direction::WithinLimit => (p - 100).max(0).cmp(&(n - 100).max(0)),
        };
        match better {
            std::cmp::Ordering::Greater => Trend::Better,
            std::cmp::Ordering::Less => Trend::Worse,
            std::cmp::Ordering::Equal => Trend::Same,
        }
    }
}

/// Per measure both reports have: previous value, this value, and better /
/// worse / same.
pub fn compare(previous: &Report, now: &Report) -> Vec<Compared> {
    Measure::ALL
        .into_iter()
        .filter_map(|measure| {
            let before = measure.value(previous)?;
            let after = measure.value(now)?;
            Some(Compared {
                measure,
                previous: before,
                now: after,
                trend: measure.trend(before, after),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_measure_improves_its_own_way() {
        use Measure::*;
        use Trend::*;
        let cases = [
            (FillersPerMinute, 4.2, 2.1, Better),
            (FillersPerMinute, 2.1, 4.2, Worse),
            // Shown as 2.1 both times: no trend nobody can see.
            (FillersPerMinute, 2.12, 2.08, Same),
            (OverLimit, 3.0, 1.0, Better),
            (OverLimit, 1.0, 2.0, Worse),
            (KeyPoints, 0.5, 0.75, Better),
            (KeyPoints, 0.75, 0.5, Worse),
            (KeyPoints, 0.501, 0.499, Same),
            (FirstPerson, 1.0, 0.5, Worse),
            (Numbers, 0.0, 0.5, Better),
            (Experiences, 1.0, 2.0, Better),
            (StarComplete, 1.0, 0.0, Worse),
            (TotalTime, 1.3, 1.1, Better),
            (TotalTime, 1.0, 1.2, Worse),
            // Both within the round: finishing earlier is not better.
            (TotalTime, 0.9, 0.6, Same),
            (TotalTime, 1.2, 0.8, Better),
        ];
        for (measure, before, after, want) in cases {
            assert_eq!(
                measure.trend(before, after),
                want,
                "{measure:?} {before} → {after}"
            );
        }
    }

    #[test]
    fn values_are_shown_in_their_unit() {
        assert_eq!(Measure::KeyPoints.format(0.583), "58%");
        assert_eq!(Measure::TotalTime.format(1.07), "107%");
        assert_eq!(Measure::FillersPerMinute.format(4.249), "4.2");
        assert_eq!(Measure::FillersPerMinute.format(4.25), "4.3");
        assert_eq!(Measure::OverLimit.format(2.0), "2");
        let c = Compared {
            measure: Measure::FillersPerMinute,
            previous: 4.2,
            now: 2.1,
            trend: Trend::Better,
        };
        assert_eq!(c.text(), "Fillers per minute: 4.2 → 2.1, better");
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        assert_eq!(c.text(), "분당 습관어: 4.2 → 2.1, 개선");
    }
}
