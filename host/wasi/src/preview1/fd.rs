//! `fd_*` functions about the descriptor itself: its status, flags, rights, times, size,
//! pre-open name, number, and closing it. Reading and writing are in `io.rs`.

use super::errno::{Errno, Result};
use super::linker::Env;
use super::types::{
    ADVICE_MAX, check_enum, check_flags, fdstat, filestat, filetype, flags, prestat, rights,
};
use crate::WasiCtx;
use crate::descriptor::Descriptor;
use crate::filesystem::{Directory, File};

/// The descriptor numbered `fd`, or `EBADF`.
pub(crate) fn descriptor(ctx: &mut WasiCtx, fd: u32) -> Result<&mut Descriptor> {
    ctx.table.get_mut(fd).ok_or_else(|| Errno::BADF.into())
}

/// The file numbered `fd`, or `EBADF` (for a stream or directory too).
pub(crate) fn file(ctx: &mut WasiCtx, fd: u32) -> Result<&mut File> {
    ctx.table.file_mut(fd).ok_or_else(|| Errno::BADF.into())
}

/// The directory numbered `fd`, or `EBADF` (for a stream or file too).
pub(crate) fn directory(ctx: &mut WasiCtx, fd: u32) -> Result<&Directory> {
    ctx.table.directory(fd).ok_or_else(|| Errno::BADF.into())
}

pub(crate) fn fd_advise(
    env: &mut dyn Env,
    fd: u32,
    _offset: u64,
    _len: u64,
    advice: u32,
) -> Result<()> {
    check_enum(advice, ADVICE_MAX)?;
    match *file(env.ctx(), fd)? {}
}

pub(crate) fn fd_allocate(env: &mut dyn Env, fd: u32, _offset: u64, _len: u64) -> Result<()> {
    // Like Wasmtime, no descriptor supports allocation; files answer `ENOTSUP`.
    file(env.ctx(), fd)?;
    Err(Errno::NOTSUP.into())
}

pub(crate) fn fd_close(env: &mut dyn Env, fd: u32) -> Result<()> {
    match env.ctx().table.remove(fd) {
        Some(_) => Ok(()),
        None => Err(Errno::BADF.into()),
    }
}

pub(crate) fn fd_datasync(env: &mut dyn Env, fd: u32) -> Result<()> {
    match *file(env.ctx(), fd)? {}
}

pub(crate) fn fd_sync(env: &mut dyn Env, fd: u32) -> Result<()> {
    match *file(env.ctx(), fd)? {}
}

pub(crate) fn fd_fdstat_get(env: &mut dyn Env, fd: u32, stat: u32) -> Result<()> {
    let (filetype, rights) = match descriptor(env.ctx(), fd)? {
        Descriptor::Stdin(s) => (stream_filetype(s.is_terminal()), rights::FD_READ),
        Descriptor::Stdout(s) | Descriptor::Stderr(s) => {
            (stream_filetype(s.is_terminal()), rights::FD_WRITE)
        }
        Descriptor::Directory(dir) => match *dir {},
        Descriptor::File(file) => match *file {},
    };
    let mut mem = env.memory()?;
    mem.slice_mut(stat, fdstat::SIZE)?.fill(0);
    mem.write_u8(stat + fdstat::FILETYPE, filetype)?;
    mem.write_u16(stat + fdstat::FLAGS, 0)?;
    mem.write_u64(stat + fdstat::RIGHTS_BASE, rights)?;
    mem.write_u64(stat + fdstat::RIGHTS_INHERITING, rights)
}

/// A standard stream is a character device when it is a terminal; otherwise (a pipe, a
/// file redirected by the host) preview 1 has no type for it. This is what Wasmtime
/// reports, and what makes a guest's `isatty` true only on a terminal.
fn stream_filetype(is_terminal: bool) -> u8 {
    if is_terminal {
        filetype::CHARACTER_DEVICE
    } else {
        filetype::UNKNOWN
    }
}

pub(crate) fn fd_fdstat_set_flags(env: &mut dyn Env, fd: u32, fdflags: u32) -> Result<()> {
    check_flags(fdflags, flags::FDFLAGS)?;
    // Only files carry flags (`append`, `nonblock`); streams answer `EBADF`, as in Wasmtime.
    match *file(env.ctx(), fd)? {}
}

