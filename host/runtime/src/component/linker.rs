//! Supplying a component's imports by name.

use super::component::Component;
use super::func::Func;
use super::instance::{ComponentDef, Exports, Instance, Item, TypeDef, instantiate};
use super::resources::ResourceType;
use super::typed::{ComponentNamedList, Lift, Lower};
use super::val::Val;
use crate::store::{AsContextMut, StoreContextMut};
use crate::{Engine, Module};
use anyhow::{Context, Result, bail};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::Arc;
use wicker_environ::component::{ComponentTypes, ItemType, TypeResourceTableIndex};

/// Host definitions for the imports of components, by name, for stores whose data is `T`.
///
/// The root namespace holds top-level imports; [`Linker::instance`] opens the namespace of
/// an imported instance such as `"wasi:cli/stdout@0.2.6"`. An import whose name carries a
/// semver version is also satisfied by a definition of a compatible version (the same
/// major version, or for `0.x` the same minor), the newest one found.
pub struct Linker<T> {
    engine: Engine,
    root: Namespace,
    allow_shadowing: bool,
    _data: PhantomData<fn(T) -> T>,
}

#[derive(Clone, Default)]
struct Namespace {
    items: Vec<(String, Definition)>,
}

#[derive(Clone)]
enum Definition {
    Func(Func),
    Instance(Namespace),
    Resource(ResourceType),
    Module(Module),
    Component(Component),
}

impl Definition {
    fn desc(&self) -> &'static str {
        match self {
            Definition::Func(_) => "a function",
            Definition::Instance(_) => "an instance",
            Definition::Resource(_) => "a resource type",
            Definition::Module(_) => "a module",
            Definition::Component(_) => "a component",
        }
    }
}

/// A namespace of a [`Linker`], where definitions are added.
pub struct LinkerInstance<'a, T> {
    ns: &'a mut Namespace,
    allow_shadowing: bool,
    _data: PhantomData<fn(T) -> T>,
}

impl<T: 'static> Linker<T> {
    /// An empty linker for components of `engine`.
    pub fn new(engine: &Engine) -> Linker<T> {
        Linker {
            engine: engine.clone(),
            root: Namespace::default(),
            allow_shadowing: false,
            _data: PhantomData,
        }
    }

    /// The linker's engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Whether a definition may replace an earlier one of the same name (off by default:
    /// redefining is an error).
    pub fn allow_shadowing(&mut self, allow: bool) -> &mut Self {
        self.allow_shadowing = allow;
        self
    }

    /// The root namespace.
    pub fn root(&mut self) -> LinkerInstance<'_, T> {
        LinkerInstance {
            ns: &mut self.root,
            allow_shadowing: self.allow_shadowing,
            _data: PhantomData,
        }
    }

    /// The namespace of the instance `name` at the root, created if missing.
    pub fn instance(&mut self, name: &str) -> Result<LinkerInstance<'_, T>> {
        let allow = self.allow_shadowing;
        let ns = namespace(&mut self.root, name)?;
        Ok(LinkerInstance {
            ns,
            allow_shadowing: allow,
            _data: PhantomData,
        })
    }

    /// Defines every function that `component` imports (at the root or in an imported
    /// instance) and this linker does not define as a function that traps when called,
    /// naming the import; a missing resource type becomes a host type no value of which
    /// the host ever makes. Imports of other kinds are left undefined.
    pub fn define_unknown_imports_as_traps(&mut self, component: &Component) -> Result<()> {
        define_traps::<T>(&mut self.root, "", component.root_imports())
    }

    /// Checks every import of `component` against the linker's definitions.
    pub fn instantiate_pre(&self, component: &Component) -> Result<InstancePre<T>> {
        if !Engine::same(&self.engine, component.engine()) {
            bail!("the component was compiled for another engine");
        }
        let mut items = Vec::new();
        let mut cx = Resolver {
            types: &component.0.types,
            resources: HashMap::new(),
        };
        for (name, ty) in component.root_imports() {
            if only_types(ty) {
                // Nothing to supply: types other than resources have no run-time identity.
                let empty = Definition::Instance(Namespace::default());
                items.push(cx.resolve(name, &empty, ty)?);
                continue;
            }
            let def = lookup(&self.root, name).ok_or_else(|| {
                anyhow::anyhow!(
                    "component imports {} `{name}`, but a matching implementation was not found in the linker",
                    ty.desc()
                )
            })?;
            items.push(cx.resolve(name, def, ty)?);
        }
        Ok(InstancePre {
            component: component.clone(),
            items: Arc::new(items),
            _data: PhantomData,
        })
    }

    /// Instantiates `component` in `store`, with its imports from this linker.
    pub fn instantiate(
        &self,
        store: impl AsContextMut<Data = T>,
        component: &Component,
    ) -> Result<Instance> {
        self.instantiate_pre(component)?.instantiate(store)
    }
}

