//! `fd_*` functions about the descriptor itself: its status, flags, rights, times, size,
//! pre-open name, number, and closing it. Reading and writing are in `io.rs`.

use super::errno::{Errno, Result};
use super::linker::Env;
use super::memory::GuestMemory;
use super::rights;
use super::types::{
    ADVICE_MAX, check_enum, check_flags, fdstat, filestat, filetype, flags, prestat,
};
use crate::WasiCtx;
use crate::descriptor::{Descriptor, Rights};
use crate::filesystem::{DirPerms, Directory, File, FileModes};
use cap_fs_ext::SystemTimeSpec;
use cap_std::fs::Metadata;

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
    // Advice is a hint; the host does without it.
    file(env.ctx(), fd)?;
    Ok(())
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
    match descriptor(env.ctx(), fd)? {
        Descriptor::File(file) => Ok(file.file.sync_data()?),
        Descriptor::Directory(dir) => Ok(readable(dir)?.sync_data()?),
        _ => Err(Errno::BADF.into()),
    }
}

pub(crate) fn fd_sync(env: &mut dyn Env, fd: u32) -> Result<()> {
    match descriptor(env.ctx(), fd)? {
        Descriptor::File(file) => Ok(file.file.sync_all()?),
        Descriptor::Directory(dir) => Ok(readable(dir)?.sync_all()?),
        _ => Err(Errno::BADF.into()),
    }
}

/// The directory opened again for reading, which syncing needs (cap-std may hold a
/// directory by a handle that only resolves paths).
fn readable(dir: &Directory) -> std::io::Result<cap_std::fs::File> {
    use cap_fs_ext::OpenOptionsMaybeDirExt;
    let mut opts = cap_std::fs::OpenOptions::new();
    opts.read(true).maybe_dir(true);
    dir.dir.open_with(".", &opts)
}

pub(crate) fn fd_fdstat_get(env: &mut dyn Env, fd: u32, stat: u32) -> Result<()> {
    let ctx = env.ctx();
    let rights = ctx.table.rights(fd).ok_or(Errno::BADF)?;
    let (filetype, fdflags) = match descriptor(ctx, fd)? {
        Descriptor::Stdin(s) => (stream_filetype(s.is_terminal()), 0),
        Descriptor::Stdout(s) | Descriptor::Stderr(s) => (stream_filetype(s.is_terminal()), 0),
        Descriptor::Directory(_) => (filetype::DIRECTORY, 0),
        Descriptor::File(file) => {
            let filetype = filestat_type(&Metadata::from_just_metadata(file.file.metadata()?));
            (filetype, fdflags(file))
        }
    };
    let mut mem = env.memory()?;
    mem.slice_mut(stat, fdstat::SIZE)?.fill(0);
    mem.write_u8(stat + fdstat::FILETYPE, filetype)?;
    mem.write_u16(stat + fdstat::FLAGS, fdflags)?;
    mem.write_u64(stat + fdstat::RIGHTS_BASE, rights.base)?;
    mem.write_u64(stat + fdstat::RIGHTS_INHERITING, rights.inheriting)
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
    // Only files carry flags; streams answer `EBADF`, as in Wasmtime. As there, only
    // `append` and `nonblock` can change after opening: the synchronization modes are
    // fixed when the host opens the file, so asking for them here is `EINVAL`.
    let file = file(env.ctx(), fd)?;
    if fdflags & (flags::FDFLAGS_SYNC | flags::FDFLAGS_DSYNC | flags::FDFLAGS_RSYNC) != 0 {
        return Err(Errno::INVAL.into());
    }
    file.append = fdflags & flags::FDFLAGS_APPEND != 0;
    file.modes.nonblock = fdflags & flags::FDFLAGS_NONBLOCK != 0;
    Ok(())
}

/// The modes that `fdflags` given to `path_open` ask for.
pub(crate) fn file_modes(fdflags: u32) -> FileModes {
    FileModes {
        sync: fdflags & flags::FDFLAGS_SYNC != 0,
        dsync: fdflags & flags::FDFLAGS_DSYNC != 0,
        rsync: fdflags & flags::FDFLAGS_RSYNC != 0,
        nonblock: fdflags & flags::FDFLAGS_NONBLOCK != 0,
    }
}

/// The `fdflags` of an open file, as it was opened or last set.
fn fdflags(file: &File) -> u16 {
    let bit = |on: bool, flag: u32| if on { flag as u16 } else { 0 };
    bit(file.append, flags::FDFLAGS_APPEND)
        | bit(file.modes.sync, flags::FDFLAGS_SYNC)
        | bit(file.modes.dsync, flags::FDFLAGS_DSYNC)
        | bit(file.modes.rsync, flags::FDFLAGS_RSYNC)
        | bit(file.modes.nonblock, flags::FDFLAGS_NONBLOCK)
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
    // Streams keep their rights: `EBADF`, as in Wasmtime.
    if !matches!(
        descriptor(env.ctx(), fd)?,
        Descriptor::Directory(_) | Descriptor::File(_)
    ) {
        return Err(Errno::BADF.into());
    }
    let table = &mut env.ctx().table;
    let old = table.rights(fd).ok_or(Errno::BADF)?;
    // Rights can be dropped, never gained.
    if base & !old.base != 0 || inheriting & !old.inheriting != 0 {
        return Err(Errno::NOTCAPABLE.into());
    }
    table.set_rights(fd, Rights { base, inheriting });
    // A file without the right to read or write is no longer read or written.
    if let Some(file) = table.file_mut(fd) {
        file.read &= base & rights::FD_READ != 0;
        file.write &= base & rights::FD_WRITE != 0;
    }
    Ok(())
}

