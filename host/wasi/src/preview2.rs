//! WASI 0.2 (preview 2) for components: `wasi:cli`, `wasi:io`, `wasi:clocks`,
//! `wasi:random` and `wasi:filesystem`, generated with `bindgen!` from the WIT vendored in `wit/deps/` and
//! implemented over the same [`WasiCtx`] as preview 1.
//!
//! [`add_to_linker`] defines every interface implemented here; the modules of
//! [`bindings`] each have their own `add_to_linker`, for an embedder that grants only some
//! (clocks and random, say). A component that imports an interface the linker does not
//! define fails to instantiate with an error naming it. `wasi:sockets` is linked with the
//! network not granted: every operation is `access-denied`. `wasi:filesystem` reaches the context's pre-opened directories, with preview 1's
//! sandbox and permissions.

pub mod filesystem;
pub mod sockets;

use crate::WasiCtx;
use crate::descriptor::Descriptor;
use crate::exit::I32Exit;
use std::sync::Arc;
use std::time::Duration;
use wicker::component::{Linker, Resource};

/// The host side of the WASI 0.2 interfaces, generated from their WIT.
pub mod bindings {
    wicker::component::bindgen!({
        path: "../../wit",
        world: "wicker:host/command-imports",
        trappable_imports: true,
        with: {
            "wasi:io/error/error": crate::preview2::IoError,
            "wasi:io/poll/pollable": crate::preview2::Pollable,
            "wasi:io/streams/input-stream": crate::preview2::InputStream,
            "wasi:io/streams/output-stream": crate::preview2::OutputStream,
            "wasi:cli/terminal-input/terminal-input": crate::preview2::TerminalInput,
            "wasi:cli/terminal-output/terminal-output": crate::preview2::TerminalOutput,
            "wasi:filesystem/types/descriptor": crate::preview2::filesystem::Descriptor,
            "wasi:filesystem/types/directory-entry-stream":
                crate::preview2::filesystem::DirectoryEntryStream,
            "wasi:sockets/network/network": crate::preview2::sockets::Network,
            "wasi:sockets/tcp/tcp-socket": crate::preview2::sockets::TcpSocket,
            "wasi:sockets/udp/udp-socket": crate::preview2::sockets::UdpSocket,
            "wasi:sockets/udp/incoming-datagram-stream":
                crate::preview2::sockets::IncomingDatagramStream,
            "wasi:sockets/udp/outgoing-datagram-stream":
                crate::preview2::sockets::OutgoingDatagramStream,
            "wasi:sockets/ip-name-lookup/resolve-address-stream":
                crate::preview2::sockets::ResolveAddressStream,
        },
        trappable_error_type: {
            "wasi:io/streams/stream-error": crate::preview2::StreamError,
            "wasi:filesystem/types/error-code": crate::preview2::filesystem::FsError,
            "wasi:sockets/network/error-code": crate::preview2::sockets::SocketError,
        },
    });
}

use bindings::wasi::cli;
use bindings::wasi::clocks::{monotonic_clock, wall_clock};
use bindings::wasi::io::{error, poll, streams};
use bindings::wasi::random;

/// `wasi:io/error.error`: what went wrong in a stream operation.
#[derive(Debug)]
pub struct IoError(String);

/// `wasi:io/poll.pollable`: something to wait for.
#[derive(Debug, Clone, Copy)]
pub enum Pollable {
    /// Ready now (output streams and files never block the guest for long).
    Ready,
    /// Ready when the standard input can be read without blocking.
    Stdin,
    /// Ready once the monotonic clock reaches this many nanoseconds.
    At(u64),
}

/// `wasi:io/streams.input-stream`.
#[derive(Debug)]
pub enum InputStream {
    /// The context's standard input.
    Stdin,
    /// A file, read from `offset` on.
    File {
        /// The open file.
        file: Arc<crate::filesystem::File>,
        /// Where the next read starts.
        offset: u64,
    },
}

