//! Compiled modules.

use crate::artifact::{self, ModuleArtifact};
use crate::engine::Engine;
use crate::progress::Progress;
use crate::types::{ExternType, FuncType, GlobalType, MemoryType, TableType};
use crate::vm::{CodeMemory, ImageNames};
use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use std::sync::Arc;
use wicker_environ::{
    DefinedFuncIndex, EntityIndex, FuncIndex, ModuleInfo, ModuleTranslation, VMOffsets,
};

/// A compiled WebAssembly module, ready to be instantiated any number of times.
///
/// Cheap to clone and safe to share between threads.
///
/// ```
/// let engine = wicker::Engine::default();
/// let module = wicker::Module::new(&engine, r#"(module (func (export "f") (result i32) i32.const 7))"#)?;
/// assert_eq!(module.exports().count(), 1);
/// # Ok::<(), anyhow::Error>(())
/// ```
#[derive(Clone)]
pub struct Module(pub(crate) Arc<ModuleInner>);

pub(crate) struct ModuleInner {
    pub(crate) engine: Engine,
    pub(crate) info: ModuleInfo,
    pub(crate) offsets: VMOffsets,
    pub(crate) code: CodeMemory,
    /// Engine signature index of each type of the type section.
    pub(crate) type_ids: Box<[u32]>,
    /// The bytes of the data segments, concatenated.
    data: Vec<u8>,
    data_ranges: Vec<std::ops::Range<usize>>,
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module")
            .field("name", &self.0.info.name)
            .finish_non_exhaustive()
    }
}

/// The names of a module's functions, for backtraces.
fn image_names(info: &ModuleInfo) -> ImageNames {
    ImageNames {
        module_name: info.name.clone(),
        func_names: (0..info.num_defined_funcs())
            .map(|i| {
                info.func_names
                    .get(&info.func_index(DefinedFuncIndex::from_u32(i)))
                    .cloned()
            })
            .collect(),
        first_func_index: info.num_imported_funcs,
    }
}

/// An import of a module: where it comes from and its type.
#[derive(Debug, Clone)]
pub struct ImportType<'a> {
    module: &'a str,
    name: &'a str,
    ty: ExternType,
}

impl<'a> ImportType<'a> {
    /// The module name.
    pub fn module(&self) -> &'a str {
        self.module
    }
    /// The item name.
    pub fn name(&self) -> &'a str {
        self.name
    }
    /// The expected type.
    pub fn ty(&self) -> ExternType {
        self.ty.clone()
    }
}

/// An export of a module: its name and type.
#[derive(Debug, Clone)]
pub struct ExportType<'a> {
    name: &'a str,
    ty: ExternType,
}

impl<'a> ExportType<'a> {
    /// The export's name.
    pub fn name(&self) -> &'a str {
        self.name
    }
    /// The export's type.
    pub fn ty(&self) -> ExternType {
        self.ty.clone()
    }
}