pub(crate) fn fd_filestat_get(env: &mut dyn Env, fd: u32, stat: u32) -> Result<()> {
    let filetype = match descriptor(env.ctx(), fd)? {
        Descriptor::Stdin(s) => stream_filetype(s.is_terminal()),
        Descriptor::Stdout(s) | Descriptor::Stderr(s) => stream_filetype(s.is_terminal()),
        Descriptor::Directory(dir) => {
            let meta = dir.dir.dir_metadata()?;
            return write_filestat(&mut env.memory()?, stat, &meta);
        }
        Descriptor::File(file) => {
            let meta = Metadata::from_just_metadata(file.file.metadata()?);
            return write_filestat(&mut env.memory()?, stat, &meta);
        }
    };
    // A stream has no device, inode, links, size or times: all are zero.
    let mut mem = env.memory()?;
    mem.slice_mut(stat, filestat::SIZE)?.fill(0);
    mem.write_u8(stat + filestat::FILETYPE, filetype)
}

pub(crate) fn fd_filestat_set_size(env: &mut dyn Env, fd: u32, size: u64) -> Result<()> {
    let file = file(env.ctx(), fd)?;
    if !file.write {
        return Err(Errno::PERM.into());
    }
    Ok(file.file.set_len(size)?)
}

pub(crate) fn fd_filestat_set_times(
    env: &mut dyn Env,
    fd: u32,
    atim: u64,
    mtim: u64,
    fst_flags: u32,
) -> Result<()> {
    check_fst_flags(fst_flags)?;
    let atime = time_spec(atim, fst_flags, flags::FST_ATIM, flags::FST_ATIM_NOW);
    let mtime = time_spec(mtim, fst_flags, flags::FST_MTIM, flags::FST_MTIM_NOW);
    match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(dir) => {
            if !dir.perms.contains(DirPerms::MUTATE) {
                return Err(Errno::PERM.into());
            }
            Ok(cap_fs_ext::DirExt::set_times(&*dir.dir, ".", atime, mtime)?)
        }
        Descriptor::File(file) => {
            if !file.write {
                return Err(Errno::PERM.into());
            }
            let mut times = std::fs::FileTimes::new();
            if let Some(atime) = atime {
                times = times.set_accessed(system_time(atime));
            }
            if let Some(mtime) = mtime {
                times = times.set_modified(system_time(mtime));
            }
            Ok(file.file.set_times(times)?)
        }
        _ => Err(Errno::BADF.into()),
    }
}

/// The time one field of `fstflags` asks for: `None` to leave it, the current time, or
/// `ns` nanoseconds after the epoch.
pub(crate) fn time_spec(ns: u64, fst_flags: u32, set: u32, now: u32) -> Option<SystemTimeSpec> {
    if fst_flags & now != 0 {
        Some(SystemTimeSpec::SymbolicNow)
    } else if fst_flags & set != 0 {
        let time = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(ns);
        Some(SystemTimeSpec::Absolute(
            cap_std::time::SystemTime::from_std(time),
        ))
    } else {
        None
    }
}

fn system_time(spec: SystemTimeSpec) -> std::time::SystemTime {
    match spec {
        SystemTimeSpec::SymbolicNow => std::time::SystemTime::now(),
        SystemTimeSpec::Absolute(time) => time.into_std(),
    }
}

/// The preview 1 `filetype` of what `meta` describes.
pub(crate) fn filestat_type(meta: &Metadata) -> u8 {
    let ft = meta.file_type();
    if ft.is_dir() {
        return filetype::DIRECTORY;
    }
    if ft.is_file() {
        return filetype::REGULAR_FILE;
    }
    if ft.is_symlink() {
        return filetype::SYMBOLIC_LINK;
    }
    #[cfg(unix)]
    {
        use cap_std::fs::FileTypeExt;
        if ft.is_block_device() {
            return filetype::BLOCK_DEVICE;
        }
        if ft.is_char_device() {
            return filetype::CHARACTER_DEVICE;
        }
        if ft.is_socket() {
            return filetype::SOCKET_STREAM;
        }
    }
    filetype::UNKNOWN
}

/// Writes the `filestat` of what `meta` describes at `ptr`.
pub(crate) fn write_filestat(mem: &mut GuestMemory<'_>, ptr: u32, meta: &Metadata) -> Result<()> {
    use cap_fs_ext::MetadataExt;
    let nanos = |time: std::io::Result<cap_std::time::SystemTime>| {
        time.ok()
            .and_then(|t| t.into_std().duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
    };
    mem.slice_mut(ptr, filestat::SIZE)?.fill(0);
    mem.write_u64(ptr + filestat::DEV, meta.dev())?;
    mem.write_u64(ptr + filestat::INO, meta.ino())?;
    mem.write_u8(ptr + filestat::FILETYPE, filestat_type(meta))?;
    mem.write_u64(ptr + filestat::NLINK, meta.nlink())?;
    mem.write_u64(ptr + filestat::FILESIZE, meta.len())?;
    mem.write_u64(ptr + filestat::ATIM, nanos(meta.accessed()))?;
    mem.write_u64(ptr + filestat::MTIM, nanos(meta.modified()))?;
    mem.write_u64(ptr + filestat::CTIM, status_change_time(meta))
}

/// When `meta`'s inode last changed, in nanoseconds after the epoch.
#[cfg(unix)]
fn status_change_time(meta: &Metadata) -> u64 {
    use cap_std::fs::MetadataExt;
    let secs = u64::try_from(meta.ctime()).unwrap_or(0);
    let nanos = u64::try_from(meta.ctime_nsec()).unwrap_or(0);
    secs.saturating_mul(1_000_000_000).saturating_add(nanos)
}

#[cfg(not(unix))]
fn status_change_time(meta: &Metadata) -> u64 {
    meta.created()
        .ok()
        .and_then(|t| t.into_std().duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
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
