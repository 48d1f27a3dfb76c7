//! A compiled component.

use crate::{Engine, Module};
use anyhow::{Context, Result};
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

    /// Compiles a component from its binary format.
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Component> {
        let features = engine.component_features();
        let mut translation = wicker_environ::component::translate_component(wasm, features)?;
        let modules = translation
            .modules
            .iter()
            .map(|range| Module::from_binary(engine, &wasm[range.clone()]))
            .collect::<Result<Vec<_>>>()?;
        let types = Arc::new(std::mem::take(&mut translation.types));
        Ok(Component(Arc::new(ComponentInner {
            engine: engine.clone(),
            translation,
            modules,
            types,
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