/// `wasi:io/streams.output-stream`.
#[derive(Debug)]
pub enum OutputStream {
    /// The context's standard output.
    Stdout,
    /// The context's standard error.
    Stderr,
    /// A file, written from `offset` on, or at its end when `append`.
    File {
        /// The open file.
        file: Arc<crate::filesystem::File>,
        /// Where the next write starts.
        offset: u64,
        /// Every write goes to the end of the file.
        append: bool,
    },
}

/// `wasi:cli/terminal-input.terminal-input`.
#[derive(Debug)]
pub struct TerminalInput;

/// `wasi:cli/terminal-output.terminal-output`.
#[derive(Debug)]
pub struct TerminalOutput;

/// Why a stream operation failed: a WASI `stream-error`, or a trap.
#[derive(Debug)]
pub enum StreamError {
    /// The stream is closed (end of input, or a closed output).
    Closed,
    /// The operation failed; the message becomes a `wasi:io/error.error`.
    Failed(String),
    /// The guest broke a rule of the interface: a trap.
    Trap(anyhow::Error),
}

/// How much a guest may write at once (the `check-write` permit).
const WRITE_PERMIT: u64 = 1 << 20;

/// Defines every WASI 0.2 interface implemented here in `linker`, over the [`WasiCtx`]
/// that `get` finds in the store's data.
pub fn add_to_linker<T: 'static>(
    linker: &mut Linker<T>,
    get: fn(&mut T) -> &mut WasiCtx,
) -> wicker::Result<()> {
    error::add_to_linker(linker, get)?;
    poll::add_to_linker(linker, get)?;
    streams::add_to_linker(linker, get)?;
    cli::environment::add_to_linker(linker, get)?;
    cli::exit::add_to_linker(linker, get)?;
    cli::stdin::add_to_linker(linker, get)?;
    cli::stdout::add_to_linker(linker, get)?;
    cli::stderr::add_to_linker(linker, get)?;
    cli::terminal_input::add_to_linker(linker, get)?;
    cli::terminal_output::add_to_linker(linker, get)?;
    cli::terminal_stdin::add_to_linker(linker, get)?;
    cli::terminal_stdout::add_to_linker(linker, get)?;
    cli::terminal_stderr::add_to_linker(linker, get)?;
    wall_clock::add_to_linker(linker, get)?;
    monotonic_clock::add_to_linker(linker, get)?;
    random::random::add_to_linker(linker, get)?;
    random::insecure::add_to_linker(linker, get)?;
    random::insecure_seed::add_to_linker(linker, get)?;
    bindings::wasi::filesystem::types::add_to_linker(linker, get)?;
    bindings::wasi::filesystem::preopens::add_to_linker(linker, get)?;
    use bindings::wasi::sockets;
    sockets::network::add_to_linker(linker, get)?;
    sockets::instance_network::add_to_linker(linker, get)?;
    sockets::tcp::add_to_linker(linker, get)?;
    sockets::tcp_create_socket::add_to_linker(linker, get)?;
    sockets::udp::add_to_linker(linker, get)?;
    sockets::udp_create_socket::add_to_linker(linker, get)?;
    sockets::ip_name_lookup::add_to_linker(linker, get)?;
    Ok(())
}

