//! Translation of a component binary into an instantiation plan.
//!
//! The binary is validated and read in one pass. Every component level (the root and each
//! nested component) becomes a [`ComponentLevel`]: the list of its definitions in binary
//! order, each naming the items it uses by their index in the level's index spaces, exactly
//! as the binary does. Instantiation replays the list, growing the index spaces as the
//! binary's sections did. Core modules are kept as byte ranges of the binary, compiled by
//! the runtime; types are converted to interned [`InterfaceType`]s once the level's
//! validation ends and its types are known.

use super::convert::TypeConverter;
use super::types::{ComponentTypes, TypeFuncIndex, TypeResourceTableIndex};
use anyhow::{Context, Result, bail};
use std::collections::HashMap;
use std::ops::Range;
use wasmparser::component_types::{ComponentAnyTypeId, ComponentEntityType};
use wasmparser::types::{Types, TypesRef};
use wasmparser::{
    CanonicalFunction, CanonicalOption, ComponentAlias, ComponentExternalKind,
    ComponentOuterAliasKind, ComponentTypeRef, Encoding, ExternalKind, Parser, Payload,
    ValidPayload, Validator,
};

/// The index of a core module within a [`ComponentTranslation`].
pub type StaticModuleIndex = usize;
/// The index of a component level within a [`ComponentTranslation`].
pub type StaticComponentIndex = usize;

/// A translated component: its core modules, its levels and its types.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ComponentTranslation {
    /// The byte ranges of the core modules, of every level, within the binary.
    pub modules: Vec<Range<usize>>,
    /// The component levels; the root is the last one.
    pub levels: Vec<ComponentLevel>,
    /// The interned types of every level.
    pub types: ComponentTypes,
}

impl ComponentTranslation {
    /// The root component level.
    pub fn root(&self) -> &ComponentLevel {
        self.levels.last().expect("a translation has a root")
    }
}

/// A sort of core item.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub enum CoreSort {
    Func,
    Table,
    Memory,
    Global,
    Tag,
}

/// A sort of component item.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub enum Sort {
    Module,
    Func,
    Value,
    Type,
    Instance,
    Component,
}

impl Sort {
    /// The sort's name in the text format.
    pub fn desc(self) -> &'static str {
        match self {
            Sort::Module => "module",
            Sort::Func => "func",
            Sort::Value => "value",
            Sort::Type => "type",
            Sort::Instance => "instance",
            Sort::Component => "component",
        }
    }
}

/// The type of an import or export, as far as linking checks it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum ItemType {
    /// A function of this type.
    Func(TypeFuncIndex),
    /// An instance with these exports.
    Instance(Vec<(String, ItemType)>),
    /// A resource type.
    Resource(TypeResourceTableIndex),
    /// A type that is not a resource.
    Type,
    /// A core module.
    Module,
    /// A component.
    Component,
    /// A value.
    Value,
}

impl ItemType {
    /// What the item is, in words.
    pub fn desc(&self) -> &'static str {
        match self {
            ItemType::Func(_) => "function",
            ItemType::Instance(_) => "instance",
            ItemType::Resource(_) => "resource type",
            ItemType::Type => "type",
            ItemType::Module => "module",
            ItemType::Component => "component",
            ItemType::Value => "value",
        }
    }
}

/// Canonical options of a `canon lift` or `canon lower`.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct CanonOpts {
    /// The string encoding.
    pub encoding: Encodings,
    /// The core memory index, if given.
    pub memory: Option<u32>,
    /// The core function index of `realloc`, if given.
    pub realloc: Option<u32>,
    /// The core function index of `post-return`, if given.
    pub post_return: Option<u32>,
}

/// String encodings a component may choose.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Encodings {
    /// UTF-8.
    #[default]
    Utf8,
    /// UTF-16.
    Utf16,
    /// Latin-1 or UTF-16.
    CompactUtf16,
}

