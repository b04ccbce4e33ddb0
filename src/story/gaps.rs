//! Gaps: the competencies interviewers probe (a conflict, a failure, a
//! technical decision, cost, scaling, …) that no project of your story
//! covers yet, each with a line on what to prepare. The competencies, their
//! names and hints in English and Korean (shown in the interface's
//! language) and the terms that detect them are data:
//! `data/competencies.yaml`, compiled in.

use std::sync::LazyLock;

use super::Story;
use crate::bank::yaml::{self, Node, Value};
use crate::feedback::{Normalized, concreteness, term_matches};
use crate::i18n::{self, Lang};

const DATA: &str = include_str!("../../data/competencies.yaml");

/// One competency interviewers probe, as `data/competencies.yaml` has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Competency {
    pub id: String,
    pub en: String,
    pub ko: String,
    pub hint_en: String,
    pub hint_ko: String,
    /// Any one of these in a fact, result, lesson or tag covers it.
    pub terms: Vec<String>,
    /// A fact with a time before and after ("6 h → 1.5 h") covers it too.
    pub durations: bool,
}

/// A competency no project covers yet.
pub type Gap = Competency;

impl Competency {
    /// Its name in the interface's language.
    pub fn name(&self) -> &str {
        match i18n::current() {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
        }
    }

    /// What to prepare, in the interface's language.
    pub fn hint(&self) -> &str {
        match i18n::current() {
            Lang::En => &self.hint_en,
            Lang::Ko => &self.hint_ko,
        }
    }
}

static COMPETENCIES: LazyLock<Vec<Competency>> = LazyLock::new(|| parse(DATA).unwrap_or_default());

/// Every competency, in the data file's order.
pub fn competencies() -> &'static [Competency] {
    &COMPETENCIES
}

/// The competencies no project's facts, result, lesson or tags cover, in
/// the data file's order.
pub fn gaps(story: &Story) -> Vec<Gap> {
    let texts: Vec<Normalized> = story
        .projects
        .iter()
        .flat_map(|p| {
            p.did
                .iter()
                .chain(&p.result)
                .chain(&p.lesson)
                .chain(&p.tags)
        })
        .map(|t| Normalized::new(t))
        .collect();
    let tags: Vec<String> = story
        .projects
        .iter()
        .flat_map(|p| &p.tags)
        .map(|t| t.trim().to_lowercase())
        .collect();
    let timed = story
        .projects
        .iter()
        .flat_map(|p| p.did.iter().chain(&p.result))
        .any(|t| shows_durations(t));
    competencies()
        .iter()
        .filter(|c| {
            let tagged = tags.contains(&c.id);
            let said = texts
                .iter()
                .any(|t| c.terms.iter().any(|term| term_matches(t, term)));
            !(tagged || said || (c.durations && timed))
        })
        .cloned()
        .collect()
}

/// One line per gap, in the interface's language: "a conflict: a time
/// you disagreed with a teammate; …", "갈등: 팀원과 의견이 달랐던 일 — …".
pub fn gap_lines(story: &Story) -> Vec<String> {
    gaps(story)
        .iter()
        .map(|g| format!("{}: {}", g.name(), g.hint()))
        .collect()
}

const TIME_UNITS: &[&str] = &[
    "ms",
    "s",
    "sec",
    "secs",
    "second",
    "seconds",
    "min",
    "mins",
    "minute",
    "minutes",
    "h",
    "hr",
    "hrs",
    "hour",
    "hours",
    "밀리초",
    "초",
    "분",
    "시간",
];

/// Two durations in one fact: a time before and after.
fn shows_durations(fact: &str) -> bool {
    let timed = concreteness(fact)
        .numbers
        .iter()
        .filter(|n| {
            let unit = n.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            TIME_UNITS.contains(&unit.trim())
        })
        .count();
    timed >= 2
}