impl WasiCtx {
    fn push<R: Send + 'static>(&mut self, value: R) -> wicker::Result<Resource<R>> {
        Ok(self.resources.push(value)?)
    }

    fn output(&mut self, which: &Resource<OutputStream>) -> Result<&mut Descriptor, StreamError> {
        let stream = self
            .resources
            .get(which)
            .map_err(|e| StreamError::Trap(e.into()))?;
        let fd = match stream {
            OutputStream::Stdout => 1,
            OutputStream::Stderr => 2,
            OutputStream::File { .. } => {
                return Err(StreamError::Trap(anyhow::anyhow!("not a standard stream")));
            }
        };
        self.table.get_mut(fd).ok_or(StreamError::Closed)
    }

    /// Checks that `which` is still writable (a standard stream still open, or a file).
    fn writable(&mut self, which: &Resource<OutputStream>) -> Result<(), StreamError> {
        let stream = self
            .resources
            .get(which)
            .map_err(|e| StreamError::Trap(e.into()))?;
        if matches!(stream, OutputStream::File { .. }) {
            return Ok(());
        }
        self.output(which).map(drop)
    }

    fn write_bytes(
        &mut self,
        which: &Resource<OutputStream>,
        bytes: &[u8],
    ) -> Result<(), StreamError> {
        if bytes.len() as u64 > WRITE_PERMIT {
            return Err(StreamError::Trap(anyhow::anyhow!(
                "write of {} bytes exceeds the permit of {WRITE_PERMIT}",
                bytes.len()
            )));
        }
        let stream = self
            .resources
            .get_mut(which)
            .map_err(|e| StreamError::Trap(e.into()))?;
        if let OutputStream::File {
            file,
            offset,
            append,
        } = stream
        {
            let fail = |e: std::io::Error| StreamError::Failed(e.to_string());
            if *append {
                let end = file.file.metadata().map_err(fail)?.len();
                write_all_at(file, bytes, end).map_err(fail)?;
            } else {
                write_all_at(file, bytes, *offset).map_err(fail)?;
                *offset += bytes.len() as u64;
            }
            return Ok(());
        }
        match self.output(which)? {
            Descriptor::Stdout(s) | Descriptor::Stderr(s) => s
                .write(bytes)
                .map_err(|e| StreamError::Failed(e.to_string())),
            _ => Err(StreamError::Closed),
        }
    }

    fn read_bytes(
        &mut self,
        which: &Resource<InputStream>,
        len: u64,
    ) -> Result<Vec<u8>, StreamError> {
        let stream = self
            .resources
            .get_mut(which)
            .map_err(|e| StreamError::Trap(e.into()))?;
        if let InputStream::File { file, offset } = stream {
            let mut buf = vec![0; len.min(WRITE_PERMIT) as usize];
            if buf.is_empty() {
                return Ok(buf);
            }
            let n = file
                .read_at(&mut buf, *offset)
                .map_err(|e| StreamError::Failed(e.to_string()))?;
            if n == 0 {
                return Err(StreamError::Closed);
            }
            *offset += n as u64;
            buf.truncate(n);
            return Ok(buf);
        }
        let Some(Descriptor::Stdin(s)) = self.table.get_mut(0) else {
            return Err(StreamError::Closed);
        };
        let mut buf = vec![0; len.min(WRITE_PERMIT) as usize];
        if buf.is_empty() {
            return Ok(buf);
        }
        let n = s
            .read(&mut buf)
            .map_err(|e| StreamError::Failed(e.to_string()))?;
        if n == 0 {
            return Err(StreamError::Closed);
        }
        buf.truncate(n);
        Ok(buf)
    }

    fn monotonic_now(&self) -> u64 {
        self.monotonic_clock.now()
    }

    fn is_ready(&mut self, p: &Pollable) -> bool {
        match p {
            Pollable::Ready => true,
            Pollable::Stdin => self.stdin_ready(Some(Duration::ZERO)),
            Pollable::At(t) => self.monotonic_now() >= *t,
        }
    }

    /// Waits up to `timeout` until the standard input can be read without blocking.
    fn stdin_ready(&mut self, timeout: Option<Duration>) -> bool {
        match self.table.get_mut(0) {
            Some(Descriptor::Stdin(s)) => s.wait_readable(timeout),
            // Closed: a read reports it at once.
            _ => true,
        }
    }

    /// Waits until `p` is ready.
    fn block_on(&mut self, p: &Pollable) {
        match p {
            Pollable::Ready => {}
            Pollable::Stdin => {
                self.stdin_ready(None);
            }
            Pollable::At(t) => {
                let now = self.monotonic_now();
                if *t > now {
                    // Waiting for the deadline is what the guest asked for.
                    std::thread::sleep(Duration::from_nanos(*t - now));
                }
            }
        }
    }
}

impl streams::Host for WasiCtx {
    fn convert_stream_error(&mut self, err: StreamError) -> wicker::Result<streams::StreamError> {
        Ok(match err {
            StreamError::Closed => streams::StreamError::Closed,
            StreamError::Failed(msg) => {
                streams::StreamError::LastOperationFailed(self.push(IoError(msg))?)
            }
            StreamError::Trap(e) => return Err(e),
        })
    }
}

