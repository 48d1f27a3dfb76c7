//! wicker: a WebAssembly runtime.
//!
//! Modules are compiled to native code with Cranelift and run inside a [`Store`], which owns
//! every instance, memory, table, global and host function created in it. The API follows
//! the shape most Rust embedders know:
//!
//! ```
//! use wicker::{Engine, Linker, Module, Store};
//!
//! let engine = Engine::default();
//! let module = Module::new(&engine, r#"
//!     (module
//!       (import "host" "log" (func $log (param i32)))
//!       (func (export "run") (param i32) (result i32)
//!         local.get 0
//!         call $log
//!         local.get 0
//!         i32.const 1
//!         i32.add))
//! "#)?;
//! let mut linker = Linker::new(&engine);
//! linker.func_wrap("host", "log", |mut caller: wicker::Caller<'_, Vec<i32>>, x: i32| {
//!     caller.data_mut().push(x);
//! })?;
//! let mut store = Store::new(&engine, Vec::new());
//! let instance = linker.instantiate(&mut store, &module)?;
//! let run = instance.get_typed_func::<i32, i32>(&mut store, "run")?;
//! assert_eq!(run.call(&mut store, 41)?, 42);
//! assert_eq!(store.data(), &[41]);
//! # Ok::<(), anyhow::Error>(())
//! ```
//!
//! | feature | status |
//! |---|---|
//! | WebAssembly 2.0 (MVP, multi-value, bulk memory, reference types, sign extension, saturating conversions, mutable globals, fixed-width SIMD) | supported |
//! | relaxed SIMD, extended constant expressions, tail calls, multi-memory (all on by default, as standardized in Wasm 3.0) | supported |
//! | wide arithmetic, custom page sizes, 64-bit memories and tables (off by default) | supported |
//! | function references, GC, exceptions, threads | refused by [`Config`] |
//! | traps with wasm backtraces, stack overflow detection | supported |
//! | fuel, epoch interruption, resource limits | supported |
//!
//! Every `unsafe` block lives in the private `vm` module; the API is safe.

#![deny(missing_docs)]
#![deny(unsafe_code)]

mod artifact;
mod cache;
pub mod component;
mod config;
mod engine;
mod externals;
mod func;
mod instance;
mod linker;
mod module;
mod progress;
mod store;
mod trap;
mod types;
mod values;
#[allow(unsafe_code, reason = "the one module that may use unsafe code")]
mod vm;

pub use cache::{CacheConfig, CacheStatistics};
pub use config::Config;
pub use engine::{Engine, Precompiled};
pub use externals::{Extern, Global, Memory, Table};
pub use func::{
    Caller, Func, IntoFunc, TypedFunc, WasmList, WasmParams, WasmResults, WasmRet, WasmTy,
};
pub use instance::Instance;
pub use linker::{InstancePre, Linker};
pub use module::{ExportType, ImportType, Module};
pub use progress::CompileProgress;
pub use store::{
    AsContext, AsContextMut, ResourceLimiter, Store, StoreContext, StoreContextMut, StoreLimits,
    StoreLimitsBuilder,
};
pub use trap::{FrameInfo, Trap, WasmBacktrace};
pub use types::{
    ExternType, FuncType, GlobalType, MemoryType, Mutability, RefType, TableType, ValType,
};
pub use values::{ExternRef, Ref, V128, Val};

/// The error type of wicker's fallible operations.
pub type Error = anyhow::Error;

/// `Result` with wicker's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
