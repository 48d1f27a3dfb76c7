//! The descriptor table: what each descriptor number of a guest refers to.
//!
//! The table is independent of the ABI: preview 1 addresses its entries by number, and
//! maps a missing entry to `EBADF` itself.

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

/// The descriptors of one guest, by number.
#[derive(Default)]
pub(crate) struct DescriptorTable {
    entries: BTreeMap<u32, Descriptor>,
}

impl DescriptorTable {
    /// Adds `descriptor` at the lowest free number, as POSIX `open` does; `None` if all
    /// 2^32 numbers are taken.
    pub(crate) fn push(&mut self, descriptor: Descriptor) -> Option<u32> {
        let mut fd = 0u32;
        for &used in self.entries.keys() {
            if used != fd {
                break;
            }
            fd = fd.checked_add(1)?;
        }
        self.entries.insert(fd, descriptor);
        Some(fd)
    }

    /// The pre-opened directories still open, with their guest names, in descriptor order.
    pub(crate) fn preopens(&self) -> Vec<(Directory, String)> {
        self.entries
            .values()
            .filter_map(|d| match d {
                Descriptor::Directory(dir) => Some((dir.clone(), dir.preopen_path()?.to_string())),
                _ => None,
            })
            .collect()
    }

    /// The descriptor numbered `fd`, mutably.
    pub(crate) fn get_mut(&mut self, fd: u32) -> Option<&mut Descriptor> {
        self.entries.get_mut(&fd)
    }

    /// The directory numbered `fd`; `None` if `fd` is not open or not a directory.
    pub(crate) fn directory(&self, fd: u32) -> Option<&Directory> {
        match self.entries.get(&fd)? {
            Descriptor::Directory(dir) => Some(dir),
            _ => None,
        }
    }

    /// The file numbered `fd`; `None` if `fd` is not open or not a file.
    pub(crate) fn file_mut(&mut self, fd: u32) -> Option<&mut File> {
        match self.entries.get_mut(&fd)? {
            Descriptor::File(file) => Some(file),
            _ => None,
        }
    }

    /// Removes the descriptor numbered `fd` and returns it.
    pub(crate) fn remove(&mut self, fd: u32) -> Option<Descriptor> {
        self.entries.remove(&fd)
    }

    /// Moves the descriptor numbered `from` to `to`, closing whatever `to` referred to;
    /// `false` if `from` is not open.
    pub(crate) fn renumber(&mut self, from: u32, to: u32) -> bool {
        if from == to {
            return self.entries.contains_key(&from);
        }
        match self.entries.remove(&from) {
            Some(descriptor) => {
                self.entries.insert(to, descriptor);
                true
            }
            None => false,
        }
    }
}