/// One definition of a component level, in binary order.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum Initializer {
    /// An import; adds an item of `ty`'s sort.
    Import {
        /// The import's name.
        name: String,
        /// Its type.
        ty: ItemType,
    },
    /// Adds a core module.
    Module(StaticModuleIndex),
    /// Adds a component.
    Component(StaticComponentIndex),
    /// Instantiates a core module: adds a core instance.
    CoreInstantiate {
        /// Core module index.
        module: u32,
        /// Named core instances satisfying the imports.
        args: Vec<(String, u32)>,
    },
    /// A core instance made of items: adds a core instance.
    CoreInstanceFromExports(Vec<(String, CoreSort, u32)>),
    /// Aliases a core instance's export: adds an item of `sort`.
    AliasCoreExport {
        /// Core instance index.
        instance: u32,
        /// Export name.
        name: String,
        /// Its sort.
        sort: CoreSort,
    },
    /// Aliases a component instance's export: adds an item of `sort`.
    AliasExport {
        /// Instance index.
        instance: u32,
        /// Export name.
        name: String,
        /// Its sort.
        sort: Sort,
    },
    /// Aliases an item of an enclosing level: adds an item of `sort`.
    AliasOuter {
        /// How many levels out.
        count: u32,
        /// The item's index there.
        index: u32,
        /// Its sort (module, component or type).
        sort: Sort,
    },
    /// Defines a type: adds a type; a resource type is new at each instantiation.
    Type {
        /// For a resource, its destructor (a core function index), if any.
        resource: Option<Option<u32>>,
    },
    /// `canon lift`: adds a function.
    Lift {
        /// The core function.
        core_func: u32,
        /// The index of the function's type in the level's type index space.
        type_index: u32,
        /// The function's type.
        ty: TypeFuncIndex,
        /// Its options.
        opts: CanonOpts,
    },
    /// `canon lower`: adds a core function.
    Lower {
        /// The function.
        func: u32,
        /// Its type.
        ty: TypeFuncIndex,
        /// Its options.
        opts: CanonOpts,
    },
    /// `canon resource.new`: adds a core function.
    ResourceNew(u32),
    /// `canon resource.drop`: adds a core function.
    ResourceDrop(u32),
    /// `canon resource.rep`: adds a core function.
    ResourceRep(u32),
    /// Instantiates a component: adds an instance.
    Instantiate {
        /// Component index.
        component: u32,
        /// Named items satisfying the imports.
        args: Vec<(String, Sort, u32)>,
    },
    /// An instance made of items: adds an instance.
    InstanceFromExports(Vec<(String, Sort, u32)>),
    /// An export; adds an item of `sort` (the same item, re-indexed).
    Export {
        /// The export's name.
        name: String,
        /// Its sort.
        sort: Sort,
        /// The item's index.
        index: u32,
    },
}

/// Where a resource type sits in a component level's index spaces.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ResourcePath {
    /// At this index of the type index space.
    Type(u32),
    /// Exported by the instance at this index of the instance index space, under these
    /// names (the first is the instance's export, each next one an export of the instance
    /// before).
    InstanceExport(u32, Vec<String>),
}

/// A component level: its definitions and its resource types.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ComponentLevel {
    /// Definitions, in binary order.
    pub initializers: Vec<Initializer>,
    /// For each resource type the level's function types mention, where instantiation
    /// finds it: every place it is named, so that a definition that uses it before the
    /// level's alias of it still finds it (through the instance that exports it).
    pub resources: HashMap<TypeResourceTableIndex, Vec<ResourcePath>>,
    /// The level's imports, in order.
    pub imports: Vec<(String, ItemType)>,
    /// The level's exports, in order.
    pub exports: Vec<(String, ItemType)>,
}

enum Frame {
    Module,
    Component(ComponentLevel),
}

/// Validates `wasm` as a component with `features` and translates it. The bodies of its
/// core modules' functions are left to the compiler, which validates each as it
/// translates it (every core module of a component is compiled).
pub fn translate_component(
    wasm: &[u8],
    features: wasmparser::WasmFeatures,
) -> Result<ComponentTranslation> {
    let mut validator = Validator::new_with_features(features);
    let mut out = ComponentTranslation::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut saw_header = false;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload?;
        let valid = validator.payload(&payload)?;
        if let ValidPayload::Func(..) = valid {
            // A core function's body is validated as it is compiled (every core module of
            // a component is), on the compiler's threads; validating it here too would
            // read every body twice, on one thread.
            continue;
        }
        match payload {
            Payload::Version { encoding, .. } => {
                if !saw_header && encoding != Encoding::Component {
                    bail!("expected a component, found a core module");
                }
                saw_header = true;
                stack.push(match encoding {
                    Encoding::Module => Frame::Module,
                    Encoding::Component => Frame::Component(ComponentLevel::default()),
                });
                continue;
            }
            Payload::End(_) => {
                let frame = stack.pop().context("unbalanced end of section")?;
                if let Frame::Component(mut level) = frame {
                    let ValidPayload::End(types) = valid else {
                        bail!("component validation did not end")
                    };
                    finish_level(&mut level, &types, &mut out.types)?;
                    out.levels.push(level);
                    let index = out.levels.len() - 1;
                    if let Some(Frame::Component(parent)) = stack.last_mut() {
                        parent.initializers.push(Initializer::Component(index));
                    }
                }
                continue;
            }
            _ => {}
        }
        let Some(Frame::Component(level)) = stack.last_mut() else {
            // A core module's own sections: validated above, compiled by the runtime.
            continue;
        };
        read_section(level, payload, &mut out.modules)?;
    }
    if !stack.is_empty() || out.levels.is_empty() {
        bail!("unexpected end of component");
    }
    Ok(out)
}

