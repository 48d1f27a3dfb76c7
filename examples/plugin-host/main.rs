//! A plugin system on generated bindings: a key-value cache plugin in front of the host's
//! storage.
//!
//! Run it with:
//!
//!     cargo run -p wicker-tests --example plugin-host
//!
//! The world (`wit/plugin/plugin.wit`) gives the plugin one capability, the host's
//! `storage`, plus a `log` function, and asks it for a `cache` interface whose `lru` is a
//! resource the plugin implements. There are two plugins: one in Rust
//! (`examples/plugin-host/guest/`, built for `wasm32-wasip2` with the `wit-bindgen`
//! crate) and one in Python (`examples/plugin-host/python/`, built with `componentize-py`,
//! which `pip install componentize-py` provides). This program builds both, then, for each:
//!
//! 1. generates the host side of the world with `bindgen!` and implements its traits;
//! 2. instantiates the plugin with those imports, plus WASI 0.2 for the Python runtime
//!    (with nothing granted: no arguments, no directories, no network);
//! 3. creates two caches (guest resources) and drives them through typed calls;
//! 4. shows what reached the host's storage, and what the plugin logged.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use wicker::component::{Component, Linker};
use wicker::{Engine, Store};

// 1. The host side of the world, generated at compile time from the WIT.
wicker::component::bindgen!({
    path: "../wit/plugin/plugin.wit",
    world: "plugin",
});

use example::kv::storage;

/// The host's state: the storage the plugin may use, its log, and the (empty) WASI
/// context a plugin's language runtime may ask for.
struct Host {
    storage: HashMap<String, Vec<u8>>,
    reads: u32,
    writes: u32,
    log: Vec<String>,
    wasi: wicker_wasi::WasiCtx,
}

impl Default for Host {
    fn default() -> Host {
        Host {
            storage: HashMap::new(),
            reads: 0,
            writes: 0,
            log: Vec::new(),
            wasi: wicker_wasi::WasiCtx::builder().build(),
        }
    }
}

impl storage::Host for Host {
    fn get(&mut self, key: String) -> Option<Vec<u8>> {
        self.reads += 1;
        self.storage.get(&key).cloned()
    }

    fn set(&mut self, key: String, value: Vec<u8>) {
        self.writes += 1;
        self.storage.insert(key, value);
    }
}

impl PluginImports for Host {
    fn log(&mut self, msg: String) {
        self.log.push(msg);
    }
}

/// Builds the Rust plugin with cargo and returns its `.wasm`.
fn build_rust_plugin() -> wicker::Result<PathBuf> {
    let guest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/plugin-host/guest");
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/plugin-host-guest");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--target",
            "wasm32-wasip2",
        ])
        .arg("--manifest-path")
        .arg(guest.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .status()?;
    if !status.success() {
        anyhow::bail!("building the Rust plugin failed (is `wasm32-wasip2` installed?)");
    }
    Ok(target.join("wasm32-wasip2/release/kv_cache_plugin.wasm"))
}

/// Builds the Python plugin with `componentize-py` and returns its `.wasm`.
fn build_python_plugin() -> wicker::Result<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out_dir = root.join("target/plugin-host-python");
    std::fs::create_dir_all(&out_dir)?;
    let out = out_dir.join("kv_cache_plugin.wasm");
    let status = Command::new("componentize-py")
        .arg("-d")
        .arg(root.join("wit/plugin/plugin.wit"))
        .args(["-w", "plugin", "componentize", "app", "-p"])
        .arg(root.join("examples/plugin-host/python"))
        .arg("-o")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|e| {
            anyhow::anyhow!("cannot run componentize-py ({e}): `pip install componentize-py`")
        })?;
    if !status.success() {
        anyhow::bail!("building the Python plugin failed");
    }
    Ok(out)
}

pub fn main() -> wicker::Result<()> {
    let engine = Engine::default();
    for (language, wasm) in [
        ("Rust", build_rust_plugin()?),
        ("Python", build_python_plugin()?),
    ] {
        println!("== the {language} plugin");
        run_plugin(&engine, &wasm)?;
    }
    Ok(())
}

/// Runs one plugin through the steps above.
pub fn run_plugin(engine: &Engine, wasm: &Path) -> wicker::Result<()> {
    // 2. Compile the plugin and instantiate it with the world's imports, and WASI 0.2.
    let component = Component::from_file(engine, wasm)?;
    let mut linker: Linker<Host> = Linker::new(engine);
    Plugin::add_to_linker(&mut linker, |host| host)?;
    wicker_wasi::preview2::add_to_linker(&mut linker, |host| &mut host.wasi)?;
    let mut store = Store::new(engine, Host::default());
    store
        .data_mut()
        .storage
        .insert("motd".into(), b"hello from storage".to_vec());
    let plugin = Plugin::instantiate(&mut store, &component, &linker)?;
    let lru = plugin.example_kv_cache().lru();

    // 3. Two caches: resources that live in the plugin, handled by the host as values.
    let small = lru.call_constructor(&mut store, 2)?;
    let large = lru.call_constructor(&mut store, 16)?;
    for (key, value) in [("a", "1"), ("b", "2"), ("c", "3")] {
        lru.call_put(&mut store, &small, key, value.as_bytes())?;
    }
    for key in ["c", "b", "a", "motd", "motd", "missing"] {
        let value = lru.call_get(&mut store, &small, key)?;
        let shown = value.map(|v| String::from_utf8_lossy(&v).into_owned());
        println!("small cache: {key} -> {shown:?}");
    }
    let _ = lru.call_get(&mut store, &large, "a")?;
    let stats = lru.call_stats(&mut store, &small)?;
    println!(
        "small cache: {} hits, {} misses, {} evictions",
        stats.hits, stats.misses, stats.evictions
    );
    if (stats.hits, stats.misses, stats.evictions) != (3, 3, 3) {
        anyhow::bail!("unexpected cache statistics");
    }

    // 4. What the plugin did with its capability, and what it said.
    small.resource_drop(&mut store)?;
    large.resource_drop(&mut store)?;
    let host = store.data();
    println!("host storage: {} reads, {} writes", host.reads, host.writes);
    for line in &host.log {
        println!("plugin log: {line}");
    }
    Ok(())
}