pub(crate) fn fd_fdstat_set_rights(
    env: &mut dyn Env,
    fd: u32,
    base: u64,
    inheriting: u64,
) -> Result<()> {
    if (base | inheriting) & !rights::ALL != 0 {
        return Err(Errno::INVAL.into());
    }
    // Rights are not enforced on top of the host's own checks, so dropping them is
    // accepted and has no effect; streams answer `EBADF`, as in Wasmtime.
    match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(_) | Descriptor::File(_) => Ok(()),
        _ => Err(Errno::BADF.into()),
    }
}

pub(crate) fn fd_filestat_get(env: &mut dyn Env, fd: u32, stat: u32) -> Result<()> {
    let filetype = match descriptor(env.ctx(), fd)? {
        Descriptor::Stdin(s) => stream_filetype(s.is_terminal()),
        Descriptor::Stdout(s) | Descriptor::Stderr(s) => stream_filetype(s.is_terminal()),
        Descriptor::Directory(dir) => match *dir {},
        Descriptor::File(file) => match *file {},
    };
    // A stream has no device, inode, links, size or times: all are zero.
    let mut mem = env.memory()?;
    mem.slice_mut(stat, filestat::SIZE)?.fill(0);
    mem.write_u8(stat + filestat::FILETYPE, filetype)
}

pub(crate) fn fd_filestat_set_size(env: &mut dyn Env, fd: u32, _size: u64) -> Result<()> {
    match *file(env.ctx(), fd)? {}
}

pub(crate) fn fd_filestat_set_times(
    env: &mut dyn Env,
    fd: u32,
    _atim: u64,
    _mtim: u64,
    fst_flags: u32,
) -> Result<()> {
    check_fst_flags(fst_flags)?;
    match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(dir) => match *dir {},
        Descriptor::File(file) => match *file {},
        _ => Err(Errno::BADF.into()),
    }
}

/// Checks `fstflags`: only defined bits, and never both a time and `now` for one field.
pub(crate) fn check_fst_flags(fst_flags: u32) -> Result<()> {
    check_flags(fst_flags, flags::FSTFLAGS)?;
    let both = |set, now| fst_flags & set != 0 && fst_flags & now != 0;
    if both(flags::FST_ATIM, flags::FST_ATIM_NOW) || both(flags::FST_MTIM, flags::FST_MTIM_NOW) {
        return Err(Errno::INVAL.into());
    }
    Ok(())
}

pub(crate) fn fd_prestat_get(env: &mut dyn Env, fd: u32, out: u32) -> Result<()> {
    // `EBADF` for every descriptor that is not a pre-opened directory is what ends a
    // libc's scan of the pre-opens at start-up.
    let name_len = match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(dir) => match dir.preopen_path() {
            Some(path) => u32::try_from(path.len()).map_err(|_| Errno::OVERFLOW)?,
            None => return Err(Errno::BADF.into()),
        },
        _ => return Err(Errno::BADF.into()),
    };
    let mut mem = env.memory()?;
    mem.slice_mut(out, prestat::SIZE)?.fill(0);
    mem.write_u8(out, prestat::TAG_DIR)?;
    mem.write_u32(out + prestat::NAME_LEN, name_len)
}

pub(crate) fn fd_prestat_dir_name(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<()> {
    let name = match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(dir) => match dir.preopen_path() {
            Some(name) => name.to_owned(),
            None => return Err(Errno::NOTDIR.into()),
        },
        // An open descriptor that is not a pre-open: `ENOTDIR`, as Wasmtime answers.
        _ => return Err(Errno::NOTDIR.into()),
    };
    if name.len() > path_len as usize {
        return Err(super::errno::Errno::NAMETOOLONG.into());
    }
    env.memory()?.write_bytes(path, name.as_bytes())
}

pub(crate) fn fd_renumber(env: &mut dyn Env, fd: u32, to: u32) -> Result<()> {
    if env.ctx().table.renumber(fd, to) {
        Ok(())
    } else {
        Err(Errno::BADF.into())
    }
}
