//! WASI for wicker: the `wasi_snapshot_preview1` interface for core modules, and WASI 0.2
//! for components ([`preview2`]).
//!
//! A [`WasiCtx`] holds everything a guest may reach: its arguments, its environment, its
//! standard streams, its clocks and its source of randomness. It is built with a
//! [`WasiCtxBuilder`], and nothing is granted unless the builder is asked for it: a
//! context built with no calls has no arguments, no environment variables, an empty
//! standard input and standard output and error that discard what is written.
//! [`preview1::add_to_linker`] defines the 46 functions of `wasi_snapshot_preview1` in a
//! [`wicker::Linker`].
//!
//! ```
//! use wicker::{Engine, Linker, Module, Store};
//! use wicker_wasi::{MemoryOutputPipe, WasiCtx, WasiCtxBuilder};
//!
//! let engine = Engine::default();
//! let module = Module::new(&engine, r#"
//!     (module
//!       (import "wasi_snapshot_preview1" "fd_write"
//!         (func $fd_write (param i32 i32 i32 i32) (result i32)))
//!       (memory (export "memory") 1)
//!       (data (i32.const 16) "hello\n")
//!       (func (export "_start")
//!         ;; One iovec at address 0: six bytes at address 16.
//!         (i32.store (i32.const 0) (i32.const 16))
//!         (i32.store (i32.const 4) (i32.const 6))
//!         (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
//! "#)?;
//!
//! let stdout = MemoryOutputPipe::new();
//! let wasi = WasiCtxBuilder::new().stdout(stdout.clone()).build();
//! let mut linker: Linker<WasiCtx> = Linker::new(&engine);
//! wicker_wasi::preview1::add_to_linker(&mut linker, |cx| cx)?;
//! let mut store = Store::new(&engine, wasi);
//! let instance = linker.instantiate(&mut store, &module)?;
//! instance.get_typed_func::<(), ()>(&mut store, "_start")?.call(&mut store, ())?;
//! assert_eq!(stdout.contents(), b"hello\n");
//! # Ok::<(), anyhow::Error>(())
//! ```
//!
//! | area | status |
//! |---|---|
//! | arguments, environment, clocks, randomness, `sched_yield` | supported |
//! | standard streams: inherited, or in-memory pipes | supported |
//! | `poll_oneoff`: clocks (relative and absolute), standard streams | supported |
//! | `proc_exit` (as an [`I32Exit`] error), `proc_raise` (`ENOTSUP`) | supported |
//! | pre-opened directories (read-only or read-write), files, `path_*`, `fd_readdir` | supported, sandboxed with cap-std |
//! | sockets | `ENOTSOCK` on every open descriptor, as no socket can be opened |
//! | WASI 0.2: `wasi:cli`, `wasi:io`, `wasi:clocks`, `wasi:random`, `wasi:filesystem` | supported ([`preview2`]) |
//! | WASI 0.2: `wasi:sockets` | linked, with the network not granted: `access-denied` |

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod clocks;
mod ctx;
mod descriptor;
mod exit;
mod filesystem;
mod pipe;
pub mod preview1;
pub mod preview2;
mod random;
mod stdio;

pub use clocks::{
    CpuClock, HostCpuClock, HostMonotonicClock, HostWallClock, MonotonicClock, WallClock,
};
pub use ctx::{WasiCtx, WasiCtxBuilder};
pub use exit::I32Exit;
pub use filesystem::{DirPerms, FilePerms};
pub use pipe::{MemoryInputPipe, MemoryOutputPipe};
pub use random::{HostRandom, RandomSource};
pub use stdio::{InputStream, OutputStream};
