//! The descriptor table: what each descriptor number of a guest refers to.
//!
//! The table is independent of the ABI: preview 1 addresses its entries by number, and
//! maps a missing entry to `EBADF` itself. Each entry also carries the preview 1 rights of
//! its descriptor, which a guest may only ever reduce.

use std::collections::BTreeMap;

use crate::filesystem::{Directory, File};
use crate::stdio::{InputStream, OutputStream};

/// What a descriptor refers to.
pub(crate) enum Descriptor {
    /// A standard input stream.
    Stdin(Box<dyn InputStream>),
    /// A standard output stream.
    Stdout(Box<dyn OutputStream>),
    /// A standard error stream.
    Stderr(Box<dyn OutputStream>),
    /// A directory: pre-opened, or opened beneath one.
    Directory(Directory),
    /// A file opened beneath a directory.
    File(File),
}

/// The preview 1 rights of a descriptor: what may be done with it (`base`), and what
/// descriptors opened beneath it may be given (`inheriting`), as `rights` bit sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rights {
    pub(crate) base: u64,
    pub(crate) inheriting: u64,
}

/// One numbered descriptor.
struct Entry {
    descriptor: Descriptor,
    rights: Rights,
}

/// The descriptors of one guest, by number.
#[derive(Default)]
pub(crate) struct DescriptorTable {
    entries: BTreeMap<u32, Entry>,
}

impl DescriptorTable {
    /// Adds `descriptor` at the lowest free number, as POSIX `open` does; `None` if all
    /// 2^32 numbers are taken.
    pub(crate) fn push(&mut self, descriptor: Descriptor, rights: Rights) -> Option<u32> {
        let mut fd = 0u32;
        for &used in self.entries.keys() {
            if used != fd {
                break;
            }
            fd = fd.checked_add(1)?;
        }
        self.entries.insert(fd, Entry { descriptor, rights });
        Some(fd)
    }

    /// The pre-opened directories still open, with their guest names, in descriptor order.
    pub(crate) fn preopens(&self) -> Vec<(Directory, String)> {
        self.entries
            .values()
            .filter_map(|entry| match &entry.descriptor {
                Descriptor::Directory(dir) => Some((dir.clone(), dir.preopen_path()?.to_string())),
                _ => None,
            })
            .collect()
    }

    /// The descriptor numbered `fd`, mutably.
    pub(crate) fn get_mut(&mut self, fd: u32) -> Option<&mut Descriptor> {
        Some(&mut self.entries.get_mut(&fd)?.descriptor)
    }

    /// The rights of the descriptor numbered `fd`.
    pub(crate) fn rights(&self, fd: u32) -> Option<Rights> {
        Some(self.entries.get(&fd)?.rights)
    }

    /// Replaces the rights of the descriptor numbered `fd`; `false` if it is not open.
    pub(crate) fn set_rights(&mut self, fd: u32, rights: Rights) -> bool {
        match self.entries.get_mut(&fd) {
            Some(entry) => {
                entry.rights = rights;
                true
            }
            None => false,
        }
    }

    /// The directory numbered `fd`; `None` if `fd` is not open or not a directory.
    pub(crate) fn directory(&self, fd: u32) -> Option<&Directory> {
        match &self.entries.get(&fd)?.descriptor {
            Descriptor::Directory(dir) => Some(dir),
            _ => None,
        }
    }

    /// The directory numbered `fd`, mutably; `None` if `fd` is not open or not a directory.
    pub(crate) fn directory_mut(&mut self, fd: u32) -> Option<&mut Directory> {
        match &mut self.entries.get_mut(&fd)?.descriptor {
            Descriptor::Directory(dir) => Some(dir),
            _ => None,
        }
    }

    /// The file numbered `fd`; `None` if `fd` is not open or not a file.
    pub(crate) fn file_mut(&mut self, fd: u32) -> Option<&mut File> {
        match &mut self.entries.get_mut(&fd)?.descriptor {
            Descriptor::File(file) => Some(file),
            _ => None,
        }
    }

    /// Removes the descriptor numbered `fd` and returns it.
    pub(crate) fn remove(&mut self, fd: u32) -> Option<Descriptor> {
        Some(self.entries.remove(&fd)?.descriptor)
    }

    /// Moves the descriptor numbered `from` to `to`, closing what `to` referred to; `false`
    /// if either is not open (a guest may only reuse numbers it holds, never mint new ones).
    pub(crate) fn renumber(&mut self, from: u32, to: u32) -> bool {
        if !self.entries.contains_key(&to) {
            return false;
        }
        if from == to {
            return true;
        }
        match self.entries.remove(&from) {
            Some(entry) => {
                self.entries.insert(to, entry);
                true
            }
            None => false,
        }
    }
}
