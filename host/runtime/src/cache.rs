//! The on-disk compile cache: artifacts of compiled modules and components, kept in a
//! directory under names that are hashes of their source and of every setting that shapes
//! the code, and loaded instead of compiling when the same input comes again.
//!
//! Entries are written whole to a temporary file and renamed into place, so a reader sees
//! an entry complete or not at all, however many processes compile at once; a loaded entry
//! is mapped, and a rename or eviction never changes a file that is mapped (it replaces or
//! unlinks it). An entry that fails to load (damaged, truncated, from another version) is
//! removed and compiled again. After each write the directory is brought back under its
//! size bound by removing the entries used least recently (a hit refreshes an entry's
//! modification time).

use crate::Engine;
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Where and how large the compile cache is (see [`Config::cache`](crate::Config::cache)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheConfig {
    directory: PathBuf,
    max_size: u64,
}

/// The default bound on the cache's size: 1 GiB.
const DEFAULT_MAX_SIZE: u64 = 1 << 30;

/// The extension of entries; temporary files start with `TEMP_PREFIX`.
const ENTRY_EXTENSION: &str = "cwasm";
const TEMP_PREFIX: &str = ".tmp-";

/// A temporary file this old was left by a writer that died; eviction removes it.
const STALE_TEMP: Duration = Duration::from_secs(600);

impl CacheConfig {
    /// A cache in `directory` (created when the first entry is written), of at most 1 GiB.
    pub fn new(directory: impl Into<PathBuf>) -> CacheConfig {
        CacheConfig {
            directory: directory.into(),
            max_size: DEFAULT_MAX_SIZE,
        }
    }

    /// A cache in the user's cache directory: `$XDG_CACHE_HOME/wicker`, else
    /// `~/.cache/wicker` (`~/Library/Caches/wicker` on macOS); `None` if there is no home
    /// directory to put it in.
    pub fn user_default() -> Option<CacheConfig> {
        let absolute = |v: std::ffi::OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
        let base = match std::env::var_os("XDG_CACHE_HOME").and_then(absolute) {
            Some(dir) => dir,
            None => {
                let home = std::env::var_os("HOME").and_then(absolute)?;
                if cfg!(target_os = "macos") {
                    home.join("Library/Caches")
                } else {
                    home.join(".cache")
                }
            }
        };
        Some(CacheConfig::new(base.join("wicker")))
    }

    /// Bounds the cache's size: after a write, the least recently used entries are removed
    /// until the rest take at most three quarters of `bytes`.
    pub fn max_size(&mut self, bytes: u64) -> &mut Self {
        self.max_size = bytes;
        self
    }

    /// The cache's directory.
    pub fn directory(&self) -> &Path {
        &self.directory
    }
}

/// How the compile cache of an engine has been used, as [`Engine::cache_statistics`]
/// tells it.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct CacheStatistics {
    /// Inputs loaded from the cache instead of compiled.
    pub hits: u64,
    /// Inputs compiled because the cache had no usable entry.
    pub misses: u64,
    /// Entries found unusable (damaged, or from another configuration) and removed.
    pub removed_unusable: u64,
    /// Entries removed to bound the cache's size.
    pub evicted: u64,
}

/// An engine's compile cache.
#[derive(Debug)]
pub(crate) struct Cache {
    config: CacheConfig,
    hits: AtomicU64,
    misses: AtomicU64,
    removed_unusable: AtomicU64,
    evicted: AtomicU64,
}

impl Cache {
    pub(crate) fn new(config: CacheConfig) -> Cache {
        Cache {
            config,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            removed_unusable: AtomicU64::new(0),
            evicted: AtomicU64::new(0),
        }
    }

    pub(crate) fn statistics(&self) -> CacheStatistics {
        CacheStatistics {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            removed_unusable: self.removed_unusable.load(Ordering::Relaxed),
            evicted: self.evicted.load(Ordering::Relaxed),
        }
    }

    /// The entry's path for `wasm` compiled as an artifact with `header`: the hash covers
    /// the artifact format's version, the header (wicker's version, the target, every
    /// compile-affecting setting) and the bytes.
    fn entry_path(&self, header: &str, wasm: &[u8]) -> PathBuf {
        let mut hash = Sha256::new();
        hash.update(crate::artifact::FORMAT_VERSION.to_le_bytes());
        hash.update((header.len() as u64).to_le_bytes());
        hash.update(header.as_bytes());
        hash.update(wasm);
        let digest = hash.finalize();
        let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.config
            .directory
            .join(format!("{name}.{ENTRY_EXTENSION}"))
    }

    /// The compiled form of `wasm`: loaded by `load` from its entry if there is a usable
    /// one, else made by `compile` and stored by `serialize` (a failure to store is not an
    /// error: the compiled value is returned all the same).
    pub(crate) fn get_or_compile<T>(
        &self,
        header: &str,
        wasm: &[u8],
        load: impl FnOnce(&Path) -> Result<T>,
        compile: impl FnOnce() -> Result<T>,
        serialize: impl FnOnce(&T) -> Result<Vec<u8>>,
    ) -> Result<T> {
        let path = self.entry_path(header, wasm);
        if path.is_file() {
            match load(&path) {
                Ok(value) => {
                    self.hits.fetch_add(1, Ordering::Relaxed);
                    touch(&path);
                    return Ok(value);
                }
                Err(_) => {
                    // Unusable: compile again and replace it.
                    if std::fs::remove_file(&path).is_ok() {
                        self.removed_unusable.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }
        self.misses.fetch_add(1, Ordering::Relaxed);
        let value = compile()?;
        if let Ok(bytes) = serialize(&value) {
            // The cache is an optimization: a full disk or a read-only directory only
            // means the next run compiles again.
            let _ = self.store(&path, &bytes);
        }
        Ok(value)
    }

    /// Writes an entry whole under a temporary name and renames it into place, then bounds
    /// the directory's size.
    fn store(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let dir = &self.config.directory;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("failed to create the cache directory {}", dir.display()))?;
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        let temp = dir.join(format!(
            "{TEMP_PREFIX}{}-{nanos}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let written = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(e).context("failed to write a cache entry");
        }
        self.evict();
        Ok(())
    }

    /// Removes stale temporary files and, if the entries take more than the bound, the
    /// least recently used ones until they take at most three quarters of it.
    fn evict(&self) {
        let Ok(dir) = std::fs::read_dir(&self.config.directory) else {
            return;
        };
        let now = SystemTime::now();
        let mut entries = Vec::new();
        let mut total = 0u64;
        for entry in dir.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(meta) = entry.metadata() else { continue };
            let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            if name.starts_with(TEMP_PREFIX) {
                if now
                    .duration_since(modified)
                    .is_ok_and(|age| age > STALE_TEMP)
                {
                    let _ = std::fs::remove_file(entry.path());
                }
                continue;
            }
            if meta.is_file() && name.ends_with(&format!(".{ENTRY_EXTENSION}")) {
                total = total.saturating_add(meta.len());
                entries.push((modified, meta.len(), entry.path()));
            }
        }
        if total <= self.config.max_size {
            return;
        }
        let target = self.config.max_size / 4 * 3;
        entries.sort();
        for (_, len, path) in entries {
            if total <= target {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                self.evicted.fetch_add(1, Ordering::Relaxed);
            }
            total = total.saturating_sub(len);
        }
    }
}

/// Marks an entry as just used, for eviction's order.
fn touch(path: &Path) {
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

impl Engine {
    /// How the engine's compile cache has been used, if it has one.
    pub fn cache_statistics(&self) -> Option<CacheStatistics> {
        self.0.cache.as_ref().map(Cache::statistics)
    }
}
