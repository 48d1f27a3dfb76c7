//! Tests of the embedding API of the `wicker` crate.

// Every trap kind of the spec, each raised by a small module.
mod traps;
// Wasm backtraces attached to traps, with names from the name section.
mod backtrace;
// Stack overflow: deep recursion, including through host functions.
mod stack;
// Fuel and epoch interruption of infinite loops.
mod interrupt;
// Memory and table limits, and the store's limiter.
mod limits;
// Invalid and malformed modules are clear errors.
mod invalid;
// Modules shared between threads.
mod threads;
// Host functions, the linker, globals, tables and memories from the host.
mod host;
// Functions with any number of results.
mod results;
// Compiled modules stored and loaded.
mod serialize;
// The on-disk compile cache.
mod cache;
// Progress reports of compilations.
mod progress;
// `v128` values through the host API.
mod simd;
// Memories of one-byte pages, and 64-bit memories.
mod page_sizes;
// Tables with 64-bit indices.
mod table64;
// `memory.copy` at short lengths, where compiled code copies in line.
mod memory_copy;

use wicker::{Engine, Instance, Module, Store};

/// Compiles `wat` and instantiates it without imports.
pub fn instantiate(engine: &Engine, wat: &str) -> (Store<()>, Instance) {
    let module = Module::new(engine, wat).expect("module compiles");
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("module instantiates");
    (store, instance)
}
