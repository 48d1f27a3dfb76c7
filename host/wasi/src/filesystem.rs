//! Files and directories that a guest can hold descriptors to.
//!
//! A directory is a `cap_std::fs::Dir`: every path a guest names is resolved beneath it,
//! and a path that would leave it (`..` past its root, an absolute path, a symbolic link
//! that points outside) is refused by cap-std before the host filesystem is touched. A
//! file is a host file opened beneath such a directory; once open it needs no path.

use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::BitOr;
use std::sync::Arc;

use cap_std::fs::Dir;

/// What a guest may do with a pre-opened directory and the directories beneath it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirPerms(u8);

impl DirPerms {
    /// List entries, look paths up, open files and directories beneath it.
    pub const READ: DirPerms = DirPerms(1);
    /// Create, remove, rename and link entries, and change their times.
    pub const MUTATE: DirPerms = DirPerms(2);

    /// No permission at all.
    pub const fn empty() -> DirPerms {
        DirPerms(0)
    }

    /// Both `READ` and `MUTATE`.
    pub const fn all() -> DirPerms {
        DirPerms(3)
    }

    /// Whether every permission of `other` is in `self`.
    pub const fn contains(self, other: DirPerms) -> bool {
        self.0 & other.0 == other.0
    }
}

impl BitOr for DirPerms {
    type Output = DirPerms;
    fn bitor(self, other: DirPerms) -> DirPerms {
        DirPerms(self.0 | other.0)
    }
}

/// What a guest may do with the files it opens beneath a pre-opened directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilePerms(u8);

impl FilePerms {
    /// Read their contents and status.
    pub const READ: FilePerms = FilePerms(1);
    /// Write, truncate and change the times of their contents.
    pub const WRITE: FilePerms = FilePerms(2);

    /// No permission at all.
    pub const fn empty() -> FilePerms {
        FilePerms(0)
    }

    /// Both `READ` and `WRITE`.
    pub const fn all() -> FilePerms {
        FilePerms(3)
    }

    /// Whether every permission of `other` is in `self`.
    pub const fn contains(self, other: FilePerms) -> bool {
        self.0 & other.0 == other.0
    }
}

impl BitOr for FilePerms {
    type Output = FilePerms;
    fn bitor(self, other: FilePerms) -> FilePerms {
        FilePerms(self.0 | other.0)
    }
}

/// A directory the guest holds a descriptor to; clones share the host directory.
#[derive(Debug, Clone)]
pub struct Directory {
    pub(crate) dir: Arc<Dir>,
    /// What may be done beneath it.
    pub(crate) perms: DirPerms,
    /// What may be done with the files opened beneath it.
    pub(crate) file_perms: FilePerms,
    /// The guest path it was pre-opened as, if it was pre-opened.
    preopen: Option<String>,
    /// The entries read when the guest last started listing it, kept so that a listing
    /// read in pieces reads the host directory once, not once per piece.
    pub(crate) listing: Option<Arc<Vec<DirEntry>>>,
}

/// One entry of a directory listing, in the order the guest reads them.
#[derive(Debug)]
pub(crate) struct DirEntry {
    /// The entry's inode number.
    pub(crate) ino: u64,
    /// Its file type, in preview 1's numbering.
    pub(crate) kind: u8,
    /// Its name's bytes.
    pub(crate) name: Vec<u8>,
}

impl Directory {
    /// A directory the guest holds from the start, named `guest_path`.
    pub(crate) fn preopened(
        dir: Dir,
        guest_path: String,
        perms: DirPerms,
        file_perms: FilePerms,
    ) -> Directory {
        Directory {
            dir: Arc::new(dir),
            perms,
            file_perms,
            preopen: Some(guest_path),
            listing: None,
        }
    }

    /// A directory the guest opened beneath `parent`, with its permissions.
    pub(crate) fn opened(dir: Dir, parent: &Directory) -> Directory {
        Directory {
            dir: Arc::new(dir),
            perms: parent.perms,
            file_perms: parent.file_perms,
            preopen: None,
            listing: None,
        }
    }

    /// The guest path it was pre-opened as, or `None` if the guest opened it itself.
    pub(crate) fn preopen_path(&self) -> Option<&str> {
        self.preopen.as_deref()
    }
}

/// A regular file (or other non-directory) the guest opened beneath a directory.
#[derive(Debug)]
pub struct File {
    pub(crate) file: std::fs::File,
    /// Opened for reading.
    pub(crate) read: bool,
    /// Opened for writing.
    pub(crate) write: bool,
    /// Every write goes to the end of the file.
    pub(crate) append: bool,
    /// The synchronization and blocking modes it was opened with.
    pub(crate) modes: FileModes,
}

/// How a file's reads and writes reach storage, as the guest asked when it opened the
/// file. The host opens the file with the same modes and reports them back as given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FileModes {
    /// Each write completes with file integrity: data and metadata (`O_SYNC`).
    pub(crate) sync: bool,
    /// Each write completes with data integrity (`O_DSYNC`).
    pub(crate) dsync: bool,
    /// Each read completes with the integrity that `sync` and `dsync` ask of writes
    /// (`O_RSYNC`).
    pub(crate) rsync: bool,
    /// Reads and writes that would block fail instead (`O_NONBLOCK`; preview 1 only).
    pub(crate) nonblock: bool,
}

impl FileModes {
    /// Asks the host to open the file with these modes.
    pub(crate) fn apply(self, opts: &mut cap_std::fs::OpenOptions) {
        use cap_fs_ext::OpenOptionsSyncExt;
        opts.sync(self.sync);
        opts.dsync(self.dsync);
        opts.rsync(self.rsync);
        opts.nonblock(self.nonblock);
    }
}

impl File {
    pub(crate) fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        retry(|| (&self.file).read(buf))
    }

    pub(crate) fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.append {
            (&self.file).seek(SeekFrom::End(0))?;
        }
        retry(|| (&self.file).write(data))
    }

    /// Reads at `offset` without moving the file's position.
    pub(crate) fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        #[cfg(unix)]
        use std::os::unix::fs::FileExt;
        #[cfg(windows)]
        use std::os::windows::fs::FileExt;
        #[cfg(unix)]
        return retry(|| self.file.read_at(buf, offset));
        #[cfg(windows)]
        return retry(|| self.file.seek_read(buf, offset));
    }

    /// Writes at `offset` without moving the file's position.
    pub(crate) fn write_at(&self, data: &[u8], offset: u64) -> std::io::Result<usize> {
        #[cfg(unix)]
        use std::os::unix::fs::FileExt;
        #[cfg(windows)]
        use std::os::windows::fs::FileExt;
        #[cfg(unix)]
        return retry(|| self.file.write_at(data, offset));
        #[cfg(windows)]
        return retry(|| self.file.seek_write(data, offset));
    }

    pub(crate) fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        (&self.file).seek(pos)
    }
}

/// Runs `op` again while it is interrupted by a signal.
fn retry<T>(mut op: impl FnMut() -> std::io::Result<T>) -> std::io::Result<T> {
    loop {
        match op() {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            result => return result,
        }
    }
}
