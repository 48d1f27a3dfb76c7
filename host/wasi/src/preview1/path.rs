//! `path_*` and `fd_readdir`: operations on directories.
//!
//! Each function checks its arguments as the directory operation will need them: flags
//! and enum values, then the directory descriptor (`EBADF` unless it is an open directory),
//! then its path strings (`EFAULT`, `EILSEQ`). No directory can be pre-opened yet, so the
//! descriptor check fails for every descriptor a guest can hold, and the operation itself
//! (`match *dir {}`) is statically unreachable; pre-opened directories, next, fill it in.

use super::errno::{Errno, Result};
use super::fd::{check_fst_flags, descriptor, directory};
use super::linker::Env;
use super::types::{check_flags, flags, rights};
use crate::descriptor::Descriptor;

/// Checks that `fd` is a directory, then reads the path it is given with.
fn dir_path(env: &mut dyn Env, fd: u32, path: u32, path_len: u32) -> Result<String> {
    directory(env.ctx(), fd)?;
    env.memory()?.read_str(path, path_len)
}

pub(crate) fn fd_readdir(
    env: &mut dyn Env,
    fd: u32,
    _buf: u32,
    _buf_len: u32,
    _cookie: u64,
    _bufused: u32,
) -> Result<()> {
    match *directory(env.ctx(), fd)? {}
}

pub(crate) fn path_create_directory(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<()> {
    let _path = dir_path(env, fd, path, path_len)?;
    match *directory(env.ctx(), fd)? {}
}

pub(crate) fn path_filestat_get(
    env: &mut dyn Env,
    fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    _stat: u32,
) -> Result<()> {
    check_flags(lookup, flags::LOOKUPFLAGS)?;
    let _path = dir_path(env, fd, path, path_len)?;
    match *directory(env.ctx(), fd)? {}
}

#[expect(clippy::too_many_arguments, reason = "the witx signature")]
pub(crate) fn path_filestat_set_times(
    env: &mut dyn Env,
    fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    _atim: u64,
    _mtim: u64,
    fst_flags: u32,
) -> Result<()> {
    check_flags(lookup, flags::LOOKUPFLAGS)?;
    check_fst_flags(fst_flags)?;
    let _path = dir_path(env, fd, path, path_len)?;
    match *directory(env.ctx(), fd)? {}
}

#[expect(clippy::too_many_arguments, reason = "the witx signature")]
pub(crate) fn path_link(
    env: &mut dyn Env,
    old_fd: u32,
    old_flags: u32,
    old_path: u32,
    old_path_len: u32,
    new_fd: u32,
    new_path: u32,
    new_path_len: u32,
) -> Result<()> {
    check_flags(old_flags, flags::LOOKUPFLAGS)?;
    directory(env.ctx(), old_fd)?;
    directory(env.ctx(), new_fd)?;
    let _old_path = dir_path(env, old_fd, old_path, old_path_len)?;
    let _new_path = dir_path(env, new_fd, new_path, new_path_len)?;
    match *directory(env.ctx(), old_fd)? {}
}

#[expect(clippy::too_many_arguments, reason = "the witx signature")]
pub(crate) fn path_open(
    env: &mut dyn Env,
    fd: u32,
    dirflags: u32,
    path: u32,
    path_len: u32,
    oflags: u32,
    rights_base: u64,
    rights_inheriting: u64,
    fdflags: u32,
    _opened: u32,
) -> Result<()> {
    check_flags(dirflags, flags::LOOKUPFLAGS)?;
    check_flags(oflags, flags::OFLAGS)?;
    check_flags(fdflags, flags::FDFLAGS)?;
    if (rights_base | rights_inheriting) & !rights::ALL != 0 {
        return Err(Errno::INVAL.into());
    }
    // As in Wasmtime, the path is read before the descriptor is looked up, and a file
    // given as the directory is `ENOTDIR`.
    let _path = env.memory()?.read_str(path, path_len)?;
    match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(dir) => match *dir {},
        Descriptor::File(_) => Err(Errno::NOTDIR.into()),
        _ => Err(Errno::BADF.into()),
    }
}

pub(crate) fn path_readlink(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
    _buf: u32,
    _buf_len: u32,
    _bufused: u32,
) -> Result<()> {
    let _path = dir_path(env, fd, path, path_len)?;
    match *directory(env.ctx(), fd)? {}
}

pub(crate) fn path_remove_directory(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<()> {
    let _path = dir_path(env, fd, path, path_len)?;
    match *directory(env.ctx(), fd)? {}
}

pub(crate) fn path_rename(
    env: &mut dyn Env,
    fd: u32,
    old_path: u32,
    old_path_len: u32,
    new_fd: u32,
    new_path: u32,
    new_path_len: u32,
) -> Result<()> {
    directory(env.ctx(), fd)?;
    directory(env.ctx(), new_fd)?;
    let _old_path = dir_path(env, fd, old_path, old_path_len)?;
    let _new_path = dir_path(env, new_fd, new_path, new_path_len)?;
    match *directory(env.ctx(), fd)? {}
}

pub(crate) fn path_symlink(
    env: &mut dyn Env,
    old_path: u32,
    old_path_len: u32,
    fd: u32,
    new_path: u32,
    new_path_len: u32,
) -> Result<()> {
    directory(env.ctx(), fd)?;
    // The link's contents are any string; only the new link's path is resolved.
    let _old_path = env.memory()?.read_str(old_path, old_path_len)?;
    let _new_path = dir_path(env, fd, new_path, new_path_len)?;
    match *directory(env.ctx(), fd)? {}
}

pub(crate) fn path_unlink_file(env: &mut dyn Env, fd: u32, path: u32, path_len: u32) -> Result<()> {
    let _path = dir_path(env, fd, path, path_len)?;
    match *directory(env.ctx(), fd)? {}
}