impl Module {
    /// Compiles a module from its binary or from WebAssembly text.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module> {
        let bytes = bytes.as_ref();
        let wasm = wat::parse_bytes(bytes).context("failed to parse WebAssembly text")?;
        Module::from_binary(engine, &wasm)
    }

    /// Reads a module from a file (`.wasm` or `.wat`).
    pub fn from_file(engine: &Engine, path: impl AsRef<std::path::Path>) -> Result<Module> {
        let path = path.as_ref();
        let bytes =
            std::fs::read(path).with_context(|| format!("failed to read {}", path.display()))?;
        Module::new(engine, bytes).with_context(|| format!("failed to compile {}", path.display()))
    }

    /// Validates and compiles a module binary (or loads it from the engine's compile cache,
    /// if it has one: see [`Config::cache`](crate::Config::cache)).
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module> {
        match &engine.0.cache {
            Some(cache) => cache.get_or_compile(
                &artifact::header(engine, artifact::MODULE),
                wasm,
                |path| crate::vm::load_cached_module(engine, path),
                || Module::compile(engine, wasm),
                Module::serialize,
            ),
            None => Module::compile(engine, wasm),
        }
    }

    /// Validates and compiles a module binary, without the cache.
    fn compile(engine: &Engine, wasm: &[u8]) -> Result<Module> {
        let translation = wicker_environ::translate_module(wasm, &engine.0.config.features)?;
        let progress = Progress::new(engine.0.config.progress.as_ref(), translation.bodies.len());
        Module::compile_translation(engine, translation, &progress)
    }

    /// Validates a module binary, for [`Module::compile_translation`].
    pub(crate) fn translate<'a>(engine: &Engine, wasm: &'a [u8]) -> Result<ModuleTranslation<'a>> {
        wicker_environ::translate_module(wasm, &engine.0.config.features)
    }

    /// Compiles a translated module, counting its functions in `progress`.
    pub(crate) fn compile_translation(
        engine: &Engine,
        translation: ModuleTranslation<'_>,
        progress: &Progress<'_>,
    ) -> Result<Module> {
        let wasm = translation.wasm;
        let info = translation.module;
        let offsets = VMOffsets::new(&info);
        let compiler = &engine.0.compiler;
        let bodies: Vec<_> = translation.bodies.into_iter().collect();
        let compile = |(index, body)| {
            let compiled = compiler.compile_function(&info, &offsets, index, body);
            progress.function_done();
            compiled.with_context(|| {
                let func = info.func_index(index);
                match info.func_names.get(&func) {
                    Some(name) => {
                        format!("failed to compile function {} ({name})", func.as_u32())
                    }
                    None => format!("failed to compile function {}", func.as_u32()),
                }
            })
        };
        let compiled = if engine.0.config.parallel_compilation {
            bodies
                .into_par_iter()
                .map(compile)
                .collect::<Result<Vec<_>>>()?
        } else {
            bodies
                .into_iter()
                .map(compile)
                .collect::<Result<Vec<_>>>()?
        };
        let mut data = Vec::new();
        let mut data_ranges = Vec::new();
        for seg in info.data.values() {
            let start = data.len();
            data.extend_from_slice(&wasm[seg.range.clone()]);
            data_ranges.push(start..data.len());
        }
        let image = wicker_environ::compile::link(&compiled)?;
        let code = CodeMemory::map(&image.code, &image.layout, image_names(&info), false)?;
        Ok(Module::from_parts(engine, info, code, data, data_ranges))
    }

    fn from_parts(
        engine: &Engine,
        info: ModuleInfo,
        code: CodeMemory,
        data: Vec<u8>,
        data_ranges: Vec<std::ops::Range<usize>>,
    ) -> Module {
        let offsets = VMOffsets::new(&info);
        let type_ids = info.types.values().map(|t| engine.signature(t)).collect();
        Module(Arc::new(ModuleInner {
            engine: engine.clone(),
            info,
            offsets,
            code,
            type_ids,
            data,
            data_ranges,
        }))
    }

    /// The module as bytes that [`Module::deserialize`] loads again into an engine of the
    /// same configuration, without compiling.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        let code = self.0.code.unplaced_code();
        artifact::encode(
            &artifact::header(&self.0.engine, artifact::MODULE),
            &self.artifact(0),
            &[&code],
        )
    }

    /// What an artifact stores of the module, its code being section `code`.
    pub(crate) fn artifact(&self, code: u32) -> ModuleArtifact {
        ModuleArtifact {
            info: self.0.info.clone(),
            layout: self.0.code.layout(),
            code,
            data: self.0.data.clone(),
            data_ranges: self.0.data_ranges.clone(),
        }
    }

    /// The module's code image, to store beside [`Module::artifact`].
    pub(crate) fn unplaced_code(&self) -> Vec<u8> {
        self.0.code.unplaced_code()
    }

    /// Builds a module from what an artifact stored of it, after checking that the parts
    /// agree; `map` places its code image, given the section's range in the artifact. The
    /// checks are those of the artifact format: the caller vouches for the code.
    pub(crate) fn from_artifact(
        engine: &Engine,
        a: ModuleArtifact,
        sections: &[std::ops::Range<usize>],
        map: &mut artifact::MapCode<'_>,
    ) -> Result<Module> {
        let funcs = a.info.num_defined_funcs() as usize;
        if a.layout.funcs.len() != funcs {
            bail!(
                "the compiled artifact has code for {} functions, not {funcs}",
                a.layout.funcs.len()
            );
        }
        if a.info.data.len() != a.data_ranges.len()
            || a.data_ranges
                .iter()
                .any(|r| r.start > r.end || r.end > a.data.len())
        {
            bail!("the compiled artifact's data segments are malformed");
        }
        let Some(section) = sections.get(a.code as usize) else {
            bail!(
                "the compiled artifact names code section {}, which it lacks",
                a.code
            );
        };
        let code = map(section.clone(), &a.layout, image_names(&a.info))?;
        Ok(Module::from_parts(
            engine,
            a.info,
            code,
            a.data,
            a.data_ranges,
        ))
    }

    /// Checks a module binary without compiling it.
    pub fn validate(engine: &Engine, wasm: &[u8]) -> Result<()> {
        let mut v =
            wasmparser::Validator::new_with_features(engine.0.config.features.to_wasmparser());
        v.validate_all(wasm)?;
        Ok(())
    }

    /// Size in bytes of the module's compiled code.
    pub fn code_size(&self) -> usize {
        self.0.code.len()
    }

    /// The engine the module was compiled for.
    pub fn engine(&self) -> &Engine {
        &self.0.engine
    }

    /// The module's name, from its name section.
    pub fn name(&self) -> Option<&str> {
        self.0.info.name.as_deref()
    }

    pub(crate) fn info(&self) -> &ModuleInfo {
        &self.0.info
    }

    pub(crate) fn offsets(&self) -> &VMOffsets {
        &self.0.offsets
    }

    pub(crate) fn type_ids(&self) -> &[u32] {
        &self.0.type_ids
    }

    pub(crate) fn data_bytes(&self, index: u32) -> &[u8] {
        &self.0.data[self.0.data_ranges[index as usize].clone()]
    }

    pub(crate) fn func_sig(&self, func: FuncIndex) -> u32 {
        self.0.type_ids[self.0.info.functions[func].as_u32() as usize]
    }

    pub(crate) fn defined_func_ptr(&self, index: DefinedFuncIndex) -> *const u8 {
        self.0.code.func_ptr(index.as_u32() as usize)
    }

    pub(crate) fn entity_type(&self, index: EntityIndex) -> ExternType {
        let info = &self.0.info;
        match index {
            EntityIndex::Function(f) => {
                ExternType::Func(FuncType::from_wasm(info.func_type(f).clone()))
            }
            EntityIndex::Table(t) => ExternType::Table(TableType::from_wasm(&info.tables[t])),
            EntityIndex::Memory(m) => ExternType::Memory(MemoryType::from_wasm(&info.memories[m])),
            EntityIndex::Global(g) => ExternType::Global(GlobalType::from_wasm(&info.globals[g])),
        }
    }

    /// The module's imports, in order.
    pub fn imports(&self) -> impl ExactSizeIterator<Item = ImportType<'_>> + '_ {
        self.0.info.imports.iter().map(|i| ImportType {
            module: &i.module,
            name: &i.field,
            ty: self.entity_type(i.index),
        })
    }

    /// The module's exports, in order.
    pub fn exports(&self) -> impl ExactSizeIterator<Item = ExportType<'_>> + '_ {
        self.0.info.exports.iter().map(|(name, index)| ExportType {
            name,
            ty: self.entity_type(*index),
        })
    }

    /// The type of the export `name`, if there is one.
    pub fn get_export(&self, name: &str) -> Option<ExternType> {
        self.0
            .info
            .exports
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, i)| self.entity_type(*i))
    }
}