impl streams::HostInputStream for WasiCtx {
    fn read(&mut self, self_: Resource<InputStream>, len: u64) -> Result<Vec<u8>, StreamError> {
        // A non-blocking read of the standard input reads nothing while nothing is there.
        let stdin = matches!(
            self.resources
                .get(&self_)
                .map_err(|e| StreamError::Trap(e.into()))?,
            InputStream::Stdin
        );
        if stdin && !self.stdin_ready(Some(Duration::ZERO)) {
            return Ok(Vec::new());
        }
        self.read_bytes(&self_, len)
    }

    fn blocking_read(
        &mut self,
        self_: Resource<InputStream>,
        len: u64,
    ) -> Result<Vec<u8>, StreamError> {
        // Reads of the standard input block in the host already.
        self.read_bytes(&self_, len)
    }

    fn skip(&mut self, self_: Resource<InputStream>, len: u64) -> Result<u64, StreamError> {
        Ok(self.read_bytes(&self_, len)?.len() as u64)
    }

    fn blocking_skip(
        &mut self,
        self_: Resource<InputStream>,
        len: u64,
    ) -> Result<u64, StreamError> {
        self.skip(self_, len)
    }

    fn subscribe(&mut self, self_: Resource<InputStream>) -> wicker::Result<Resource<Pollable>> {
        let p = match self.resources.get(&self_)? {
            InputStream::Stdin => Pollable::Stdin,
            InputStream::File { .. } => Pollable::Ready,
        };
        self.push(p)
    }

