//! Tests of the component API: values round-tripping between host and guests, typed and
//! dynamic calls, resources, linking components together, and the traps of hostile guests.

// A model of interface types that renders test components.
mod model;
// Every interface type, host -> guest -> host, in every string encoding.
mod roundtrip;
// Typed host functions and typed views of exports.
mod typed;
// Typed functions over borrowed parameters.
mod borrowed_params;
// Strings and lists lifted as views of guest memory.
mod views;
// APIs embedders port from another runtime by renaming.
mod porting;
// Records, variants and enums with the derive macros.
mod derive;
// Hostile guests: one test per trap of the Canonical ABI.
mod traps;
// Values ending exactly at the end of a 4 GiB memory.
mod memory_end;
// Host and guest resources.
mod resources;
// Components linked to each other.
mod linking;
// Strings between components in every pair of encodings.
mod transcoding;
// Fused calls between components, against the host's path.
mod fused;
// Components serialized and loaded again.
mod serialize;
// Mutated component binaries.
mod mutated;
// A guest component compiled from Rust with `wit-bindgen`.
mod rust_guest;
// Bindings generated with `bindgen!`, run against the Rust guest.
mod bindgen;

use wicker::component::{Component, Linker};
use wicker::{Config, Engine, Store};

/// An engine for components (multi-memory on, as component toolchains expect).
pub fn engine() -> Engine {
    let mut config = Config::new();
    config.wasm_multi_memory(true);
    Engine::new(&config).expect("engine")
}

/// Compiles `text`, failing the test with the component printed on error.
pub fn compile(engine: &Engine, text: &str) -> Component {
    match Component::new(engine, text) {
        Ok(c) => c,
        Err(e) => panic!("component does not compile: {e:#}\n{text}"),
    }
}

/// A store and an empty linker.
pub fn store_and_linker<T: 'static>(engine: &Engine, data: T) -> (Store<T>, Linker<T>) {
    (Store::new(engine, data), Linker::new(engine))
}

// The plugin-host example, run as a test.
#[path = "../../examples/plugin-host/main.rs"]
mod plugin_host;

#[test]
fn the_plugin_host_example_runs() {
    plugin_host::main().expect("the example runs");
}
