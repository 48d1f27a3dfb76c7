//! Loading compiled modules and components: the public entry points are `unsafe`, and live
//! here because of it.

use super::code_memory::{CodeMemory, ImageNames};
use super::mmap::{Mmap, page_size};
use crate::artifact::{self, ComponentArtifact, Decoded, ModuleArtifact};
use crate::component::Component;
use crate::{Engine, Module};
use anyhow::{Context, Result};
use std::ops::Range;
use std::path::Path;
use wicker_environ::compile::ImageLayout;

/// Where an artifact's bytes are: in memory, or in a file mapped read-only.
enum Source<'a> {
    Bytes(&'a [u8]),
    File {
        file: std::fs::File,
        /// The whole file, mapped (its last page rounded up).
        whole: Mmap,
        /// The file's length.
        len: usize,
    },
}

impl Source<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Source::Bytes(b) => b,
            // Only the file's own bytes: past its end, a page of the mapping faults.
            Source::File { whole, len, .. } => whole.slice(*len),
        }
    }
}

impl Source<'static> {
    /// Maps the file at `path` read-only.
    ///
    /// # Safety
    ///
    /// The file must not be truncated or modified while it is mapped, nor while a module
    /// placed from it lives.
    unsafe fn file(path: &Path) -> Result<Source<'static>> {
        let file = std::fs::File::open(path)
            .with_context(|| format!("failed to open {}", path.display()))?;
        let len = usize::try_from(file.metadata()?.len())?;
        // SAFETY: the caller keeps the file unchanged.
        let whole = unsafe { Mmap::map_file(&file, 0, len, false)? };
        Ok(Source::File { file, whole, len })
    }
}

/// Decodes the artifact in `bytes`, and places each of its code sections: from the file it
/// was read from where it is page-aligned there, by copying otherwise.
fn load<T: serde::de::DeserializeOwned, R>(
    source: &Source<'_>,
    header: &str,
    build: impl FnOnce(T, &[Range<usize>], &mut artifact::MapCode<'_>) -> Result<R>,
) -> Result<R> {
    let all = source.bytes();
    let Decoded { body, sections } = artifact::decode::<T>(all, header)?;
    let mut map = |range: Range<usize>, layout: &ImageLayout, names: ImageNames| match source {
        Source::File { file, .. }
            if range.start.is_multiple_of(page_size()) && !range.is_empty() =>
        {
            // SAFETY: the caller of the public entry point keeps the file unchanged while
            // what is loaded from it lives.
            unsafe { CodeMemory::map_file(file, range.start as u64, range.len(), layout, names) }
        }
        _ => CodeMemory::map(&all[range], layout, names, false),
    };
    build(body, &sections, &mut map)
}

fn load_module(engine: &Engine, source: &Source<'_>) -> Result<Module> {
    load(
        source,
        &artifact::header(engine, artifact::MODULE),
        |a: ModuleArtifact, sections, map| Module::from_artifact(engine, a, sections, map),
    )
}

fn load_component(engine: &Engine, source: &Source<'_>) -> Result<Component> {
    load(
        source,
        &artifact::header(engine, artifact::COMPONENT),
        |a: ComponentArtifact, sections, map| Component::from_artifact(engine, a, sections, map),
    )
}

/// Loads a module from an entry of the compile cache.
///
/// Safe to call because of what the cache is: its entries are files the cache wrote whole
/// and renamed into place, never changed afterwards (replaced or removed only by renames
/// and unlinks, which leave a mapping as it was), in a directory that
/// [`Config::cache`](crate::Config::cache) requires to be writable only by those trusted
/// to run code in this process.
pub(crate) fn load_cached_module(engine: &Engine, path: &Path) -> Result<Module> {
    // SAFETY: see above: the entry is the cache's own and does not change while mapped.
    unsafe { Module::deserialize_file(engine, path) }
}

/// Loads a component from an entry of the compile cache; safe for the reasons given for
/// [`load_cached_module`].
pub(crate) fn load_cached_component(engine: &Engine, path: &Path) -> Result<Component> {
    // SAFETY: as for `load_cached_module`.
    unsafe { Component::deserialize_file(engine, path) }
}

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
        load_module(engine, &Source::Bytes(bytes.as_ref()))
    }

    /// Like [`Module::deserialize`], from a file, whose code is mapped into memory where it
    /// lies rather than read and copied (only the pages the loader patches become copies).
    ///
    /// # Safety
    ///
    /// As for [`Module::deserialize`]: the file must be one wicker wrote. Besides, the file
    /// must not be truncated or modified while the module lives (writing a new file and
    /// renaming it over the old one is safe; the mapping keeps the old one).
    pub unsafe fn deserialize_file(engine: &Engine, path: impl AsRef<Path>) -> Result<Module> {
        let path = path.as_ref();
        // SAFETY: the caller keeps the file unchanged while the module lives.
        let source = unsafe { Source::file(path)? };
        load_module(engine, &source)
            .with_context(|| format!("failed to load the compiled module {}", path.display()))
    }
}

impl Component {
    /// Loads a component that [`Component::serialize`] or [`Engine::precompile_component`]
    /// wrote, without compiling it; the checks are those of [`Module::deserialize`].
    ///
    /// # Safety
    ///
    /// As for [`Module::deserialize`]: `bytes` must be what wicker wrote.
    ///
    /// ```
    /// let engine = wicker::Engine::default();
    /// let bytes = engine.precompile_component(br#"(component (core module))"#)?;
    /// // SAFETY: the bytes were written by this engine just above.
    /// let component = unsafe { wicker::component::Component::deserialize(&engine, &bytes)? };
    /// assert_eq!(component.exports().count(), 0);
    /// # Ok::<(), anyhow::Error>(())
    /// ```
    pub unsafe fn deserialize(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Component> {
        load_component(engine, &Source::Bytes(bytes.as_ref()))
    }

    /// Like [`Component::deserialize`], from a file, mapped as [`Module::deserialize_file`]
    /// maps it.
    ///
    /// # Safety
    ///
    /// As for [`Module::deserialize_file`]: the file must be one wicker wrote, and must not
    /// be truncated or modified while the component lives.
    pub unsafe fn deserialize_file(engine: &Engine, path: impl AsRef<Path>) -> Result<Component> {
        let path = path.as_ref();
        // SAFETY: the caller keeps the file unchanged while the component lives.
        let source = unsafe { Source::file(path)? };
        load_component(engine, &source)
            .with_context(|| format!("failed to load the compiled component {}", path.display()))
    }
}