    fn drop(&mut self, rep: Resource<InputStream>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl streams::HostOutputStream for WasiCtx {
    fn check_write(&mut self, self_: Resource<OutputStream>) -> Result<u64, StreamError> {
        self.writable(&self_)?;
        Ok(WRITE_PERMIT)
    }

    fn write(
        &mut self,
        self_: Resource<OutputStream>,
        contents: Vec<u8>,
    ) -> Result<(), StreamError> {
        self.write_bytes(&self_, &contents)
    }

    fn blocking_write_and_flush(
        &mut self,
        self_: Resource<OutputStream>,
        contents: Vec<u8>,
    ) -> Result<(), StreamError> {
        self.write_bytes(&self_, &contents)
    }

    fn flush(&mut self, self_: Resource<OutputStream>) -> Result<(), StreamError> {
        // Writes reach the host stream at once: nothing is buffered here.
        self.writable(&self_)
    }

    fn blocking_flush(&mut self, self_: Resource<OutputStream>) -> Result<(), StreamError> {
        self.writable(&self_)
    }

    fn subscribe(&mut self, _: Resource<OutputStream>) -> wicker::Result<Resource<Pollable>> {
        self.push(Pollable::Ready)
    }

    fn write_zeroes(&mut self, self_: Resource<OutputStream>, len: u64) -> Result<(), StreamError> {
        let zeroes = vec![0; len.min(WRITE_PERMIT + 1) as usize];
        self.write_bytes(&self_, &zeroes)
    }

    fn blocking_write_zeroes_and_flush(
        &mut self,
        self_: Resource<OutputStream>,
        len: u64,
    ) -> Result<(), StreamError> {
        self.write_zeroes(self_, len)
    }

    fn splice(
        &mut self,
        self_: Resource<OutputStream>,
        src: Resource<InputStream>,
        len: u64,
    ) -> Result<u64, StreamError> {
        let bytes = self.read_bytes(&src, len)?;
        self.write_bytes(&self_, &bytes)?;
        Ok(bytes.len() as u64)
    }

    fn blocking_splice(
        &mut self,
        self_: Resource<OutputStream>,
        src: Resource<InputStream>,
        len: u64,
    ) -> Result<u64, StreamError> {
        self.splice(self_, src, len)
    }

    fn drop(&mut self, rep: Resource<OutputStream>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl error::HostError for WasiCtx {
    fn to_debug_string(&mut self, self_: Resource<IoError>) -> wicker::Result<String> {
        Ok(self.resources.get(&self_)?.0.clone())
    }

    fn drop(&mut self, rep: Resource<IoError>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl error::Host for WasiCtx {}

impl poll::HostPollable for WasiCtx {
    fn ready(&mut self, self_: Resource<Pollable>) -> wicker::Result<bool> {
        let p = *self.resources.get(&self_)?;
        Ok(self.is_ready(&p))
    }

    fn block(&mut self, self_: Resource<Pollable>) -> wicker::Result<()> {
        let p = *self.resources.get(&self_)?;
        self.block_on(&p);
        Ok(())
    }

    fn drop(&mut self, rep: Resource<Pollable>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl poll::Host for WasiCtx {
    fn poll(&mut self, r#in: Vec<Resource<Pollable>>) -> wicker::Result<Vec<u32>> {
        if r#in.is_empty() {
            anyhow::bail!("`poll` needs at least one pollable");
        }
        let pollables = r#in
            .iter()
            .map(|r| self.resources.get(r).copied())
            .collect::<Result<Vec<Pollable>, _>>()?;
        loop {
            let mut ready = Vec::new();
            let mut soonest = u64::MAX;
            let mut stdin = false;
            for (i, p) in pollables.iter().enumerate() {
                if self.is_ready(p) {
                    ready.push(i as u32);
                }
                match p {
                    Pollable::At(t) => soonest = soonest.min(*t),
                    Pollable::Stdin => stdin = true,
                    Pollable::Ready => {}
                }
            }
            if !ready.is_empty() {
                return Ok(ready);
            }
            // Nothing ready: wait for the standard input or the first deadline.
            if stdin {
                let wait = (soonest != u64::MAX)
                    .then(|| Duration::from_nanos(soonest.saturating_sub(self.monotonic_now())));
                self.stdin_ready(wait);
            } else {
                self.block_on(&Pollable::At(soonest));
            }
        }
    }
}

impl cli::environment::Host for WasiCtx {
    fn get_environment(&mut self) -> wicker::Result<Vec<(String, String)>> {
        Ok(self.env.clone())
    }

    fn get_arguments(&mut self) -> wicker::Result<Vec<String>> {
        Ok(self.args.clone())
    }

    fn initial_cwd(&mut self) -> wicker::Result<Option<String>> {
        Ok(None)
    }
}

impl cli::exit::Host for WasiCtx {
    fn exit(&mut self, status: Result<(), ()>) -> wicker::Result<()> {
        Err(I32Exit(if status.is_ok() { 0 } else { 1 }).into())
    }

    fn exit_with_code(&mut self, status_code: u8) -> wicker::Result<()> {
        Err(I32Exit(i32::from(status_code)).into())
    }
}

impl cli::stdin::Host for WasiCtx {
    fn get_stdin(&mut self) -> wicker::Result<Resource<InputStream>> {
        self.push(InputStream::Stdin)
    }
}

impl cli::stdout::Host for WasiCtx {
    fn get_stdout(&mut self) -> wicker::Result<Resource<OutputStream>> {
        self.push(OutputStream::Stdout)
    }
}

impl cli::stderr::Host for WasiCtx {
    fn get_stderr(&mut self) -> wicker::Result<Resource<OutputStream>> {
        self.push(OutputStream::Stderr)
    }
}

impl cli::terminal_input::HostTerminalInput for WasiCtx {
    fn drop(&mut self, rep: Resource<TerminalInput>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl cli::terminal_input::Host for WasiCtx {}

impl cli::terminal_output::HostTerminalOutput for WasiCtx {
    fn drop(&mut self, rep: Resource<TerminalOutput>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl cli::terminal_output::Host for WasiCtx {}

impl WasiCtx {
    fn is_terminal(&mut self, fd: u32) -> bool {
        match self.table.get_mut(fd) {
            Some(Descriptor::Stdin(s)) => s.is_terminal(),
            Some(Descriptor::Stdout(s) | Descriptor::Stderr(s)) => s.is_terminal(),
            _ => false,
        }
    }
}

impl cli::terminal_stdin::Host for WasiCtx {
    fn get_terminal_stdin(&mut self) -> wicker::Result<Option<Resource<TerminalInput>>> {
        if !self.is_terminal(0) {
            return Ok(None);
        }
        Ok(Some(self.push(TerminalInput)?))
    }
}

impl cli::terminal_stdout::Host for WasiCtx {
    fn get_terminal_stdout(&mut self) -> wicker::Result<Option<Resource<TerminalOutput>>> {
        if !self.is_terminal(1) {
            return Ok(None);
        }
        Ok(Some(self.push(TerminalOutput)?))
    }
}

impl cli::terminal_stderr::Host for WasiCtx {
    fn get_terminal_stderr(&mut self) -> wicker::Result<Option<Resource<TerminalOutput>>> {
        if !self.is_terminal(2) {
            return Ok(None);
        }
        Ok(Some(self.push(TerminalOutput)?))
    }
}

impl wall_clock::Host for WasiCtx {
    fn now(&mut self) -> wicker::Result<wall_clock::Datetime> {
        let d = self.wall_clock.now();
        Ok(wall_clock::Datetime {
            seconds: d.as_secs(),
            nanoseconds: d.subsec_nanos(),
        })
    }

    fn resolution(&mut self) -> wicker::Result<wall_clock::Datetime> {
        let d = self.wall_clock.resolution();
        Ok(wall_clock::Datetime {
            seconds: d.as_secs(),
            nanoseconds: d.subsec_nanos(),
        })
    }
}

impl monotonic_clock::Host for WasiCtx {
    fn now(&mut self) -> wicker::Result<u64> {
        Ok(self.monotonic_now())
    }

    fn resolution(&mut self) -> wicker::Result<u64> {
        Ok(self.monotonic_clock.resolution())
    }

    fn subscribe_instant(&mut self, when: u64) -> wicker::Result<Resource<Pollable>> {
        self.push(Pollable::At(when))
    }

    fn subscribe_duration(&mut self, when: u64) -> wicker::Result<Resource<Pollable>> {
        let at = self.monotonic_now().saturating_add(when);
        self.push(Pollable::At(at))
    }
}

/// The most random bytes one call may ask for.
const MAX_RANDOM: u64 = 1 << 20;

impl WasiCtx {
    fn random_bytes(&mut self, len: u64) -> wicker::Result<Vec<u8>> {
        if len > MAX_RANDOM {
            anyhow::bail!("asked for {len} random bytes, more than {MAX_RANDOM}");
        }
        let mut buf = vec![0; len as usize];
        self.random.fill(&mut buf)?;
        Ok(buf)
    }
}

impl random::random::Host for WasiCtx {
    fn get_random_bytes(&mut self, len: u64) -> wicker::Result<Vec<u8>> {
        self.random_bytes(len)
    }

    fn get_random_u64(&mut self) -> wicker::Result<u64> {
        let b = self.random_bytes(8)?;
        Ok(u64::from_le_bytes(b.try_into().expect("eight bytes")))
    }
}

impl random::insecure::Host for WasiCtx {
    fn get_insecure_random_bytes(&mut self, len: u64) -> wicker::Result<Vec<u8>> {
        self.random_bytes(len)
    }

    fn get_insecure_random_u64(&mut self) -> wicker::Result<u64> {
        random::random::Host::get_random_u64(self)
    }
}

impl random::insecure_seed::Host for WasiCtx {
    fn insecure_seed(&mut self) -> wicker::Result<(u64, u64)> {
        let b = self.random_bytes(16)?;
        let (a, c) = b.split_at(8);
        Ok((
            u64::from_le_bytes(a.try_into().expect("eight bytes")),
            u64::from_le_bytes(c.try_into().expect("eight bytes")),
        ))
    }
}

/// Writes all of `bytes` to `file` at `offset`.
fn write_all_at(
    file: &crate::filesystem::File,
    mut bytes: &[u8],
    mut offset: u64,
) -> std::io::Result<()> {
    while !bytes.is_empty() {
        let n = file.write_at(bytes, offset)?;
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        bytes = &bytes[n..];
        offset += n as u64;
    }
    Ok(())
}
