//! `wasi_snapshot_preview1`: WASI preview 1 for core modules.
//!
//! [`add_to_linker`] defines all 46 functions of the interface. Each one validates its
//! arguments the way the witx definitions describe them, so a guest can never make the
//! host panic:
//!
//! - a pointer or length that reaches outside the caller's memory (or overflows 32 bits)
//!   fails with `EFAULT`, before any side effect;
//! - a descriptor that is not open, or is not of the kind the function needs, fails with
//!   `EBADF` (`ESPIPE` for seeking on a stream), as Wasmtime reports them;
//! - an enum or flags value outside its definition fails with `EINVAL`.
//!
//! `proc_exit` ends the running wasm call with an [`I32Exit`](crate::I32Exit) error.
//!
//! The functions that work on directories and files (`path_*`, `fd_readdir`, `fd_seek`
//! on a file, ...) act on the pre-opened directories and what is opened beneath them;
//! cap-std resolves every path beneath its directory, and a directory pre-opened without
//! `DirPerms::MUTATE` (or files without `FilePerms::WRITE`) refuses changes with `EPERM`.

mod args;
mod clock;
mod errno;
mod fd;
mod io;
mod linker;
mod memory;
mod path;
mod poll;
mod proc;
pub(crate) mod rights;
mod sock;
mod types;

pub use linker::{MODULE, add_to_linker};
