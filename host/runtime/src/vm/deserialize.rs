//! Loading compiled modules: the public entry points are `unsafe`, and live here because
//! of it.

use crate::{Engine, Module};
use anyhow::{Context, Result};
use std::path::Path;

impl Module {
    /// Loads a module that [`Module::serialize`] or [`Engine::precompile_module`] wrote,
    /// without compiling it.
    ///
    /// The artifact must come from an engine with the same configuration, target and
    /// wicker version; any other is refused with an error naming the first difference. A
    /// truncated or damaged artifact is refused too (the format carries a checksum).
    ///
    /// # Safety
    ///
    /// The artifact's machine code runs as it is: `bytes` must be what wicker wrote, not
    /// something made or altered by anyone who could also fix its checksum. Loading bytes
    /// from an untrusted source can run arbitrary code.
    ///
    /// ```
    /// let engine = wicker::Engine::default();
    /// let bytes = engine.precompile_module(br#"(module (func (export "f") (result i32) i32.const 7))"#)?;
    /// // SAFETY: the bytes were written by this engine just above.
    /// let module = unsafe { wicker::Module::deserialize(&engine, &bytes)? };
    /// let mut store = wicker::Store::new(&engine, ());
    /// let instance = wicker::Instance::new(&mut store, &module, &[])?;
    /// let f = instance.get_typed_func::<(), i32>(&mut store, "f")?;
    /// assert_eq!(f.call(&mut store, ())?, 7);
    /// # Ok::<(), anyhow::Error>(())
    /// ```
    pub unsafe fn deserialize(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module> {
        Module::from_artifact(engine, bytes.as_ref())
    }

    /// Like [`Module::deserialize`], from a file.
    ///
    /// # Safety
    ///
    /// As for [`Module::deserialize`]: the file must be one wicker wrote.
    pub unsafe fn deserialize_file(engine: &Engine, path: impl AsRef<Path>) -> Result<Module> {
        let path = path.as_ref();
        let bytes =
            std::fs::read(path).with_context(|| format!("failed to read {}", path.display()))?;
        Module::from_artifact(engine, &bytes)
            .with_context(|| format!("failed to load the compiled module {}", path.display()))
    }
}
