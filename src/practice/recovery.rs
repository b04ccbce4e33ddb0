//! What an earlier run left unfinished: the draft of the last run (else one
//! set aside for later) and its session, else the latest session left open.

use crate::store::{Draft, OpenSession, QuestionKey, Store};

#[derive(Debug, Clone)]
pub struct Recovery {
    pub draft: Option<Draft>,
    /// Where the draft was set aside ("keep it for later"); None for the
    /// draft of the last run.
    pub draft_slot: Option<String>,
    pub session: Option<OpenSession>,
}

/// Anything to offer back, if there is.
pub fn find(store: &Store) -> crate::store::Result<Option<Recovery>> {
    let (draft, draft_slot) = match store.draft()? {
        Some(d) => (Some(d), None),
        None => match store.kept_drafts()?.into_iter().next() {
            Some((slot, d)) => (Some(d), Some(slot)),
            None => (None, None),
        },
    };
    let sessions = store.open_sessions()?;
    let session = match &draft {
        Some(d) => match &d.session_id {
            Some(id) => sessions.into_iter().find(|s| &s.id == id),
            // A draft from before drafts knew their session.
            None => {
                let key = QuestionKey::new(&d.bank_id, &d.question_id);
                sessions
                    .into_iter()
                    .find(|s| s.queue.get(s.position) == Some(&key))
            }
        },
        None => sessions.into_iter().next(),
    };
    Ok((draft.is_some() || session.is_some()).then_some(Recovery {
        draft,
        draft_slot,
        session,
    }))
}

/// Sets the recovered draft aside (if it is the last run's), so the next
/// answer typed cannot write over it.
pub fn keep_for_later(store: &Store, r: &Recovery) -> crate::store::Result<()> {
    if r.draft.is_some() && r.draft_slot.is_none() {
        store.keep_draft()?;
    }
    Ok(())
}

/// Deletes the recovered draft and ends its session.
pub fn discard(
    store: &Store,
    r: &Recovery,
    now: crate::model::Instant,
) -> crate::store::Result<()> {
    match r.draft_slot.as_deref() {
        Some(slot) => store.drop_kept_draft(slot)?,
        None => store.clear_draft()?,
    }
    if let Some(s) = &r.session {
        store.finish_session(&s.id, 0, now)?;
    }
    Ok(())
}
