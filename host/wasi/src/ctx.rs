//! `WasiCtx`, the state of one guest, and `WasiCtxBuilder`, which decides what it may reach.

use crate::clocks::{
    CpuClock, HostCpuClock, HostMonotonicClock, HostWallClock, MonotonicClock, WallClock,
};
use crate::descriptor::{Descriptor, DescriptorTable};
use crate::filesystem::{DirPerms, Directory, FilePerms};
use crate::preview1::rights;
use crate::random::{HostRandom, RandomSource};
use crate::stdio::{
    EmptyInput, InheritStderr, InheritStdin, InheritStdout, InputStream, OutputStream, Sink,
};

/// The WASI state of one guest: arguments, environment, descriptors, clocks, randomness.
///
/// Built with [`WasiCtxBuilder`]; usually kept in (or as) the store's data, and reached by
/// the host functions through the projection given to
/// [`preview1::add_to_linker`](crate::preview1::add_to_linker).
pub struct WasiCtx {
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    pub(crate) table: DescriptorTable,
    pub(crate) wall_clock: Box<dyn WallClock>,
    pub(crate) monotonic_clock: Box<dyn MonotonicClock>,
    pub(crate) cpu_clock: Box<dyn CpuClock>,
    pub(crate) random: Box<dyn RandomSource>,
    /// Preview 2 resources (streams, pollables, errors) the guest holds handles to.
    pub(crate) resources: wicker::component::ResourceTable,
}

impl std::fmt::Debug for WasiCtx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasiCtx")
            .field("args", &self.args)
            .field("env", &self.env)
            .finish_non_exhaustive()
    }
}

impl WasiCtx {
    /// A builder for a context that grants nothing yet.
    pub fn builder() -> WasiCtxBuilder {
        WasiCtxBuilder::new()
    }
}

/// The most WASI 0.2 resources (streams, pollables, descriptors...) a guest may hold at
/// once; past it, creating one fails (a `stream-error` or trap), so that a guest cannot
/// make the host's table grow without end.
const MAX_RESOURCES: usize = 1 << 20;

/// Configures a [`WasiCtx`].
///
/// Nothing is granted unless asked for: without calls, the guest has no arguments, no
/// environment variables, an empty standard input, and standard output and error that
/// discard what is written. Clocks and randomness come from the host unless replaced.
///
/// ```
/// use wicker_wasi::{MemoryInputPipe, MemoryOutputPipe, WasiCtxBuilder};
///
/// let stdout = MemoryOutputPipe::new();
/// let ctx = WasiCtxBuilder::new()
///     .args(["main.wasm", "--verbose"])
///     .env("LANG", "C")
///     .stdin(MemoryInputPipe::new("input"))
///     .stdout(stdout.clone())
///     .inherit_stderr()
///     .build();
/// # drop(ctx);
/// ```
pub struct WasiCtxBuilder {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Box<dyn InputStream>,
    stdout: Box<dyn OutputStream>,
    stderr: Box<dyn OutputStream>,
    wall_clock: Box<dyn WallClock>,
    monotonic_clock: Box<dyn MonotonicClock>,
    cpu_clock: Box<dyn CpuClock>,
    random: Box<dyn RandomSource>,
    preopens: Vec<Directory>,
}

impl Default for WasiCtxBuilder {
    fn default() -> Self {
        WasiCtxBuilder::new()
    }
}

impl std::fmt::Debug for WasiCtxBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasiCtxBuilder")
            .field("args", &self.args)
            .field("env", &self.env)
            .finish_non_exhaustive()
    }
}

impl WasiCtxBuilder {
    /// A builder that grants nothing.
    pub fn new() -> WasiCtxBuilder {
        WasiCtxBuilder {
            args: Vec::new(),
            env: Vec::new(),
            stdin: Box::new(EmptyInput),
            stdout: Box::new(Sink),
            stderr: Box::new(Sink),
            wall_clock: Box::new(HostWallClock),
            monotonic_clock: Box::new(HostMonotonicClock::new()),
            cpu_clock: Box::new(HostCpuClock),
            random: Box::new(HostRandom),
            preopens: Vec::new(),
        }
    }

