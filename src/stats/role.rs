//! How your recent answers and your story read, role by role, held against
//! the role you apply for: "Your answers read 60 % frontend; you are
//! applying for backend". Shown by Stats, the home screen and
//! `stats --json`.

use crate::feedback::role::{RoleProfile, RoleShare, role_profile_of};
use crate::i18n::{self, Lang};
use crate::store::Store;
use crate::story::Story;
use crate::t;

/// How many of the latest answers the profile reads.
pub const RECENT_ANSWERS: usize = 30;

/// The profiles of the recent answers and of the story.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct RoleReport {
    /// The role applied for, when set.
    pub target_role: Option<String>,
    /// How many answers were read (the latest, at most [`RECENT_ANSWERS`]).
    pub answers_read: usize,
    /// Their profile together (no shares when they name too few role words).
    pub answers: RoleProfile,
    /// The story's (its facts and stacks); `None` without a story.
    pub story: Option<RoleProfile>,
    /// "Your answers read 60 % frontend; you are applying for backend", in
    /// the interface's language, for the screens.
    #[serde(skip)]
    pub answers_line: Option<String>,
    /// "Your story reads 50 % cloud, 30 % data; you are applying for
    /// backend", in the interface's language.
    #[serde(skip)]
    pub story_line: Option<String>,
    /// The same two lines in English: `stats --json` speaks English
    /// whatever the interface does (a promise to scripts).
    #[serde(rename = "answers_line")]
    pub answers_line_en: Option<String>,
    #[serde(rename = "story_line")]
    pub story_line_en: Option<String>,
}

/// Whose words a line reads.
#[derive(Debug, Clone, Copy)]
enum Subject {
    Answers,
    Story,
}

/// The report from the latest answers' texts (newest first), the story and
/// the target role.
pub fn role_report_from(recent: &[String], story: &Story, target: Option<&str>) -> RoleReport {
    let answers = role_profile_of(recent.iter().map(String::as_str));
    let story_profile = (!story.is_empty()).then(|| story_profile(story));
    let lines = || {
        (
            reads(Subject::Answers, &answers, target),
            story_profile
                .as_ref()
                .and_then(|p| reads(Subject::Story, p, target)),
        )
    };
    let (answers_line, story_line) = lines();
    let (answers_line_en, story_line_en) = {
        let _en = i18n::scoped(Lang::En);
        lines()
    };
    RoleReport {
        target_role: target.map(str::to_string),
        answers_read: recent.len(),
        answers_line,
        story_line,
        answers_line_en,
        story_line_en,
        answers,
        story: story_profile,
    }
}

/// The report from the store: the latest answers, the stored story and
/// the target role setting. A story that cannot be read is left out.
pub fn role_report(store: &Store, target: Option<&str>) -> crate::store::Result<RoleReport> {
    let recent = store.recent_answer_texts(RECENT_ANSWERS)?;
    let story = stored_story(store).unwrap_or_default();
    Ok(role_report_from(&recent, &story, target))
}

/// The profile of a story: each fact (what you did, each result) and each
/// project's stack is read as one text, so a word in three facts counts
/// three times. The project's own `role` line is left out: "backend /
/// infra" is what you say you were, not what you did.
pub fn story_profile(story: &Story) -> RoleProfile {
    let stacks: Vec<String> = story.projects.iter().map(|p| p.stack.join(", ")).collect();
    role_profile_of(
        story
            .facts()
            .map(|f| f.text)
            .chain(stacks.iter().map(String::as_str)),
    )
}

/// The story as stored (empty when none was written).
pub fn stored_story(store: &Store) -> Result<Story, String> {
    crate::story::load(store).map_err(|e| e.to_string())
}

