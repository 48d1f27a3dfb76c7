//! Instantiation: replaying a component's definitions in a store.
//!
//! Each component level keeps the index spaces the binary builds up (core modules, core
//! instances, core functions, memories, tables and globals; components, instances,
//! functions and types) and fills them in order, one definition at a time. A nested
//! component is instantiated by the same replay, with its arguments as imports and a
//! snapshot of its enclosing levels for outer aliases.

use super::canon::CanonOptions;
use super::component::Component;
use super::func::{self, Func, TypedFunc};
use super::memory::StringEncoding;
use super::resources::{InstanceState, ResourceType};
use super::typed::{ComponentNamedList, Lift, Lower};
use crate::store::StoreContextMut;
use crate::{Extern, FuncType, Module, ValType};
use anyhow::{Context, Result, bail};
use std::sync::Arc;
use wicker_environ::component::{
    CanonOpts, ComponentLevel, CoreSort, Encodings, Initializer, ResourcePath, Sort,
    StaticComponentIndex,
};

/// An item of a component index space, or of an instance's exports.
#[derive(Clone)]
pub(crate) enum Item {
    Func(Func),
    Instance(Arc<Exports>),
    Component(ComponentDef),
    Module(Module),
    Type(TypeDef),
}

impl Item {
    pub(crate) fn desc(&self) -> &'static str {
        match self {
            Item::Func(_) => "function",
            Item::Instance(_) => "instance",
            Item::Component(_) => "component",
            Item::Module(_) => "module",
            Item::Type(TypeDef::Resource(_)) => "resource type",
            Item::Type(TypeDef::Other) => "type",
        }
    }
}

/// A type in a component's type index space, as instantiation needs it.
#[derive(Clone)]
pub(crate) enum TypeDef {
    Resource(ResourceType),
    /// Any type that is not a resource: it has no identity at run time.
    Other,
}

/// The exports of an instance, in order.
#[derive(Clone, Default)]
pub(crate) struct Exports {
    pub(crate) items: Vec<(String, Item)>,
}

impl Exports {
    pub(crate) fn get(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|(n, _)| n == name).map(|(_, i)| i)
    }
}

/// A component ready to be instantiated: a level of a compiled component, with the items
/// of its enclosing levels that outer aliases may name.
#[derive(Clone)]
pub(crate) struct ComponentDef {
    pub(crate) component: Component,
    pub(crate) level: StaticComponentIndex,
    pub(crate) outer: Option<Arc<Outer>>,
}

/// The items of an enclosing level visible to outer aliases.
pub(crate) struct Outer {
    parent: Option<Arc<Outer>>,
    modules: Vec<Module>,
    components: Vec<ComponentDef>,
    types: Vec<TypeDef>,
}

/// A core instance: a real one, or a bag of items.
enum CoreInstance {
    Real(crate::Instance),
    Bag(Vec<(String, Extern)>),
}

/// An instance of a component.
#[derive(Clone)]
pub struct Instance {
    pub(crate) exports: Arc<Exports>,
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.exports.items.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("Instance").field("exports", &names).finish()
    }
}

