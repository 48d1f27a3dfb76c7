//! `add_to_linker`: the 46 host functions, each a thin closure that hands its call to a
//! body written once for every store type.

use wicker::{Caller, Extern, Linker, Memory};

use super::errno::{Error, Result};
use super::memory::GuestMemory;
use super::{args, clock, fd, io, path, poll, proc, sock};
use crate::WasiCtx;

/// The import module name of WASI preview 1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// What a function body sees of its call: the guest's WASI state and its memory, one at
/// a time (the store owns both, so they are borrowed in turn).
pub(crate) trait Env {
    fn ctx(&mut self) -> &mut WasiCtx;
    /// The caller's exported `memory`; a caller without one cannot pass pointers, and
    /// calling a function that takes any is an error that unwinds the call.
    fn memory(&mut self) -> Result<GuestMemory<'_>>;
}

struct CallEnv<'a, 'b, T, G> {
    caller: &'a mut Caller<'b, T>,
    get: G,
    memory: Option<Memory>,
}

impl<T: 'static, G: Fn(&mut T) -> &mut WasiCtx> Env for CallEnv<'_, '_, T, G> {
    fn ctx(&mut self) -> &mut WasiCtx {
        (self.get)(self.caller.data_mut())
    }

    fn memory(&mut self) -> Result<GuestMemory<'_>> {
        let memory = match self.memory {
            Some(memory) => memory,
            None => {
                let memory = self
                    .caller
                    .get_export("memory")
                    .and_then(Extern::into_memory)
                    .ok_or_else(|| {
                        Error::Trap(anyhow::anyhow!(
                            "a WASI function needs the caller to export its memory as `memory`"
                        ))
                    })?;
                *self.memory.insert(memory)
            }
        };
        Ok(GuestMemory::new(memory.data_mut(&mut *self.caller)))
    }
}

/// The value a function returns to wasm: `0` (success) or an errno; traps unwind.
fn errno_result(result: Result<()>) -> wicker::Result<i32> {
    match result {
        Ok(()) => Ok(0),
        Err(Error::Errno(errno)) => Ok(i32::from(errno.0)),
        Err(Error::Trap(err)) => Err(err),
    }
}

/// Defines each function as a closure over its wasm parameters (`u32` for `i32`, `u64`
/// for `i64`) that builds the call's `Env` and runs the body.
macro_rules! define {
    ($linker:ident, $get:ident; $($name:ident => $module:ident::$func:ident($($arg:ident: $ty:ty),*);)*) => {$(
        $linker.func_wrap(
            MODULE,
            stringify!($name),
            move |mut caller: Caller<'_, T>, $($arg: $ty),*| -> wicker::Result<i32> {
                let mut env = CallEnv { caller: &mut caller, get: $get, memory: None };
                errno_result($module::$func(&mut env, $($arg),*))
            },
        )?;
    )*};
}

