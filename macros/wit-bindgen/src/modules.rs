//! Where generated items go: the module of each interface and type, the path from one
//! module to another, and the nested modules of the output.

use crate::generator::Gen;
use crate::names::{self, raw_snake};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use wit_parser::{
    InterfaceId, PackageId, Resolve, TypeId, TypeOwner, WorldId, WorldItem, WorldKey,
};

/// Where generated items go: a module path from the root of the output, or
/// `[ABSOLUTE, path]` for a module outside it (a `with` mapping).
pub(crate) type ModPath = Vec<String>;

/// The first segment of a [`ModPath`] outside the output.
const ABSOLUTE: &str = "<absolute>";

/// The packages of which `world` imports or exports interfaces in more than one version.
pub(crate) fn versioned_packages(resolve: &Resolve, world: WorldId) -> HashSet<PackageId> {
    let w = &resolve.worlds[world];
    let mut by_name: HashMap<(String, String), BTreeSet<PackageId>> = HashMap::new();
    for item in w.imports.values().chain(w.exports.values()) {
        if let WorldItem::Interface { id, .. } = item
            && let Some(pkg) = resolve.interfaces[*id].package
        {
            let name = &resolve.packages[pkg].name;
            by_name
                .entry((name.namespace.clone(), name.name.clone()))
                .or_default()
                .insert(pkg);
        }
    }
    by_name
        .into_values()
        .filter(|pkgs| pkgs.len() > 1)
        .flatten()
        .collect()
}

/// The module of package `name` in version `version`: `name__v1_2_3`, with a pre-release
/// or build suffix as lowercase hex (`.`, `-` and `+` have no injective mapping to `_`).
/// WIT names never contain `__`, so no package or interface module can be equal to it.
fn versioned_module(package: &wit_parser::PackageName) -> String {
    let Some(version) = &package.version else {
        return names::module(&package.name);
    };
    let mut s = format!(
        "{}__v{}_{}_{}",
        raw_snake(&package.name),
        version.major,
        version.minor,
        version.patch
    );
    let mut suffix = String::new();
    if !version.pre.is_empty() {
        suffix.push('-');
        suffix.push_str(version.pre.as_str());
    }
    if !version.build.is_empty() {
        suffix.push('+');
        suffix.push_str(version.build.as_str());
    }
    if !suffix.is_empty() {
        s.push('_');
        for b in suffix.bytes() {
            let _ = write!(s, "{b:02x}");
        }
    }
    s
}

/// Records `module` for `id` unless it has one; returns whether it was the first.
pub(crate) fn first_entry(
    map: &mut std::collections::HashMap<InterfaceId, ModPath>,
    id: InterfaceId,
    module: &ModPath,
) -> bool {
    match map.entry(id) {
        std::collections::hash_map::Entry::Vacant(e) => {
            e.insert(module.clone());
            true
        }
        std::collections::hash_map::Entry::Occupied(_) => false,
    }
}

/// The path from module `from` to item `name` of module `to`.
pub(crate) fn relative(from: &[String], to: &[String], name: &str) -> String {
    if let [marker, path] = to
        && marker == ABSOLUTE
    {
        return format!("{path}::{name}");
    }
    // Up to the common ancestor, then down.
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    let mut s = String::new();
    for _ in &from[common..] {
        s.push_str("super::");
    }
    for m in &to[common..] {
        s.push_str(m);
        s.push_str("::");
    }
    s.push_str(name);
    s
}

impl Gen<'_> {
    /// Appends `text` to the items of `module`.
    pub(crate) fn push(&mut self, module: &ModPath, text: &str) {
        self.modules
            .entry(module.clone())
            .or_default()
            .push_str(text);
    }

    /// The module of an interface: `ns::pkg::iface`, under `exports` for an exported one.
    fn interface_module(&self, id: InterfaceId, export: bool) -> ModPath {
        if !export && let Some((_, path)) = self.with_path(id) {
            return vec![ABSOLUTE.to_string(), path.to_string()];
        }
        let known = if export {
            self.export_modules.get(&id)
        } else {
            self.import_modules.get(&id)
        };
        if let Some(m) = known {
            return m.clone();
        }
        self.named_module(id, export)
    }

    /// The module of interface `id` by its package and name: `ns::pkg::iface`.
    fn named_module(&self, id: InterfaceId, export: bool) -> ModPath {
        let iface = &self.resolve.interfaces[id];
        let mut path = Vec::new();
        if export {
            path.push("exports".to_string());
        }
        if let Some(pkg) = iface.package {
            let name = &self.resolve.packages[pkg].name;
            path.push(names::module(&name.namespace));
            path.push(if self.versioned.contains(&pkg) {
                versioned_module(name)
            } else {
                names::module(&name.name)
            });
        }
        path.push(names::module(iface.name.as_deref().unwrap_or("interface")));
        path
    }

    /// The module a named type is defined in.
    pub(crate) fn type_module(&self, id: TypeId) -> ModPath {
        match self.resolve.types[id].owner {
            TypeOwner::Interface(i) => {
                let export = !self.imported.contains(&i) && self.exported.contains(&i);
                self.interface_module(i, export)
            }
            _ => Vec::new(),
        }
    }

    /// The module of an interface imported or exported under `key`: a plain name gives a
    /// module of that name, an interface name its package path.
    pub(crate) fn key_module(&self, key: &WorldKey, id: InterfaceId, export: bool) -> ModPath {
        match key {
            WorldKey::Name(n) => {
                let mut path = Vec::new();
                if export {
                    path.push("exports".to_string());
                }
                path.push(names::module(n));
                path
            }
            WorldKey::Interface(_) => self.named_module(id, export),
        }
    }

    /// The modules, nested, as one source text.
    pub(crate) fn finish(&self) -> String {
        #[derive(Default)]
        struct Node {
            text: String,
            children: BTreeMap<String, Node>,
        }
        let mut root = Node::default();
        for (path, text) in &self.modules {
            let mut node = &mut root;
            for m in path {
                node = node.children.entry(m.clone()).or_default();
            }
            node.text.push_str(text);
        }
        fn emit(node: &Node, out: &mut String) {
            out.push_str(&node.text);
            for (name, child) in &node.children {
                let _ = writeln!(
                    out,
                    "/// Generated bindings: `{name}`.\n#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]\npub mod {name} {{"
                );
                emit(child, out);
                out.push_str("}\n");
            }
        }
        let mut out = String::new();
        emit(&root, &mut out);
        out
    }
}
