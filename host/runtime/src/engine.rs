//! The engine: compiler, configuration, signature registry and shared trampolines.

use crate::config::Config;
use crate::vm::{AdapterCode, CodeMemory, ImageNames, Needs, Trampolines};
use anyhow::Result;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use wicker_environ::compile::{AdapterSignature, Compiler, CompilerOptions};
use wicker_environ::{WasmFuncType, WasmValType};

/// A compilation and execution environment shared by modules and stores.
///
/// Cheap to clone; all clones share their state. Safe to use from several threads.
#[derive(Clone)]
pub struct Engine(pub(crate) Arc<EngineInner>);

pub(crate) struct EngineInner {
    pub(crate) config: Config,
    pub(crate) compiler: Box<dyn Compiler>,
    signatures: RwLock<(HashMap<WasmFuncType, u32>, Vec<WasmFuncType>)>,
    trampolines: Mutex<HashMap<u32, Trampolines>>,
    trampoline_code: Mutex<Vec<CodeMemory>>,
    /// Fused adapters by their signature, compiled on first use (their code is kept in
    /// `trampoline_code`).
    adapters: Mutex<HashMap<AdapterSignature, AdapterCode>>,
    pub(crate) epoch: AtomicU64,
    /// The on-disk compile cache, if the configuration asks for one.
    pub(crate) cache: Option<crate::cache::Cache>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

impl Default for Engine {
    fn default() -> Engine {
        Engine::new(&Config::default()).expect("the default configuration is valid")
    }
}

impl Engine {
    /// Creates an engine; fails if the configuration asks for something unsupported.
    pub fn new(config: &Config) -> Result<Engine> {
        config.validate()?;
        crate::vm::init_traps();
        let compiler = wicker_cranelift::Compiler::new(CompilerOptions {
            explicit_bounds_checks: config.explicit_bounds_checks,
            consume_fuel: config.consume_fuel,
            epoch_interruption: config.epoch_interruption,
            verify: config.verify,
            multi_memory: config.features.multi_memory,
        })?;
        Ok(Engine(Arc::new(EngineInner {
            config: config.clone(),
            compiler: Box::new(compiler),
            signatures: RwLock::new((HashMap::new(), Vec::new())),
            trampolines: Mutex::new(HashMap::new()),
            trampoline_code: Mutex::new(Vec::new()),
            adapters: Mutex::new(HashMap::new()),
            epoch: AtomicU64::new(0),
            cache: config.cache.clone().map(crate::cache::Cache::new),
        })))
    }

    /// The configuration the engine was created with.
    pub fn config(&self) -> &Config {
        &self.0.config
    }

    /// Advances the epoch; code running past its store's deadline is interrupted.
    pub fn increment_epoch(&self) {
        self.0.epoch.fetch_add(1, Ordering::Relaxed);
    }

    /// The features components are validated with: the core features of the config, the
    /// component model, and the component-model extensions the validator knows (the
    /// translator rejects those the runtime does not implement, with a clear error).
    pub(crate) fn component_features(&self) -> wasmparser::WasmFeatures {
        use wasmparser::WasmFeatures as F;
        self.0.config.features.to_wasmparser()
            | F::COMPONENT_MODEL
            | F::CM_ASYNC
            | F::CM_ASYNC_STACKFUL
            | F::CM_MORE_ASYNC_BUILTINS
            | F::CM_THREADING
            | F::CM_FIXED_LENGTH_LISTS
            | F::CM_MAP
            | F::CM_IMPLEMENTS
    }

    pub(crate) fn current_epoch(&self) -> u64 {
        self.0.epoch.load(Ordering::Relaxed)
    }

    /// Whether two engines are the same.
    pub fn same(a: &Engine, b: &Engine) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }

    /// The engine-wide index of a signature, interning it on first use.
    pub(crate) fn signature(&self, ty: &WasmFuncType) -> u32 {
        if let Some(i) = self
            .0
            .signatures
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .get(ty)
        {
            return *i;
        }
        let mut sigs = self.0.signatures.write().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = sigs.0.get(ty) {
            return *i;
        }
        let i = sigs.1.len() as u32;
        sigs.1.push(ty.clone());
        sigs.0.insert(ty.clone(), i);
        i
    }

