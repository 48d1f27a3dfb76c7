//! A runner for `.wast` spec-test scripts on wicker.
//!
//! A script is a sequence of directives: modules to compile and instantiate, functions to
//! invoke, and assertions about results, traps and rejected modules. [`WastContext`] keeps
//! the state the directives share (the store, the linker with the `spectest` module, the
//! current and named instances) and checks each directive independently, so that one
//! failure does not hide the ones after it. The result of a script is an [`Outcome`].
//!
//! ```no_run
//! let mut cx = wicker_wast::WastContext::new(&wicker::Config::new())?;
//! let outcome = cx.run_file(std::path::Path::new("i32.wast"))?;
//! for failure in &outcome.failures {
//!     eprintln!("{failure}");
//! }
//! # anyhow::Ok(())
//! ```

#![forbid(unsafe_code)]

mod component;
mod context;
mod directive;
mod outcome;
mod spectest;
mod thread;
mod trap;
mod value;

pub use context::{ComponentLoader, ModuleLoader, WastContext};
pub use outcome::Outcome;