/// Reads the competencies; `Err` names the first thing wrong, at its line.
fn parse(src: &str) -> Result<Vec<Competency>, String> {
    let at = |n: &Node, m: &str| format!("competencies.yaml:{}:{}: {m}", n.at.line, n.at.col);
    let root = yaml::load(src)
        .map_err(|e| {
            format!(
                "competencies.yaml:{}:{}: {}",
                e.at.line, e.at.col, e.message
            )
        })?
        .ok_or("competencies.yaml is empty")?;
    let Value::Seq(items) = &root.value else {
        return Err(at(&root, "expected a list of competencies"));
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Map(entries) = &item.value else {
            return Err(at(item, "expected a map"));
        };
        let mut c = Competency::default();
        for (k, v) in entries {
            let key = scalar(k).ok_or_else(|| at(k, "expected a key"))?;
            let text = || scalar(v).ok_or_else(|| at(v, "expected text"));
            match key.as_str() {
                "id" => c.id = text()?,
                "en" => c.en = text()?,
                "ko" => c.ko = text()?,
                "hint_en" => c.hint_en = text()?,
                "hint_ko" => c.hint_ko = text()?,
                "durations" => c.durations = text()? == "true",
                "terms" => {
                    let Value::Seq(terms) = &v.value else {
                        return Err(at(v, "expected a list of terms"));
                    };
                    for t in terms {
                        c.terms
                            .push(scalar(t).ok_or_else(|| at(t, "expected a term"))?);
                    }
                }
                _ => return Err(at(k, &format!("unknown key `{key}`"))),
            }
        }
        let empty = [&c.id, &c.en, &c.ko, &c.hint_en, &c.hint_ko]
            .iter()
            .any(|s| s.trim().is_empty());
        if empty || c.terms.is_empty() {
            return Err(at(
                item,
                "a competency needs id, en, ko, hint_en, hint_ko and terms",
            ));
        }
        out.push(c);
    }
    Ok(out)
}

fn scalar(n: &Node) -> Option<String> {
    match &n.value {
        Value::Scalar { text, .. } => Some(text.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Project;

    fn crawler() -> Story {
        Story {
            projects: vec![crate::story::tests::crawler(
                "중고 거래 가격 크롤러 (capstone)",
            )],
        }
    }

    fn ids(gaps: &[Gap]) -> Vec<&str> {
        gaps.iter().map(|g| g.id.as_str()).collect()
    }

    #[test]
    fn the_data_file_reads_whole_with_unique_ids() {
        let all = parse(DATA).unwrap();
        assert!(all.len() >= 10, "{}", all.len());
        let mut ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        assert_eq!(competencies().len(), all.len());
        assert!(parse("- id: x\n  en: y\n").is_err());
        assert!(
            parse("- id: x\n  nmae: y\n")
                .unwrap_err()
                .starts_with("competencies.yaml:2:3:")
        );
    }

    #[test]
    fn a_crawler_only_story_lacks_conflict_failure_and_leading_not_cost_or_scaling() {
        let gaps = gaps(&crawler());
        let ids = ids(&gaps);
        for want in ["conflict", "failure", "leading", "decision", "incident"] {
            assert!(ids.contains(&want), "{want} is a gap: {ids:?}");
        }
        // Cost alarms and the bill; 8 instances; least privilege; 6 h → 1.5 h.
        for covered in ["cost", "scaling", "security", "performance"] {
            assert!(!ids.contains(&covered), "{covered} is covered: {ids:?}");
        }
    }

    #[test]
    fn korean_facts_tags_and_lessons_cover_competencies() {
        let mut story = crawler();
        story.projects.push(Project {
            id: "shop".into(),
            name: "쇼핑몰".into(),
            did: vec![
                "디자이너와 협업해서 결제 화면을 3일 만에 바꿨습니다".into(),
                "API 응답이 3초에서 0.5초로 줄었습니다".into(),
            ],
            lesson: Some("배포 전에 팀원과 갈등이 있었는데 데모로 설득했습니다".into()),
            tags: vec!["leading".into()],
            ..Project::default()
        });
        let gaps = gaps(&story);
        let ids = ids(&gaps);
        for covered in ["collaboration", "conflict", "leading"] {
            assert!(!ids.contains(&covered), "{covered} is covered: {ids:?}");
        }
        assert!(ids.contains(&"failure"), "{ids:?}");
        assert!(shows_durations("API 응답이 3초에서 0.5초로 줄었습니다"));
        assert!(!shows_durations("8 EC2 instances, cut the bill by 40%"));
    }

    #[test]
    fn an_empty_story_lacks_everything_and_lines_read_in_both_languages() {
        let empty = Story::default();
        assert_eq!(gaps(&empty).len(), competencies().len());
        let en = gap_lines(&crawler());
        assert!(en.iter().any(|l| l.starts_with("a conflict: ")), "{en:?}");
        let _ko = i18n::scoped(Lang::Ko);
        let ko = gap_lines(&crawler());
        assert!(ko.iter().any(|l| l.starts_with("갈등: 팀원과")), "{ko:?}");
        assert_eq!(ko.len(), en.len(), "the same gaps, in other words");
        assert!(
            ko.iter().all(|l| !l.contains("; ")),
            "Korean hints are not joined with semicolons: {ko:?}"
        );
    }
}
