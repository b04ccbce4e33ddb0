//! The Markdown study sheet: per role, each answered question with your
//! latest answer, its key points and your talking points, then your mock
//! interviews (`mocks`), for reading before an interview. Every text in it (from banks, imports or typing) is
//! passed through [`text::sanitize`], so no control character or bidi
//! override reaches the terminal or editor that shows the sheet.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::bank::Library;
use crate::clock::{LocalDay, mm_ss};
use crate::model::{Instant, Span};
use crate::schedule::Rating;
use crate::store::{Result, Store};
use crate::t;
use crate::text::{one_line, sanitize};

mod mocks;

pub use mocks::mock_markdown;

/// Builds the sheet; `role` keeps one role only; dates are local to `day`.
pub fn study_sheet(
    store: &Store,
    lib: &Library,
    role: Option<&str>,
    now: Instant,
    day: &LocalDay,
) -> Result<String> {
    let mut by_role: BTreeMap<String, Vec<(crate::model::Attempt, u32)>> = BTreeMap::new();
    for (a, n) in store.latest_attempts()? {
        if role.is_none_or(|r| r == a.role) {
            by_role.entry(a.role.clone()).or_default().push((a, n));
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}",
        t!("study-title"),
        t!("study-exported", date = day.date(now))
    );
    if by_role.is_empty() {
        let none = match role {
            Some(r) => t!("study-no-answers-for-role", role = one_line(r)),
            None => t!("study-no-answers"),
        };
        let _ = writeln!(out, "\n{none}");
    }
    for (role, mut items) in by_role {
        items.sort_by(|a, b| {
            (&a.0.bank_id, &a.0.question_id).cmp(&(&b.0.bank_id, &b.0.question_id))
        });
        let _ = writeln!(out, "\n## {}", one_line(&role));
        for (a, n) in items {
            let key = crate::model::QuestionKey::new(&a.bank_id, &a.question_id);
            let card = store.card(&key)?;
            let _ = writeln!(out, "\n### {}\n", one_line(&a.prompt));
            let mut meta = vec![
                format!("{}/{}", one_line(&a.bank_id), one_line(&a.question_id)),
                t!("study-versions", n = n),
            ];
            if let Some(r) = a.rating.and_then(Rating::from_u8) {
                meta.push(t!("study-last-rated", rating = r.label()));
            }
            if let Some(c) = &card {
                meta.push(t!("study-next-review", date = day.date(c.due)));
            }
            let _ = writeln!(out, "*{}*", meta.join(" · "));
            if let Some((_, q)) = lib.question(&a.bank_id, &a.question_id)
                && !q.key_points.is_empty()
            {
                let _ = writeln!(out, "\n{}\n", t!("study-key-points"));
                for k in &q.key_points {
                    let _ = writeln!(out, "- {}", one_line(&k.text));
                }
            }
            if let Some(tp) = store.talking_points(&key)? {
                let _ = writeln!(out, "\n{}\n", t!("study-talking-points"));
                for l in tp.lines().filter(|l| !l.trim().is_empty()) {
                    let _ = writeln!(out, "- {}", one_line(l.trim()));
                }
            }
            let latest = t!(
                "study-latest-answer",
                date = day.date(a.submitted_at),
                time = mm_ss(a.duration_ms),
                limit = mm_ss(Span::from_secs(i64::from(a.time_limit_s)))
            );
            let _ = writeln!(out, "\n{latest}\n");
            for l in sanitize(&a.text, true).lines() {
                let _ = writeln!(out, "> {l}");
            }
        }
    }
    out.push_str(&mocks::mocks_section(store, lib, role, now, day)?);
    Ok(out)
}