impl Instance {
    /// The exported function `name`. A name of the form `"a/b"` is not split: look up
    /// exported instances with [`Instance::get_instance`].
    pub fn get_func(&self, _store: impl AsContextMut, name: &str) -> Option<Func> {
        match self.exports.get(name)? {
            Item::Func(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The exported function `name` as a [`TypedFunc`]; fails if there is none or its type
    /// does not match `P` and `R`.
    pub fn get_typed_func<P, R>(
        &self,
        store: impl AsContextMut,
        name: &str,
    ) -> Result<TypedFunc<P, R>>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let Some(f) = self.get_func(store, name) else {
            bail!("no exported function named `{name}`")
        };
        f.typed::<P, R>()
            .with_context(|| format!("export `{name}` has another type"))
    }

    /// The exported instance `name`, as an [`Instance`] of its exports.
    pub fn get_instance(&self, name: &str) -> Option<Instance> {
        match self.exports.get(name)? {
            Item::Instance(e) => Some(Instance { exports: e.clone() }),
            _ => None,
        }
    }

    /// The exported resource type `name`.
    pub fn get_resource(&self, name: &str) -> Option<ResourceType> {
        match self.exports.get(name)? {
            Item::Type(TypeDef::Resource(r)) => Some(r.clone()),
            _ => None,
        }
    }

    /// The names of the exports and what each is (`"function"`, `"instance"`...).
    pub fn exports(&self) -> impl Iterator<Item = (&str, &'static str)> + '_ {
        self.exports
            .items
            .iter()
            .map(|(n, i)| (n.as_str(), i.desc()))
    }
}

/// The index spaces of one level being instantiated.
struct Frame<'a> {
    component: &'a Component,
    level: &'a ComponentLevel,
    outer: Option<Arc<Outer>>,
    state: Arc<InstanceState>,
    modules: Vec<Module>,
    components: Vec<ComponentDef>,
    types: Vec<TypeDef>,
    funcs: Vec<Func>,
    instances: Vec<Arc<Exports>>,
    core_instances: Vec<CoreInstance>,
    core_funcs: Vec<crate::Func>,
    core_tables: Vec<crate::Table>,
    core_memories: Vec<crate::Memory>,
    core_globals: Vec<crate::Global>,
    /// The level's resource types by `TypeResourceTableIndex`, for the types defined so far.
    resources: Arc<[Option<ResourceType>]>,
    resources_at: usize,
    exports: Exports,
}

fn get<T: Clone>(v: &[T], i: u32, what: &str) -> Result<T> {
    v.get(i as usize)
        .cloned()
        .with_context(|| format!("{what} index {i} out of bounds"))
}

/// Instantiates level `def` with the items `imports` supplies by import name.
pub(crate) fn instantiate<T: 'static>(
    store: &mut StoreContextMut<'_, T>,
    def: &ComponentDef,
    imports: &mut dyn FnMut(&str) -> Result<Item>,
) -> Result<Arc<Exports>> {
    let component = &def.component;
    let level = &component.0.translation.levels[def.level];
    let mut f = Frame {
        component,
        level,
        outer: def.outer.clone(),
        state: InstanceState::new(component.0.engine.config().max_component_handles),
        modules: Vec::new(),
        components: Vec::new(),
        types: Vec::new(),
        funcs: Vec::new(),
        instances: Vec::new(),
        core_instances: Vec::new(),
        core_funcs: Vec::new(),
        core_tables: Vec::new(),
        core_memories: Vec::new(),
        core_globals: Vec::new(),
        resources: Arc::from(Vec::new()),
        resources_at: usize::MAX,
        exports: Exports::default(),
    };
    // The instance is on the call stack while it is being instantiated: a core start
    // function that calls one of its own lifted functions re-enters it, which traps as a
    // call from one of its exports would.
    f.state.flags.set_busy(true);
    for init in &level.initializers {
        f.run(store, init, imports)?;
    }
    f.state.flags.set_busy(false);
    Ok(Arc::new(f.exports))
}

impl Frame<'_> {
    fn push(&mut self, item: Item) {
        match item {
            Item::Func(x) => self.funcs.push(x),
            Item::Instance(x) => self.instances.push(x),
            Item::Component(x) => self.components.push(x),
            Item::Module(x) => self.modules.push(x),
            Item::Type(x) => self.types.push(x),
        }
    }

    fn item(&self, sort: Sort, i: u32) -> Result<Item> {
        Ok(match sort {
            Sort::Func => Item::Func(get(&self.funcs, i, "function")?),
            Sort::Instance => Item::Instance(get(&self.instances, i, "instance")?),
            Sort::Component => Item::Component(get(&self.components, i, "component")?),
            Sort::Module => Item::Module(get(&self.modules, i, "module")?),
            Sort::Type => Item::Type(get(&self.types, i, "type")?),
            Sort::Value => bail!("component values are not supported yet"),
        })
    }

