//! The component model.
//!
//! A [`Component`] is compiled once and instantiated with a [`Linker`], which supplies its
//! imports: host functions over dynamic [`Val`]s, host resource types, or the exports of
//! other component instances. An [`Instance`]'s exported [`Func`]s are called with
//! [`Val`]s; values cross the boundary by the Canonical ABI, with the specification's
//! traps on bad guest data and its string transcoding between UTF-8, UTF-16 and
//! Latin-1+UTF-16.
//!
//! Resources: each component instance has its own table of handles with the `own`/`borrow`
//! rules (lending, drops, end-of-call checks). Handles reach the host as [`ResourceAny`];
//! host implementations keep their state in a [`ResourceTable`], addressed by typed
//! [`Resource`] handles.

mod byte_pool;
mod canon;
#[expect(
    clippy::module_inception,
    reason = "the compiled component type lives in its own file like the other types"
)]
mod component;
mod cval;
mod func;
mod fused;
mod fused_handles;
mod handle_table;
mod instance;
mod lift;
mod linker;
mod lower;
mod memory;
mod resource_table;
mod resources;
mod transcode;
mod typed;
mod val;
mod views;

#[cfg(test)]
mod tests;

pub use component::Component;
pub use func::{Func, TypedFunc};
pub use instance::Instance;
pub use linker::{InstancePre, Linker, LinkerInstance};
pub use memory::StringEncoding;
pub use resource_table::{Resource, ResourceTable, ResourceTableError};
pub use resources::{ResourceAny, ResourceType};
pub use typed::{ComponentNamedList, ComponentType, Lift, LiftContext, Lower, LowerContext, Type};
pub use val::Val;
pub use views::{WasmList, WasmStr};
/// Generates typed Rust host bindings for a WIT world.
///
/// ```
/// wicker::component::bindgen!({
///     inline: "
///         package example:greeter;
///         interface host { log: func(msg: string); }
///         world greeter {
///             import host;
///             export greet: func(name: string) -> string;
///         }
///     ",
/// });
///
/// struct MyHost(Vec<String>);
/// impl example::greeter::host::Host for MyHost {
///     fn log(&mut self, msg: String) {
///         self.0.push(msg);
///     }
/// }
///
/// let engine = wicker::Engine::default();
/// let mut linker = wicker::component::Linker::<MyHost>::new(&engine);
/// Greeter::add_to_linker(&mut linker, |h| h)?;
/// // With a component of the world: `Greeter::instantiate(&mut store, &component,
/// // &linker)?.call_greet(&mut store, "world")?`.
/// # anyhow::Ok(())
/// ```
///
/// Options: `path` (a WIT file or directory relative to the crate, `wit` by default) or
/// `inline` (WIT source), `world`, `trappable_imports` (host functions return
/// `wicker::Result`), `additional_derives` (a list of paths), `wicker` (the crate's path)
/// and `stringify` (also emit the source as `GENERATED`). For each imported interface the
/// macro writes a module with a `Host` trait and `add_to_linker`; for the world, a struct
/// with `instantiate`, `add_to_linker` and a `call_*` method per export.
pub use wicker_component_macro::bindgen;
/// Derive macros for [`ComponentType`], [`Lift`] and [`Lower`]: a struct with
/// `#[component(record)]` or (of `bool` fields) `#[component(flags)]`, an enum with
/// `#[component(variant)]` or `#[component(enum)]`.
pub use wicker_component_macro::{ComponentType, Lift, Lower};

/// Declares a Rust struct standing for a WIT `flags` type: one `pub` `bool` field per
/// flag, in the WIT order (names in snake case; `#[component(name = "...")]` on a flag
/// overrides its WIT name).
///
/// ```
/// wicker::component::flags! {
///     /// File permissions.
///     pub Perms { read, write, exec }
/// }
/// let p = Perms { read: true, ..Perms::default() };
/// assert!(p.read && !p.exec);
/// ```
#[macro_export]
macro_rules! flags {
    ($(#[$attr:meta])* $vis:vis $name:ident { $($(#[$fattr:meta])* $flag:ident),* $(,)? }) => {
        $(#[$attr])*
        #[derive(
            $crate::component::ComponentType,
            $crate::component::Lift,
            $crate::component::Lower,
            Clone,
            Copy,
            Debug,
            Default,
            PartialEq,
            Eq,
            Hash
        )]
        #[component(flags)]
        $vis struct $name {
            $($(#[$fattr])* pub $flag: bool,)*
        }
    };
}

pub use crate::flags;

/// What generated code (the derive macros and `bindgen!`) uses; not a stable interface.
#[doc(hidden)]
pub mod __internal {
    pub use super::func::{missing_export, typed_func};
    pub use super::lift::FlatIter;
    pub use super::typed::{
        LowerPayload, StorePayload, TypeCheckFn, finish_case, lift_case_index, lift_flags,
        load_case_index, load_flags, lower_case, lower_flags, record_fields, record_offsets,
        store_case, store_flags, tuple_fields, tuple_offsets, typecheck_enum, typecheck_flags,
        typecheck_record, typecheck_tuple, typecheck_tuple_list, typecheck_variant,
    };
    pub use anyhow::Result;
    pub use wicker_environ::component::{ComponentTypes, InterfaceType};
}
