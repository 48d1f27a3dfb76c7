//! Preview 1 rights: what a descriptor may be used for.
//!
//! Rights are a capability scheme of their own, layered over the pre-opens' permissions
//! (`DirPerms`, `FilePerms`), which stay the real limit. Every descriptor starts with
//! all the rights of its kind, limited by the inheriting rights of the directory it was
//! opened beneath (what a guest asks for at `path_open` does not narrow them, as in
//! Wasmtime, which programs rely on when they open `.` with no rights); the guest can
//! then only take rights away (`fd_fdstat_set_rights`), and the host honours what it took:
//! reading, writing, creating, truncating and opening beneath a descriptor check them.

use crate::descriptor::{Descriptor, Rights};

pub(crate) const FD_DATASYNC: u64 = 1 << 0;
pub(crate) const FD_READ: u64 = 1 << 1;
pub(crate) const FD_SEEK: u64 = 1 << 2;
pub(crate) const FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
pub(crate) const FD_SYNC: u64 = 1 << 4;
pub(crate) const FD_TELL: u64 = 1 << 5;
pub(crate) const FD_WRITE: u64 = 1 << 6;
pub(crate) const FD_ADVISE: u64 = 1 << 7;
pub(crate) const FD_ALLOCATE: u64 = 1 << 8;
pub(crate) const PATH_CREATE_DIRECTORY: u64 = 1 << 9;
pub(crate) const PATH_CREATE_FILE: u64 = 1 << 10;
pub(crate) const PATH_LINK_SOURCE: u64 = 1 << 11;
pub(crate) const PATH_LINK_TARGET: u64 = 1 << 12;
pub(crate) const PATH_OPEN: u64 = 1 << 13;
pub(crate) const FD_READDIR: u64 = 1 << 14;
pub(crate) const PATH_READLINK: u64 = 1 << 15;
pub(crate) const PATH_RENAME_SOURCE: u64 = 1 << 16;
pub(crate) const PATH_RENAME_TARGET: u64 = 1 << 17;
pub(crate) const PATH_FILESTAT_GET: u64 = 1 << 18;
pub(crate) const PATH_FILESTAT_SET_TIMES: u64 = 1 << 20;
pub(crate) const FD_FILESTAT_GET: u64 = 1 << 21;
pub(crate) const FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
pub(crate) const FD_FILESTAT_SET_TIMES: u64 = 1 << 23;
pub(crate) const PATH_SYMLINK: u64 = 1 << 24;
pub(crate) const PATH_REMOVE_DIRECTORY: u64 = 1 << 25;
pub(crate) const PATH_UNLINK_FILE: u64 = 1 << 26;
pub(crate) const POLL_FD_READWRITE: u64 = 1 << 27;
/// Every defined right (`fd_datasync` to `sock_accept`).
pub(crate) const ALL: u64 = (1 << 30) - 1;

/// What can be done with a directory. `path_filestat_set_size` is not among them: files
/// are resized through their own descriptors.
pub(crate) const DIRECTORY: u64 = PATH_CREATE_DIRECTORY
    | PATH_CREATE_FILE
    | PATH_LINK_SOURCE
    | PATH_LINK_TARGET
    | PATH_OPEN
    | FD_READDIR
    | PATH_READLINK
    | PATH_RENAME_SOURCE
    | PATH_RENAME_TARGET
    | PATH_SYMLINK
    | PATH_REMOVE_DIRECTORY
    | PATH_UNLINK_FILE
    | PATH_FILESTAT_GET
    | PATH_FILESTAT_SET_TIMES
    | FD_FILESTAT_GET
    | FD_FILESTAT_SET_TIMES;

/// What can be done with a regular file.
pub(crate) const FILE: u64 = FD_DATASYNC
    | FD_READ
    | FD_SEEK
    | FD_FDSTAT_SET_FLAGS
    | FD_SYNC
    | FD_TELL
    | FD_WRITE
    | FD_ADVISE
    | FD_ALLOCATE
    | FD_FILESTAT_GET
    | FD_FILESTAT_SET_SIZE
    | FD_FILESTAT_SET_TIMES
    | POLL_FD_READWRITE;

/// The rights `descriptor` starts with, before the directory it was opened beneath
/// limits them: all the rights of its kind (for a file, reading and writing only if it
/// was opened for them).
pub(crate) fn initial(descriptor: &Descriptor) -> Rights {
    match descriptor {
        Descriptor::Stdin(_) => Rights {
            base: FD_READ,
            inheriting: FD_READ,
        },
        Descriptor::Stdout(_) | Descriptor::Stderr(_) => Rights {
            base: FD_WRITE,
            inheriting: FD_WRITE,
        },
        Descriptor::Directory(_) => Rights {
            base: DIRECTORY,
            inheriting: DIRECTORY | FILE,
        },
        Descriptor::File(file) => {
            let mut base = FILE;
            if !file.read {
                base &= !FD_READ;
            }
            if !file.write {
                base &= !FD_WRITE;
            }
            Rights {
                base,
                inheriting: 0,
            }
        }
    }
}

/// The rights of `descriptor` opened beneath a directory whose inheriting rights are
/// `inheriting`.
pub(crate) fn inherited(descriptor: &Descriptor, inheriting: u64) -> Rights {
    let own = initial(descriptor);
    Rights {
        base: own.base & inheriting,
        inheriting: own.inheriting & inheriting,
    }
}
