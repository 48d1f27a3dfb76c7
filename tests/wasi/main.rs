//! WASI preview 1: each function called with raw arguments through a probe module, and
//! whole programs (in WAT, and in Rust compiled at test time) run through the library.

// The probe module and helpers shared by the areas below.
mod harness;
// The linker defines all 46 functions with their witx signatures.
mod interface;
// `args_*` and `environ_*`.
mod args;
// `clock_res_get`, `clock_time_get`, real and replaced clocks.
mod clocks;
// `random_get`, from the host and from a replaced source.
mod random;
// Reading and writing the standard streams, and `EFAULT` before any side effect.
mod stdio;
// Descriptor status, flags, rights, pre-open scanning, closing and renumbering.
mod descriptors;
// `path_*` and `fd_readdir` with no directory open: `EBADF`, `EINVAL`, `EFAULT`.
mod paths;
// Pre-opened directories: files, directories, links, times, read-only pre-opens.
#[cfg(unix)]
mod files;
// A hostile guest: `..`, absolute paths, symbolic links, trailing slashes, renames and
// links across pre-opens, each refused with Wasmtime's errno and nothing outside touched.
#[cfg(unix)]
mod sandbox;
// Ranges that end exactly at the end of a 4 GiB memory.
mod memory_end;
// `poll_oneoff`: clock deadlines and ready streams.
mod poll;
// `proc_exit`, `proc_raise`, `sched_yield`.
mod process;
// `sock_*` on descriptors that are not sockets.
mod sockets;
// Whole programs written in WAT.
mod programs;
// Rust programs compiled to `wasm32-wasip1` at test time: a report of the context, and
// file operations beneath a pre-open.
mod rust_guest;
// The same Rust programs compiled to `wasm32-wasip2`, run as components with WASI 0.2.
mod preview2;
// The hostile-guest sandbox tests, through the WASI 0.2 filesystem host functions.
#[cfg(unix)]
mod preview2_sandbox;
// A C program built with clang and wasi-libc, against a pre-opened directory.
mod c_guest;
