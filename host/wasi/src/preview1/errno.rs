//! Errno values and the error type of the preview 1 functions.

use std::fmt;

/// A WASI preview 1 `errno` (the subset the host returns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Errno(pub(crate) u16);

impl Errno {
    pub(crate) const ACCES: Errno = Errno(2);
    pub(crate) const AGAIN: Errno = Errno(6);
    pub(crate) const BADF: Errno = Errno(8);
    pub(crate) const EXIST: Errno = Errno(20);
    pub(crate) const FAULT: Errno = Errno(21);
    pub(crate) const FBIG: Errno = Errno(22);
    pub(crate) const ILSEQ: Errno = Errno(25);
    pub(crate) const INTR: Errno = Errno(27);
    pub(crate) const INVAL: Errno = Errno(28);
    pub(crate) const IO: Errno = Errno(29);
    pub(crate) const ISDIR: Errno = Errno(31);
    pub(crate) const LOOP: Errno = Errno(32);
    pub(crate) const MLINK: Errno = Errno(34);
    pub(crate) const NAMETOOLONG: Errno = Errno(37);
    pub(crate) const NFILE: Errno = Errno(41);
    pub(crate) const NOENT: Errno = Errno(44);
    pub(crate) const NOMEM: Errno = Errno(48);
    pub(crate) const NOSPC: Errno = Errno(51);
    pub(crate) const NOSYS: Errno = Errno(52);
    pub(crate) const NOTDIR: Errno = Errno(54);
    pub(crate) const NOTEMPTY: Errno = Errno(55);
    pub(crate) const NOTCAPABLE: Errno = Errno(76);
    pub(crate) const NOTSOCK: Errno = Errno(57);
    pub(crate) const NOTSUP: Errno = Errno(58);
    pub(crate) const OVERFLOW: Errno = Errno(61);
    pub(crate) const PERM: Errno = Errno(63);
    pub(crate) const PIPE: Errno = Errno(64);
    pub(crate) const ROFS: Errno = Errno(69);
    pub(crate) const SPIPE: Errno = Errno(70);
    pub(crate) const XDEV: Errno = Errno(75);
}

/// How a preview 1 function fails: with an errno the guest sees as the function's result,
/// or with an error that unwinds the wasm call (`proc_exit`, a missing memory export).
pub(crate) enum Error {
    Errno(Errno),
    Trap(anyhow::Error),
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl From<Errno> for Error {
    fn from(errno: Errno) -> Error {
        Error::Errno(errno)
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Error {
        Error::Errno(io_errno(&err))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Errno(errno) => write!(f, "errno {}", errno.0),
            Error::Trap(err) => write!(f, "{err:?}"),
        }
    }
}

/// The errno for a host I/O error.
pub(crate) fn io_errno(err: &std::io::Error) -> Errno {
    #[cfg(unix)]
    if err.raw_os_error().is_some() {
        use rustix::io::Errno as E;
        let errno = E::from_io_error(err).unwrap_or(E::IO);
        return match errno {
            E::ACCESS => Errno::ACCES,
            E::AGAIN => Errno::AGAIN,
            E::BADF => Errno::BADF,
            E::EXIST => Errno::EXIST,
            E::FBIG => Errno::FBIG,
            E::INTR => Errno::INTR,
            E::INVAL => Errno::INVAL,
            E::ISDIR => Errno::ISDIR,
            E::LOOP => Errno::LOOP,
            E::MLINK => Errno::MLINK,
            E::NAMETOOLONG => Errno::NAMETOOLONG,
            E::NOENT => Errno::NOENT,
            E::NOMEM => Errno::NOMEM,
            E::NOSPC => Errno::NOSPC,
            E::NOSYS => Errno::NOSYS,
            E::NOTDIR => Errno::NOTDIR,
            E::NOTEMPTY => Errno::NOTEMPTY,
            E::NOTSUP => Errno::NOTSUP,
            E::PERM => Errno::PERM,
            E::PIPE => Errno::PIPE,
            E::ROFS => Errno::ROFS,
            E::SPIPE => Errno::SPIPE,
            E::XDEV => Errno::XDEV,
            _ => Errno::IO,
        };
    }
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => Errno::NOENT,
        // cap-std refuses a path that leaves its directory with this kind; Wasmtime
        // reports it as `EPERM`.
        K::PermissionDenied => Errno::PERM,
        K::AlreadyExists => Errno::EXIST,
        K::WouldBlock => Errno::AGAIN,
        K::InvalidInput => Errno::INVAL,
        K::Interrupted => Errno::INTR,
        K::BrokenPipe => Errno::PIPE,
        K::Unsupported => Errno::NOTSUP,
        K::OutOfMemory => Errno::NOMEM,
        _ => Errno::IO,
    }
}
