//! `rehearse story show [--json]` and `rehearse story edit`: your story
//! printed, or written in `$EDITOR` and validated before it is kept.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::bank::BankError;
use crate::clock::{self, LocalDay};
use crate::external_editor::{Editor, EditorError};
use crate::model::Instant;
use crate::paths::Paths;
use crate::store::{Access, Store};
use crate::story::{self, Story, StoryError};
use crate::t;
use crate::text;

use super::StoryCommand;

pub(super) fn run(command: &StoryCommand, paths: &Paths) -> anyhow::Result<ExitCode> {
    match command {
        StoryCommand::Show { json } => show(*json, paths),
        StoryCommand::Edit => edit(paths),
    }
}

fn show(json: bool, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::ReadOnly)?;
    let Some((yaml, saved)) = store.story_yaml()? else {
        let none_yet = t!("story-none-yet");
        if json {
            say!("{}", text::json_pretty(&Story::default())?);
            eprintln!("rehearse: {none_yet}");
        } else {
            say!("{}", capitalised(&none_yet));
        }
        return Ok(ExitCode::SUCCESS);
    };
    let story = story::parse(story::FILE, yaml.as_bytes()).map_err(|errors| {
        anyhow::anyhow!(t!(
            "story-show-invalid",
            error = StoryError::Invalid(errors).to_string(),
            path = text::one_line(&store.path().display().to_string())
        ))
    })?;
    if json {
        say!("{}", text::json_pretty(&story)?);
    } else {
        say!("{}", view(&story, saved, &LocalDay::system()));
        let gaps = story::gap_lines(&story);
        if !gaps.is_empty() {
            say!("\n{}", t!("story-show-gaps"));
            for g in gaps {
                say!("  - {}", text::one_line(&g));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The story as text: a heading per project, then its fields, their
/// values lined up one cell after the widest label (by display width:
/// Korean labels are two cells a letter).
fn view(story: &Story, saved: Instant, day: &LocalDay) -> String {
    let mut out = t!(
        "story-show-heading",
        projects = story.projects.len(),
        facts = story.facts().count(),
        saved = day.date_time(saved)
    );
    out.push('\n');
    if story.is_empty() {
        out.push_str(&format!("\n{}\n", t!("story-show-no-projects")));
    }
    let [when, role, team, stack, tags, did, result, lesson] = [
        t!("story-field-when"),
        t!("story-field-role"),
        t!("story-field-team"),
        t!("story-field-stack"),
        t!("story-field-tags"),
        t!("story-field-did"),
        t!("story-field-result"),
        t!("story-field-lesson"),
    ];
    let column = [&when, &role, &team, &stack, &tags, &did, &result, &lesson]
        .iter()
        .map(|l| text::width(l))
        .max()
        .unwrap_or(0)
        + 1;
    for p in &story.projects {
        out.push_str(&format!("\n{} — {}\n", p.id, p.name));
        let mut field = |label: &str, value: &str| {
            let pad = " ".repeat(column.saturating_sub(text::width(label)));
            out.push_str(&format!("  {label}{pad} {value}\n"));
        };
        for (label, value) in [
            (&when, p.when.clone()),
            (&role, p.role.clone()),
            (&team, p.team.map(|n| t!("story-show-team", n = n))),
            (&stack, (!p.stack.is_empty()).then(|| p.stack.join(", "))),
            (&tags, (!p.tags.is_empty()).then(|| p.tags.join(", "))),
        ] {
            if let Some(v) = value {
                field(label, &v);
            }
        }
        for (i, fact) in p.did.iter().enumerate() {
            field(if i == 0 { &did } else { "" }, &format!("- {fact}"));
        }
        for (label, value) in [(&result, &p.result), (&lesson, &p.lesson)] {
            if let Some(v) = value {
                field(label, v);
            }
        }
    }
    out.trim_end().to_string()
}

/// How an edit ended.
#[derive(Debug, PartialEq)]
enum Edited {
    Saved(Story),
    Unchanged(Story),
    /// No story yet, and the template came back as it was written.
    TemplateUntouched,
    /// Not valid, and not edited again: the old story stays.
    Invalid,
}

fn edit(paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::Exclusive)?;
    let dir = tempfile::Builder::new()
        .prefix("rehearse-story-")
        .tempdir()
        .with_context(|| t!("story-edit-no-temp-dir", file = story::FILE))?;
    let file = dir.path().join(story::FILE);
    let editor = Editor::from_env();
    let mut again = |errors: &[BankError]| {
        for e in errors {
            eprintln!("{e}");
        }
        eprintln!(
            "rehearse: {}",
            t!("story-edit-errors", n = errors.len(), file = story::FILE)
        );
        std::io::stdin().is_terminal() && ask_again()
    };
    let result = edit_loop(
        &store,
        &file,
        &mut |p| editor.edit(p),
        &mut again,
        &clock::now,
    );
    let user_text_at = |dir: tempfile::TempDir| {
        // What was typed and not kept is not thrown away with the folder.
        let kept = dir.keep().join(story::FILE);
        text::one_line(&kept.display().to_string())
    };
    match result {
        Ok(Edited::Saved(s)) => say!(
            "{}",
            t!(
                "story-edit-saved",
                projects = s.projects.len(),
                facts = s.facts().count()
            )
        ),
        Ok(Edited::Unchanged(s)) => say!(
            "{}",
            t!(
                "story-edit-unchanged",
                projects = s.projects.len(),
                facts = s.facts().count()
            )
        ),
        Ok(Edited::TemplateUntouched) => say!("{}", t!("story-edit-template-untouched")),
        Ok(Edited::Invalid) => {
            eprintln!(
                "rehearse: {}",
                t!("story-edit-kept", file = user_text_at(dir))
            );
            return Ok(ExitCode::from(1));
        }
        Err(EditFailed::Editor(e, typed)) => {
            let error = e.to_string();
            if typed {
                let file = user_text_at(dir);
                bail!(t!(
                    "story-edit-editor-failed-kept",
                    error = error,
                    file = file
                ));
            }
            bail!(t!("story-edit-editor-failed", error = error));
        }
        Err(EditFailed::Other(e)) => return Err(e),
    }
    Ok(ExitCode::SUCCESS)
}

/// "Edit again? [Y/n]" on the terminal; yes unless the answer says no.
fn ask_again() -> bool {
    eprint!("{} ", t!("story-edit-again-ask"));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => false,
        Ok(_) => !says_no(&line),
    }
}

/// `n`, `no`, or in Korean `아니요` (and `ㄴ`, its first letter, as a
/// Korean keyboard types it where `n` would be `ㅜ`).
fn says_no(answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    a.starts_with('n') || a.starts_with("아니") || a.starts_with('ㄴ') || a.starts_with('ㅜ')
}

#[derive(Debug)]
enum EditFailed {
    /// The editor did not start or failed; `true` when the file then held
    /// text that is neither the stored story nor the template.
    Editor(EditorError, bool),
    Other(anyhow::Error),
}

impl From<anyhow::Error> for EditFailed {
    fn from(e: anyhow::Error) -> Self {
        EditFailed::Other(e)
    }
}

impl From<crate::store::StoreError> for EditFailed {
    fn from(e: crate::store::StoreError) -> Self {
        EditFailed::Other(e.into())
    }
}

/// Writes the stored story (or the template) to `file`, runs `editor` on
/// it and keeps what comes back when it is valid. When it is not, `again`
/// gets the errors and says whether to reopen the file, with the text as
/// it was written, or to stop.
fn edit_loop(
    store: &Store,
    file: &Path,
    editor: &mut dyn FnMut(&Path) -> Result<(), EditorError>,
    again: &mut dyn FnMut(&[BankError]) -> bool,
    now: &dyn Fn() -> Instant,
) -> Result<Edited, EditFailed> {
    let stored = store.story_yaml()?.map(|(yaml, _)| yaml.into_bytes());
    let original = stored.as_deref().unwrap_or(story::template().as_bytes());
    let mut text = original.to_vec();
    loop {
        std::fs::write(file, &text).with_context(|| {
            t!(
                "story-edit-cannot-write",
                file = text::one_line(&file.display().to_string())
            )
        })?;
        if let Err(e) = editor(file) {
            let typed = std::fs::read(file).is_ok_and(|t| t != original);
            return Err(EditFailed::Editor(e, typed));
        }
        let written = std::fs::read(file).with_context(|| {
            t!(
                "story-edit-cannot-read",
                file = text::one_line(&file.display().to_string())
            )
        })?;
        let errors = match std::str::from_utf8(&written) {
            Ok(yaml) if stored.as_deref() == Some(written.as_slice()) => {
                match story::parse(story::FILE, yaml.as_bytes()) {
                    Ok(story) => return Ok(Edited::Unchanged(story)),
                    Err(errors) => errors,
                }
            }
            Ok(yaml) if stored.is_none() && story::is_template(yaml) => {
                return Ok(Edited::TemplateUntouched);
            }
            Ok(yaml) => match story::save(store, yaml, now()) {
                Ok(story) => return Ok(Edited::Saved(story)),
                Err(StoryError::Invalid(errors)) => errors,
                Err(StoryError::Store(e)) => return Err(e.into()),
            },
            Err(_) => story::parse(story::FILE, &written)
                .err()
                .unwrap_or_default(),
        };
        if !again(&errors) {
            return Ok(Edited::Invalid);
        }
        text = written;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "projects:\n  - id: crawler\n    name: 크롤러\n    did:\n      - EC2 8대로 분산\n    result: 6시간 → 1.5시간\n";
    const BAD: &str = "projects:\n  - id: crawler\n    team: 넷\n";

    /// An editor that replaces the file with each text in turn, and notes
    /// what it was given each time.
    fn scripted<'s>(
        texts: Vec<&'static str>,
        seen: &'s mut Vec<String>,
    ) -> impl FnMut(&Path) -> Result<(), EditorError> + 's {
        let mut texts = texts.into_iter();
        move |p| {
            seen.push(std::fs::read_to_string(p).unwrap());
            std::fs::write(p, texts.next().expect("edited once too often")).unwrap();
            Ok(())
        }
    }

    fn run(
        store: &Store,
        texts: Vec<&'static str>,
        answers: Vec<bool>,
    ) -> (Edited, Vec<String>, Vec<Vec<String>>) {
        let dir = tempfile::tempdir().unwrap();
        let mut seen = Vec::new();
        let mut reported = Vec::new();
        let mut answers = answers.into_iter();
        let result = edit_loop(
            store,
            &dir.path().join(story::FILE),
            &mut scripted(texts, &mut seen),
            &mut |errors| {
                reported.push(errors.iter().map(ToString::to_string).collect());
                answers.next().expect("asked once too often")
            },
            &|| Instant::from_ms(7),
        )
        .unwrap();
        (result, seen, reported)
    }

    #[test]
    fn an_invalid_edit_reopens_with_the_text_written_until_it_is_valid() {
        let store = Store::in_memory().unwrap();
        let (result, seen, reported) = run(&store, vec![BAD, GOOD], vec![true]);
        assert!(
            matches!(result, Edited::Saved(ref s) if s.facts().count() == 2),
            "{result:?}"
        );
        assert_eq!(
            seen,
            [story::TEMPLATE, BAD],
            "the template first, then the text written"
        );
        assert_eq!(
            reported,
            [vec![
                "story.yaml:2:5: projects[0]: missing key `name`: every project needs a name, like `Price crawler (capstone)`".to_string(),
                "story.yaml:3:11: projects[0].team: team must be a positive whole number (how many people, you included), not `넷`".into(),
            ]]
        );
        assert_eq!(
            store.story_yaml().unwrap(),
            Some((GOOD.to_string(), Instant::from_ms(7)))
        );
    }

    #[test]
    fn an_invalid_edit_not_edited_again_keeps_the_old_story() {
        let store = Store::in_memory().unwrap();
        store.set_story_yaml(GOOD, Instant::from_ms(1)).unwrap();
        let (result, seen, reported) = run(&store, vec![BAD], vec![false]);
        assert_eq!(result, Edited::Invalid);
        assert_eq!(seen, [GOOD], "the stored story is what opens");
        assert_eq!(reported.len(), 1);
        assert_eq!(
            store.story_yaml().unwrap(),
            Some((GOOD.to_string(), Instant::from_ms(1)))
        );
    }

    #[test]
    fn nothing_changed_saves_nothing() {
        let store = Store::in_memory().unwrap();
        let (result, ..) = run(&store, vec![story::TEMPLATE], vec![]);
        assert_eq!(result, Edited::TemplateUntouched);
        assert_eq!(
            store.story_yaml().unwrap(),
            None,
            "the example is not your story"
        );
        store.set_story_yaml(GOOD, Instant::from_ms(1)).unwrap();
        let (result, ..) = run(&store, vec![GOOD], vec![]);
        assert!(matches!(result, Edited::Unchanged(_)), "{result:?}");
        assert_eq!(store.story_yaml().unwrap().unwrap().1, Instant::from_ms(1));
    }

    #[test]
    fn a_failing_editor_says_whether_text_was_typed() {
        let store = Store::in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(story::FILE);
        let mut failing = |p: &Path| {
            std::fs::write(p, "projects: [half").unwrap();
            Editor::parse("false").edit(p)
        };
        let result = edit_loop(&store, &file, &mut failing, &mut |_| false, &|| {
            Instant::from_ms(1)
        });
        match result {
            Err(EditFailed::Editor(e, typed)) => {
                assert_eq!(
                    e.to_string(),
                    "the editor `false` exited with exit status: 1"
                );
                assert!(typed);
            }
            other => panic!("{other:?}"),
        }
        let result = edit_loop(
            &store,
            &file,
            &mut |p| Editor::parse("false").edit(p),
            &mut |_| false,
            &|| Instant::from_ms(1),
        );
        assert!(matches!(result, Err(EditFailed::Editor(_, false))));
        assert_eq!(store.story_yaml().unwrap(), None);
    }

    #[test]
    fn the_text_view_lists_every_field_and_leaves_out_the_empty_ones() {
        let story = story::parse(story::FILE, story::TEMPLATE.as_bytes()).unwrap();
        let seoul = LocalDay::fixed(9 * 3600);
        let shown = view(&story, Instant::from_ms(1_795_599_000_000), &seoul);
        assert_eq!(
            shown,
            "Your story: 1 project, 4 facts (saved 2026-11-25 18:30)

crawler — 중고 거래 가격 크롤러 (capstone)
  when    2024-03..2024-06
  role    backend / infra
  team    4
  stack   AWS EC2, Redshift, IAM, Python, Airflow
  tags    cost, scaling
  did     - split the crawler over 8 EC2 instances, 6 h → 1.5 h
          - set Redshift cost alarms; cut the monthly bill by 40%
          - created an IAM user per teammate with least privilege
  result  daily price table for 2M listings
  lesson  would use an IAM role and a launch template next time"
        );
        let bare = story::parse(story::FILE, b"projects:\n  - id: shop\n    name: Shop\n").unwrap();
        assert_eq!(
            view(&bare, Instant::from_ms(0), &seoul),
            "Your story: 1 project, 0 facts (saved 1970-01-01 09:00)\n\nshop — Shop"
        );
        assert!(
            view(&Story::default(), Instant::from_ms(0), &seoul)
                .ends_with("No projects yet; add them with `rehearse story edit`.")
        );
    }
}
