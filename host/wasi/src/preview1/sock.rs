//! `sock_*`: no socket can be granted yet, so every open descriptor answers `ENOTSOCK`
//! and every other `EBADF`, as in Wasmtime.

use super::errno::{Errno, Result};
use super::fd::descriptor;
use super::linker::Env;
use super::types::{check_flags, flags};

fn not_a_socket(env: &mut dyn Env, fd: u32) -> Result<()> {
    descriptor(env.ctx(), fd)?;
    Err(Errno::NOTSOCK.into())
}

pub(crate) fn sock_accept(env: &mut dyn Env, fd: u32, fdflags: u32, _accepted: u32) -> Result<()> {
    check_flags(fdflags, flags::FDFLAGS)?;
    not_a_socket(env, fd)
}

pub(crate) fn sock_recv(
    env: &mut dyn Env,
    fd: u32,
    _ri_data: u32,
    _ri_data_len: u32,
    ri_flags: u32,
    _nread: u32,
    _ro_flags: u32,
) -> Result<()> {
    check_flags(ri_flags, flags::RIFLAGS)?;
    not_a_socket(env, fd)
}

pub(crate) fn sock_send(
    env: &mut dyn Env,
    fd: u32,
    _si_data: u32,
    _si_data_len: u32,
    si_flags: u32,
    _nwritten: u32,
) -> Result<()> {
    check_flags(si_flags, flags::SIFLAGS)?;
    not_a_socket(env, fd)
}

pub(crate) fn sock_shutdown(env: &mut dyn Env, fd: u32, how: u32) -> Result<()> {
    check_flags(how, flags::SDFLAGS)?;
    not_a_socket(env, fd)
}
