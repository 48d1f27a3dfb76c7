//! Standard streams: the traits a guest's stdin, stdout and stderr are made of, and the
//! implementations that inherit the host process's streams.

use std::io::{self, IsTerminal, Read, Write};

/// A stream the guest reads from: its standard input.
pub trait InputStream: Send {
    /// Reads up to `buf.len()` bytes, blocking until at least one is available; `Ok(0)`
    /// means the end of the stream.
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize>;

    /// Whether the stream is a terminal, which the guest sees as a character device.
    fn is_terminal(&self) -> bool {
        false
    }

    /// Waits up to `timeout` (forever for `None`) until a read would not block; returns
    /// whether it would not. Streams in memory are always ready.
    fn wait_readable(&mut self, timeout: Option<std::time::Duration>) -> bool {
        let _ = timeout;
        true
    }
}

/// A stream the guest writes to: its standard output or error.
pub trait OutputStream: Send {
    /// Writes all of `buf`.
    fn write(&mut self, buf: &[u8]) -> io::Result<()>;

    /// Whether the stream is a terminal, which the guest sees as a character device.
    fn is_terminal(&self) -> bool {
        false
    }
}

/// The host process's standard input.
pub(crate) struct InheritStdin;

impl InputStream for InheritStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::stdin().lock().read(buf)
    }

    fn is_terminal(&self) -> bool {
        io::stdin().is_terminal()
    }

    #[cfg(unix)]
    fn wait_readable(&mut self, timeout: Option<std::time::Duration>) -> bool {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let stdin = io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout = timeout.map(|d| Timespec {
            tv_sec: d.as_secs().min(i64::MAX as u64) as i64,
            tv_nsec: i64::from(d.subsec_nanos()),
        });
        // An error (a closed descriptor, say) leaves the read to report it.
        poll(&mut fds, timeout.as_ref()).map_or(true, |n| n > 0)
    }
}

/// The host process's standard output.
pub(crate) struct InheritStdout;

impl OutputStream for InheritStdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<()> {
        // Flushing at once keeps the guest's stdout and stderr in the order it wrote them,
        // as the guest's own libc buffers already.
        let mut out = io::stdout().lock();
        out.write_all(buf)?;
        out.flush()
    }

    fn is_terminal(&self) -> bool {
        io::stdout().is_terminal()
    }
}

/// The host process's standard error.
pub(crate) struct InheritStderr;

impl OutputStream for InheritStderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<()> {
        io::stderr().lock().write_all(buf)
    }

    fn is_terminal(&self) -> bool {
        io::stderr().is_terminal()
    }
}

/// A stream with nothing in it: the standard input of a guest that was given none.
pub(crate) struct EmptyInput;

impl InputStream for EmptyInput {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        Ok(0)
    }
}

/// A stream that discards what is written: the standard output or error of a guest that
/// was given none.
pub(crate) struct Sink;

impl OutputStream for Sink {
    fn write(&mut self, _buf: &[u8]) -> io::Result<()> {
        Ok(())
    }
}
