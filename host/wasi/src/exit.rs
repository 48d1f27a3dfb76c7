//! `I32Exit`: how a guest's `proc_exit` reaches the embedder.

use std::fmt;

/// The error a WASI host function returns when the guest calls `proc_exit(code)`.
///
/// Returning it as an error unwinds the wasm call that is running, so the embedder's
/// `call` returns `Err`; `err.downcast_ref::<I32Exit>()` recovers the code. A command-line
/// runner exits with it; an embedder that runs several guests reads it as the guest's
/// status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I32Exit(pub i32);

impl fmt::Display for I32Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exited with status {}", self.0)
    }
}

impl std::error::Error for I32Exit {}
