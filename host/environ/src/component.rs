//! The component model's inert metadata: interface types and their canonical-ABI layout.
//!
//! Types are interned in [`ComponentTypes`]: an [`InterfaceType`] is a small `Copy` value
//! that names either a primitive or an entry of one of the tables, so comparing and
//! passing types around is cheap, and every compound type's layout ([`CanonicalAbiInfo`])
//! is computed once, when it is interned.
//!
//! [`translate_component`] validates a component binary (all but its core functions'
//! bodies, which the compiler validates) and turns each of its levels into the list of
//! definitions that instantiation replays.

mod abi;
mod convert;
mod translate;
mod types;

pub use abi::{
    CanonicalAbiInfo, DiscriminantSize, FlatType, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, VariantInfo,
    align_to,
};
pub use convert::TypeConverter;
pub use translate::*;
pub use types::*;
