//! Translation of WebAssembly modules into inert metadata.
//!
//! This crate reads a module with `wasmparser`, validates it, and records everything the
//! compiler and the runtime need to know about it: its types, imports, exports, segments and
//! initializers ([`ModuleInfo`]), the layout of its `VMContext` ([`VMOffsets`]) and the trap
//! codes shared by compiled code and the runtime ([`Trap`]). It contains no Cranelift code and
//! no unsafe code.

#![forbid(unsafe_code)]

pub mod compile;
pub mod component;
mod features;
mod index;
mod module;
mod translate;
mod trap;
mod types;
mod vmoffsets;

pub use features::Features;
pub use index::*;
pub use module::*;
pub use translate::{FunctionBodyData, ModuleTranslation, translate_module};
pub use trap::Trap;
pub use types::*;
pub use vmoffsets::*;

pub use wasmparser;