    /// Appends one argument. By convention the first is the program's name.
    pub fn arg(&mut self, arg: impl AsRef<str>) -> &mut Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Appends arguments.
    pub fn args(&mut self, args: impl IntoIterator<Item = impl AsRef<str>>) -> &mut Self {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Appends the host process's arguments (those that are valid Unicode).
    pub fn inherit_args(&mut self) -> &mut Self {
        self.args
            .extend(std::env::args_os().filter_map(|a| a.into_string().ok()));
        self
    }

    /// Sets one environment variable, replacing an earlier value of the same name.
    pub fn env(&mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> &mut Self {
        let (name, value) = (name.as_ref(), value.as_ref());
        match self.env.iter_mut().find(|(n, _)| n == name) {
            Some(entry) => entry.1 = value.to_owned(),
            None => self.env.push((name.to_owned(), value.to_owned())),
        }
        self
    }

    /// Sets environment variables.
    pub fn envs(
        &mut self,
        vars: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
    ) -> &mut Self {
        for (name, value) in vars {
            self.env(name, value);
        }
        self
    }

    /// Sets every environment variable of the host process (those whose name and value are
    /// valid Unicode).
    pub fn inherit_env(&mut self) -> &mut Self {
        for (name, value) in std::env::vars_os() {
            if let (Ok(name), Ok(value)) = (name.into_string(), value.into_string()) {
                self.env(name, value);
            }
        }
        self
    }

    /// Sets the standard input.
    pub fn stdin(&mut self, stdin: impl InputStream + 'static) -> &mut Self {
        self.stdin = Box::new(stdin);
        self
    }

    /// Sets the standard output.
    pub fn stdout(&mut self, stdout: impl OutputStream + 'static) -> &mut Self {
        self.stdout = Box::new(stdout);
        self
    }

    /// Sets the standard error.
    pub fn stderr(&mut self, stderr: impl OutputStream + 'static) -> &mut Self {
        self.stderr = Box::new(stderr);
        self
    }

    /// Gives the guest the host process's standard input.
    pub fn inherit_stdin(&mut self) -> &mut Self {
        self.stdin(InheritStdin)
    }

    /// Gives the guest the host process's standard output.
    pub fn inherit_stdout(&mut self) -> &mut Self {
        self.stdout(InheritStdout)
    }

    /// Gives the guest the host process's standard error.
    pub fn inherit_stderr(&mut self) -> &mut Self {
        self.stderr(InheritStderr)
    }

    /// Gives the guest the host process's standard input, output and error.
    pub fn inherit_stdio(&mut self) -> &mut Self {
        self.inherit_stdin().inherit_stdout().inherit_stderr()
    }

    /// Replaces the wall clock.
    pub fn wall_clock(&mut self, clock: impl WallClock + 'static) -> &mut Self {
        self.wall_clock = Box::new(clock);
        self
    }

    /// Replaces the monotonic clock (which `poll_oneoff` also measures timeouts on).
    pub fn monotonic_clock(&mut self, clock: impl MonotonicClock + 'static) -> &mut Self {
        self.monotonic_clock = Box::new(clock);
        self
    }

    /// Replaces the CPU-time clocks.
    pub fn cpu_clock(&mut self, clock: impl CpuClock + 'static) -> &mut Self {
        self.cpu_clock = Box::new(clock);
        self
    }

    /// Replaces the source of `random_get`'s bytes.
    pub fn secure_random(&mut self, random: impl RandomSource + 'static) -> &mut Self {
        self.random = Box::new(random);
        self
    }

    /// Grants the guest the host directory `host_path`, which it sees as `guest_path`.
    ///
    /// Every path the guest names is resolved beneath the directory: `..` past its root,
    /// absolute paths and symbolic links that lead outside are refused. `dir_perms` says
    /// whether the guest may change the directory tree (create, remove, rename, link,
    /// set times), `file_perms` whether it may write the files it opens. Pre-opens are
    /// numbered from 3, in the order they are granted. Fails if `host_path` cannot be
    /// opened as a directory.
    ///
    /// ```
    /// use wicker_wasi::{DirPerms, FilePerms, WasiCtxBuilder};
    ///
    /// let data = std::env::temp_dir();
    /// let ctx = WasiCtxBuilder::new()
    ///     // Descriptor 3: read-write, seen by the guest as `/data`.
    ///     .preopened_dir(&data, "/data", DirPerms::all(), FilePerms::all())?
    ///     // Descriptor 4: read-only, seen as `/config`.
    ///     .preopened_dir(&data, "/config", DirPerms::READ, FilePerms::READ)?
    ///     .build();
    /// # drop(ctx);
    /// # Ok::<(), anyhow::Error>(())
    /// ```
    pub fn preopened_dir(
        &mut self,
        host_path: impl AsRef<std::path::Path>,
        guest_path: impl AsRef<str>,
        dir_perms: DirPerms,
        file_perms: FilePerms,
    ) -> anyhow::Result<&mut Self> {
        let host_path = host_path.as_ref();
        let dir = cap_std::fs::Dir::open_ambient_dir(host_path, cap_std::ambient_authority())
            .map_err(|e| anyhow::anyhow!("cannot open directory {}: {e}", host_path.display()))?;
        self.preopens.push(Directory::preopened(
            dir,
            guest_path.as_ref().to_owned(),
            dir_perms,
            file_perms,
        ));
        Ok(self)
    }

    /// Builds the context: stdin, stdout and stderr are descriptors 0, 1 and 2, and the
    /// pre-opened directories follow.
    ///
    /// The builder is left as [`WasiCtxBuilder::new`] makes it, so building twice gives a
    /// second context that grants nothing.
    pub fn build(&mut self) -> WasiCtx {
        let WasiCtxBuilder {
            args,
            env,
            stdin,
            stdout,
            stderr,
            wall_clock,
            monotonic_clock,
            cpu_clock,
            random,
            preopens,
        } = std::mem::take(self);
        let mut table = DescriptorTable::default();
        for descriptor in [
            Descriptor::Stdin(stdin),
            Descriptor::Stdout(stdout),
            Descriptor::Stderr(stderr),
        ] {
            let rights = rights::initial(&descriptor);
            table.push(descriptor, rights);
        }
        for dir in preopens {
            let descriptor = Descriptor::Directory(dir);
            let rights = rights::initial(&descriptor);
            table.push(descriptor, rights);
        }
        WasiCtx {
            args,
            env,
            table,
            wall_clock,
            monotonic_clock,
            cpu_clock,
            random,
            resources: wicker::component::ResourceTable::with_limit(MAX_RESOURCES),
        }
    }
}
