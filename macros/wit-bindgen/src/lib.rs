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

use anyhow::{Result, bail};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use wit_parser::{
    Function, FunctionKind, Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner,
    WorldId, WorldItem, WorldKey,
};

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
        modules: BTreeMap::new(),
        imported: HashSet::new(),
        exported: HashSet::new(),
        used_with: HashSet::new(),
        used_errors: HashSet::new(),
        import_modules: Default::default(),
        export_modules: Default::default(),
    };
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

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];

/// A WIT name in snake case, escaped if it is a Rust keyword.
fn snake(name: &str) -> String {
    let s = name.replace('-', "_");
    escape(s)
}

fn escape(s: String) -> String {
    if matches!(s.as_str(), "self" | "Self" | "super" | "crate") {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// A WIT name in upper camel case.
fn camel(name: &str) -> String {
    let mut out = String::new();
    for part in name.split('-') {
        let mut chars = part.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.extend(chars);
        }
    }
    if out.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    escape(out)
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
    text.lines()
        .map(|l| {
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
    let mut s = String::new();
    for _ in from {
        s.push_str("super::");
    }
    for m in to {
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
            path.push(snake(&name.namespace));
            path.push(snake(&name.name));
        }
        path.push(snake(iface.name.as_deref().unwrap_or("interface")));
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
                Mode::Owned => "String".into(),
            },
            Type::ErrorContext => bail!("`error-context` is not supported yet"),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if let (Some(name), false) = (&def.name, matches!(def.kind, TypeDefKind::Resource))
                {
                    let path = relative(from, &self.type_module(*id), &camel(name));
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
            "Debug".to_string(),
        ];
        if clone_eq {
            d.push("Clone".into());
            d.push("PartialEq".into());
        }
        d.extend(self.opts.additional_derives.iter().cloned());
        format!("#[derive({})]\n", d.join(", "))
    }

    /// Defines named type `id` in module `module`.
    fn define_type(&mut self, id: TypeId, module: &ModPath, host_owned: bool) -> Result<()> {
        let def = &self.resolve.types[id];
        let Some(name) = &def.name else { return Ok(()) };
        let rust = camel(name);
        let w = self.w().to_string();
        let krate = format!("#[component(wicker = \"{w}\")]\n");
        let mut s = doc(&def.docs, &format!("The WIT type `{name}`."), "");
        match &def.kind {
            TypeDefKind::Record(r) => {
                let eq = !r.fields.iter().any(|f| self.has_handle(&f.ty));
                s += &self.derives(eq);
                s += &format!("#[component(record)]\n{krate}pub struct {rust} {{\n");
                for f in &r.fields {
                    s += &doc(&f.docs, &format!("The `{}` field.", f.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    pub {}: {},\n",
                        f.name,
                        snake(&f.name),
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
                for c in &v.cases {
                    s += &doc(&c.docs, &format!("The `{}` case.", c.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    {}",
                        c.name,
                        camel(&c.name)
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
                    "{}#[derive(Copy, Eq, Hash)]\n#[component(enum)]\n{krate}pub enum {rust} {{\n",
                    self.derives(true)
                );
                for c in &e.cases {
                    s += &doc(&c.docs, &format!("The `{}` case.", c.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    {},\n",
                        c.name,
                        camel(&c.name)
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Flags(f) => {
                s += &format!(
                    "{}#[derive(Copy, Eq, Hash, Default)]\n#[component(flags)]\n{krate}pub struct {rust} {{\n",
                    self.derives(true)
                );
                for flag in &f.flags {
                    s += &doc(&flag.docs, &format!("The `{}` flag.", flag.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    pub {}: bool,\n",
                        flag.name,
                        snake(&flag.name)
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
                    let tname = self.resolve.types[target].name.clone().unwrap_or_default();
                    s += &format!(
                        "pub use {} as {rust};\n\n",
                        relative(module, &self.type_module(target), &camel(&tname))
                    );
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
                let anonymous = wit_parser::TypeDef {
                    name: None,
                    ..def.clone()
                };
                let _ = anonymous;
                s += &format!(
                    "pub type {rust} = {};\n\n",
                    self.anonymous(&def.kind, module)?
                );
            }
        }
        self.push(module, &s);
        Ok(())
    }

    /// The Rust type of an unnamed type definition.
    fn anonymous(&self, kind: &TypeDefKind, from: &[String]) -> Result<String> {
        let w = self.w();
        Ok(match kind {
            TypeDefKind::List(t) => format!("Vec<{}>", self.ty(t, Mode::Owned, from)?),
            TypeDefKind::Option(t) => format!("Option<{}>", self.ty(t, Mode::Owned, from)?),
            TypeDefKind::Result(r) => {
                let part = |t: &Option<Type>| -> Result<String> {
                    match t {
                        Some(t) => self.ty(t, Mode::Owned, from),
                        None => Ok("()".into()),
                    }
                };
                format!("Result<{}, {}>", part(&r.ok)?, part(&r.err)?)
            }
            TypeDefKind::Tuple(t) => {
                let mut s = String::from("(");
                for t in &t.types {
                    s += &self.ty(t, Mode::Owned, from)?;
                    s += ", ";
                }
                s + ")"
            }
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                if self.host_resource(*r) {
                    let r = self.resolve_alias(*r);
                    let name = self.resolve.types[r].name.clone().unwrap_or_default();
                    format!(
                        "{w}::component::Resource<{}>",
                        relative(from, &self.type_module(r), &camel(&name))
                    )
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
        self.world_struct(&import_ifaces, &world_funcs, &export_ifaces, &export_funcs)
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

    /// The method that converts the Rust error mapped to `err` into its WIT value.
    fn convert_method(&self, err: TypeId) -> String {
        let name = self.resolve.types[err].name.clone().unwrap_or_default();
        format!("convert_{}", snake(&name).trim_start_matches("r#"))
    }

    fn host_method(&self, f: &Function, module: &[String]) -> Result<(String, String, String)> {
        let name = match &f.kind {
            FunctionKind::Constructor(_) => "new".to_string(),
            FunctionKind::Method(_) | FunctionKind::Static(_) => {
                snake(f.name.rsplit('.').next().unwrap_or(&f.name))
            }
            FunctionKind::Freestanding => snake(&f.name),
            _ => bail!(
                "function `{}`: async functions are not supported yet",
                f.name
            ),
        };
        let mut params = String::new();
        for p in &f.params {
            params += &format!(
                ", {}: {}",
                snake(&p.name),
                self.ty(&p.ty, Mode::Owned, module)?
            );
        }
        let result = match &f.result {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        let result = if let Some((ok, rust, _)) = self.mapped_result(f, module)? {
            format!(" -> Result<{ok}, {rust}>")
        } else if self.opts.trappable_imports {
            format!(" -> {}::Result<{result}>", self.w())
        } else if result == "()" {
            String::new()
        } else {
            format!(" -> {result}")
        };
        Ok((name, params, result))
    }

    /// The `func_wrap` registering imported function `f` whose trait is `tr`.
    fn wrap_import(&self, f: &Function, tr: &str, module: &[String]) -> Result<String> {
        let (method, _, _) = self.host_method(f, module)?;
        let mut names = String::new();
        let mut tys = String::new();
        for p in &f.params {
            names += &format!("{}, ", snake(&p.name));
            tys += &format!("{}, ", self.ty(&p.ty, Mode::Owned, module)?);
        }
        let call = format!("{tr}::{method}(__get(__store.data_mut()), {names})");
        let call = if let Some((_, _, err)) = self.mapped_result(f, module)? {
            // The Rust error becomes the WIT error value, or a trap.
            let host = relative(module, &self.type_module(err), "Host");
            let convert = self.convert_method(err);
            format!(
                "match {call} {{ Ok(v) => Ok(v), Err(e) => Err(<_ as {host}>::{convert}(__get(__store.data_mut()), e)?) }}"
            )
        } else if self.opts.trappable_imports {
            format!("{call}?")
        } else {
            call
        };
        let ret = if f.result.is_some() {
            "Ok((__r,))"
        } else {
            "{ let _ = __r; Ok(()) }"
        };
        Ok(format!(
            "    __inst.func_wrap(\"{}\", move |mut __store, ({names}): ({tys})| {{\n        let __r = {call};\n        {ret}\n    }})?;\n",
            f.name
        ))
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
                path.push(snake(n));
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
        let has_resources = iface
            .types
            .values()
            .any(|t| matches!(self.resolve.types[*t].kind, TypeDefKind::Resource));
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
        if iface.functions.is_empty() && !has_resources && mapped.is_empty() {
            // Only types: nothing for the host to implement or define.
            return Ok(None);
        }
        // Resources: a trait each.
        let mut supertraits = Vec::new();
        let mut link = String::new();
        let mut s = String::new();
        for (_, t) in &iface.types {
            let def = &self.resolve.types[*t];
            if !matches!(def.kind, TypeDefKind::Resource) {
                continue;
            }
            let rname = def.name.clone().unwrap_or_default();
            let rust = camel(&rname);
            let tr = format!("Host{rust}");
            s += &format!(
                "/// The host's implementation of resource `{rname}`.\npub trait {tr} {{\n"
            );
            for f in iface.functions.values() {
                let owner = match f.kind {
                    FunctionKind::Constructor(o)
                    | FunctionKind::Method(o)
                    | FunctionKind::Static(o) => o,
                    _ => continue,
                };
                if owner != *t {
                    continue;
                }
                let (m, params, result) = self.host_method(f, &module)?;
                // A method's first WIT parameter, `self`, becomes `self_`.
                s += &doc(&f.docs, &format!("`{}`.", f.name), "    ");
                s += &format!("    fn {m}(&mut self{params}){result};\n");
                link += &self.wrap_import(f, &tr, &module)?;
            }
            s += &format!(
                "    /// Drops the resource `rep`, whose last owned handle the guest dropped.\n    fn drop(&mut self, rep: {w}::component::Resource<{rust}>) -> {w}::Result<()>;\n}}\n\n"
            );
            link = format!(
                "    __inst.resource::<{rust}>(\"{rname}\", move |mut __store, __rep| {{\n        {tr}::drop(__get(__store.data_mut()), {w}::component::Resource::new_own(__rep))\n    }})?;\n{link}"
            );
            supertraits.push(tr);
        }
        let supers = if supertraits.is_empty() {
            String::new()
        } else {
            format!(": {}", supertraits.join(" + "))
        };
        s += &format!(
            "/// The host's implementation of `{}`.\npub trait Host{supers} {{\n",
            self.interface_docs(id)
        );
        for (t, _, rust) in &mapped {
            let wit = camel(self.resolve.types[*t].name.as_deref().unwrap_or_default());
            s += &format!(
                "    /// Turns a `{rust}` into the WIT error value, or into a trap.\n    fn {}(&mut self, err: {rust}) -> {w}::Result<{wit}>;\n",
                self.convert_method(*t)
            );
        }
        for f in iface.functions.values() {
            if !matches!(f.kind, FunctionKind::Freestanding) {
                continue;
            }
            let (m, params, result) = self.host_method(f, &module)?;
            s += &doc(&f.docs, &format!("`{}`.", f.name), "    ");
            s += &format!("    fn {m}(&mut self{params}){result};\n");
            link += &self.wrap_import(f, "Host", &module)?;
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
            "/// Defines `{link_name}` in `linker`, implemented by the `U` that `get` finds in the\n/// store's data.\npub fn add_to_linker<T: 'static, U: Host{extra} + 'static>(\n    linker: &mut {w}::component::Linker<T>,\n    get: fn(&mut T) -> &mut U,\n) -> {w}::Result<()> {{\n    let __get = get;\n    let mut __inst = linker.instance(\"{link_name}\")?;\n{link}    let _ = (&mut __inst, __get);\n    Ok(())\n}}\n\n"
        );
        self.push(&module, &s);
        Ok(Some(module))
    }

    /// The Rust pieces of an exported function's call: parameter list, typed parameter
    /// tuple for the call, owned tuple for the check, and result type.
    fn guest_call(
        &self,
        f: &Function,
        module: &[String],
    ) -> Result<(String, String, String, String, String)> {
        let mut params = String::new();
        let mut args = String::new();
        let mut call_tys = String::new();
        let mut check_tys = String::new();
        for p in &f.params {
            let name = snake(&p.name);
            let ty = self.ty(&p.ty, Mode::Param, module)?;
            params += &format!(", {name}: {ty}");
            args += &format!("{name}, ");
            call_tys += &format!("{ty}, ");
            check_tys += &format!("{}, ", self.ty(&p.ty, Mode::Owned, module)?);
        }
        let result = match &f.result {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        Ok((params, args, call_tys, check_tys, result))
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
        let (params, args, call_tys, _, result) = self.guest_call(f, module)?;
        let results = if f.result.is_some() {
            format!("({result},)")
        } else {
            "()".into()
        };
        let ret = if f.result.is_some() {
            "Ok(__r.0)"
        } else {
            "{ let () = __r; Ok(()) }"
        };
        Ok(format!(
            "    /// Calls `{}`.\n    pub fn {method}<T: 'static>(&self, mut __store: impl {w}::AsContextMut<Data = T>{params}) -> {w}::Result<{result}> {{\n        let __f = {w}::component::__internal::typed_func::<({call_tys}), {results}>(&self.{field});\n        let __r = __f.call(__store.as_context_mut(), ({args}))?;\n        {ret}\n    }}\n",
            f.name
        ))
    }

    /// The type check of exported function `f`, at instantiation.
    fn check_call(&self, f: &Function, lookup: &str, module: &[String]) -> Result<String> {
        let w = self.w();
        let (_, _, _, check_tys, result) = self.guest_call(f, module)?;
        let results = if f.result.is_some() {
            format!("({result},)")
        } else {
            "()".into()
        };
        Ok(format!(
            "        let func = {lookup}.get_func(&mut store, \"{}\").ok_or_else(|| {w}::component::__internal::missing_export(\"{}\"))?;\n        func.typed::<({check_tys}), {results}>()?;\n",
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
        let mut fields = String::new();
        let mut init = String::new();
        let mut methods = String::new();
        let mut resources = String::new();
        for f in &funcs {
            let field = format!(
                "f_{}",
                snake(&f.name.replace(['[', ']', '.'], "-")).trim_start_matches("r#")
            );
            fields += &format!("    {field}: {w}::component::Func,\n");
            init += &self.check_call(f, "exports", &module)?;
            init += &format!("        let {field} = func;\n");
            match &f.kind {
                FunctionKind::Freestanding => {
                    methods += &self.call_method(
                        f,
                        &field,
                        &format!("call_{}", snake(&f.name).trim_start_matches("r#")),
                        &module,
                    )?;
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
            let rust = camel(&rname);
            let mut rmethods = String::new();
            for f in &funcs {
                let (owner, method) = match f.kind {
                    FunctionKind::Constructor(o) => (o, "call_constructor".to_string()),
                    FunctionKind::Method(o) | FunctionKind::Static(o) => (
                        o,
                        format!(
                            "call_{}",
                            snake(f.name.rsplit('.').next().unwrap_or(&f.name))
                                .trim_start_matches("r#")
                        ),
                    ),
                    _ => continue,
                };
                if owner != *t {
                    continue;
                }
                let field = format!(
                    "f_{}",
                    snake(&f.name.replace(['[', ']', '.'], "-")).trim_start_matches("r#")
                );
                rmethods += &self
                    .call_method(f, &field, &method, &module)?
                    .replace("&self.", "&self.0.");
            }
            resources += &format!(
                "/// Calls of the guest's resource `{rname}`.\npub struct Guest{rust}<'a>(&'a Guest);\n\nimpl Guest{rust}<'_> {{\n{rmethods}}}\n\nimpl Guest {{\n    /// The calls of resource `{rname}`.\n    pub fn {}(&self) -> Guest{rust}<'_> {{\n        Guest{rust}(self)\n    }}\n}}\n\n",
                snake(&rname)
            );
        }
        let names: Vec<String> = funcs
            .iter()
            .map(|f| {
                format!(
                    "f_{}",
                    snake(&f.name.replace(['[', ']', '.'], "-")).trim_start_matches("r#")
                )
            })
            .collect();
        let s = format!(
            "/// The guest's exports of `{export_name}`.\npub struct Guest {{\n{fields}}}\n\nimpl Guest {{\n    /// Finds and checks the exports of `{export_name}` in `instance`.\n    pub fn new(mut store: impl {w}::AsContextMut, instance: &{w}::component::Instance) -> {w}::Result<Guest> {{\n        let exports = instance.get_instance(\"{export_name}\").ok_or_else(|| {w}::component::__internal::missing_export(\"{export_name}\"))?;\n{init}        let _ = &mut store;\n        Ok(Guest {{ {} }})\n    }}\n\n{methods}}}\n\n{resources}",
            names.join(", ")
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
        let root: ModPath = Vec::new();
        let mut s = String::new();
        // Imported world functions.
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
        if !world_funcs.is_empty() {
            let tr = format!("{name}Imports");
            s += &format!(
                "/// The host's implementation of the functions `{}` imports.\npub trait {tr} {{\n",
                world.name
            );
            let mut wraps = String::new();
            for f in world_funcs {
                let (m, params, result) = self.host_method(f, &root)?;
                s += &doc(&f.docs, &format!("`{}`.", f.name), "    ");
                s += &format!("    fn {m}(&mut self{params}){result};\n");
                wraps += &self
                    .wrap_import(f, &tr, &root)?
                    .replace("    __inst.", "        __inst.");
            }
            s += "}\n\n";
            bounds.push(tr);
            link += &format!(
                "        let __get = get;\n        let mut __inst = linker.root();\n{wraps}        let _ = &mut __inst;\n"
            );
        }
        let bound = if bounds.is_empty() {
            "Sized".to_string()
        } else {
            bounds.join(" + ")
        };
        let mut fields = String::new();
        let mut init = String::new();
        let mut methods = String::new();
        let mut names = Vec::new();
        for f in export_funcs {
            let field = format!("f_{}", snake(&f.name).trim_start_matches("r#"));
            fields += &format!("    {field}: {w}::component::Func,\n");
            init += &self.check_call(f, "instance", &root)?;
            init += &format!("        let {field} = func;\n");
            methods += &self.call_method(
                f,
                &field,
                &format!("call_{}", snake(&f.name).trim_start_matches("r#")),
                &root,
            )?;
            names.push(field);
        }
        for (key, module) in export_ifaces {
            let guest = relative(&root, module, "Guest");
            let field = format!("i_{}", module[1..].join("_").replace("r#", ""));
            fields += &format!("    {field}: {guest},\n");
            init += &format!("        let {field} = {guest}::new(&mut store, instance)?;\n");
            methods += &format!(
                "    /// The exports of `{}`.\n    pub fn {}(&self) -> &{guest} {{\n        &self.{field}\n    }}\n",
                self.resolve.name_world_key(key),
                field.trim_start_matches("i_")
            );
            names.push(field);
        }
        s += &format!(
            "/// The exports of an instance of world `{wname}`, ready to call.\npub struct {name} {{\n{fields}}}\n\nimpl {name} {{\n    /// Instantiates `component` with `linker`'s definitions and finds its exports.\n    pub fn instantiate<T: 'static>(mut store: impl {w}::AsContextMut<Data = T>, component: &{w}::component::Component, linker: &{w}::component::Linker<T>) -> {w}::Result<{name}> {{\n        let instance = linker.instantiate(&mut store, component)?;\n        {name}::new(store, &instance)\n    }}\n\n    /// Finds and checks the exports of `instance`.\n    pub fn new(mut store: impl {w}::AsContextMut, instance: &{w}::component::Instance) -> {w}::Result<{name}> {{\n{init}        let _ = (&mut store, instance);\n        Ok({name} {{ {} }})\n    }}\n\n    /// Defines every import of the world in `linker`, implemented by the `U` that `get`\n    /// finds in the store's data.\n    pub fn add_to_linker<T: 'static, U: {bound} + 'static>(linker: &mut {w}::component::Linker<T>, get: fn(&mut T) -> &mut U) -> {w}::Result<()> {{\n{link}        let _ = (linker, get);\n        Ok(())\n    }}\n\n{methods}}}\n\n",
            names.join(", "),
            wname = world.name,
        );
        s += &format!(
            "/// `{name}` ready to instantiate quickly: the imports are resolved.\npub struct {name}Pre<T> {{\n    pre: {w}::component::InstancePre<T>,\n}}\n\nimpl<T: 'static> {name}Pre<T> {{\n    /// Wraps an `InstancePre` of a component of this world.\n    pub fn new(pre: {w}::component::InstancePre<T>) -> {w}::Result<Self> {{\n        Ok({name}Pre {{ pre }})\n    }}\n\n    /// Instantiates the component in `store` and finds its exports.\n    pub fn instantiate(&self, mut store: impl {w}::AsContextMut<Data = T>) -> {w}::Result<{name}> {{\n        let instance = self.pre.instantiate(&mut store)?;\n        {name}::new(store, &instance)\n    }}\n}}\n\n"
        );
        self.push(&root, &s);
        Ok(())
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
                    "/// Generated bindings: `{name}`.\n#[allow(dead_code, clippy::all)]\npub mod {name} {{"
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
