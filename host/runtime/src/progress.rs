//! Reports of how far a compilation has got, for a progress line.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How far the compilation of a module or component has got, in functions: reported to
/// the callback of [`Config::compile_progress`](crate::Config::compile_progress).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CompileProgress {
    /// Functions compiled so far.
    pub done: usize,
    /// Functions to compile in all (of every core module, for a component).
    pub total: usize,
}

/// The callback of [`Config::compile_progress`](crate::Config::compile_progress).
#[derive(Clone)]
pub(crate) struct ProgressCallback(pub(crate) Arc<dyn Fn(CompileProgress) + Send + Sync>);

impl std::fmt::Debug for ProgressCallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProgressCallback")
    }
}

/// The progress of one compilation: counts functions as they are compiled, on any thread,
/// and calls the callback each time another percent is done (and at the start and the end),
/// so at most 101 times however many functions there are.
pub(crate) struct Progress<'a> {
    callback: Option<&'a ProgressCallback>,
    done: AtomicUsize,
    total: usize,
}

impl<'a> Progress<'a> {
    pub(crate) fn new(callback: Option<&'a ProgressCallback>, total: usize) -> Progress<'a> {
        if let Some(cb) = callback {
            (cb.0)(CompileProgress { done: 0, total });
        }
        Progress {
            callback,
            done: AtomicUsize::new(0),
            total,
        }
    }

    /// Counts one more function compiled.
    pub(crate) fn function_done(&self) {
        let Some(cb) = self.callback else { return };
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let percent = |n: usize| n as u128 * 100 / self.total.max(1) as u128;
        if done == self.total || percent(done) != percent(done - 1) {
            (cb.0)(CompileProgress {
                done,
                total: self.total,
            });
        }
    }
}
