//! `path_*` and `fd_readdir`: operations on directories.
//!
//! Each function checks its arguments as the directory operation will need them: flags
//! and enum values, then the directory descriptor (`EBADF` unless it is an open directory),
//! then its path strings (`EFAULT`, `EILSEQ`) and output pointers, and only then touches
//! the host filesystem. Every path is resolved by cap-std beneath the descriptor's
//! directory, which refuses `..` past its root, absolute paths and symbolic links that
//! lead outside (`EPERM`, as Wasmtime reports them). A directory without `MUTATE`
//! permission refuses every change with `EPERM`.

use cap_fs_ext::{DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt};
use cap_std::fs::Dir;

use super::errno::{Errno, Result};
use super::fd::{
    check_fst_flags, descriptor, directory, file_modes, filestat_type, time_spec, write_filestat,
};
use super::linker::Env;
use super::rights;
use super::types::{check_flags, dirent, filetype, flags};
use crate::descriptor::Descriptor;
use crate::filesystem::{DirEntry, DirPerms, Directory, File, FilePerms};
use std::sync::Arc;

/// Checks that `fd` is a directory, then reads the path it is given with; returns both.
fn dir_path(env: &mut dyn Env, fd: u32, path: u32, path_len: u32) -> Result<(Directory, String)> {
    let dir = directory(env.ctx(), fd)?.clone();
    let path = read_path(env, path, path_len)?;
    Ok((dir, path))
}

/// Reads a path argument: `EFAULT` if out of range, and `EILSEQ` if it is not UTF-8 or
/// holds a NUL byte (which no host path can), as Wasmtime answers.
fn read_path(env: &mut dyn Env, ptr: u32, len: u32) -> Result<String> {
    let path = env.memory()?.read_str(ptr, len)?;
    if path.contains('\0') {
        return Err(Errno::ILSEQ.into());
    }
    Ok(path)
}

/// Fails with `EPERM` unless `dir` may be looked into.
fn check_read(dir: &Directory) -> Result<()> {
    if dir.perms.contains(DirPerms::READ) {
        Ok(())
    } else {
        Err(Errno::PERM.into())
    }
}

/// Fails with `EPERM` unless `dir` may be changed.
fn check_mutate(dir: &Directory) -> Result<()> {
    if dir.perms.contains(DirPerms::MUTATE) {
        Ok(())
    } else {
        Err(Errno::PERM.into())
    }
}

