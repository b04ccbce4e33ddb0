//! The library's banks, with the bundled ones decoded only when something
//! asks for a bank's content. Start-up draws the home screen from the
//! bundled banks' [`Head`]s, which build.rs writes as Rust from the same
//! banks it encodes: decoding the whole of them (about 1 MB) was the
//! largest part of the first frame.
//!
//! Until then the banks added over the bundled ones wait in order, with a
//! replacement among them already made; decoding puts the bundled banks
//! first and then each waiting bank in the place a bank with its id has,
//! or at the end — the order and replacements [`Library::add`] makes one
//! bank at a time, as if the bundled banks had been there from the start.
//!
//! [`Library::add`]: super::Library::add

use std::sync::{Mutex, OnceLock, PoisonError};

use super::compact;
use super::model::{Bank, Origin};

/// A bundled bank as the index holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    /// The path inside question-banks/, as [`Origin::Bundled`] holds it.
    pub path: &'static str,
    pub id: &'static str,
    pub role: &'static str,
    /// The question ids, sorted.
    pub questions: &'static [&'static str],
}

/// One per bundled bank, in path order (build.rs).
pub static INDEX: &[Head] = include!(concat!(env!("OUT_DIR"), "/bundled-index.rs"));

/// The bundled banks, validated and encoded by build.rs (`compact`).
pub(crate) static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled-banks.bin"));

/// The bundled banks, decoded: what build.rs encoded, or (not expected:
/// the build wrote it) the YAML that is in the binary too, parsed as
/// build.rs parsed it, so without problems.
pub fn decode() -> Vec<Bank> {
    compact::decode_bundled(ENCODED).unwrap_or_else(|| {
        let mut lib = super::Library::default();
        lib.add_bundled_yaml();
        lib.banks.into_all()
    })
}

/// A bank in the library as the first screen needs it: its id, role and
/// sorted question ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary<'a> {
    pub id: &'a str,
    pub role: &'a str,
    pub questions: Vec<&'a str>,
}

impl<'a> Summary<'a> {
    fn of(bank: &'a Bank) -> Summary<'a> {
        let mut questions: Vec<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
        questions.sort_unstable();
        Summary {
            id: &bank.id,
            role: &bank.role,
            questions,
        }
    }

    fn of_head(h: &Head) -> Summary<'static> {
        Summary {
            id: h.id,
            role: h.role,
            questions: h.questions.to_vec(),
        }
    }
}

/// The banks of a library.
#[derive(Debug, Default)]
pub struct Banks {
    /// Every bank, once asked for.
    all: OnceLock<Vec<Bank>>,
    /// Until then: the banks to put over the bundled ones.
    waiting: Mutex<Waiting>,
}

#[derive(Debug, Default)]
struct Waiting {
    /// Whether the bundled banks are under the added ones.
    bundled: bool,
    added: Vec<Bank>,
}

impl Waiting {
    /// The bundled bank a bank with this id is put over, if any.
    fn under(&self, id: &str) -> Option<&'static Head> {
        INDEX.iter().find(|h| self.bundled && h.id == id)
    }
}

impl Banks {
    /// The bundled banks, not decoded yet.
    pub fn bundled() -> Banks {
        Banks {
            all: OnceLock::new(),
            waiting: Mutex::new(Waiting {
                bundled: true,
                added: Vec::new(),
            }),
        }
    }

    /// Whether the bundled banks have been decoded (an empty library's
    /// banks count as decoded).
    pub fn is_decoded(&self) -> bool {
        self.all.get().is_some() || !self.waiting().bundled
    }

    fn waiting(&self) -> std::sync::MutexGuard<'_, Waiting> {
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Every bank, in order.
    pub fn all(&self) -> &Vec<Bank> {
        self.all.get_or_init(|| {
            let w = std::mem::take(&mut *self.waiting());
            let mut all = if w.bundled { decode() } else { Vec::new() };
            for bank in w.added {
                put(&mut all, bank);
            }
            all
        })
    }

    pub fn all_mut(&mut self) -> &mut Vec<Bank> {
        self.all();
        self.all.get_mut().expect("all() has just set it")
    }

    fn into_all(mut self) -> Vec<Bank> {
        std::mem::take(self.all_mut())
    }

    /// Puts `bank` in, over one with the same id; returns the origin of
    /// the bank it replaced.
    pub fn add(&mut self, bank: Bank) -> Option<Origin> {
        if let Some(all) = self.all.get_mut() {
            return put(all, bank);
        }
        let w = self
            .waiting
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        let under = w.under(&bank.id);
        match put(&mut w.added, bank) {
            Some(origin) => Some(origin),
            None => under.map(|h| Origin::Bundled(h.path.to_string())),
        }
    }

    /// Takes out the banks that came from `origin`. The bundled banks are
    /// decoded only when one of them goes: theirs is the origin, or a bank
    /// going had replaced one (which it took the place of, so that one is
    /// gone too, as it would be after decoding).
    pub fn remove_from(&mut self, origin: &Origin) {
        if self.all.get().is_none() {
            let w = self
                .waiting
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner);
            let decode = matches!(origin, Origin::Bundled(_))
                || w.added
                    .iter()
                    .any(|b| b.origin == *origin && w.under(&b.id).is_some());
            if !decode {
                w.added.retain(|b| b.origin != *origin);
                return;
            }
        }
        self.all_mut().retain(|b| b.origin != *origin);
    }

    /// Gives `f` each bank's id, role and sorted question ids, in order,
    /// without decoding the bundled banks; stops at `f`'s first error.
    /// The waiting banks are locked meanwhile, so `f` must not ask this
    /// library for its banks.
    pub fn try_each<E>(&self, mut f: impl FnMut(&Summary) -> Result<(), E>) -> Result<(), E> {
        if let Some(all) = self.all.get() {
            return all.iter().try_for_each(|b| f(&Summary::of(b)));
        }
        let w = self.waiting();
        // A bundled bank an added one replaces is the added one, in its place.
        for h in INDEX.iter().filter(|_| w.bundled) {
            match w.added.iter().find(|b| b.id == h.id) {
                Some(b) => f(&Summary::of(b))?,
                None => f(&Summary::of_head(h))?,
            }
        }
        w.added
            .iter()
            .filter(|b| w.under(&b.id).is_none())
            .try_for_each(|b| f(&Summary::of(b)))
    }

    /// How many banks, and how many questions in all, without decoding.
    pub fn counts(&self) -> (usize, usize) {
        if let Some(all) = self.all.get() {
            return (all.len(), all.iter().map(|b| b.questions.len()).sum());
        }
        let (mut banks, mut questions) = (0, 0);
        let _ = self.try_each(|s| {
            banks += 1;
            questions += s.questions.len();
            Ok::<_, ()>(())
        });
        (banks, questions)
    }
}

/// A copy decodes the bundled banks first.
impl Clone for Banks {
    fn clone(&self) -> Banks {
        Banks {
            all: OnceLock::from(self.all().clone()),
            waiting: Mutex::default(),
        }
    }
}

/// `bank` in `banks`, over one with its id (whose origin comes back).
fn put(banks: &mut Vec<Bank>, bank: Bank) -> Option<Origin> {
    match banks.iter_mut().find(|b| b.id == bank.id) {
        Some(old) => Some(std::mem::replace(old, bank).origin),
        None => {
            banks.push(bank);
            None
        }
    }
}
