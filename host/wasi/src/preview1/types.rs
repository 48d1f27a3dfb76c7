//! The preview 1 types the host reads and writes: enum and flags values, and the memory
//! layouts of the records (sizes and field offsets from the witx definitions).

use super::errno::{Errno, Result};

/// `clockid`.
pub(crate) mod clockid {
    pub(crate) const REALTIME: u32 = 0;
    pub(crate) const MONOTONIC: u32 = 1;
    pub(crate) const PROCESS_CPUTIME_ID: u32 = 2;
    pub(crate) const THREAD_CPUTIME_ID: u32 = 3;
}

/// `filetype`.
pub(crate) mod filetype {
    pub(crate) const UNKNOWN: u8 = 0;
    pub(crate) const BLOCK_DEVICE: u8 = 1;
    pub(crate) const CHARACTER_DEVICE: u8 = 2;
    pub(crate) const DIRECTORY: u8 = 3;
    pub(crate) const REGULAR_FILE: u8 = 4;
    pub(crate) const SOCKET_STREAM: u8 = 6;
    pub(crate) const SYMBOLIC_LINK: u8 = 7;
}

/// `whence`.
pub(crate) mod whence {
    pub(crate) const SET: u8 = 0;
    pub(crate) const CUR: u8 = 1;
    pub(crate) const END: u8 = 2;
}

/// `advice`: `normal` to `noreuse`.
pub(crate) const ADVICE_MAX: u8 = 5;

/// `signal`: `none` to `sys`.
pub(crate) const SIGNAL_MAX: u8 = 30;

/// `eventtype`.
pub(crate) mod eventtype {
    pub(crate) const CLOCK: u8 = 0;
    pub(crate) const FD_READ: u8 = 1;
    pub(crate) const FD_WRITE: u8 = 2;
}

/// The defined bits of each flags type.
pub(crate) mod flags {
    /// `fdflags`: `append`, `dsync`, `nonblock`, `rsync`, `sync`.
    pub(crate) const FDFLAGS: u32 = 0x1f;
    pub(crate) const FDFLAGS_APPEND: u32 = 0x1;
    pub(crate) const FDFLAGS_DSYNC: u32 = 0x2;
    pub(crate) const FDFLAGS_NONBLOCK: u32 = 0x4;
    pub(crate) const FDFLAGS_RSYNC: u32 = 0x8;
    pub(crate) const FDFLAGS_SYNC: u32 = 0x10;
    pub(crate) const OFLAGS_CREAT: u32 = 0x1;
    pub(crate) const OFLAGS_DIRECTORY: u32 = 0x2;
    pub(crate) const OFLAGS_EXCL: u32 = 0x4;
    pub(crate) const OFLAGS_TRUNC: u32 = 0x8;
    pub(crate) const LOOKUP_SYMLINK_FOLLOW: u32 = 0x1;
    /// `oflags`: `creat`, `directory`, `excl`, `trunc`.
    pub(crate) const OFLAGS: u32 = 0xf;
    /// `lookupflags`: `symlink_follow`.
    pub(crate) const LOOKUPFLAGS: u32 = 0x1;
    /// `fstflags`: `atim`, `atim_now`, `mtim`, `mtim_now`.
    pub(crate) const FSTFLAGS: u32 = 0xf;
    pub(crate) const FST_ATIM: u32 = 0x1;
    pub(crate) const FST_ATIM_NOW: u32 = 0x2;
    pub(crate) const FST_MTIM: u32 = 0x4;
    pub(crate) const FST_MTIM_NOW: u32 = 0x8;
    /// `riflags`: `recv_peek`, `recv_waitall`.
    pub(crate) const RIFLAGS: u32 = 0x3;
    /// `siflags`: none defined.
    pub(crate) const SIFLAGS: u32 = 0;
    /// `sdflags`: `rd`, `wr`.
    pub(crate) const SDFLAGS: u32 = 0x3;
    /// `subclockflags`: `subscription_clock_abstime`.
    pub(crate) const SUBCLOCKFLAGS: u16 = 0x1;
    pub(crate) const SUBSCRIPTION_CLOCK_ABSTIME: u16 = 0x1;
}

/// Fails with `EINVAL` unless `value` only has bits of `defined`.
pub(crate) fn check_flags(value: u32, defined: u32) -> Result<()> {
    if value & !defined == 0 {
        Ok(())
    } else {
        Err(Errno::INVAL.into())
    }
}

/// Fails with `EINVAL` unless `value` is an enum case from `0` to `max`.
pub(crate) fn check_enum(value: u32, max: u8) -> Result<u8> {
    match u8::try_from(value) {
        Ok(v) if v <= max => Ok(v),
        _ => Err(Errno::INVAL.into()),
    }
}

/// `fdstat`: 24 bytes.
pub(crate) mod fdstat {
    pub(crate) const SIZE: u32 = 24;
    pub(crate) const FILETYPE: u32 = 0;
    pub(crate) const FLAGS: u32 = 2;
    pub(crate) const RIGHTS_BASE: u32 = 8;
    pub(crate) const RIGHTS_INHERITING: u32 = 16;
}

/// `filestat`: 64 bytes (`dev`, `ino`, `filetype` at 16, `nlink`, `size`, three times).
pub(crate) mod filestat {
    pub(crate) const SIZE: u32 = 64;
    pub(crate) const DEV: u32 = 0;
    pub(crate) const INO: u32 = 8;
    pub(crate) const FILETYPE: u32 = 16;
    pub(crate) const NLINK: u32 = 24;
    pub(crate) const FILESIZE: u32 = 32;
    pub(crate) const ATIM: u32 = 40;
    pub(crate) const MTIM: u32 = 48;
    pub(crate) const CTIM: u32 = 56;
}

/// `dirent`: 24 bytes, then the entry's name.
pub(crate) mod dirent {
    pub(crate) const SIZE: usize = 24;
}

/// `prestat`: 8 bytes, the `dir` case (tag 0) with its name length.
pub(crate) mod prestat {
    pub(crate) const SIZE: u32 = 8;
    pub(crate) const TAG_DIR: u8 = 0;
    pub(crate) const NAME_LEN: u32 = 4;
}

/// `subscription`: 48 bytes; the union's payload starts at 16.
pub(crate) mod subscription {
    pub(crate) const SIZE: u32 = 48;
    pub(crate) const USERDATA: u32 = 0;
    pub(crate) const TAG: u32 = 8;
    pub(crate) const CLOCK_ID: u32 = 16;
    pub(crate) const CLOCK_TIMEOUT: u32 = 24;
    pub(crate) const CLOCK_FLAGS: u32 = 40;
    pub(crate) const FD: u32 = 16;
}

/// `event`: 32 bytes.
pub(crate) mod event {
    pub(crate) const SIZE: u32 = 32;
    pub(crate) const USERDATA: u32 = 0;
    pub(crate) const ERROR: u32 = 8;
    pub(crate) const TYPE: u32 = 10;
    pub(crate) const NBYTES: u32 = 16;
    pub(crate) const FLAGS: u32 = 24;
}
