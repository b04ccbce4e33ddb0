//! The compact encoding of the bundled banks (postcard, through the
//! model's serde derives), validated and encoded at build time by
//! `build.rs` (which compiles this module, the model and the loader with
//! it); the bank cache (`bank::cache`) writes its entries with the same
//! derives. Where a bank came from is not encoded; the loader sets it.

use super::model::{Bank, Origin};

/// The bundled banks as (path inside question-banks/, bank), in path order.
pub fn encode_bundled(banks: &[(String, Bank)]) -> Vec<u8> {
    postcard::to_allocvec(banks).expect("banks encode to memory")
}

/// The bundled banks back, each with its origin; `None` when `bytes` are
/// not what [`encode_bundled`] wrote.
pub fn decode_bundled(bytes: &[u8]) -> Option<Vec<Bank>> {
    let files: Vec<(String, Bank)> = postcard::from_bytes(bytes).ok()?;
    Some(
        files
            .into_iter()
            .map(|(path, mut bank)| {
                bank.origin = Origin::Bundled(path);
                bank
            })
            .collect(),
    )
}
