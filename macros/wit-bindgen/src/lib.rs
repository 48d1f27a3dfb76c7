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

mod names;

use anyhow::{Result, bail};
use names::{Scope, camel, escape, raw_camel, raw_snake, snake};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use wit_parser::{
    Function, FunctionKind, Handle, InterfaceId, PackageId, Resolve, Type, TypeDefKind, TypeId,
    TypeOwner, WorldId, WorldItem, WorldKey,
};

/// WIT tuples up to this length are Rust tuples, so that std's derives (`Debug`,
/// `PartialEq`, ...) apply; longer ones are the `__wicker::Tuple<N>` structs.
const MAX_RUST_TUPLE: usize = 12;

/// Parameter lists up to this length are Rust tuples (the runtime's tuple impls go this
/// far); longer ones are the `__wicker::Tuple<N>` structs.
const MAX_PARAM_TUPLE: usize = 32;

/// The module of generated helpers at the root; no WIT name gives a module starting `__`.
const HELPERS: &str = "__wicker";

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

/// Where generated items go: a module path from the root of the output, or
/// `[ABSOLUTE, path]` for a module outside it (a `with` mapping).
type ModPath = Vec<String>;

const ABSOLUTE: &str = "<absolute>";

struct Gen<'a> {
    resolve: &'a Resolve,
    opts: &'a Opts,
    world: WorldId,
    /// The Rust name of every named type, allocated per interface (and for the world).
    type_names: HashMap<TypeId, String>,
    /// Packages of which the world uses more than one version: their modules carry it.
    versioned: HashSet<PackageId>,
    /// The lengths of the `__wicker::Tuple<N>` structs the bindings use.
    wide: RefCell<BTreeSet<usize>>,
    /// Module path -> its items.
    modules: BTreeMap<ModPath, String>,
    imported: HashSet<InterfaceId>,
    exported: HashSet<InterfaceId>,
    /// The `with` keys that matched an interface.
    used_with: HashSet<String>,
    /// The `trappable_error_type` keys that matched a type.
    used_errors: HashSet<String>,
    /// The module of each imported and exported interface: the first name it is imported
    /// (or exported) under.
    import_modules: std::collections::HashMap<InterfaceId, ModPath>,
    export_modules: std::collections::HashMap<InterfaceId, ModPath>,
}

/// How a type is used: owned (results, host parameters) or borrowed (guest call
/// parameters: `&str`, `&[T]`, `&T`).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Owned,
    Param,
}

/// The generated type names of an interface or world scope, reserved before its WIT types:
/// `Host`, `Guest`, and `Host<R>` and `Guest<R>` for each resource `R`.
fn resource_items(resources: &[String]) -> Vec<String> {
    let mut out = vec!["Host".to_string(), "Guest".to_string()];
    for r in resources {
        out.push(format!("Host{}", raw_camel(r)));
        out.push(format!("Guest{}", raw_camel(r)));
    }
    out
}

