//! In-memory pipes: standard streams that an embedder (or a test) fills and reads.

use std::io;
use std::sync::{Arc, Mutex, PoisonError};

use crate::stdio::{InputStream, OutputStream};

/// A standard input that yields fixed bytes, then the end of the stream.
#[derive(Debug, Clone)]
pub struct MemoryInputPipe {
    bytes: Arc<[u8]>,
    position: usize,
}

impl MemoryInputPipe {
    /// A pipe that yields `bytes`.
    pub fn new(bytes: impl Into<Vec<u8>>) -> MemoryInputPipe {
        MemoryInputPipe {
            bytes: bytes.into().into(),
            position: 0,
        }
    }
}

impl InputStream for MemoryInputPipe {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let rest = &self.bytes[self.position..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.position += n;
        Ok(n)
    }
}

/// A standard output or error that keeps what the guest writes.
///
/// Clones share the same buffer: give one clone to the [`WasiCtxBuilder`] and read the
/// output through another with [`contents`].
///
/// [`WasiCtxBuilder`]: crate::WasiCtxBuilder
/// [`contents`]: MemoryOutputPipe::contents
#[derive(Debug, Clone, Default)]
pub struct MemoryOutputPipe {
    buffer: Arc<Mutex<Vec<u8>>>,
}

impl MemoryOutputPipe {
    /// An empty pipe.
    pub fn new() -> MemoryOutputPipe {
        MemoryOutputPipe::default()
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.buffer
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl OutputStream for MemoryOutputPipe {
    fn write(&mut self, buf: &[u8]) -> io::Result<()> {
        self.buffer
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(())
    }
}