fn namespace<'a>(ns: &'a mut Namespace, name: &str) -> Result<&'a mut Namespace> {
    let pos = ns.items.iter().position(|(n, _)| n == name);
    let pos = match pos {
        Some(p) => p,
        None => {
            ns.items
                .push((name.to_string(), Definition::Instance(Namespace::default())));
            ns.items.len() - 1
        }
    };
    match &mut ns.items[pos].1 {
        Definition::Instance(inner) => Ok(inner),
        other => bail!("`{name}` is already defined as {}", other.desc()),
    }
}

/// Splits `name@version` into the name and a `(major, minor, patch)` version.
fn split_version(name: &str) -> Option<(&str, (u64, u64, u64), &str)> {
    let (base, version) = name.split_once('@')?;
    let core = version.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let v = (parts.next()??, parts.next()??, parts.next()??);
    Some((base, v, version))
}

fn compatible(a: (u64, u64, u64), b: (u64, u64, u64)) -> bool {
    if a.0 != b.0 {
        return false;
    }
    if a.0 == 0 {
        return a.1 == b.1 && (a.1 != 0 || a.2 == b.2);
    }
    true
}

/// The definition of `name`, or of the newest semver-compatible version of it.
fn lookup<'a>(ns: &'a Namespace, name: &str) -> Option<&'a Definition> {
    lookup_index(ns, name).map(|i| &ns.items[i].1)
}

/// Where [`lookup`] finds `name` in `ns`.
fn lookup_index(ns: &Namespace, name: &str) -> Option<usize> {
    if let Some(i) = ns.items.iter().position(|(n, _)| n == name) {
        return Some(i);
    }
    let (base, want, version) = split_version(name)?;
    if version.contains(['-', '+']) {
        return None;
    }
    ns.items
        .iter()
        .enumerate()
        .filter_map(|(i, (n, _))| {
            let (b, v, full) = split_version(n)?;
            (b == base && !full.contains(['-', '+']) && compatible(want, v)).then_some((v, i))
        })
        .max_by_key(|(v, _)| *v)
        .map(|(_, i)| i)
}

/// A resource type standing for one a component imports and the linker does not define
/// (see [`Linker::define_unknown_imports_as_traps`]).
struct UnknownImport;