    fn core_item(&self, sort: CoreSort, i: u32) -> Result<Extern> {
        Ok(match sort {
            CoreSort::Func => Extern::Func(get(&self.core_funcs, i, "core function")?),
            CoreSort::Table => Extern::Table(get(&self.core_tables, i, "core table")?),
            CoreSort::Memory => Extern::Memory(get(&self.core_memories, i, "core memory")?),
            CoreSort::Global => Extern::Global(get(&self.core_globals, i, "core global")?),
            CoreSort::Tag => bail!("exception tags are not supported yet"),
        })
    }

    fn push_core(&mut self, e: Extern) {
        match e {
            Extern::Func(x) => self.core_funcs.push(x),
            Extern::Table(x) => self.core_tables.push(x),
            Extern::Memory(x) => self.core_memories.push(x),
            Extern::Global(x) => self.core_globals.push(x),
        }
    }

    fn core_export<T>(
        &self,
        store: &mut StoreContextMut<'_, T>,
        instance: u32,
        name: &str,
    ) -> Result<Extern> {
        let inst = self
            .core_instances
            .get(instance as usize)
            .with_context(|| format!("core instance index {instance} out of bounds"))?;
        let found = match inst {
            CoreInstance::Real(i) => i.get_export(&mut *store, name),
            CoreInstance::Bag(items) => items.iter().find(|(n, _)| n == name).map(|(_, e)| *e),
        };
        found.with_context(|| format!("core instance {instance} has no export `{name}`"))
    }

    /// The level's resource types, refreshed when types were added since the last call.
    fn resource_map(&mut self) -> Arc<[Option<ResourceType>]> {
        let at = self.types.len() + self.instances.len();
        if self.resources_at != at {
            let n = self.component.0.types.resource_count() as usize;
            let mut map = vec![None; n];
            for (res, paths) in &self.level.resources {
                map[res.as_u32() as usize] = paths.iter().find_map(|p| self.find_resource(p));
            }
            self.resources = Arc::from(map);
            self.resources_at = at;
        }
        self.resources.clone()
    }

    /// The resource type at `path`, if it is defined yet.
    fn find_resource(&self, path: &ResourcePath) -> Option<ResourceType> {
        let item = match path {
            ResourcePath::Type(i) => {
                return match self.types.get(*i as usize)? {
                    TypeDef::Resource(r) => Some(r.clone()),
                    TypeDef::Other => None,
                };
            }
            ResourcePath::InstanceExport(i, names) => {
                let mut exports = self.instances.get(*i as usize)?.clone();
                let (last, inner) = names.split_last()?;
                for name in inner {
                    let Item::Instance(e) = exports.get(name)? else {
                        return None;
                    };
                    exports = e.clone();
                }
                exports.get(last)?.clone()
            }
        };
        match item {
            Item::Type(TypeDef::Resource(r)) => Some(r),
            _ => None,
        }
    }

    fn options(&self, o: &CanonOpts) -> Result<CanonOptions> {
        Ok(CanonOptions {
            memory: match o.memory {
                Some(m) => Some(get(&self.core_memories, m, "core memory")?),
                None => None,
            },
            realloc: match o.realloc {
                Some(r) => Some(get(&self.core_funcs, r, "core function")?),
                None => None,
            },
            post_return: match o.post_return {
                Some(r) => Some(get(&self.core_funcs, r, "core function")?),
                None => None,
            },
            encoding: match o.encoding {
                Encodings::Utf8 => StringEncoding::Utf8,
                Encodings::Utf16 => StringEncoding::Utf16,
                Encodings::CompactUtf16 => StringEncoding::CompactUtf16,
            },
            max_copy: self.component.0.engine.config().max_component_copy,
        })
    }

