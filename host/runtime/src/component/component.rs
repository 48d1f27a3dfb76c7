//! A compiled component.

use crate::artifact::{self, ComponentArtifact, ComponentArtifactRef};
use crate::progress::Progress;
use crate::{Engine, Module};
use anyhow::{Context, Result, bail};
use std::ops::Range;
use std::sync::Arc;
use wicker_environ::component::{ComponentTranslation, ComponentTypes, ItemType};

/// A compiled component: validated, its core modules compiled, ready to instantiate any
/// number of times in any store of its engine. Cloning is cheap; it can be shared across
/// threads.
#[derive(Clone)]
pub struct Component(pub(crate) Arc<ComponentInner>);

pub(crate) struct ComponentInner {
    pub(crate) engine: Engine,
    pub(crate) translation: ComponentTranslation,
    pub(crate) modules: Vec<Module>,
    pub(crate) types: Arc<ComponentTypes>,
}

impl std::fmt::Debug for Component {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Component")
            .field("modules", &self.0.modules.len())
            .field("levels", &self.0.translation.levels.len())
            .finish()
    }
}

impl Component {
    /// Compiles a component from its binary or text format.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Component> {
        let bytes = wat::parse_bytes(bytes.as_ref())?;
        Component::from_binary(engine, &bytes)
    }

    /// Compiles a component from a file in the binary or text format.
    pub fn from_file(engine: &Engine, path: impl AsRef<std::path::Path>) -> Result<Component> {
        let path = path.as_ref();
        let bytes =
            std::fs::read(path).with_context(|| format!("failed to read {}", path.display()))?;
        Component::new(engine, bytes)
    }

    /// Compiles a component from its binary format (or loads it from the engine's compile
    /// cache, if it has one: see [`Config::cache`](crate::Config::cache)).
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Component> {
        match &engine.0.cache {
            Some(cache) => cache.get_or_compile(
                &artifact::header(engine, artifact::COMPONENT),
                wasm,
                |path| crate::vm::load_cached_component(engine, path),
                || Component::compile(engine, wasm),
                Component::serialize,
            ),
            None => Component::compile(engine, wasm),
        }
    }

    /// Compiles a component from its binary format, without the cache.
    fn compile(engine: &Engine, wasm: &[u8]) -> Result<Component> {
        let features = engine.component_features();
        let mut translation = wicker_environ::component::translate_component(wasm, features)?;
        let translations = translation
            .modules
            .iter()
            .map(|range| Module::translate(engine, &wasm[range.clone()]))
            .collect::<Result<Vec<_>>>()?;
        let functions = translations.iter().map(|t| t.bodies.len()).sum();
        let progress = Progress::new(engine.0.config.progress.as_ref(), functions);
        let modules = translations
            .into_iter()
            .map(|t| Module::compile_translation(engine, t, &progress))
            .collect::<Result<Vec<_>>>()?;
        let types = Arc::new(std::mem::take(&mut translation.types));
        Ok(Component(Arc::new(ComponentInner {
            engine: engine.clone(),
            translation,
            modules,
            types,
        })))
    }

    /// The component as bytes that [`Component::deserialize`] loads again into an engine of
    /// the same configuration, without compiling.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        let inner = &self.0;
        let codes: Vec<Vec<u8>> = inner.modules.iter().map(Module::unplaced_code).collect();
        let body = ComponentArtifactRef {
            translation: &inner.translation,
            types: &inner.types,
            modules: (0u32..)
                .zip(&inner.modules)
                .map(|(i, m)| m.artifact(i))
                .collect(),
        };
        let sections: Vec<&[u8]> = codes.iter().map(Vec::as_slice).collect();
        artifact::encode(
            &artifact::header(&inner.engine, artifact::COMPONENT),
            &body,
            &sections,
        )
    }

    /// Builds a component from what an artifact stored of it; `map` places each module's
    /// code (see `Module::from_artifact`).
    pub(crate) fn from_artifact(
        engine: &Engine,
        a: ComponentArtifact,
        sections: &[Range<usize>],
        map: &mut artifact::MapCode<'_>,
    ) -> Result<Component> {
        if a.modules.len() != a.translation.modules.len() || a.translation.levels.is_empty() {
            bail!(
                "the compiled artifact has {} core modules for a component of {}",
                a.modules.len(),
                a.translation.modules.len()
            );
        }
        let modules = a
            .modules
            .into_iter()
            .map(|m| Module::from_artifact(engine, m, sections, map))
            .collect::<Result<Vec<_>>>()?;
        Ok(Component(Arc::new(ComponentInner {
            engine: engine.clone(),
            translation: a.translation,
            modules,
            types: Arc::new(a.types),
        })))
    }

    /// The engine the component was compiled for.
    pub fn engine(&self) -> &Engine {
        &self.0.engine
    }

    /// The names of the component's imports and what each is (`"function"`, `"instance"`...).
    pub fn imports(&self) -> impl Iterator<Item = (&str, &'static str)> + '_ {
        self.0
            .translation
            .root()
            .imports
            .iter()
            .map(|(n, t)| (n.as_str(), t.desc()))
    }

    /// The names of the component's exports and what each is.
    pub fn exports(&self) -> impl Iterator<Item = (&str, &'static str)> + '_ {
        self.0
            .translation
            .root()
            .exports
            .iter()
            .map(|(n, t)| (n.as_str(), t.desc()))
    }

    pub(crate) fn root_imports(&self) -> &[(String, ItemType)] {
        &self.0.translation.root().imports
    }
}
