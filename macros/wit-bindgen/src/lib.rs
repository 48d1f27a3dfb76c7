//! Rust host bindings from a WIT world: a plain library, so that its output can be
//! snapshot-tested; the `bindgen!` macro calls it.
//!
//! For a world, [`generate`] produces:
//!
//! - a Rust type for every named WIT type: records as structs, variants and enums as enums,
//!   flags as structs of `bool`s (all deriving wicker's component traits), aliases as type
//!   aliases, resources imported from the host as marker types;
//! - for each imported interface, a module (`ns::pkg::iface`) with a `Host` trait (one
//!   method per function), a `Host<Resource>` trait per resource, and `add_to_linker`;
//!   the world's own imported functions go in a `<World>Imports` trait;
//! - for exports, a `<World>` struct with `instantiate`, `new`, `add_to_linker` and one
//!   `call_<name>` method per exported function, and for each exported interface a
//!   `Guest` struct (in `exports::ns::pkg::iface`) with its calls, guest resources
//!   included.

mod docs;
mod exports;
mod functions;
mod generator;
mod imports;
mod mappings;
mod modules;
mod names;
mod resources;
mod tuples;
mod typedefs;
mod types;
mod world;

use anyhow::{Result, bail};
use generator::Gen;
use modules::versioned_packages;
use names::name_types;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use wit_parser::{Resolve, WorldId};

/// Options of the generator.
#[derive(Clone, Debug)]
pub struct Opts {
    /// Host functions return `wicker::Result<T>`, so that they can trap.
    pub trappable_imports: bool,
    /// Extra derives for every generated type, as Rust paths.
    pub additional_derives: Vec<String>,
    /// The path of the `wicker` crate in generated code.
    pub wicker: String,
    /// Interfaces (`ns:pkg/iface`, with or without `@version`) whose bindings exist
    /// already, mapped to the Rust path of their module: nothing is generated for them and
    /// generated code refers to that module.
    pub with: Vec<(String, String)>,
    /// WIT error types (`ns:pkg/iface/type`) mapped to Rust error types: host functions
    /// whose result is `result<T, type>` return `Result<T, RustError>`, and the host's
    /// `convert_<type>` turns a Rust error into the WIT value or into a trap.
    pub trappable_error_types: Vec<(String, String)>,
}

impl Default for Opts {
    fn default() -> Opts {
        Opts {
            trappable_imports: false,
            additional_derives: Vec::new(),
            wicker: "::wicker".into(),
            with: Vec::new(),
            trappable_error_types: Vec::new(),
        }
    }
}

/// Generates the bindings of `world` as Rust source.
pub fn generate(resolve: &Resolve, world: WorldId, opts: &Opts) -> Result<String> {
    let mut g = Gen {
        resolve,
        opts,
        world,
        type_names: name_types(resolve, world),
        versioned: versioned_packages(resolve, world),
        wide: RefCell::new(BTreeSet::new()),
        modules: BTreeMap::new(),
        imported: HashSet::new(),
        exported: HashSet::new(),
        used_with: HashSet::new(),
        used_errors: HashSet::new(),
        import_modules: Default::default(),
        export_modules: Default::default(),
    };
    g.check_keys()?;
    g.run()?;
    for (key, _) in &opts.with {
        if !g.used_with.contains(key) {
            bail!("`with` key `{key}` names no interface or resource the world imports");
        }
    }
    for (key, _) in &opts.trappable_error_types {
        if !g.used_errors.contains(key) {
            bail!("`trappable_error_type` key `{key}` names no type of an imported interface");
        }
    }
    Ok(g.finish())
}
