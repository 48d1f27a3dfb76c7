//! The component model.
//!
//! This module grows into the component runtime (`Component`, `Linker`, `Instance`,
//! `Func`...). It currently holds:
//!
//! - the dynamic value type [`Val`] and the canonical ABI's value codec: loading and storing
//!   every interface type in linear memory and lifting and lowering flat core values, with
//!   the specification's traps on bad guest data and its string transcoding between UTF-8,
//!   UTF-16 and Latin-1+UTF-16;
//! - per-instance handle tables with the `own`/`borrow` rules (lending, drops, end-of-call
//!   checks);
//! - [`ResourceTable`], where host resource implementations keep their state, addressed by
//!   typed [`Resource`] handles.

mod canon;
mod handle_table;
mod lift;
mod lower;
mod memory;
mod resource_table;
mod val;

#[cfg(test)]
mod canon_tests;
#[cfg(test)]
mod tests;

pub use memory::StringEncoding;
pub use resource_table::{Resource, ResourceTable, ResourceTableError};
pub use val::Val;
