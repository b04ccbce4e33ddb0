//! The user's own editor on a file: `$VISUAL`, else `$EDITOR`, else `vi`,
//! split on spaces so `code --wait` works. The answer screen's Ctrl+E and
//! `rehearse story edit` both hand text over this way.

use std::path::Path;
use std::process::{Command, ExitStatus};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub program: String,
    pub args: Vec<String>,
}

/// Why the editor did not give the file back: the program it tried (on
/// one line) and what went wrong.
#[derive(Debug)]
pub enum EditorError {
    Start(String, std::io::Error),
    Failed(String, ExitStatus),
}

impl std::fmt::Display for EditorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            EditorError::Start(editor, e) => crate::t!(
                "story-editor-cannot-start",
                editor = editor,
                error = e.to_string()
            ),
            EditorError::Failed(editor, status) => crate::t!(
                "story-editor-failed",
                editor = editor,
                status = status.to_string()
            ),
        })
    }
}

impl std::error::Error for EditorError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EditorError::Start(_, e) => Some(e),
            EditorError::Failed(..) => None,
        }
    }
}

impl Editor {
    /// The editor the environment names.
    pub fn from_env() -> Editor {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        Editor::parse(&var("VISUAL").or_else(|| var("EDITOR")).unwrap_or_default())
    }

    /// A command line as `$EDITOR` holds it; blank means `vi`.
    pub fn parse(line: &str) -> Editor {
        let mut parts = line.split_whitespace().map(str::to_string);
        Editor {
            program: parts.next().unwrap_or_else(|| "vi".into()),
            args: parts.collect(),
        }
    }

    /// Runs the editor on `path` and waits for it (the terminal is its
    /// until then).
    pub fn edit(&self, path: &Path) -> Result<(), EditorError> {
        let status = Command::new(&self.program)
            .args(&self.args)
            .arg(path)
            .status()
            .map_err(|e| EditorError::Start(crate::text::one_line(&self.program), e))?;
        if status.success() {
            Ok(())
        } else {
            Err(EditorError::Failed(
                crate::text::one_line(&self.program),
                status,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_split_and_blank_means_vi() {
        assert_eq!(
            Editor::parse("code --wait"),
            Editor {
                program: "code".into(),
                args: vec!["--wait".into()]
            }
        );
        assert_eq!(Editor::parse("  ").program, "vi");
    }

    #[test]
    fn a_missing_or_failing_editor_is_named() {
        let path = Path::new("/nonexistent/story.yaml");
        let missing = Editor::parse("no-such-editor-for-rehearse");
        let e = missing.edit(path).unwrap_err().to_string();
        assert!(
            e.starts_with("cannot start the editor `no-such-editor-for-rehearse` ("),
            "{e}"
        );
        let failing = Editor::parse("false");
        assert_eq!(
            failing.edit(path).unwrap_err().to_string(),
            "the editor `false` exited with exit status: 1"
        );
    }
}
