//! Files and directories that a guest can hold descriptors to.
//!
//! Neither can be granted yet: pre-opened directories, and the files opened beneath them,
//! are the next part of WASI to be built. Until then both types have no values, so a
//! descriptor table can never hold one, every function that needs a directory or a file
//! finds none and fails with `EBADF`, and the compiler checks that the branches where a
//! directory or a file would be used are unreachable (`match *dir {}`).

/// A directory the guest holds a descriptor to; uninhabited until pre-opened directories
/// exist.
#[derive(Debug)]
pub(crate) enum Directory {}

impl Directory {
    /// The guest path it was pre-opened as, or `None` if the guest opened it itself.
    pub(crate) fn preopen_path(&self) -> Option<&str> {
        match *self {}
    }
}

/// A regular file (or other non-directory) the guest opened beneath a directory;
/// uninhabited until pre-opened directories exist.
#[derive(Debug)]
pub(crate) enum File {}