    /// The signature with an engine-wide index.
    pub(crate) fn signature_type(&self, index: u32) -> WasmFuncType {
        self.0
            .signatures
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .1[index as usize]
            .clone()
    }

    /// Compiles a module (binary or text) into the bytes of [`Module::serialize`](crate::Module::serialize), for
    /// [`Module::deserialize`](crate::Module::deserialize) to load later into an engine of the same configuration.
    pub fn precompile_module(&self, bytes: &[u8]) -> Result<Vec<u8>> {
        crate::Module::new(self, bytes)?.serialize()
    }

    /// Compiles a component (binary or text) into the bytes of
    /// [`Component::serialize`](crate::component::Component::serialize), for
    /// [`Component::deserialize`](crate::component::Component::deserialize) to load later
    /// into an engine of the same configuration.
    pub fn precompile_component(&self, bytes: &[u8]) -> Result<Vec<u8>> {
        crate::component::Component::new(self, bytes)?.serialize()
    }

    /// Whether `bytes` look like a compiled artifact (of [`Module::serialize`](crate::Module::serialize)
    /// or [`Component::serialize`](crate::component::Component::serialize)), and of what;
    /// from their first bytes only, without loading or checking anything else.
    pub fn detect_precompiled(bytes: &[u8]) -> Option<Precompiled> {
        crate::artifact::detect(bytes)
    }

    /// The array-to-wasm and wasm-to-array trampolines of a signature, compiled on first use.
    pub(crate) fn trampolines(&self, sig: u32) -> Result<Trampolines> {
        if let Some(t) = self
            .0
            .trampolines
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&sig)
        {
            return Ok(*t);
        }
        let ty = self.signature_type(sig);
        let a2w = self.0.compiler.compile_array_to_wasm(&ty)?;
        let w2a = self.0.compiler.compile_wasm_to_array(&ty)?;
        let code = CodeMemory::publish(&[a2w, w2a], ImageNames::default(), true)?;
        let slots = ty.params.len().max(ty.results.len());
        let t = code.trampolines(sig, slots);
        let mut map = self.0.trampolines.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(existing) = map.get(&sig) {
            return Ok(*existing);
        }
        map.insert(sig, t);
        self.0
            .trampoline_code
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(code);
        Ok(t)
    }
}

impl Engine {
    /// The fused adapter of `adapter`'s shape, compiled on first use (outside the cache's
    /// lock, so that instantiations on other threads wait for nothing but their own).
    pub(crate) fn adapter(&self, adapter: &AdapterSignature) -> Result<AdapterCode> {
        let cached = |engine: &Engine| {
            let map = engine.0.adapters.lock().unwrap_or_else(|e| e.into_inner());
            map.get(adapter).copied()
        };
        if let Some(code) = cached(self) {
            return Ok(code);
        }
        let sig = self.signature(&adapter.core_type());
        let callee_sig = self.signature(&adapter.callee_core_type());
        let post_sig = adapter
            .post_return
            .then(|| self.signature(&adapter.post_return_type()));
        let realloc_sig = self.signature(&WasmFuncType {
            params: Box::new([WasmValType::I32; 4]),
            results: Box::new([WasmValType::I32]),
        });
        let needs = Needs {
            memories: adapter.uses_memory(),
            callee_realloc: adapter.callee_realloc(),
            caller_realloc: adapter.caller_realloc(),
        };
        let compiled = self.0.compiler.compile_adapter(adapter)?;
        let names = ImageNames {
            module_name: Some("wicker".into()),
            func_names: vec![Some("component adapter".into())],
            first_func_index: 0,
        };
        let image = CodeMemory::publish(&[compiled], names, false)?;
        let code = image.adapter((sig, callee_sig, post_sig, realloc_sig), needs);
        let mut map = self.0.adapters.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(code) = map.get(adapter) {
            // Another thread compiled the same shape meanwhile: its code is the one in use,
            // and this image, which nothing refers to, is dropped.
            return Ok(*code);
        }
        self.0
            .trampoline_code
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(image);
        map.insert(adapter.clone(), code);
        Ok(code)
    }
}

/// The kind of a compiled artifact, as [`Engine::detect_precompiled`] tells it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Precompiled {
    /// A core module, for [`Module::deserialize`](crate::Module::deserialize).
    Module,
    /// A component, for [`Component::deserialize`](crate::component::Component::deserialize).
    Component,
}