/// Defines in `ns` every function of `imports` it lacks as one that traps when called
/// (`path` names the namespace in the trap's message), and every resource type it lacks
/// as a host type no value of which the host ever makes.
fn define_traps<T: 'static>(
    ns: &mut Namespace,
    path: &str,
    imports: &[(String, ItemType)],
) -> Result<()> {
    for (name, ty) in imports {
        let full = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}/{name}")
        };
        let found = lookup_index(ns, name);
        match ty {
            ItemType::Func(_) if found.is_none() => {
                let message = format!("unknown import `{full}` has been called");
                let trap = Func::host::<T>(move |_, _: &[Val], _: &mut [Val]| {
                    Err(anyhow::anyhow!("{message}"))
                });
                ns.items.push((name.clone(), Definition::Func(trap)));
            }
            ItemType::Resource(_) if found.is_none() => {
                let ty = ResourceType::host_with_dtor::<T, UnknownImport>(|_, _| Ok(()));
                ns.items.push((name.clone(), Definition::Resource(ty)));
            }
            ItemType::Instance(exports) => {
                let at = match found {
                    Some(at) => at,
                    None => {
                        ns.items
                            .push((name.clone(), Definition::Instance(Namespace::default())));
                        ns.items.len() - 1
                    }
                };
                // Something else under the instance's name is left for instantiation to
                // report as the wrong kind.
                if let Definition::Instance(inner) = &mut ns.items[at].1 {
                    define_traps::<T>(inner, &full, exports)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Whether an import is an instance of types that are not resources (a WIT interface
/// that only defines types).
fn only_types(ty: &ItemType) -> bool {
    match ty {
        ItemType::Instance(exports) => exports.iter().all(|(_, t)| match t {
            ItemType::Type => true,
            ItemType::Instance(_) => only_types(t),
            _ => false,
        }),
        _ => false,
    }
}

/// The item a definition supplies for an import of type `ty`.
/// Resolves imports, remembering the resource types resolved so far: a resource an
/// interface `use`s from another is the other's, found again under a new name.
struct Resolver<'a> {
    types: &'a ComponentTypes,
    resources: HashMap<TypeResourceTableIndex, ResourceType>,
}

impl Resolver<'_> {
    /// The item a definition supplies for an import of type `ty`.
    fn resolve(&mut self, name: &str, def: &Definition, ty: &ItemType) -> Result<Item> {
        let types = self.types;
        let mismatch = || {
            anyhow::anyhow!(
                "import `{name}` has the wrong kind: expected {}, found {}",
                article(ty.desc()),
                def.desc()
            )
        };
        Ok(match (ty, def) {
            (ItemType::Func(t), Definition::Func(f)) => {
                f.typecheck_import(types.func(*t), types)
                    .with_context(|| format!("function import `{name}` has the wrong type"))?;
                Item::Func(f.clone())
            }
            (ItemType::Instance(exports), Definition::Instance(ns)) => {
                let mut out = Exports::default();
                for (export, ty) in exports {
                    if let ItemType::Type = ty {
                        // A type that is not a resource has no run-time identity to supply.
                        out.items.push((export.clone(), Item::Type(TypeDef::Other)));
                        continue;
                    }
                    if let ItemType::Resource(i) = ty
                        && let Some(r) = self.resources.get(i)
                    {
                        // Already supplied by an earlier import (the importer declared
                        // the two equal, or an interface `use`s another's resource). What
                        // the linker defines under this name, if anything, must be the
                        // same resource type.
                        match lookup(ns, export) {
                            None => {}
                            Some(Definition::Resource(d)) if d == r => {}
                            Some(Definition::Resource(_)) => bail!(
                                "mismatched resource types: import `{name}/{export}` must be \
                                 the same resource type as one imported before it, and the \
                                 linker defines a different one"
                            ),
                            Some(other) => bail!(
                                "import `{name}/{export}` has the wrong kind: expected a \
                                 resource type, found {}",
                                other.desc()
                            ),
                        }
                        out.items
                            .push((export.clone(), Item::Type(TypeDef::Resource(r.clone()))));
                        continue;
                    }
                    let Some(d) = lookup(ns, export) else {
                        bail!(
                            "import `{name}` is missing {} `{export}` in the linker",
                            ty.desc()
                        )
                    };
                    let item = self.resolve(&format!("{name}/{export}"), d, ty)?;
                    out.items.push((export.clone(), item));
                }
                Item::Instance(Arc::new(out))
            }
            (ItemType::Resource(i), Definition::Resource(r)) => {
                if let Some(before) = self.resources.get(i)
                    && before != r
                {
                    bail!(
                        "mismatched resource types: import `{name}` must be the same resource \
                         type as one imported before it, and the linker defines a different one"
                    );
                }
                self.resources.insert(*i, r.clone());
                Item::Type(TypeDef::Resource(r.clone()))
            }
            (ItemType::Type, _) => Item::Type(TypeDef::Other),
            (ItemType::Module, Definition::Module(m)) => Item::Module(m.clone()),
            (ItemType::Component, Definition::Component(c)) => Item::Component(ComponentDef {
                component: c.clone(),
                level: c.0.translation.levels.len() - 1,
                outer: None,
            }),
            _ => return Err(mismatch()),
        })
    }
}

impl<T: 'static> LinkerInstance<'_, T> {
    fn insert(&mut self, name: &str, def: Definition) -> Result<()> {
        if let Some(slot) = self.ns.items.iter_mut().find(|(n, _)| n == name) {
            if !self.allow_shadowing {
                bail!("`{name}` is already defined");
            }
            slot.1 = def;
        } else {
            self.ns.items.push((name.to_string(), def));
        }
        Ok(())
    }

    /// Defines the function `name` with a body over dynamic values: it receives the
    /// arguments and writes its result, if the importer's type has one, to `results[0]`.
    pub fn func_new(
        &mut self,
        name: &str,
        f: impl Fn(StoreContextMut<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Result<()> {
        self.insert(name, Definition::Func(Func::host(f)))
    }

    /// Defines the function `name` as a Rust closure over typed parameters and results:
    /// `P` is a tuple of the parameters' Rust types, `R` a tuple of zero or one result
    /// type. The types are checked against each importer's function type.
    ///
    /// ```
    /// # let engine = wicker::Engine::default();
    /// let mut linker = wicker::component::Linker::<u32>::new(&engine);
    /// linker.root().func_wrap("add", |mut store, (a, b): (u32, u32)| {
    ///     *store.data_mut() += 1;
    ///     Ok((a.wrapping_add(b),))
    /// })?;
    /// # anyhow::Ok(())
    /// ```
    pub fn func_wrap<P, R>(
        &mut self,
        name: &str,
        f: impl Fn(StoreContextMut<'_, T>, P) -> Result<R> + Send + Sync + 'static,
    ) -> Result<()>
    where
        P: ComponentNamedList + Lift + 'static,
        R: ComponentNamedList + Lower + 'static,
    {
        self.insert(name, Definition::Func(Func::host_typed(f)))
    }

    /// Defines `name` as an existing component function (for example, another instance's
    /// export).
    pub fn func(&mut self, name: &str, f: Func) -> Result<()> {
        self.insert(name, Definition::Func(f))
    }

    /// Defines the host resource type `name`, implemented by the Rust type `U`; `dtor` runs
    /// with the representation when a guest drops an owned handle.
    pub fn resource<U: 'static>(
        &mut self,
        name: &str,
        dtor: impl Fn(StoreContextMut<'_, T>, u32) -> Result<()> + Send + Sync + 'static,
    ) -> Result<()> {
        let ty = ResourceType::host_with_dtor::<T, U>(dtor);
        self.insert(name, Definition::Resource(ty))
    }

    /// Defines `name` as a core module (for components that import one).
    pub fn module(&mut self, name: &str, module: &Module) -> Result<()> {
        self.insert(name, Definition::Module(module.clone()))
    }

    /// Defines `name` as a component (for components that import one).
    pub fn component(&mut self, name: &str, component: &Component) -> Result<()> {
        self.insert(name, Definition::Component(component.clone()))
    }

    /// Defines `name` as the exports of a component instance, so that other components
    /// can import it: its functions, resource types and exported instances.
    pub fn instance_exports(&mut self, name: &str, instance: &Instance) -> Result<()> {
        let ns = exports_namespace(&instance.exports);
        self.insert(name, Definition::Instance(ns))
    }

    /// The namespace of the instance `name` within this one, created if missing.
    pub fn instance(&mut self, name: &str) -> Result<LinkerInstance<'_, T>> {
        let allow = self.allow_shadowing;
        let ns = namespace(self.ns, name)?;
        Ok(LinkerInstance {
            ns,
            allow_shadowing: allow,
            _data: PhantomData,
        })
    }
}

fn exports_namespace(exports: &Exports) -> Namespace {
    let mut ns = Namespace::default();
    for (name, item) in &exports.items {
        let def = match item {
            Item::Func(f) => Definition::Func(f.clone()),
            Item::Instance(e) => Definition::Instance(exports_namespace(e)),
            Item::Type(TypeDef::Resource(r)) => Definition::Resource(r.clone()),
            Item::Module(m) => Definition::Module(m.clone()),
            Item::Component(c) => Definition::Component(c.component.clone()),
            Item::Type(TypeDef::Other) => continue,
        };
        ns.items.push((name.clone(), def));
    }
    ns
}

/// A component whose imports are resolved, ready to instantiate quickly, any number of
/// times.
pub struct InstancePre<T> {
    component: Component,
    items: Arc<Vec<Item>>,
    _data: PhantomData<fn(T) -> T>,
}

impl<T> Clone for InstancePre<T> {
    fn clone(&self) -> Self {
        InstancePre {
            component: self.component.clone(),
            items: self.items.clone(),
            _data: PhantomData,
        }
    }
}

impl<T: 'static> InstancePre<T> {
    /// The component.
    pub fn component(&self) -> &Component {
        &self.component
    }

    /// Instantiates the component in `store`.
    pub fn instantiate(&self, mut store: impl AsContextMut<Data = T>) -> Result<Instance> {
        let mut store = store.as_context_mut();
        let root = ComponentDef {
            component: self.component.clone(),
            level: self.component.0.translation.levels.len() - 1,
            outer: None,
        };
        let mut next = 0;
        let items = self.items.clone();
        let exports = instantiate(&mut store, &root, &mut |_| {
            let item = items[next].clone();
            next += 1;
            Ok(item)
        })?;
        Ok(Instance { exports })
    }
}

/// `what` with its indefinite article.
fn article(what: &str) -> String {
    let an = what.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {what}", if an { "an" } else { "a" })
}