fn core_sort(kind: ExternalKind) -> CoreSort {
    match kind {
        ExternalKind::Func | ExternalKind::FuncExact => CoreSort::Func,
        ExternalKind::Table => CoreSort::Table,
        ExternalKind::Memory => CoreSort::Memory,
        ExternalKind::Global => CoreSort::Global,
        ExternalKind::Tag => CoreSort::Tag,
    }
}

fn sort(kind: ComponentExternalKind) -> Sort {
    match kind {
        ComponentExternalKind::Module => Sort::Module,
        ComponentExternalKind::Func => Sort::Func,
        ComponentExternalKind::Value => Sort::Value,
        ComponentExternalKind::Type => Sort::Type,
        ComponentExternalKind::Instance => Sort::Instance,
        ComponentExternalKind::Component => Sort::Component,
    }
}

fn canon_opts(options: &[CanonicalOption]) -> Result<CanonOpts> {
    let mut o = CanonOpts::default();
    for opt in options {
        match opt {
            CanonicalOption::UTF8 => o.encoding = Encodings::Utf8,
            CanonicalOption::UTF16 => o.encoding = Encodings::Utf16,
            CanonicalOption::CompactUTF16 => o.encoding = Encodings::CompactUtf16,
            CanonicalOption::Memory(m) => o.memory = Some(*m),
            CanonicalOption::Realloc(f) => o.realloc = Some(*f),
            CanonicalOption::PostReturn(f) => o.post_return = Some(*f),
            CanonicalOption::CoreType(_) => {}
            CanonicalOption::Async | CanonicalOption::Callback(_) => {
                bail!("async canonical options are not supported yet")
            }
            CanonicalOption::Gc => bail!("the `gc` canonical option is not supported yet"),
        }
    }
    Ok(o)
}

/// Function types are filled in when the level ends and its types are known.
fn pending() -> TypeFuncIndex {
    use cranelift_entity::packed_option::ReservedValue;
    TypeFuncIndex::reserved_value()
}

