//! Your story, kept as the YAML you wrote: one document, replaced whole
//! (in one statement, so a failed write leaves the old one).

use rusqlite::{Connection, params};

use super::{Result, Store};
use crate::model::Instant;

impl Store {
    /// The story's YAML and when it was last saved, if one was written.
    pub fn story_yaml(&self) -> Result<Option<(String, Instant)>> {
        self.one("SELECT yaml, updated_at FROM story WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
    }

    /// Replaces the story's YAML (validate it first: this stores any text).
    pub fn set_story_yaml(&self, yaml: &str, now: Instant) -> Result<()> {
        set_story_on(self.conn()?, yaml, now).map_err(|e| self.err(e))
    }
}

/// Replaces the story on `conn` (the store's, or an import's transaction).
pub(super) fn set_story_on(conn: &Connection, yaml: &str, at: Instant) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO story (id, yaml, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET yaml = excluded.yaml, updated_at = excluded.updated_at",
        params![yaml, at],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_is_replaced_whole_and_read_back() {
        let store = Store::in_memory().unwrap();
        assert_eq!(store.story_yaml().unwrap(), None);
        store
            .set_story_yaml("projects: []\n", Instant::from_ms(1))
            .unwrap();
        store
            .set_story_yaml("projects:\n  - id: crawler\n", Instant::from_ms(2))
            .unwrap();
        assert_eq!(
            store.story_yaml().unwrap(),
            Some((
                "projects:\n  - id: crawler\n".to_string(),
                Instant::from_ms(2)
            ))
        );
    }
}