pub(crate) fn fd_readdir(
    env: &mut dyn Env,
    fd: u32,
    buf: u32,
    buf_len: u32,
    cookie: u64,
    bufused: u32,
) -> Result<()> {
    let dir = directory(env.ctx(), fd)?.clone();
    {
        let mem = env.memory()?;
        mem.check(buf, buf_len)?;
        mem.check(bufused, 4)?;
    }
    check_read(&dir)?;
    // A listing starts at cookie 0 and goes on from the cookie of the last entry read: it
    // is read from the host once, when it starts, and continued from that snapshot (as
    // POSIX `readdir` continues an open stream), so a guest reading a large directory in
    // small pieces does not make the host list it again for each piece.
    let entries = match &dir.listing {
        Some(listing) if cookie != 0 => listing.clone(),
        _ => {
            let listing = Arc::new(list(&dir)?);
            if let Some(dir) = env.ctx().table.directory_mut(fd) {
                dir.listing = Some(listing.clone());
            }
            listing
        }
    };
    // Entries are laid out one after another; the last one that does not fit is cut,
    // which tells the guest (a full buffer) to call again from the cookie it has.
    let mut out = Vec::new();
    let start = usize::try_from(cookie).unwrap_or(usize::MAX);
    for (i, entry) in entries.iter().enumerate().skip(start) {
        if out.len() >= buf_len as usize {
            break;
        }
        let mut header = [0u8; dirent::SIZE];
        header[0..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        header[8..16].copy_from_slice(&entry.ino.to_le_bytes());
        let namlen = u32::try_from(entry.name.len()).map_err(|_| Errno::NAMETOOLONG)?;
        header[16..20].copy_from_slice(&namlen.to_le_bytes());
        header[20] = entry.kind;
        out.extend_from_slice(&header);
        out.extend_from_slice(&entry.name);
    }
    out.truncate(buf_len as usize);
    let mut mem = env.memory()?;
    mem.write_bytes(buf, &out)?;
    mem.write_u32(bufused, out.len() as u32)
}

/// The entries of `dir`: `.` and `..` first, as a libc's `readdir` expects, then the
/// host's entries in its order.
fn list(dir: &Directory) -> Result<Vec<DirEntry>> {
    let own_ino = cap_fs_ext::MetadataExt::ino(&dir.dir.dir_metadata()?);
    let mut entries = vec![
        DirEntry {
            ino: own_ino,
            kind: filetype::DIRECTORY,
            name: b".".to_vec(),
        },
        DirEntry {
            ino: 0,
            kind: filetype::DIRECTORY,
            name: b"..".to_vec(),
        },
    ];
    for entry in dir.dir.entries()? {
        let entry = entry?;
        let meta = match entry.metadata() {
            Ok(meta) => meta,
            // Removed since it was listed.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e.into()),
        };
        entries.push(DirEntry {
            ino: cap_fs_ext::MetadataExt::ino(&meta),
            kind: filestat_type(&meta),
            name: entry.file_name().as_encoded_bytes().to_vec(),
        });
    }
    Ok(entries)
}

pub(crate) fn path_create_directory(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<()> {
    let (dir, path) = dir_path(env, fd, path, path_len)?;
    check_mutate(&dir)?;
    Ok(dir.dir.create_dir(path)?)
}

pub(crate) fn path_filestat_get(
    env: &mut dyn Env,
    fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    stat: u32,
) -> Result<()> {
    check_flags(lookup, flags::LOOKUPFLAGS)?;
    let (dir, path) = dir_path(env, fd, path, path_len)?;
    env.memory()?.check(stat, super::types::filestat::SIZE)?;
    check_read(&dir)?;
    let meta = if lookup & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
        dir.dir.metadata(&path)?
    } else {
        dir.dir.symlink_metadata(&path)?
    };
    // A trailing slash names a directory, as it does for POSIX `stat`.
    if path.ends_with('/') && !meta.is_dir() {
        return Err(Errno::NOTDIR.into());
    }
    write_filestat(&mut env.memory()?, stat, &meta)
}

#[expect(clippy::too_many_arguments, reason = "the witx signature")]
pub(crate) fn path_filestat_set_times(
    env: &mut dyn Env,
    fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    atim: u64,
    mtim: u64,
    fst_flags: u32,
) -> Result<()> {
    check_flags(lookup, flags::LOOKUPFLAGS)?;
    check_fst_flags(fst_flags)?;
    let (dir, path) = dir_path(env, fd, path, path_len)?;
    check_mutate(&dir)?;
    let atime = time_spec(atim, fst_flags, flags::FST_ATIM, flags::FST_ATIM_NOW);
    let mtime = time_spec(mtim, fst_flags, flags::FST_MTIM, flags::FST_MTIM_NOW);
    if lookup & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
        dir.dir.set_times(path, atime, mtime)?;
    } else {
        dir.dir.set_symlink_times(path, atime, mtime)?;
    }
    Ok(())
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
    let (old_dir, old_path) = dir_path(env, old_fd, old_path, old_path_len)?;
    let (new_dir, new_path) = dir_path(env, new_fd, new_path, new_path_len)?;
    // Linking the target of a symbolic link is refused, as in Wasmtime.
    if old_flags & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
        return Err(Errno::INVAL.into());
    }
    // A new name for a file of a read-only directory would make it writable: both
    // directories must allow changes.
    check_mutate(&old_dir)?;
    check_mutate(&new_dir)?;
    Ok(old_dir.dir.hard_link(old_path, &new_dir.dir, new_path)?)
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
    opened: u32,
) -> Result<()> {
    check_flags(dirflags, flags::LOOKUPFLAGS)?;
    check_flags(oflags, flags::OFLAGS)?;
    check_flags(fdflags, flags::FDFLAGS)?;
    if (rights_base | rights_inheriting) & !rights::ALL != 0 {
        return Err(Errno::INVAL.into());
    }
    // As in Wasmtime, the path is read before the descriptor is looked up, and a file
    // given as the directory is `ENOTDIR`.
    let path = read_path(env, path, path_len)?;
    let dir = match descriptor(env.ctx(), fd)? {
        Descriptor::Directory(dir) => dir.clone(),
        Descriptor::File(_) => return Err(Errno::NOTDIR.into()),
        _ => return Err(Errno::BADF.into()),
    };
    env.memory()?.check(opened, 4)?;

    let create = oflags & flags::OFLAGS_CREAT != 0;
    let exclusive = oflags & flags::OFLAGS_EXCL != 0;
    let truncate = oflags & flags::OFLAGS_TRUNC != 0;
    let want_dir = oflags & flags::OFLAGS_DIRECTORY != 0;
    let append = fdflags & flags::FDFLAGS_APPEND != 0;
    let read = rights_base & (rights::FD_READ | rights::FD_READDIR) != 0;
    let write = append
        || rights_base
            & (rights::FD_DATASYNC
                | rights::FD_WRITE
                | rights::FD_ALLOCATE
                | rights::FD_FILESTAT_SET_SIZE)
            != 0;
    if want_dir && (create || exclusive || truncate) {
        return Err(Errno::INVAL.into());
    }
    // The rights the guest left the directory: to open beneath it, to create files, and
    // to give the new descriptor what opening it for reading, writing or truncation needs.
    let dir_rights = env.ctx().table.rights(fd).ok_or(Errno::BADF)?;
    let needs = |base: u64, inheriting: u64| {
        dir_rights.base & base == base && dir_rights.inheriting & inheriting == inheriting
    };
    if !needs(rights::PATH_OPEN, 0)
        || (create && !needs(rights::PATH_CREATE_FILE, 0))
        || (truncate && !needs(0, rights::FD_FILESTAT_SET_SIZE))
        || (rights_base & rights::FD_READ != 0 && !needs(0, rights::FD_READ))
        || (write && !needs(0, rights::FD_WRITE))
    {
        return Err(Errno::NOTCAPABLE.into());
    }
    check_read(&dir)?;
    if (create || truncate) && !dir.perms.contains(DirPerms::MUTATE) {
        return Err(Errno::PERM.into());
    }
    if write && !dir.file_perms.contains(FilePerms::WRITE) {
        return Err(Errno::PERM.into());
    }
    if read && !dir.file_perms.contains(FilePerms::READ) {
        return Err(Errno::PERM.into());
    }

    let mut opts = cap_std::fs::OpenOptions::new();
    opts.maybe_dir(true);
    opts.follow(if dirflags & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
        FollowSymlinks::Yes
    } else {
        FollowSymlinks::No
    });
    if create {
        if exclusive {
            opts.create_new(true);
        } else {
            opts.create(true);
        }
    }
    if truncate {
        opts.truncate(true);
    }
    let host_write = write || create || truncate;
    opts.write(host_write);
    opts.read(read || !host_write);
    let modes = file_modes(fdflags);
    modes.apply(&mut opts);
    let file = dir.dir.open_with(&path, &opts)?;
    let is_dir = file.metadata()?.is_dir();
    let descriptor = if is_dir {
        Descriptor::Directory(Directory::opened(Dir::from_std_file(file.into_std()), &dir))
    } else if want_dir || path.ends_with('/') {
        return Err(Errno::NOTDIR.into());
    } else {
        Descriptor::File(File {
            file: file.into_std(),
            read: read || !write,
            write,
            append,
            modes,
        })
    };
    let new_rights = rights::inherited(&descriptor, dir_rights.inheriting);
    let new_fd = env
        .ctx()
        .table
        .push(descriptor, new_rights)
        .ok_or(Errno::NFILE)?;
    env.memory()?.write_u32(opened, new_fd)
}