fn read_section(
    level: &mut ComponentLevel,
    payload: Payload<'_>,
    modules: &mut Vec<Range<usize>>,
) -> Result<()> {
    let inits = &mut level.initializers;
    match payload {
        Payload::ModuleSection {
            unchecked_range, ..
        } => {
            modules.push(unchecked_range.start as usize..unchecked_range.end as usize);
            inits.push(Initializer::Module(modules.len() - 1));
        }
        Payload::ComponentSection { .. } => {
            // The nested level is pushed when its `End` arrives.
        }
        Payload::InstanceSection(reader) => {
            for inst in reader {
                inits.push(match inst? {
                    wasmparser::Instance::Instantiate { module_index, args } => {
                        Initializer::CoreInstantiate {
                            module: module_index,
                            args: args.iter().map(|a| (a.name.to_string(), a.index)).collect(),
                        }
                    }
                    wasmparser::Instance::FromExports(exports) => {
                        Initializer::CoreInstanceFromExports(
                            exports
                                .iter()
                                .map(|e| (e.name.to_string(), core_sort(e.kind), e.index))
                                .collect(),
                        )
                    }
                });
            }
        }
        Payload::CoreTypeSection(_) => {
            // Core types live in their own index space, which instantiation never needs.
        }
        Payload::ComponentInstanceSection(reader) => {
            for inst in reader {
                inits.push(match inst? {
                    wasmparser::ComponentInstance::Instantiate {
                        component_index,
                        args,
                    } => Initializer::Instantiate {
                        component: component_index,
                        args: args
                            .iter()
                            .map(|a| (a.name.to_string(), sort(a.kind), a.index))
                            .collect(),
                    },
                    wasmparser::ComponentInstance::FromExports(exports) => {
                        Initializer::InstanceFromExports(
                            exports
                                .iter()
                                .map(|e| (e.name.name.to_string(), sort(e.kind), e.index))
                                .collect(),
                        )
                    }
                });
            }
        }
        Payload::ComponentAliasSection(reader) => {
            for alias in reader {
                inits.push(match alias? {
                    ComponentAlias::InstanceExport {
                        kind,
                        instance_index,
                        name,
                    } => Initializer::AliasExport {
                        instance: instance_index,
                        name: name.to_string(),
                        sort: sort(kind),
                    },
                    ComponentAlias::CoreInstanceExport {
                        kind,
                        instance_index,
                        name,
                    } => Initializer::AliasCoreExport {
                        instance: instance_index,
                        name: name.to_string(),
                        sort: core_sort(kind),
                    },
                    ComponentAlias::Outer { kind, count, index } => Initializer::AliasOuter {
                        count,
                        index,
                        sort: match kind {
                            ComponentOuterAliasKind::CoreModule => Sort::Module,
                            ComponentOuterAliasKind::Component => Sort::Component,
                            ComponentOuterAliasKind::Type => Sort::Type,
                            ComponentOuterAliasKind::CoreType => continue,
                        },
                    },
                });
            }
        }
        Payload::ComponentTypeSection(reader) => {
            for ty in reader {
                inits.push(Initializer::Type {
                    resource: match ty? {
                        wasmparser::ComponentType::Resource { dtor, .. } => Some(dtor),
                        _ => None,
                    },
                });
            }
        }
        Payload::ComponentCanonicalSection(reader) => {
            for canon in reader {
                inits.push(match canon? {
                    CanonicalFunction::Lift {
                        core_func_index,
                        type_index,
                        options,
                    } => {
                        // The type is converted when the level ends.
                        Initializer::Lift {
                            core_func: core_func_index,
                            type_index,
                            ty: pending(),
                            opts: canon_opts(&options)?,
                        }
                    }
                    CanonicalFunction::Lower {
                        func_index,
                        options,
                    } => Initializer::Lower {
                        func: func_index,
                        ty: pending(),
                        opts: canon_opts(&options)?,
                    },
                    CanonicalFunction::ResourceNew { resource } => {
                        Initializer::ResourceNew(resource)
                    }
                    CanonicalFunction::ResourceDrop { resource } => {
                        Initializer::ResourceDrop(resource)
                    }
                    CanonicalFunction::ResourceRep { resource } => {
                        Initializer::ResourceRep(resource)
                    }
                    other => bail!("`canon` built-in not supported yet: {other:?}"),
                });
            }
        }
        Payload::ComponentStartSection { .. } => {
            bail!("component start functions are not supported yet")
        }
        Payload::ComponentImportSection(reader) => {
            for import in reader {
                let import = import?;
                if let ComponentTypeRef::Value(_) = import.ty {
                    bail!("value imports are not supported yet");
                }
                inits.push(Initializer::Import {
                    name: import.name.name.to_string(),
                    ty: ItemType::Value, // Filled in when the level ends.
                });
            }
        }
        Payload::ComponentExportSection(reader) => {
            for export in reader {
                let export = export?;
                inits.push(Initializer::Export {
                    name: export.name.name.to_string(),
                    sort: sort(export.kind),
                    index: export.index,
                });
            }
        }
        Payload::CustomSection(_) => {}
        other => bail!("unexpected section in a component: {other:?}"),
    }
    Ok(())
}