    fn local_resource(&self, t: u32) -> Result<ResourceType> {
        match get(&self.types, t, "type")? {
            TypeDef::Resource(r) => Ok(r),
            TypeDef::Other => bail!("type {t} is not a resource type"),
        }
    }

    fn run<T: 'static>(
        &mut self,
        store: &mut StoreContextMut<'_, T>,
        init: &Initializer,
        imports: &mut dyn FnMut(&str) -> Result<Item>,
    ) -> Result<()> {
        match init {
            Initializer::Import { name, .. } => {
                let item = imports(name)?;
                self.push(item);
            }
            Initializer::Module(i) => self.modules.push(self.component.0.modules[*i].clone()),
            Initializer::Component(i) => {
                let outer = Outer {
                    parent: self.outer.clone(),
                    modules: self.modules.clone(),
                    components: self.components.clone(),
                    types: self.types.clone(),
                };
                self.components.push(ComponentDef {
                    component: self.component.clone(),
                    level: *i,
                    outer: Some(Arc::new(outer)),
                });
            }
            Initializer::CoreInstantiate { module, args } => {
                let module = get(&self.modules, *module, "module")?;
                let mut externs = Vec::new();
                for import in module.imports() {
                    let Some((_, inst)) = args.iter().find(|(n, _)| n == import.module()) else {
                        bail!("no argument for core import module `{}`", import.module());
                    };
                    externs.push(self.core_export(store, *inst, import.name())?);
                }
                let instance = crate::Instance::new(&mut *store, &module, &externs)?;
                self.core_instances.push(CoreInstance::Real(instance));
            }
            Initializer::CoreInstanceFromExports(items) => {
                let mut bag = Vec::new();
                for (name, sort, i) in items {
                    bag.push((name.clone(), self.core_item(*sort, *i)?));
                }
                self.core_instances.push(CoreInstance::Bag(bag));
            }
            Initializer::AliasCoreExport { instance, name, .. } => {
                let e = self.core_export(store, *instance, name)?;
                self.push_core(e);
            }
            Initializer::AliasExport {
                instance,
                name,
                sort,
            } => {
                let exports = get(&self.instances, *instance, "instance")?;
                let item = exports
                    .get(name)
                    .with_context(|| format!("instance {instance} has no export `{name}`"))?
                    .clone();
                if sort_of(&item) != *sort {
                    bail!(
                        "export `{name}` is a {}, not a {}",
                        item.desc(),
                        sort.desc()
                    );
                }
                self.push(item);
            }
            Initializer::AliasOuter { count, index, sort } => {
                let item = if *count == 0 {
                    self.item(*sort, *index)?
                } else {
                    let mut o = self.outer.clone();
                    for _ in 1..*count {
                        o = o.and_then(|o| o.parent.clone());
                    }
                    let o = o.context("outer alias beyond the outermost component")?;
                    match sort {
                        Sort::Module => Item::Module(get(&o.modules, *index, "module")?),
                        Sort::Component => {
                            Item::Component(get(&o.components, *index, "component")?)
                        }
                        Sort::Type => Item::Type(get(&o.types, *index, "type")?),
                        _ => bail!("outer aliases of {}s are not allowed", sort.desc()),
                    }
                };
                self.push(item);
            }
            Initializer::Type { resource } => {
                let def = match resource {
                    Some(dtor) => {
                        let dtor = match dtor {
                            Some(d) => Some(get(&self.core_funcs, *d, "core function")?),
                            None => None,
                        };
                        let index = self.types.len() as u32;
                        TypeDef::Resource(ResourceType::guest(&self.state, index, dtor))
                    }
                    None => TypeDef::Other,
                };
                self.types.push(def);
            }
            Initializer::Lift {
                core_func,
                ty,
                opts,
                ..
            } => {
                let core = get(&self.core_funcs, *core_func, "core function")?;
                let core_ty = core.ty(&*store);
                let opts = self.options(opts)?;
                let resources = self.resource_map();
                self.funcs.push(Func::lifted(
                    core,
                    &core_ty,
                    *ty,
                    self.component.0.types.clone(),
                    opts,
                    self.state.clone(),
                    resources,
                ));
            }
            Initializer::Lower { func, ty, opts } => {
                let callee = get(&self.funcs, *func, "function")?;
                let opts = self.options(opts)?;
                let resources = self.resource_map();
                let site = func::LowerSite {
                    ty: *ty,
                    types: self.component.0.types.clone(),
                    opts,
                    state: self.state.clone(),
                    resources,
                };
                let core = func::lower(store.as_context_mut(), callee, site);
                self.core_funcs.push(core);
            }
            Initializer::ResourceNew(t) => {
                let ty = self.local_resource(*t)?;
                let state = self.state.clone();
                let f = crate::Func::new(
                    &mut *store,
                    FuncType::new([ValType::I32], [ValType::I32]),
                    move |_, args, results| {
                        if !state.may_leave() {
                            bail!("cannot leave component instance");
                        }
                        let rep = args[0].unwrap_i32() as u32;
                        let i = state.lock().table.resource_new(ty.id(), rep)?;
                        results[0] = crate::Val::I32(i as i32);
                        Ok(())
                    },
                );
                self.core_funcs.push(f);
            }
            Initializer::ResourceRep(t) => {
                let ty = self.local_resource(*t)?;
                let state = self.state.clone();
                let f = crate::Func::new(
                    &mut *store,
                    FuncType::new([ValType::I32], [ValType::I32]),
                    move |_, args, results| {
                        let i = args[0].unwrap_i32() as u32;
                        let rep = state.lock().table.resource_rep(ty.id(), i)?;
                        results[0] = crate::Val::I32(rep as i32);
                        Ok(())
                    },
                );
                self.core_funcs.push(f);
            }
            Initializer::ResourceDrop(t) => {
                let ty = self.local_resource(*t)?;
                let state = self.state.clone();
                let f = crate::Func::new(
                    &mut *store,
                    FuncType::new([ValType::I32], []),
                    move |mut caller: crate::Caller<'_, T>, args, _| {
                        if !state.may_leave() {
                            bail!("cannot leave component instance");
                        }
                        let i = args[0].unwrap_i32() as u32;
                        if let Some(rep) = state.resource_drop(ty.id(), i)? {
                            ty.destroy(caller.as_context_mut(), rep, Some(&state))?;
                        }
                        Ok(())
                    },
                );
                self.core_funcs.push(f);
            }
            Initializer::Instantiate { component, args } => {
                let def = get(&self.components, *component, "component")?;
                let mut given = Vec::new();
                for (name, sort, i) in args {
                    given.push((name.clone(), self.item(*sort, *i)?));
                }
                let exports = instantiate(store, &def, &mut |name| {
                    given
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, i)| i.clone())
                        .with_context(|| format!("missing instantiation argument `{name}`"))
                })?;
                self.instances.push(exports);
            }
            Initializer::InstanceFromExports(items) => {
                let mut exports = Exports::default();
                for (name, sort, i) in items {
                    exports.items.push((name.clone(), self.item(*sort, *i)?));
                }
                self.instances.push(Arc::new(exports));
            }
            Initializer::Export { name, sort, index } => {
                let item = self.item(*sort, *index)?;
                self.exports.items.push((name.clone(), item.clone()));
                self.push(item);
            }
        }
        Ok(())
    }
}

pub(crate) fn sort_of(item: &Item) -> Sort {
    match item {
        Item::Func(_) => Sort::Func,
        Item::Instance(_) => Sort::Instance,
        Item::Component(_) => Sort::Component,
        Item::Module(_) => Sort::Module,
        Item::Type(_) => Sort::Type,
    }
}

use crate::store::AsContextMut;
