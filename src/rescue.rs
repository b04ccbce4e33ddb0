//! The last resort for text that could not be saved in the database (a full
//! disk, an I/O error): a plain file outside the data folder, named to the
//! user. If no file can be written either, the text itself is returned so
//! it can be printed once the terminal is back.

use std::path::PathBuf;

use crate::model::{Draft, Instant};

/// Where rescued text may go, in order: the home folder, then the system's
/// temporary folder (often another file system than a full data disk).
pub fn places() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        out.push(PathBuf::from(home));
    }
    out.push(std::env::temp_dir());
    out
}

fn body(d: &Draft) -> String {
    let why = crate::t!(
        "practice-core-rescued-file",
        bank = &d.bank_id,
        question = &d.question_id
    );
    format!(
        "# {}\n\n({why})\n\n{}\n",
        crate::text::one_line(&d.prompt),
        d.text
    )
}

/// Writes the draft to the first place that takes it.
pub fn rescue(d: &Draft, now: Instant) -> Result<PathBuf, String> {
    let stamp = now.utc().format("%Y%m%d-%H%M%S");
    let name = format!("rehearse-unsaved-{stamp}-{}.md", std::process::id());
    let mut last_err = crate::t!("practice-core-rescue-no-folder");
    for dir in places() {
        let path = dir.join(&name);
        match std::fs::write(&path, body(d)) {
            Ok(()) => return Ok(path),
            Err(e) => last_err = format!("{}: {e}", path.display()),
        }
    }
    Err(last_err)
}

/// Rescues the draft and says where it went (or, failing that, gives the
/// text itself), for the user to read after the app ends.
pub fn rescue_message(d: &Draft, why: &str, now: Instant) -> String {
    let why = crate::text::one_line(why);
    match rescue(d, now) {
        Ok(path) => crate::t!(
            "practice-core-rescued",
            why = &why,
            path = path.display().to_string()
        ),
        Err(e) => format!(
            "{}\n\n{}\n",
            crate::t!("practice-core-not-rescued", why = &why, error = e),
            d.text
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    #[test]
    fn rescued_text_lands_in_a_file_with_the_prompt() {
        let d = Draft {
            bank_id: "b".into(),
            question_id: "q".into(),
            role: "backend".into(),
            prompt: "왜 Redis를 골랐나요?".into(),
            text: "캐시 적중률이 40% 올랐습니다.".into(),
            started_at: Instant::EPOCH,
            updated_at: Instant::EPOCH,
            elapsed_ms: Span::ZERO,
            mode: "practice".into(),
            time_limit_s: 60,
            session_id: None,
        };
        let path = rescue(&d, Instant::from_ms(1_800_000_000_000)).unwrap();
        let got = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(got.contains("왜 Redis를 골랐나요?"));
        assert!(got.contains("캐시 적중률이 40% 올랐습니다."));
        let msg = rescue_message(&d, "disk full", Instant::from_ms(1_800_000_000_000));
        let shown = msg.rsplit(" it is in ").next().unwrap().to_string();
        assert!(std::fs::read_to_string(&shown).unwrap().contains("40%"));
        std::fs::remove_file(shown).unwrap();
    }
}
