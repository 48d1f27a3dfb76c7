//! Rust types as component values: [`ComponentType`], [`Lift`] and [`Lower`], and the
//! typed function handles built on them.
//!
//! A Rust type implements [`ComponentType`] to say which interface types it stands for,
//! [`Lower`] to be passed into a guest and [`Lift`] to be read out of one. They are
//! implemented here for the primitive types, strings, lists, options, results, tuples and
//! resource handles; [`Val`] implements them for any type. Records, variants, enums and
//! flags get them from derive macros.
//!
//! The trait methods are what generated code calls; they are hidden from the documentation
//! and their signatures may change.

mod derive;
mod handles;
mod lists;
mod names;
mod scalars;
mod traits;
mod tuples;
mod ty;
mod variants;

pub use derive::*;
pub(crate) use lists::*;
pub(crate) use names::*;
pub(crate) use scalars::*;
pub use traits::*;
pub use tuples::*;
pub use ty::*;
pub(crate) use variants::*;