pub(crate) fn path_readlink(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
    buf: u32,
    buf_len: u32,
    bufused: u32,
) -> Result<()> {
    let (dir, path) = dir_path(env, fd, path, path_len)?;
    {
        let mem = env.memory()?;
        mem.check(buf, buf_len)?;
        mem.check(bufused, 4)?;
    }
    check_read(&dir)?;
    let target = dir.dir.read_link(path)?;
    let target = target.as_os_str().as_encoded_bytes();
    // Like POSIX `readlink`, a target longer than the buffer is cut.
    let n = target.len().min(buf_len as usize);
    let mut mem = env.memory()?;
    mem.write_bytes(buf, &target[..n])?;
    mem.write_u32(bufused, n as u32)
}

pub(crate) fn path_remove_directory(
    env: &mut dyn Env,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<()> {
    let (dir, path) = dir_path(env, fd, path, path_len)?;
    check_mutate(&dir)?;
    // `dir/` names the directory `dir`, as it does for POSIX `rmdir`.
    let trimmed = path.trim_end_matches('/');
    let path = if trimmed.is_empty() { &path } else { trimmed };
    Ok(dir.dir.remove_dir(path)?)
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
    let (old_dir, old_path) = dir_path(env, fd, old_path, old_path_len)?;
    let (new_dir, new_path) = dir_path(env, new_fd, new_path, new_path_len)?;
    check_mutate(&old_dir)?;
    check_mutate(&new_dir)?;
    // A trailing slash on either side is only for moving a directory (`ENOTDIR`
    // otherwise, as POSIX `rename` has it).
    if old_path.ends_with('/') || new_path.ends_with('/') {
        let trimmed = old_path.trim_end_matches('/');
        let source = if trimmed.is_empty() {
            &old_path
        } else {
            trimmed
        };
        if !old_dir.dir.symlink_metadata(source)?.is_dir() {
            // A destination outside the directory is still refused as such first.
            if let Err(e) = new_dir.dir.symlink_metadata(new_path.trim_end_matches('/'))
                && e.kind() == std::io::ErrorKind::PermissionDenied
            {
                return Err(e.into());
            }
            return Err(Errno::NOTDIR.into());
        }
    }
    Ok(old_dir.dir.rename(old_path, &new_dir.dir, new_path)?)
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
    let old_path = read_path(env, old_path, old_path_len)?;
    let (dir, new_path) = dir_path(env, fd, new_path, new_path_len)?;
    check_mutate(&dir)?;
    symlink(&dir.dir, &old_path, &new_path)
}

/// Creates a link whose contents are `target`; cap-std refuses an absolute `target`.
#[cfg(unix)]
fn symlink(dir: &Dir, target: &str, link: &str) -> Result<()> {
    Ok(dir.symlink(target, link)?)
}

/// Creating a symbolic link needs to know whether it names a file or a directory here.
#[cfg(not(unix))]
fn symlink(dir: &Dir, target: &str, link: &str) -> Result<()> {
    Ok(dir.symlink_file(target, link)?)
}

pub(crate) fn path_unlink_file(env: &mut dyn Env, fd: u32, path: u32, path_len: u32) -> Result<()> {
    let (dir, path) = dir_path(env, fd, path, path_len)?;
    check_mutate(&dir)?;
    Ok(dir.dir.remove_file(path)?)
}
