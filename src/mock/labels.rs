//! The words a mock interview is shown in, in the interface's language:
//! the names of its rounds and parts, durations, lists, the interview
//! clock and the ratings. The stored report keeps kinds and numbers;
//! these turn them into words when it is shown, so a report made in
//! English reads in Korean once the setting changes.

use crate::clock::mm_ss;
use crate::model::{Round, Segment, Span};
use crate::t;

/// "technical" / "기술 면접".
pub fn round(r: Round) -> String {
    match r {
        Round::Technical => t!("mock-round-technical"),
        Round::Culture => t!("mock-round-culture"),
        Round::Full => t!("mock-round-full"),
    }
}

/// The part of the interview as a report row tags it: "intro" / "자기소개".
pub fn segment_tag(s: Segment) -> String {
    match s {
        Segment::Intro => t!("mock-segment-tag-intro"),
        Segment::Technical => t!("mock-segment-tag-technical"),
        Segment::Project => t!("mock-segment-tag-project"),
        Segment::Motivation => t!("mock-segment-tag-motivation"),
        Segment::Behavioral => t!("mock-segment-tag-behavioral"),
        Segment::Closing => t!("mock-segment-tag-closing"),
    }
}

/// The part of the interview as a heading names it: "Introduction".
pub fn segment(s: Segment) -> String {
    match s {
        Segment::Intro => t!("mock-segment-intro"),
        Segment::Technical => t!("mock-segment-technical"),
        Segment::Project => t!("mock-segment-project"),
        Segment::Motivation => t!("mock-segment-motivation"),
        Segment::Behavioral => t!("mock-segment-behavioral"),
        Segment::Closing => t!("mock-segment-closing"),
    }
}

/// "45s", "2m", "1m30s" / "45초", "2분", "1분 30초": the bank's way.
pub fn duration(secs: u32) -> String {
    crate::bank::format_duration(secs)
}

/// `items` as one list: "“a”, “b” and “c”" / "“a”, “b”, “c”".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!("mock-list-and", init = init.join(", "), last = last),
    }
}

/// "2:30 of 1:00" / "2:30 / 1:00".
pub fn took_of(took: Span, limit: Span) -> String {
    t!("mock-took-of", took = mm_ss(took), limit = mm_ss(limit))
}

/// The rating given with `1`–`4`: "Good" / "좋음".
pub fn rating(r: u8) -> Option<String> {
    Some(match r {
        1 => t!("mock-rating-again"),
        2 => t!("mock-rating-hard"),
        3 => t!("mock-rating-good"),
        4 => t!("mock-rating-easy"),
        _ => return None,
    })
}

/// The interview clock over the answer: "Interview 12:34 of 30:00".
pub fn interview_clock(clock: Span, limit: Span) -> String {
    t!("mock-clock", clock = mm_ss(clock), limit = mm_ss(limit))
}

/// Past the round's minutes: "0:30 over".
pub fn interview_over(over: Span) -> String {
    t!("mock-clock-over", over = mm_ss(over))
}

/// Why Ctrl+P does nothing in a mock interview.
pub fn no_pause() -> String {
    t!("mock-no-pause")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn durations_and_lists_read_in_both_languages() {
        let cases = [
            (
                Lang::En,
                [45, 120, 90],
                "“a”, “b” and “c”",
                "Interview 1:05 of 30:00",
            ),
            (
                Lang::Ko,
                [45, 120, 90],
                "“a”, “b”, “c”",
                "면접 1:05 / 30:00",
            ),
        ];
        let want = |l| match l {
            Lang::En => ["45s", "2m", "1m30s"],
            Lang::Ko => ["45초", "2분", "1분 30초"],
        };
        for (lang, secs, joined, clock) in cases {
            let _l = scoped(lang);
            let got: Vec<String> = secs.iter().map(|&s| duration(s)).collect();
            assert_eq!(got, want(lang));
            let abc: Vec<String> = ["“a”", "“b”", "“c”"].map(String::from).into();
            assert_eq!(list(&abc), joined);
            assert_eq!(list(&abc[..1]), "“a”");
            assert_eq!(
                interview_clock(Span::from_secs(65), Span::from_mins(30)),
                clock
            );
        }
    }
}