/// "Your answers read 60 % frontend; you are applying for backend", or
/// "... 70 % backend: the role you are applying for"; up to two roles are
/// named when the second has a fifth or more.
fn reads(subject: Subject, p: &RoleProfile, target: Option<&str>) -> Option<String> {
    let top = p.top()?;
    let share = |s: &RoleShare| {
        t!(
            "stats-role-share",
            percent = s.percent,
            role = crate::text::one_line(&s.label)
        )
    };
    let mut shares = share(top);
    if let Some(second) = p.shares.get(1).filter(|s| s.percent >= 20) {
        shares = t!(
            "stats-role-two-shares",
            first = shares,
            second = share(second)
        );
    }
    let other = target.filter(|t| *t != top.role).map(crate::text::one_line);
    Some(match (subject, target, other) {
        (Subject::Answers, None, _) => t!("stats-role-answers", shares = shares),
        (Subject::Answers, Some(_), None) => t!("stats-role-answers-target", shares = shares),
        (Subject::Answers, Some(_), Some(target)) => {
            t!("stats-role-answers-other", shares = shares, target = target)
        }
        (Subject::Story, None, _) => t!("stats-role-story", shares = shares),
        (Subject::Story, Some(_), None) => t!("stats-role-story-target", shares = shares),
        (Subject::Story, Some(_), Some(target)) => {
            t!("stats-role-story-other", shares = shares, target = target)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instant;
    use crate::story::Project;

    fn crawler() -> Story {
        Story {
            projects: vec![Project {
                id: "crawler".into(),
                name: "가격 크롤러".into(),
                role: Some("frontend".into()),
                stack: vec![
                    "AWS EC2".into(),
                    "Redshift".into(),
                    "IAM".into(),
                    "Airflow".into(),
                ],
                did: vec![
                    "split the crawler over 8 EC2 instances, 6 h → 1.5 h".into(),
                    "set Redshift cost alarms; cut the monthly bill by 40%".into(),
                    "created an IAM user per teammate with least privilege".into(),
                ],
                result: Some("daily price table for 2M listings".into()),
                ..Project::default()
            }],
        }
    }

    #[test]
    fn recent_answers_are_held_against_the_target_role() {
        let recent = vec![
            "React로 화면을 만들고 CSS를 입혔습니다.".to_string(),
            "React 컴포넌트의 렌더링을 줄였습니다.".to_string(),
            "API 서버에 트랜잭션을 넣었습니다.".to_string(),
        ];
        let r = role_report_from(&recent, &Story::default(), Some("backend"));
        assert_eq!(r.answers_read, 3);
        // Two answers of frontend words against one of backend words.
        assert_eq!(r.answers.top().unwrap().role, "frontend");
        assert_eq!(
            r.answers_line.as_deref(),
            Some("Your answers read 75 % frontend, 25 % backend; you are applying for backend")
        );
        assert_eq!(r.story, None);
        assert_eq!(r.story_line, None);
        let mine = role_report_from(&recent, &Story::default(), Some("frontend"));
        assert!(
            mine.answers_line
                .unwrap()
                .ends_with(": the role you are applying for"),
        );
        let none = role_report_from(&[], &Story::default(), Some("backend"));
        assert_eq!(none.answers_line, None);
    }

    #[test]
    fn the_story_reads_from_its_facts_and_stack_not_its_role_line() {
        let p = story_profile(&crawler());
        assert_eq!(p.percent_of("frontend"), 0, "{:?}", p.shares);
        assert_eq!(p.top().unwrap().role, "cloud-devops", "{:?}", p.shares);
        assert!(p.percent_of("data-engineering") >= 20, "{:?}", p.shares);
        let r = role_report_from(&[], &crawler(), Some("backend"));
        let line = r.story_line.unwrap();
        assert!(line.starts_with("Your story reads "), "{line}");
        assert!(line.ends_with("; you are applying for backend"), "{line}");
    }

    #[test]
    fn the_stored_story_is_read_back() {
        let store = Store::in_memory().unwrap();
        assert_eq!(stored_story(&store), Ok(Story::default()));
        let yaml = "projects:\n  - id: crawler\n    name: 가격 크롤러\n    team: 4\n    stack: [AWS EC2, Redshift]\n    did:\n      - split the crawler over 8 EC2 instances\n";
        store.set_story_yaml(yaml, Instant::from_ms(1)).unwrap();
        let story = stored_story(&store).unwrap();
        assert_eq!(story.projects[0].team, Some(4));
        assert_eq!(story.projects[0].stack, ["AWS EC2", "Redshift"]);
        store
            .set_story_yaml("projects: [\n", Instant::from_ms(2))
            .unwrap();
        assert!(
            stored_story(&store)
                .unwrap_err()
                .starts_with("the story is not valid: story.yaml:")
        );
        store.set_story_yaml("", Instant::from_ms(3)).unwrap();
        assert_eq!(stored_story(&store), Ok(Story::default()));
    }

    #[test]
    fn the_latest_answers_come_from_the_store_newest_first() {
        let store = Store::in_memory().unwrap();
        store
            .set_setting(crate::settings::TARGET_ROLE, "backend")
            .unwrap();
        for i in 0..(RECENT_ANSWERS + 5) {
            let mut a = crate::model::Attempt {
                id: format!("a{i:03}"),
                bank_id: "b".into(),
                question_id: format!("q{i}"),
                role: "backend".into(),
                prompt: "p".into(),
                started_at: Instant::from_ms(i as i64 * 1000),
                submitted_at: Instant::from_ms(i as i64 * 1000 + 500),
                duration_ms: crate::model::Span::from_ms(500),
                text: "I used PHP.".into(),
                rating: None,
                mode: "practice".into(),
                time_limit_s: 90,
                session_id: None,
            };
            // The five oldest are frontend; they are not read.
            if i < 5 {
                a.text = "React로 화면과 CSS, 컴포넌트를 만들었습니다".into();
            } else {
                a.text = format!("{i}: 트랜잭션과 인덱스, 쿼리를 손봤습니다");
            }
            store.insert_attempt(&a).unwrap();
        }
        let texts = store.recent_answer_texts(RECENT_ANSWERS).unwrap();
        assert_eq!(texts.len(), RECENT_ANSWERS);
        assert!(texts[0].starts_with("34:"), "{}", texts[0]);
        let r = role_report(&store, Some("backend")).unwrap();
        assert_eq!(r.answers.percent_of("frontend"), 0);
        assert_eq!(r.answers.percent_of("backend"), 100);
    }
}
