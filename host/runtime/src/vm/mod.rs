//! The runtime's low level: every `unsafe` block of wicker lives in this module.
//!
//! It owns the raw memory that compiled code touches (code images, linear memories, tables,
//! `VMContext`s), the signal handlers that turn faults into traps, and the entry points
//! between host and wasm. Everything it exports is safe to call given the invariants its
//! owners (the store, modules and the engine) maintain, stated on each item.

mod adapter;
mod call;
mod code_memory;
mod deserialize;
mod host_func;
mod instance;
mod libcalls;
mod memory;
mod mmap;
mod registry;
mod table;
mod transcode;
mod traphandlers;
mod vmcontext;

pub use adapter::{
    AdapterCode, AdapterContext, AdapterHandles, AdapterSide, Needs, VMComponentFlags,
};
pub use call::{array_call_host, invoke_wasm};
pub use code_memory::{
    ArrayToWasm, CodeMemory, ImageNames, Trampolines, WasmToArray, lookup as lookup_code,
};
pub(crate) use deserialize::{load_cached_component, load_cached_module};
pub use host_func::{HostFuncContext, make_callback};
pub use instance::{FuncRefPtr, GlobalPtr, Instance};
pub use memory::Memory;
pub use table::Table;
pub use traphandlers::{Pending, TrapRecord, init as init_traps, take_pending};
pub use vmcontext::{VMGlobalDefinition, VMStoreContext, ValRaw};