/// Resolves the types of a level once its validation has ended.
fn finish_level(level: &mut ComponentLevel, types: &Types, out: &mut ComponentTypes) -> Result<()> {
    let wt = types.as_ref();
    let mut cx = TypeConverter::new(out);
    let mut type_index = 0u32;
    for init in &mut level.initializers {
        // Count the types the level defines, to know the type index space's extent.
        let adds = match init {
            Initializer::Import { name, ty } => {
                let item = wt
                    .component_item_for_import(name)
                    .with_context(|| format!("no type for import `{name}`"))?;
                *ty = item_type(&mut cx, wt, &item.ty)?;
                level.imports.push((name.clone(), ty.clone()));
                Some(sort_of(ty))
            }
            Initializer::Lift { type_index, ty, .. } => {
                let ComponentAnyTypeId::Func(id) = wt.component_any_type_at(*type_index) else {
                    bail!("`canon lift` type is not a function type")
                };
                *ty = cx.func(wt, id)?;
                Some(Sort::Func)
            }
            Initializer::Lower { func, ty, .. } => {
                *ty = cx.func(wt, wt.component_function_at(*func))?;
                None
            }
            Initializer::AliasExport { sort, .. }
            | Initializer::AliasOuter { sort, .. }
            | Initializer::Export { sort, .. } => Some(*sort),
            Initializer::Type { .. } => Some(Sort::Type),
            Initializer::Instantiate { .. } | Initializer::InstanceFromExports(_) => {
                Some(Sort::Instance)
            }
            _ => None,
        };
        if adds == Some(Sort::Type) {
            type_index += 1;
        }
    }
    let names: Vec<String> = level
        .initializers
        .iter()
        .filter_map(|i| match i {
            Initializer::Export { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    for name in names {
        let item = wt
            .component_item_for_export(&name)
            .with_context(|| format!("no type for export `{name}`"))?;
        let ty = item_type(&mut cx, wt, &item.ty)?;
        level.exports.push((name, ty));
    }
    // Where each resource type the converted types mention sits in the type index space.
    let mut by_id = HashMap::new();
    for i in 0..type_index.min(wt.component_type_count()) {
        if let ComponentAnyTypeId::Resource(r) = wt.component_any_type_at(i) {
            by_id.entry(r.resource()).or_insert(i);
        }
    }
    let mut paths: HashMap<_, Vec<ResourcePath>> = by_id
        .into_iter()
        .map(|(id, i)| (id, vec![ResourcePath::Type(i)]))
        .collect();
    // Resource types reachable only as exports of instances (often imported ones).
    for i in 0..wt.component_instance_count() {
        let id = wt.component_instance_at(i);
        let mut names = Vec::new();
        instance_resources(wt, id, i, &mut names, &mut paths);
    }
    for (id, index) in cx.resources() {
        if let Some(path) = paths.get(id) {
            level.resources.insert(*index, path.clone());
        }
    }
    Ok(())
}

fn instance_resources(
    wt: TypesRef<'_>,
    id: wasmparser::component_types::ComponentInstanceTypeId,
    instance: u32,
    names: &mut Vec<String>,
    paths: &mut HashMap<wasmparser::component_types::ResourceId, Vec<ResourcePath>>,
) {
    for (name, item) in wt[id].exports.iter() {
        names.push(name.clone());
        match &item.ty {
            ComponentEntityType::Type {
                created: ComponentAnyTypeId::Resource(r),
                ..
            } => {
                paths
                    .entry(r.resource())
                    .or_default()
                    .push(ResourcePath::InstanceExport(instance, names.clone()));
            }
            ComponentEntityType::Instance(inner) => {
                instance_resources(wt, *inner, instance, names, paths);
            }
            _ => {}
        }
        names.pop();
    }
}

fn sort_of(ty: &ItemType) -> Sort {
    match ty {
        ItemType::Func(_) => Sort::Func,
        ItemType::Instance(_) => Sort::Instance,
        ItemType::Resource(_) | ItemType::Type => Sort::Type,
        ItemType::Module => Sort::Module,
        ItemType::Component => Sort::Component,
        ItemType::Value => Sort::Value,
    }
}

fn item_type(
    cx: &mut TypeConverter<'_>,
    wt: TypesRef<'_>,
    ty: &ComponentEntityType,
) -> Result<ItemType> {
    Ok(match ty {
        ComponentEntityType::Func(id) => ItemType::Func(cx.func(wt, *id)?),
        ComponentEntityType::Instance(id) => {
            let mut exports = Vec::new();
            for (name, item) in wt[*id].exports.iter() {
                exports.push((name.clone(), item_type(cx, wt, &item.ty)?));
            }
            ItemType::Instance(exports)
        }
        ComponentEntityType::Type { created, .. } => match created {
            ComponentAnyTypeId::Resource(r) => ItemType::Resource(cx.resource(r.resource())),
            _ => ItemType::Type,
        },
        ComponentEntityType::Module(_) => ItemType::Module,
        ComponentEntityType::Component(_) => ItemType::Component,
        ComponentEntityType::Value(_) => ItemType::Value,
    })
}