/// Defines every function of `wasi_snapshot_preview1` in `linker`.
///
/// `get` projects the store's data to its [`WasiCtx`]; it runs on every call, so it should
/// be a field access (`|state| &mut state.wasi`) or the identity (`|cx| cx`).
///
/// A guest's `proc_exit(code)` makes the running call return an error that downcasts to
/// [`I32Exit`](crate::I32Exit).
pub fn add_to_linker<T: 'static>(
    linker: &mut Linker<T>,
    get: impl Fn(&mut T) -> &mut WasiCtx + Send + Sync + Copy + 'static,
) -> wicker::Result<()> {
    define! { linker, get;
        args_get => args::args_get(argv: u32, argv_buf: u32);
        args_sizes_get => args::args_sizes_get(argc: u32, argv_buf_size: u32);
        environ_get => args::environ_get(environ: u32, environ_buf: u32);
        environ_sizes_get => args::environ_sizes_get(count: u32, buf_size: u32);
        clock_res_get => clock::clock_res_get(id: u32, resolution: u32);
        clock_time_get => clock::clock_time_get(id: u32, precision: u64, time: u32);
        fd_advise => fd::fd_advise(fd: u32, offset: u64, len: u64, advice: u32);
        fd_allocate => fd::fd_allocate(fd: u32, offset: u64, len: u64);
        fd_close => fd::fd_close(fd: u32);
        fd_datasync => fd::fd_datasync(fd: u32);
        fd_fdstat_get => fd::fd_fdstat_get(fd: u32, stat: u32);
        fd_fdstat_set_flags => fd::fd_fdstat_set_flags(fd: u32, flags: u32);
        fd_fdstat_set_rights => fd::fd_fdstat_set_rights(fd: u32, base: u64, inheriting: u64);
        fd_filestat_get => fd::fd_filestat_get(fd: u32, stat: u32);
        fd_filestat_set_size => fd::fd_filestat_set_size(fd: u32, size: u64);
        fd_filestat_set_times => fd::fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, fst_flags: u32);
        fd_pread => io::fd_pread(fd: u32, iovs: u32, iovs_len: u32, offset: u64, nread: u32);
        fd_prestat_get => fd::fd_prestat_get(fd: u32, prestat: u32);
        fd_prestat_dir_name => fd::fd_prestat_dir_name(fd: u32, path: u32, path_len: u32);
        fd_pwrite => io::fd_pwrite(fd: u32, iovs: u32, iovs_len: u32, offset: u64, nwritten: u32);
        fd_read => io::fd_read(fd: u32, iovs: u32, iovs_len: u32, nread: u32);
        fd_readdir => path::fd_readdir(fd: u32, buf: u32, buf_len: u32, cookie: u64, bufused: u32);
        fd_renumber => fd::fd_renumber(fd: u32, to: u32);
        fd_seek => io::fd_seek(fd: u32, offset: u64, whence: u32, newoffset: u32);
        fd_sync => fd::fd_sync(fd: u32);
        fd_tell => io::fd_tell(fd: u32, offset: u32);
        fd_write => io::fd_write(fd: u32, iovs: u32, iovs_len: u32, nwritten: u32);
        path_create_directory => path::path_create_directory(fd: u32, path: u32, path_len: u32);
        path_filestat_get => path::path_filestat_get(fd: u32, flags: u32, path: u32, path_len: u32, stat: u32);
        path_filestat_set_times => path::path_filestat_set_times(fd: u32, flags: u32, path: u32, path_len: u32, atim: u64, mtim: u64, fst_flags: u32);
        path_link => path::path_link(old_fd: u32, old_flags: u32, old_path: u32, old_path_len: u32, new_fd: u32, new_path: u32, new_path_len: u32);
        path_open => path::path_open(fd: u32, dirflags: u32, path: u32, path_len: u32, oflags: u32, rights_base: u64, rights_inheriting: u64, fdflags: u32, opened: u32);
        path_readlink => path::path_readlink(fd: u32, path: u32, path_len: u32, buf: u32, buf_len: u32, bufused: u32);
        path_remove_directory => path::path_remove_directory(fd: u32, path: u32, path_len: u32);
        path_rename => path::path_rename(fd: u32, old_path: u32, old_path_len: u32, new_fd: u32, new_path: u32, new_path_len: u32);
        path_symlink => path::path_symlink(old_path: u32, old_path_len: u32, fd: u32, new_path: u32, new_path_len: u32);
        path_unlink_file => path::path_unlink_file(fd: u32, path: u32, path_len: u32);
        poll_oneoff => poll::poll_oneoff(subscriptions: u32, events: u32, count: u32, nevents: u32);
        proc_raise => proc::proc_raise(signal: u32);
        sched_yield => proc::sched_yield();
        random_get => proc::random_get(buf: u32, buf_len: u32);
        sock_accept => sock::sock_accept(fd: u32, flags: u32, accepted: u32);
        sock_recv => sock::sock_recv(fd: u32, ri_data: u32, ri_data_len: u32, ri_flags: u32, nread: u32, ro_flags: u32);
        sock_send => sock::sock_send(fd: u32, si_data: u32, si_data_len: u32, si_flags: u32, nwritten: u32);
        sock_shutdown => sock::sock_shutdown(fd: u32, how: u32);
    }
    // `proc_exit` has no result: it always unwinds.
    linker.func_wrap(MODULE, "proc_exit", |code: u32| -> wicker::Result<()> {
        Err(proc::proc_exit(code))
    })?;
    Ok(())
}
