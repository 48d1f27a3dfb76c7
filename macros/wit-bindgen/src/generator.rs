//! The generator's state, and its walk over the world's imports and exports.

use crate::Opts;
use crate::modules::ModPath;
use anyhow::Result;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use wit_parser::{InterfaceId, PackageId, Resolve, TypeId, WorldId, WorldItem, WorldKey};

/// The state of one [`generate`](crate::generate) call: its inputs, the names allocated so
/// far, and the generated items by module.
pub(crate) struct Gen<'a> {
    pub(crate) resolve: &'a Resolve,
    pub(crate) opts: &'a Opts,
    pub(crate) world: WorldId,
    /// The Rust name of every named type, allocated per interface (and for the world).
    pub(crate) type_names: HashMap<TypeId, String>,
    /// Packages of which the world uses more than one version: their modules carry it.
    pub(crate) versioned: HashSet<PackageId>,
    /// The lengths of the `__wicker::Tuple<N>` structs the bindings use.
    pub(crate) wide: RefCell<BTreeSet<usize>>,
    /// Module path -> its items.
    pub(crate) modules: BTreeMap<ModPath, String>,
    pub(crate) imported: HashSet<InterfaceId>,
    pub(crate) exported: HashSet<InterfaceId>,
    /// The `with` keys that matched an interface.
    pub(crate) used_with: HashSet<String>,
    /// The `trappable_error_type` keys that matched a type.
    pub(crate) used_errors: HashSet<String>,
    /// The module of each imported and exported interface: the first name it is imported
    /// (or exported) under.
    pub(crate) import_modules: std::collections::HashMap<InterfaceId, ModPath>,
    pub(crate) export_modules: std::collections::HashMap<InterfaceId, ModPath>,
}

impl Gen<'_> {
    /// The path of the `wicker` crate in generated code.
    pub(crate) fn w(&self) -> &str {
        &self.opts.wicker
    }

    /// Generates the world's types, imports, exports and helpers into the modules.
    pub(crate) fn run(&mut self) -> Result<()> {
        let world = &self.resolve.worlds[self.world];
        for item in world.imports.values() {
            if let WorldItem::Interface { id, .. } = item {
                self.imported.insert(*id);
            }
        }
        for item in world.exports.values() {
            if let WorldItem::Interface { id, .. } = item {
                self.exported.insert(*id);
            }
        }
        let imports: Vec<(WorldKey, WorldItem)> = world
            .imports
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let exports: Vec<(WorldKey, WorldItem)> = world
            .exports
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();

        // Types of the world itself (imported types), at the root.
        for (_, item) in &imports {
            if let WorldItem::Type { id, .. } = item {
                self.define_type(*id, &Vec::new(), true)?;
            }
        }
        let mut import_ifaces = Vec::new();
        let mut world_funcs = Vec::new();
        for (key, item) in &imports {
            match item {
                WorldItem::Interface { id, .. } => {
                    if let Some(module) = self.import_interface(key, *id)? {
                        import_ifaces.push(module);
                    }
                }
                WorldItem::Function(f) => world_funcs.push(f.clone()),
                WorldItem::Type { .. } => {}
            }
        }
        let mut export_ifaces = Vec::new();
        let mut export_funcs = Vec::new();
        for (key, item) in &exports {
            match item {
                WorldItem::Interface { id, .. } => {
                    let module = self.export_interface(key, *id)?;
                    export_ifaces.push((key.clone(), module));
                }
                WorldItem::Function(f) => export_funcs.push(f.clone()),
                WorldItem::Type { .. } => {}
            }
        }
        self.world_struct(&import_ifaces, &world_funcs, &export_ifaces, &export_funcs)?;
        self.helpers();
        Ok(())
    }
}