/// The Rust name of every named type of `resolve`'s interfaces and of `world`, each
/// allocated in its interface's (or the world's) scope after the generated names.
fn name_types(resolve: &Resolve, world: WorldId) -> HashMap<TypeId, String> {
    let mut out = HashMap::new();
    let resources_of = |types: &mut dyn Iterator<Item = TypeId>| -> Vec<String> {
        types
            .filter(|t| matches!(resolve.types[*t].kind, TypeDefKind::Resource))
            .filter_map(|t| resolve.types[t].name.clone())
            .collect()
    };
    for (_, iface) in resolve.interfaces.iter() {
        let resources = resources_of(&mut iface.types.values().copied());
        let mut scope = Scope::new(resource_items(&resources));
        for (name, t) in &iface.types {
            out.insert(*t, scope.alloc(camel(name)));
        }
    }
    let w = &resolve.worlds[world];
    let types: Vec<TypeId> = w
        .imports
        .values()
        .filter_map(|item| match item {
            WorldItem::Type { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    let resources = resources_of(&mut types.iter().copied());
    let name = raw_camel(&w.name);
    let mut reserved = resource_items(&resources);
    reserved.extend([
        camel(&w.name),
        format!("{name}Pre"),
        format!("{name}Imports"),
    ]);
    let mut scope = Scope::new(reserved);
    for t in types {
        if let Some(name) = &resolve.types[t].name {
            out.insert(t, scope.alloc(camel(name)));
        }
    }
    out
}

/// The packages of which `world` imports or exports interfaces in more than one version.
fn versioned_packages(resolve: &Resolve, world: WorldId) -> HashSet<PackageId> {
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
fn first_entry(
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

/// Doc comment lines: the WIT documentation, or `fallback` when it has none.
fn doc(docs: &wit_parser::Docs, fallback: &str, indent: &str) -> String {
    let text = docs.contents.as_deref().unwrap_or(fallback);
    // A fence without a language would be a Rust doctest of the crate calling `bindgen!`.
    let mut in_code = false;
    text.lines()
        .map(|l| {
            let fence = l.trim_start().starts_with("```");
            let l = if fence && !in_code && l.trim() == "```" {
                format!("{l}text")
            } else {
                l.to_string()
            };
            if fence {
                in_code = !in_code;
            }
            if l.is_empty() {
                format!("{indent}///\n")
            } else {
                format!("{indent}/// {l}\n")
            }
        })
        .collect()
}

/// The path from module `from` to item `name` of module `to`.
fn relative(from: &[String], to: &[String], name: &str) -> String {
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

impl<'a> Gen<'a> {
    fn w(&self) -> &str {
        &self.opts.wicker
    }

    /// Rejects a `with` or `trappable_error_type` key without a version that matches an
    /// interface of which the world has more than one version.
    fn check_keys(&self) -> Result<()> {
        let w = &self.resolve.worlds[self.world];
        let ids: BTreeSet<String> = w
            .imports
            .values()
            .chain(w.exports.values())
            .filter_map(|item| match item {
                WorldItem::Interface { id, .. } => self.resolve.id_of(*id),
                _ => None,
            })
            .collect();
        let keys = self
            .opts
            .with
            .iter()
            .chain(&self.opts.trappable_error_types);
        for (key, _) in keys {
            if key.contains('@') {
                continue;
            }
            let iface: Vec<&str> = key.splitn(3, '/').take(2).collect();
            let iface = iface.join("/");
            let found: Vec<&str> = ids
                .iter()
                .filter(|id| id.split('@').next() == Some(iface.as_str()) && id.contains('@'))
                .map(String::as_str)
                .collect();
            if found.len() > 1 {
                bail!(
                    "`{key}` is ambiguous: the world has `{}`; add `@version` to the key",
                    found.join("`, `")
                );
            }
        }
        Ok(())
    }

    /// The Rust name of named type `id`.
    fn type_ident(&self, id: TypeId) -> String {
        match self.type_names.get(&id) {
            Some(name) => name.clone(),
            None => camel(self.resolve.types[id].name.as_deref().unwrap_or("type")),
        }
    }

    /// The path of named type `id` from module `from`.
    fn type_path(&self, id: TypeId, from: &[String]) -> String {
        relative(from, &self.type_module(id), &self.type_ident(id))
    }

    /// The path of `__wicker::Tuple<n>` from module `from`, recording that it is used.
    fn wide_tuple(&self, n: usize, from: &[String]) -> String {
        self.wide.borrow_mut().insert(n);
        relative(from, &[HELPERS.to_string()], &format!("Tuple{n}"))
    }

    /// A parameter list as a Rust type and as a pattern or expression of `names`: a tuple,
    /// or a `__wicker::Tuple<N>` past [`MAX_PARAM_TUPLE`].
    fn param_list(&self, names: &[String], tys: &[String], from: &[String]) -> (String, String) {
        let (open, close) = if tys.len() > MAX_PARAM_TUPLE {
            (self.wide_tuple(tys.len(), from), String::new())
        } else {
            (String::new(), ",".to_string())
        };
        let join = |v: &[String]| -> String {
            if v.is_empty() {
                "()".into()
            } else {
                format!("({}{close})", v.join(", "))
            }
        };
        let ty = if open.is_empty() {
            join(tys)
        } else {
            format!("{open}<{}>", tys.join(", "))
        };
        (ty, format!("{open}{}", join(names)))
    }

    fn push(&mut self, module: &ModPath, text: &str) {
        self.modules
            .entry(module.clone())
            .or_default()
            .push_str(text);
    }

    /// The module of an interface: `ns::pkg::iface`, under `exports` for an exported one.
    /// The `with` mapping of an imported interface, if any.
    fn with_path(&self, id: InterfaceId) -> Option<(&str, &str)> {
        let full = self.resolve.id_of(id)?;
        let bare = full.split('@').next().unwrap_or(&full).to_string();
        self.opts
            .with
            .iter()
            .find(|(k, _)| *k == full || *k == bare)
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The `with` mapping of a host resource (`ns:pkg/iface/name`) to a Rust type.
    fn with_resource(&self, id: TypeId) -> Option<(&str, &str)> {
        let def = &self.resolve.types[id];
        let TypeOwner::Interface(iface) = def.owner else {
            return None;
        };
        let full = self.resolve.id_of(iface)?;
        let bare = full.split('@').next().unwrap_or(&full).to_string();
        let name = def.name.as_deref()?;
        self.opts
            .with
            .iter()
            .find(|(k, _)| *k == format!("{full}/{name}") || *k == format!("{bare}/{name}"))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

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
    fn type_module(&self, id: TypeId) -> ModPath {
        match self.resolve.types[id].owner {
            TypeOwner::Interface(i) => {
                let export = !self.imported.contains(&i) && self.exported.contains(&i);
                self.interface_module(i, export)
            }
            _ => Vec::new(),
        }
    }

    /// Whether resource type `id` is implemented by the host (imported) rather than by the
    /// guest (exported).
    fn host_resource(&self, id: TypeId) -> bool {
        let id = self.resolve_alias(id);
        match self.resolve.types[id].owner {
            TypeOwner::Interface(i) => self.imported.contains(&i),
            TypeOwner::World(_) => self.world_imports_type(id),
            TypeOwner::None => false,
        }
    }

    fn world_imports_type(&self, id: TypeId) -> bool {
        let world = &self.resolve.worlds[self.world];
        world
            .imports
            .values()
            .any(|item| matches!(item, WorldItem::Type { id: t, .. } if *t == id))
    }

    /// Follows `type a = b` to the defining type.
    fn resolve_alias(&self, mut id: TypeId) -> TypeId {
        while let TypeDefKind::Type(Type::Id(next)) = &self.resolve.types[id].kind {
            id = *next;
        }
        id
    }

    /// Whether values of `ty` hold resource handles (which are neither `Clone` nor
    /// comparable).
    fn has_handle(&self, ty: &Type) -> bool {
        let Type::Id(id) = ty else { return false };
        match &self.resolve.types[*id].kind {
            TypeDefKind::Handle(_) | TypeDefKind::Resource => true,
            TypeDefKind::Record(r) => r.fields.iter().any(|f| self.has_handle(&f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().any(|t| self.has_handle(t)),
            TypeDefKind::Variant(v) => v
                .cases
                .iter()
                .any(|c| c.ty.as_ref().is_some_and(|t| self.has_handle(t))),
            TypeDefKind::Option(t) | TypeDefKind::List(t) | TypeDefKind::Type(t) => {
                self.has_handle(t)
            }
            TypeDefKind::FixedLengthList(t, _) => self.has_handle(t),
            TypeDefKind::Result(r) => {
                r.ok.as_ref().is_some_and(|t| self.has_handle(t))
                    || r.err.as_ref().is_some_and(|t| self.has_handle(t))
            }
            _ => false,
        }
    }

    /// The Rust type of `ty`, written from module `from`.
    fn ty(&self, ty: &Type, mode: Mode, from: &[String]) -> Result<String> {
        let w = self.w();
        Ok(match ty {
            Type::Bool => "bool".into(),
            Type::U8 => "u8".into(),
            Type::U16 => "u16".into(),
            Type::U32 => "u32".into(),
            Type::U64 => "u64".into(),
            Type::S8 => "i8".into(),
            Type::S16 => "i16".into(),
            Type::S32 => "i32".into(),
            Type::S64 => "i64".into(),
            Type::F32 => "f32".into(),
            Type::F64 => "f64".into(),
            Type::Char => "char".into(),
            Type::String => match mode {
                Mode::Param => "&str".into(),
                Mode::Owned => "::std::string::String".into(),
            },
            Type::ErrorContext => bail!("`error-context` is not supported yet"),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if def.name.is_some() && !matches!(def.kind, TypeDefKind::Resource) {
                    let path = self.type_path(*id, from);
                    let by_ref = mode == Mode::Param
                        && !matches!(
                            self.resolve.types[self.resolve_alias(*id)].kind,
                            TypeDefKind::Enum(_) | TypeDefKind::Flags(_) | TypeDefKind::Handle(_)
                        );
                    return Ok(if by_ref { format!("&{path}") } else { path });
                }
                match &def.kind {
                    // Guest calls borrow lists and guest resources.
                    TypeDefKind::List(t) if mode == Mode::Param => {
                        format!("&[{}]", self.ty(t, Mode::Owned, from)?)
                    }
                    TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r))
                        if mode == Mode::Param && !self.host_resource(*r) =>
                    {
                        format!("&{w}::component::ResourceAny")
                    }
                    TypeDefKind::List(_)
                    | TypeDefKind::Option(_)
                    | TypeDefKind::Result(_)
                    | TypeDefKind::Tuple(_)
                    | TypeDefKind::Handle(_) => self.anonymous(&def.kind, from)?,
                    TypeDefKind::Type(t) => self.ty(t, mode, from)?,
                    TypeDefKind::FixedLengthList(..) => {
                        bail!("fixed-length lists are not supported yet")
                    }
                    TypeDefKind::Map(..) => bail!("`map` types are not supported yet"),
                    TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
                        bail!("`future` and `stream` types are not supported yet")
                    }
                    other => bail!("unexpected anonymous type: {}", other.as_str()),
                }
            }
        })
    }

    fn derives(&self, clone_eq: bool) -> String {
        let w = self.w();
        let mut d = vec![
            format!("{w}::component::ComponentType"),
            format!("{w}::component::Lift"),
            format!("{w}::component::Lower"),
            "::core::fmt::Debug".to_string(),
        ];
        if clone_eq {
            d.push("::core::clone::Clone".into());
            d.push("::core::cmp::PartialEq".into());
        }
        d.extend(self.opts.additional_derives.iter().cloned());
        format!("#[derive({})]\n", d.join(", "))
    }

    /// Defines named type `id` in module `module`.
    fn define_type(&mut self, id: TypeId, module: &ModPath, host_owned: bool) -> Result<()> {
        let def = &self.resolve.types[id];
        let Some(name) = &def.name else { return Ok(()) };
        let rust = self.type_ident(id);
        let w = self.w().to_string();
        let krate = format!("#[component(wicker = \"{w}\")]\n");
        let docs = doc(&def.docs, &format!("The WIT type `{name}`."), "");
        let mut s = String::new();
        match &def.kind {
            TypeDefKind::Record(r) => {
                let eq = !r.fields.iter().any(|f| self.has_handle(&f.ty));
                s += &self.derives(eq);
                s += &format!("#[component(record)]\n{krate}pub struct {rust} {{\n");
                let mut scope = Scope::default();
                for f in &r.fields {
                    s += &doc(&f.docs, &format!("The `{}` field.", f.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    pub {}: {},\n",
                        f.name,
                        scope.alloc(snake(&f.name)),
                        self.ty(&f.ty, Mode::Owned, module)?
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Variant(v) => {
                let eq = !v
                    .cases
                    .iter()
                    .any(|c| c.ty.as_ref().is_some_and(|t| self.has_handle(t)));
                s += &self.derives(eq);
                s += &format!("#[component(variant)]\n{krate}pub enum {rust} {{\n");
                let mut scope = Scope::default();
                for c in &v.cases {
                    s += &doc(&c.docs, &format!("The `{}` case.", c.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    {}",
                        c.name,
                        scope.alloc(camel(&c.name))
                    );
                    if let Some(t) = &c.ty {
                        s += &format!("({})", self.ty(t, Mode::Owned, module)?);
                    }
                    s += ",\n";
                }
                s += "}\n\n";
            }
            TypeDefKind::Enum(e) => {
                s += &format!(
                    "{}#[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]\n#[component(enum)]\n{krate}pub enum {rust} {{\n",
                    self.derives(true)
                );
                let mut scope = Scope::default();
                for c in &e.cases {
                    s += &doc(&c.docs, &format!("The `{}` case.", c.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    {},\n",
                        c.name,
                        scope.alloc(camel(&c.name))
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Flags(f) => {
                s += &format!(
                    "{}#[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash, ::core::default::Default)]\n#[component(flags)]\n{krate}pub struct {rust} {{\n",
                    self.derives(true)
                );
                let mut scope = Scope::default();
                for flag in &f.flags {
                    s += &doc(&flag.docs, &format!("The `{}` flag.", flag.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    pub {}: bool,\n",
                        flag.name,
                        scope.alloc(snake(&flag.name))
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Resource => {
                if host_owned {
                    if let Some((key, path)) = self.with_resource(id) {
                        // The host's own type stands for the resource.
                        let (key, path) = (key.to_string(), path.to_string());
                        self.used_with.insert(key);
                        s += &format!(
                            "/// The host's `{name}` resource: handles are `Resource<{rust}>`.\npub use {path} as {rust};\n\n"
                        );
                    } else {
                        s += &format!(
                            "/// The host's `{name}` resource: handles are `Resource<{rust}>`.\npub enum {rust} {{}}\n\n"
                        );
                    }
                }
            }
            TypeDefKind::Type(Type::Id(other))
                if matches!(
                    self.resolve.types[self.resolve_alias(*other)].kind,
                    TypeDefKind::Resource
                ) =>
            {
                // `use` of a resource: the marker type under this name too.
                let target = self.resolve_alias(*other);
                if self.host_resource(target) {
                    s += &format!("pub use {} as {rust};\n\n", self.type_path(target, module));
                }
            }
            TypeDefKind::Type(t) => {
                s += &format!(
                    "pub type {rust} = {};\n\n",
                    self.ty(t, Mode::Owned, module)?
                );
            }
            _ => {
                // A named list, option, result, tuple or handle: an alias of its Rust type.
                s += &format!(
                    "pub type {rust} = {};\n\n",
                    self.anonymous(&def.kind, module)?
                );
            }
        }
        // A guest resource (or a `use` of one) has no item, and so no docs.
        if !s.is_empty() {
            self.push(module, &(docs + &s));
        }
        Ok(())
    }

    /// The Rust type of an unnamed type definition.
    fn anonymous(&self, kind: &TypeDefKind, from: &[String]) -> Result<String> {
        let w = self.w();
        Ok(match kind {
            TypeDefKind::List(t) => {
                format!("::std::vec::Vec<{}>", self.ty(t, Mode::Owned, from)?)
            }
            TypeDefKind::Option(t) => {
                format!("::core::option::Option<{}>", self.ty(t, Mode::Owned, from)?)
            }
            TypeDefKind::Result(r) => {
                let part = |t: &Option<Type>| -> Result<String> {
                    match t {
                        Some(t) => self.ty(t, Mode::Owned, from),
                        None => Ok("()".into()),
                    }
                };
                format!(
                    "::core::result::Result<{}, {}>",
                    part(&r.ok)?,
                    part(&r.err)?
                )
            }
            TypeDefKind::Tuple(t) => {
                let tys = t
                    .types
                    .iter()
                    .map(|t| self.ty(t, Mode::Owned, from))
                    .collect::<Result<Vec<_>>>()?;
                if tys.len() > MAX_RUST_TUPLE {
                    format!("{}<{}>", self.wide_tuple(tys.len(), from), tys.join(", "))
                } else {
                    format!("({},)", tys.join(", "))
                }
            }
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                if self.host_resource(*r) {
                    let r = self.resolve_alias(*r);
                    format!("{w}::component::Resource<{}>", self.type_path(r, from))
                } else {
                    format!("{w}::component::ResourceAny")
                }
            }
            other => bail!("`{}` types are not supported yet", other.as_str()),
        })
    }

    fn run(&mut self) -> Result<()> {
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

    fn interface_docs(&self, id: InterfaceId) -> String {
        match self.resolve.id_of(id) {
            Some(name) => name,
            None => self.resolve.interfaces[id].name.clone().unwrap_or_default(),
        }
    }

    /// The trait method of an imported function: name, Rust parameters and result.
    /// The Rust error type mapped to WIT type `id` by `trappable_error_type`, with its key.
    fn mapped_error(&self, id: TypeId) -> Option<(&str, &str)> {
        let id = self.resolve_alias(id);
        let def = &self.resolve.types[id];
        let TypeOwner::Interface(iface) = def.owner else {
            return None;
        };
        let full = self.resolve.id_of(iface)?;
        let bare = full.split('@').next().unwrap_or(&full).to_string();
        let name = def.name.as_deref()?;
        self.opts
            .trappable_error_types
            .iter()
            .find(|(k, _)| *k == format!("{full}/{name}") || *k == format!("{bare}/{name}"))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// For a function returning `result<T, E>` with `E` mapped: `(T's Rust type or "()",
    /// the Rust error, E's definition)`.
    fn mapped_result(
        &self,
        f: &Function,
        module: &[String],
    ) -> Result<Option<(String, String, TypeId)>> {
        let Some(Type::Id(id)) = &f.result else {
            return Ok(None);
        };
        let TypeDefKind::Result(r) = &self.resolve.types[self.resolve_alias(*id)].kind else {
            return Ok(None);
        };
        let Some(Type::Id(err)) = &r.err else {
            return Ok(None);
        };
        let Some((_, rust)) = self.mapped_error(*err) else {
            return Ok(None);
        };
        let ok = match &r.ok {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        Ok(Some((ok, rust.to_string(), self.resolve_alias(*err))))
    }

    /// The method that converts the Rust error mapped to `err` into its WIT value. It is
    /// reserved in its `Host` trait before the functions, so it is never renamed.
    fn convert_method(&self, err: TypeId) -> String {
        let name = self.resolve.types[err].name.clone().unwrap_or_default();
        format!("convert_{}", raw_snake(&name))
    }

    /// The Rust names of `f`'s parameters (a method's `self` is `self_`).
    fn param_names(&self, f: &Function) -> Vec<String> {
        let mut scope = Scope::default();
        f.params
            .iter()
            .map(|p| scope.alloc(snake(&p.name)))
            .collect()
    }

    /// The Rust name of a function's own part: `get` for `[method]r.get`.
    fn short_name(f: &Function) -> &str {
        match f.kind {
            FunctionKind::Freestanding => &f.name,
            _ => f.name.rsplit('.').next().unwrap_or(&f.name),
        }
    }

    /// Names the methods of a host trait: `reserved` first, then each function's own name.
    fn method_names<'f>(
        funcs: impl IntoIterator<Item = &'f Function>,
        reserved: Vec<String>,
    ) -> Vec<(&'f Function, String)> {
        let mut scope = Scope::new(reserved);
        funcs
            .into_iter()
            .map(|f| {
                let name = match f.kind {
                    FunctionKind::Constructor(_) => "new".to_string(),
                    _ => scope.alloc(snake(Self::short_name(f))),
                };
                (f, name)
            })
            .collect()
    }

    /// The trait method of an imported function: its Rust parameters and result.
    fn host_method(&self, f: &Function, module: &[String]) -> Result<(String, String)> {
        if !matches!(
            f.kind,
            FunctionKind::Freestanding
                | FunctionKind::Constructor(_)
                | FunctionKind::Method(_)
                | FunctionKind::Static(_)
        ) {
            bail!(
                "function `{}`: async functions are not supported yet",
                f.name
            );
        }
        let mut params = String::new();
        for (p, name) in f.params.iter().zip(self.param_names(f)) {
            params += &format!(", {name}: {}", self.ty(&p.ty, Mode::Owned, module)?);
        }
        let result = match &f.result {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        let result = if let Some((ok, rust, _)) = self.mapped_result(f, module)? {
            format!(" -> ::core::result::Result<{ok}, {rust}>")
        } else if self.opts.trappable_imports {
            format!(" -> {}::Result<{result}>", self.w())
        } else if result == "()" {
            String::new()
        } else {
            format!(" -> {result}")
        };
        Ok((params, result))
    }

    /// A host trait method's declaration.
    fn host_decl(&self, f: &Function, method: &str, module: &[String]) -> Result<String> {
        let (params, result) = self.host_method(f, module)?;
        Ok(format!(
            "{}    fn {method}(&mut self{params}){result};\n",
            doc(&f.docs, &format!("`{}`.", f.name), "    ")
        ))
    }

    /// The `func_wrap` registering imported function `f` as method `method` of trait `tr`.
    fn wrap_import(
        &self,
        f: &Function,
        tr: &str,
        method: &str,
        module: &[String],
    ) -> Result<String> {
        let names = self.param_names(f);
        let tys = f
            .params
            .iter()
            .map(|p| self.ty(&p.ty, Mode::Owned, module))
            .collect::<Result<Vec<_>>>()?;
        let (ty, pat) = self.param_list(&names, &tys, module);
        let args: String = names.iter().map(|n| format!(", {n}")).collect();
        let call = format!("{tr}::{method}(__get(__store.data_mut()){args})");
        let call = if let Some((_, _, err)) = self.mapped_result(f, module)? {
            // The Rust error becomes the WIT error value, or a trap.
            let host = relative(module, &self.type_module(err), "Host");
            let convert = self.convert_method(err);
            format!(
                "match {call} {{ ::core::result::Result::Ok(v) => ::core::result::Result::Ok(v), ::core::result::Result::Err(e) => ::core::result::Result::Err(<_ as {host}>::{convert}(__get(__store.data_mut()), e)?) }}"
            )
        } else if self.opts.trappable_imports {
            format!("{call}?")
        } else {
            call
        };
        let ret = if f.result.is_some() {
            "::core::result::Result::Ok((__r,))"
        } else {
            "{ let _ = __r; ::core::result::Result::Ok(()) }"
        };
        Ok(format!(
            "    __inst.func_wrap(\"{}\", move |mut __store, {pat}: {ty}| {{\n        let __r = {call};\n        {ret}\n    }})?;\n",
            f.name
        ))
    }

    /// The trait `Host<R>` of host resource `r` (defined in `module`) with its functions
    /// among `funcs`, and the linker code defining the resource and its functions.
    fn host_resource_trait(
        &self,
        r: TypeId,
        funcs: &[&Function],
        module: &[String],
    ) -> Result<(String, String, String)> {
        let w = self.w();
        let rname = self.resolve.types[r].name.clone().unwrap_or_default();
        // The resource's path: an interface imported under two names defines its types once.
        let rust = self.type_path(r, module);
        let tr = format!("Host{}", raw_camel(&rname));
        let mut s = format!(
            "/// The host's implementation of resource `{rname}`.\n#[allow(clippy::too_many_arguments)]\npub trait {tr} {{\n"
        );
        let mut link = String::new();
        let own = funcs.iter().copied().filter(|f| match f.kind {
            FunctionKind::Constructor(o) | FunctionKind::Method(o) | FunctionKind::Static(o) => {
                o == r
            }
            _ => false,
        });
        for (f, m) in Self::method_names(own, vec!["new".into(), "drop".into()]) {
            s += &self.host_decl(f, &m, module)?;
            link += &self.wrap_import(f, &tr, &m, module)?;
        }
        s += &format!(
            "    /// Drops the resource `rep`, whose last owned handle the guest dropped.\n    fn drop(&mut self, rep: {w}::component::Resource<{rust}>) -> {w}::Result<()>;\n}}\n\n"
        );
        let link = format!(
            "    __inst.resource::<{rust}>(\"{rname}\", move |mut __store, __rep| {{\n        {tr}::drop(__get(__store.data_mut()), {w}::component::Resource::new_own(__rep))\n    }})?;\n{link}"
        );
        Ok((tr, s, link))
    }

    /// The module of an interface imported or exported under `key`: a plain name gives a
    /// module of that name, an interface name its package path.
    fn key_module(&self, key: &WorldKey, id: InterfaceId, export: bool) -> ModPath {
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

    /// Generates an imported interface; returns its module if the host implements
    /// something there (functions or resources).
    fn import_interface(&mut self, key: &WorldKey, id: InterfaceId) -> Result<Option<ModPath>> {
        if let Some((k, _)) = self.with_path(id) {
            // Generated elsewhere: only referred to.
            self.used_with.insert(k.to_string());
            return Ok(None);
        }
        let module = self.key_module(key, id, false);
        let iface = self.resolve.interfaces[id].clone();
        let w = self.w().to_string();
        // Types are defined once, under the first name the interface is imported as.
        if first_entry(&mut self.import_modules, id, &module) {
            for (_, t) in &iface.types {
                self.define_type(*t, &module, true)?;
            }
        }
        let link_name = self.resolve.name_world_key(key);
        let resources: Vec<TypeId> = iface
            .types
            .values()
            .copied()
            .filter(|t| matches!(self.resolve.types[*t].kind, TypeDefKind::Resource))
            .collect();
        let mapped: Vec<(TypeId, String, String)> = iface
            .types
            .values()
            .filter_map(|t| {
                let (key, rust) = self.mapped_error(*t)?;
                Some((*t, key.to_string(), rust.to_string()))
            })
            .filter(|(t, _, _)| self.resolve_alias(*t) == *t)
            .collect();
        for (_, key, _) in &mapped {
            self.used_errors.insert(key.clone());
        }
        if iface.functions.is_empty() && resources.is_empty() && mapped.is_empty() {
            // Only types: nothing for the host to implement or define.
            return Ok(None);
        }
        // Resources: a trait each.
        let funcs: Vec<&Function> = iface.functions.values().collect();
        let mut supertraits = Vec::new();
        let mut link = String::new();
        let mut s = String::new();
        for r in &resources {
            let (tr, text, rlink) = self.host_resource_trait(*r, &funcs, &module)?;
            s += &text;
            link += &rlink;
            supertraits.push(tr);
        }
        let supers = if supertraits.is_empty() {
            String::new()
        } else {
            format!(": {}", supertraits.join(" + "))
        };
        s += &format!(
            "/// The host's implementation of `{}`.\n#[allow(clippy::too_many_arguments)]\npub trait Host{supers} {{\n",
            self.interface_docs(id)
        );
        let mut reserved = Vec::new();
        for (t, _, rust) in &mapped {
            let convert = self.convert_method(*t);
            s += &format!(
                "    /// Turns a `{rust}` into the WIT error value, or into a trap.\n    fn {convert}(&mut self, err: {rust}) -> {w}::Result<{}>;\n",
                self.type_ident(*t)
            );
            reserved.push(convert);
        }
        let free = funcs.iter().copied().filter(|f| {
            !matches!(
                f.kind,
                FunctionKind::Constructor(_) | FunctionKind::Method(_) | FunctionKind::Static(_)
            )
        });
        for (f, m) in Self::method_names(free, reserved) {
            s += &self.host_decl(f, &m, &module)?;
            link += &self.wrap_import(f, "Host", &m, &module)?;
        }
        s += "}\n\n";
        // Error conversions that other interfaces define.
        let mut extra = String::new();
        for f in iface.functions.values() {
            if let Some((_, _, err)) = self.mapped_result(f, &module)? {
                let home = self.type_module(err);
                if home != module {
                    let host = relative(&module, &home, "Host");
                    if !extra.contains(&host) {
                        extra += &format!(" + {host}");
                    }
                }
            }
        }
        s += &format!(
            "/// Defines `{link_name}` in `linker`, implemented by the `__U` that `get` finds in the\n/// store's data.\npub fn add_to_linker<__T: 'static, __U: Host{extra} + 'static>(\n    linker: &mut {w}::component::Linker<__T>,\n    get: fn(&mut __T) -> &mut __U,\n) -> {w}::Result<()> {{\n    let __get = get;\n    let mut __inst = linker.instance(\"{link_name}\")?;\n{link}    let _ = (&mut __inst, __get);\n    ::core::result::Result::Ok(())\n}}\n\n"
        );
        self.push(&module, &s);
        Ok(Some(module))
    }

    /// The Rust pieces of an exported function's call: parameter list, typed parameter
    /// type and value for the call, owned parameter type for the check, and result type.
    fn guest_call(
        &self,
        f: &Function,
        module: &[String],
    ) -> Result<(String, String, String, String, String)> {
        let names = self.param_names(f);
        let mut params = String::new();
        let mut call_tys = Vec::new();
        let mut check_tys = Vec::new();
        for (p, name) in f.params.iter().zip(&names) {
            let ty = self.ty(&p.ty, Mode::Param, module)?;
            params += &format!(", {name}: {ty}");
            call_tys.push(ty);
            check_tys.push(self.ty(&p.ty, Mode::Owned, module)?);
        }
        let (call_ty, args) = self.param_list(&names, &call_tys, module);
        let (check_ty, _) = self.param_list(&names, &check_tys, module);
        let result = match &f.result {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        Ok((params, call_ty, args, check_ty, result))
    }

    /// A method calling exported function `f` stored in field `field`.
    fn call_method(
        &self,
        f: &Function,
        field: &str,
        method: &str,
        module: &[String],
    ) -> Result<String> {
        let w = self.w();
        let (params, call_ty, args, _, result) = self.guest_call(f, module)?;
        let results = if f.result.is_some() {
            format!("({result},)")
        } else {
            "()".into()
        };
        let ret = if f.result.is_some() {
            "::core::result::Result::Ok(__r.0)"
        } else {
            "{ let () = __r; ::core::result::Result::Ok(()) }"
        };
        Ok(format!(
            "    /// Calls `{}`.\n    pub fn {method}<__T: 'static>(&self, mut __store: impl {w}::AsContextMut<Data = __T>{params}) -> {w}::Result<{result}> {{\n        let __f = {w}::component::__internal::typed_func::<{call_ty}, {results}>(&self.{field});\n        let __r = __f.call(__store.as_context_mut(), {args})?;\n        {ret}\n    }}\n",
            f.name
        ))
    }

    /// The type check of exported function `f`, at instantiation, binding it to `field`.
    fn check_call(
        &self,
        f: &Function,
        lookup: &str,
        field: &str,
        module: &[String],
    ) -> Result<String> {
        let w = self.w();
        let (_, _, _, check_ty, result) = self.guest_call(f, module)?;
        let results = if f.result.is_some() {
            format!("({result},)")
        } else {
            "()".into()
        };
        Ok(format!(
            "        let {field} = {lookup}.get_func(&mut store, \"{}\").ok_or_else(|| {w}::component::__internal::missing_export(\"{}\"))?;\n        {field}.typed::<{check_ty}, {results}>()?;\n",
            f.name, f.name
        ))
    }

    fn export_interface(&mut self, key: &WorldKey, id: InterfaceId) -> Result<ModPath> {
        let module = self.key_module(key, id, true);
        let iface = self.resolve.interfaces[id].clone();
        let w = self.w().to_string();
        let export_name = self.resolve.name_world_key(key);
        if first_entry(&mut self.export_modules, id, &module) {
            for (_, t) in &iface.types {
                self.define_type(*t, &module, false)?;
            }
        }
        let funcs: Vec<&Function> = iface.functions.values().collect();
        // The fields are private: named by position, they need no WIT name.
        let fields: Vec<String> = (0..funcs.len()).map(|i| format!("__f{i}")).collect();
        let mut decls = String::new();
        let mut init = String::new();
        let mut methods = String::new();
        let mut resources = String::new();
        let mut scope = Scope::new(["new"]);
        for (f, field) in funcs.iter().zip(&fields) {
            decls += &format!("    {field}: {w}::component::Func,\n");
            init += &self.check_call(f, "exports", field, &module)?;
            match &f.kind {
                FunctionKind::Freestanding => {
                    let method = scope.alloc(format!("call_{}", raw_snake(&f.name)));
                    methods += &self.call_method(f, field, &method, &module)?;
                }
                FunctionKind::Constructor(_)
                | FunctionKind::Method(_)
                | FunctionKind::Static(_) => {}
                _ => bail!(
                    "function `{}`: async functions are not supported yet",
                    f.name
                ),
            }
        }
        // Guest resources: a view per resource with its constructor, methods and statics.
        for (_, t) in &iface.types {
            let def = &self.resolve.types[*t];
            if !matches!(def.kind, TypeDefKind::Resource) {
                continue;
            }
            let rname = def.name.clone().unwrap_or_default();
            let view = format!("Guest{}", raw_camel(&rname));
            let mut rscope = Scope::new(["call_constructor"]);
            let mut rmethods = String::new();
            for (f, field) in funcs.iter().zip(&fields) {
                let (owner, method) = match f.kind {
                    FunctionKind::Constructor(o) => (o, "call_constructor".to_string()),
                    FunctionKind::Method(o) | FunctionKind::Static(o) => (
                        o,
                        rscope.alloc(format!("call_{}", raw_snake(Self::short_name(f)))),
                    ),
                    _ => continue,
                };
                if owner != *t {
                    continue;
                }
                rmethods += &self
                    .call_method(f, field, &method, &module)?
                    .replace("&self.", "&self.0.");
            }
            resources += &format!(
                "/// Calls of the guest's resource `{rname}`.\npub struct {view}<'a>(&'a Guest);\n\n#[allow(clippy::too_many_arguments)]\nimpl {view}<'_> {{\n{rmethods}}}\n\nimpl Guest {{\n    /// The calls of resource `{rname}`.\n    pub fn {}(&self) -> {view}<'_> {{\n        {view}(self)\n    }}\n}}\n\n",
                scope.alloc(snake(&rname))
            );
        }
        let s = format!(
            "/// The guest's exports of `{export_name}`.\npub struct Guest {{\n{decls}}}\n\n#[allow(clippy::too_many_arguments)]\nimpl Guest {{\n    /// Finds and checks the exports of `{export_name}` in `instance`.\n    pub fn new(mut store: impl {w}::AsContextMut, instance: &{w}::component::Instance) -> {w}::Result<Guest> {{\n        let exports = instance.get_instance(\"{export_name}\").ok_or_else(|| {w}::component::__internal::missing_export(\"{export_name}\"))?;\n{init}        let _ = &mut store;\n        ::core::result::Result::Ok(Guest {{ {} }})\n    }}\n\n{methods}}}\n\n{resources}",
            fields.join(", ")
        );
        self.push(&module, &s);
        Ok(module)
    }

    fn world_struct(
        &mut self,
        import_ifaces: &[ModPath],
        world_funcs: &[Function],
        export_ifaces: &[(WorldKey, ModPath)],
        export_funcs: &[Function],
    ) -> Result<()> {
        let w = self.w().to_string();
        let world = &self.resolve.worlds[self.world];
        let name = camel(&world.name);
        let raw = raw_camel(&world.name);
        let root: ModPath = Vec::new();
        let mut s = String::new();
        let mut bounds: Vec<String> = import_ifaces
            .iter()
            .map(|m| relative(&root, m, "Host"))
            .collect();
        let mut link = String::new();
        for m in import_ifaces {
            link += &format!(
                "        {}(linker, get)?;\n",
                relative(&root, m, "add_to_linker")
            );
        }
        // World-level resources: a `Host<R>` trait each, as in an interface.
        let funcs: Vec<&Function> = world_funcs.iter().collect();
        let mut wraps = String::new();
        for item in world.imports.values() {
            let WorldItem::Type { id, .. } = item else {
                continue;
            };
            if !matches!(self.resolve.types[*id].kind, TypeDefKind::Resource) {
                continue;
            }
            let (tr, text, rlink) = self.host_resource_trait(*id, &funcs, &root)?;
            s += &text;
            wraps += &rlink;
            bounds.push(tr);
        }
        // Imported world functions.
        let free: Vec<&Function> = funcs
            .iter()
            .copied()
            .filter(|f| {
                !matches!(
                    f.kind,
                    FunctionKind::Constructor(_)
                        | FunctionKind::Method(_)
                        | FunctionKind::Static(_)
                )
            })
            .collect();
        if !free.is_empty() {
            let tr = format!("{raw}Imports");
            s += &format!(
                "/// The host's implementation of the functions `{}` imports.\n#[allow(clippy::too_many_arguments)]\npub trait {tr} {{\n",
                world.name
            );
            for (f, m) in Self::method_names(free, Vec::new()) {
                s += &self.host_decl(f, &m, &root)?;
                wraps += &self.wrap_import(f, &tr, &m, &root)?;
            }
            s += "}\n\n";
            bounds.push(tr);
        }
        if !wraps.is_empty() {
            link += &format!(
                "        let __get = get;\n        let mut __inst = linker.root();\n{wraps}        let _ = &mut __inst;\n"
            );
        }
        let bound = if bounds.is_empty() {
            "::core::marker::Sized".to_string()
        } else {
            bounds.join(" + ")
        };
        let mut decls = String::new();
        let mut init = String::new();
        let mut methods = String::new();
        let mut fields = Vec::new();
        let mut scope = Scope::new(["instantiate", "new", "add_to_linker"]);
        for (i, f) in export_funcs.iter().enumerate() {
            let field = format!("__f{i}");
            decls += &format!("    {field}: {w}::component::Func,\n");
            init += &self.check_call(f, "instance", &field, &root)?;
            let method = scope.alloc(format!("call_{}", raw_snake(&f.name)));
            methods += &self.call_method(f, &field, &method, &root)?;
            fields.push(field);
        }
        for (i, (key, module)) in export_ifaces.iter().enumerate() {
            let guest = relative(&root, module, "Guest");
            let field = format!("__i{i}");
            let accessor = match key {
                WorldKey::Name(n) => snake(n),
                WorldKey::Interface(_) => {
                    let parts: Vec<&str> = module[1..]
                        .iter()
                        .map(|m| m.trim_start_matches("r#"))
                        .collect();
                    escape(parts.join("_"))
                }
            };
            decls += &format!("    {field}: {guest},\n");
            init += &format!("        let {field} = {guest}::new(&mut store, instance)?;\n");
            methods += &format!(
                "    /// The exports of `{}`.\n    pub fn {}(&self) -> &{guest} {{\n        &self.{field}\n    }}\n",
                self.resolve.name_world_key(key),
                scope.alloc(accessor)
            );
            fields.push(field);
        }
        s += &format!(
            "/// The exports of an instance of world `{wname}`, ready to call.\npub struct {name} {{\n{decls}}}\n\n#[allow(non_snake_case, clippy::too_many_arguments)]\nimpl {name} {{\n    /// Instantiates `component` with `linker`'s definitions and finds its exports.\n    pub fn instantiate<__T: 'static>(mut store: impl {w}::AsContextMut<Data = __T>, component: &{w}::component::Component, linker: &{w}::component::Linker<__T>) -> {w}::Result<{name}> {{\n        let instance = linker.instantiate(&mut store, component)?;\n        {name}::new(store, &instance)\n    }}\n\n    /// Finds and checks the exports of `instance`.\n    pub fn new(mut store: impl {w}::AsContextMut, instance: &{w}::component::Instance) -> {w}::Result<{name}> {{\n{init}        let _ = (&mut store, instance);\n        ::core::result::Result::Ok({name} {{ {} }})\n    }}\n\n    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`\n    /// finds in the store's data.\n    pub fn add_to_linker<__T: 'static, __U: {bound} + 'static>(linker: &mut {w}::component::Linker<__T>, get: fn(&mut __T) -> &mut __U) -> {w}::Result<()> {{\n{link}        let _ = (linker, get);\n        ::core::result::Result::Ok(())\n    }}\n\n{methods}}}\n\n",
            fields.join(", "),
            wname = world.name,
        );
        s += &format!(
            "/// `{name}` ready to instantiate quickly: the imports are resolved.\npub struct {raw}Pre<__T> {{\n    pre: {w}::component::InstancePre<__T>,\n}}\n\nimpl<__T: 'static> {raw}Pre<__T> {{\n    /// Wraps an `InstancePre` of a component of this world.\n    pub fn new(pre: {w}::component::InstancePre<__T>) -> {w}::Result<Self> {{\n        ::core::result::Result::Ok(Self {{ pre }})\n    }}\n\n    /// Instantiates the component in `store` and finds its exports.\n    pub fn instantiate(&self, mut store: impl {w}::AsContextMut<Data = __T>) -> {w}::Result<{name}> {{\n        let instance = self.pre.instantiate(&mut store)?;\n        {name}::new(store, &instance)\n    }}\n}}\n\n"
        );
        self.push(&root, &s);
        Ok(())
    }

    /// The `__wicker` module: a tuple struct for each length of tuple or parameter list
    /// that Rust tuples do not cover.
    fn helpers(&mut self) {
        let wide: Vec<usize> = self.wide.borrow().iter().copied().collect();
        if wide.is_empty() {
            return;
        }
        let w = self.w().to_string();
        let mut s = String::new();
        for n in wide {
            let params: Vec<String> = (0..n).map(|i| format!("T{i}")).collect();
            let fields: Vec<String> = params.iter().map(|p| format!("pub {p}")).collect();
            s += &format!(
                "/// A WIT tuple (or parameter list) of {n} values.\n{}#[component(tuple)]\n#[component(wicker = \"{w}\")]\npub struct Tuple{n}<{}>({});\n\n",
                self.derives(true),
                params.join(", "),
                fields.join(", ")
            );
        }
        self.push(&vec![HELPERS.to_string()], &s);
    }

    /// The modules, nested, as one source text.
    fn finish(&self) -> String {
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
