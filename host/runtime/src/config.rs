//! Engine configuration.

use anyhow::{Result, bail};
use wicker_environ::Features;

/// How an [`Engine`](crate::Engine) compiles and runs code.
///
/// ```
/// let mut config = wicker::Config::new();
/// config.consume_fuel(true).max_wasm_stack(256 << 10);
/// let engine = wicker::Engine::new(&config)?;
/// # Ok::<(), anyhow::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) features: Features,
    pub(crate) explicit_bounds_checks: bool,
    pub(crate) max_wasm_stack: usize,
    pub(crate) consume_fuel: bool,
    pub(crate) epoch_interruption: bool,
    pub(crate) verify: bool,
    pub(crate) max_component_handles: usize,
    pub(crate) parallel_compilation: bool,
    pub(crate) max_component_copy: u64,
    pub(crate) cache: Option<crate::CacheConfig>,
    pub(crate) progress: Option<crate::progress::ProgressCallback>,
    pub(crate) fused_adapters: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            features: Features::default(),
            explicit_bounds_checks: false,
            max_wasm_stack: 512 << 10,
            consume_fuel: false,
            epoch_interruption: false,
            verify: cfg!(debug_assertions),
            max_component_handles: 1 << 20,
            parallel_compilation: true,
            max_component_copy: 1 << 30,
            cache: None,
            progress: None,
            fused_adapters: true,
        }
    }
}

macro_rules! feature_setters {
    ($($(#[$doc:meta])* $method:ident => $field:ident;)*) => {$(
        $(#[$doc])*
        pub fn $method(&mut self, enable: bool) -> &mut Self {
            self.features.$field = enable;
            self
        }
    )*};
}

impl Config {
    /// The default configuration: the WebAssembly 2.0 feature set, plus the standardized
    /// proposals wicker implements (relaxed SIMD, tail calls, multi-memory, extended
    /// constant expressions); guard pages instead of bounds checks, a 512 KiB wasm
    /// stack, no fuel, no epochs.
    pub fn new() -> Config {
        Config::default()
    }

    feature_setters! {
        /// Fixed-width 128-bit SIMD (`v128`; on by default, as in Wasm 2.0).
        wasm_simd => simd;
        /// Relaxed SIMD (on by default, as in Wasm 3.0; needs [`Config::wasm_simd`]). Each
        /// relaxed operator has one behaviour per machine, the same for every module and
        /// every run: on x86-64 the instruction the operator was designed around
        /// (`pshufb`, `cvttps2dq`, `pmulhrsw`, `pmaddubsw`, `blendv`, and a fused
        /// multiply-add where the processor has FMA), elsewhere the deterministic operator
        /// it relaxes.
        wasm_relaxed_simd => relaxed_simd;
        /// The tail-call proposal (on by default).
        wasm_tail_call => tail_call;
        /// The multi-memory proposal (on by default).
        wasm_multi_memory => multi_memory;
        /// 64-bit memories and tables (memory64; off by default): `i64` addresses and
        /// indices, always checked in code; a 64-bit memory reserves 64 GiB, the most it
        /// grows to.
        wasm_memory64 => memory64;
        /// The extended constant expressions proposal (on by default).
        wasm_extended_const => extended_const;
        /// The typed function references proposal (not supported yet).
        wasm_function_references => function_references;
        /// The garbage collection proposal (not supported yet).
        wasm_gc => gc;
        /// The exception handling proposal (not supported yet).
        wasm_exceptions => exceptions;
        /// The threads proposal (not supported yet).
        wasm_threads => threads;
        /// Multiple results and block parameters (on by default).
        wasm_multi_value => multi_value;
        /// Bulk memory operations (on by default).
        wasm_bulk_memory => bulk_memory;
        /// Reference types (on by default).
        wasm_reference_types => reference_types;
        /// Custom page sizes: memories of one-byte pages beside the 64 KiB ones (off by
        /// default, as the proposal is not standardized yet). Accesses to such a memory are
        /// always bounds-checked in code, guard pages or not.
        wasm_custom_page_sizes => custom_page_sizes;
        /// Wide arithmetic: 128-bit addition and subtraction over pairs of `i64`s, and the
        /// full 128-bit product of two `i64`s (off by default, as the proposal is not
        /// standardized yet).
        wasm_wide_arithmetic => wide_arithmetic;
    }

    /// Checks every memory access with explicit compare-and-trap code instead of relying on
    /// a 4 GiB reservation with guard pages. Slower, but uses little address space.
    pub fn explicit_bounds_checks(&mut self, enable: bool) -> &mut Self {
        self.explicit_bounds_checks = enable;
        self
    }

    /// The most stack wasm code may use before it traps with a stack overflow.
    pub fn max_wasm_stack(&mut self, bytes: usize) -> &mut Self {
        self.max_wasm_stack = bytes;
        self
    }

    /// The most resource handles one component instance may hold at once (1 Mi by default,
    /// at most 2^28 - 1): past it, creating a handle traps, so that a guest cannot make the
    /// host hold an unbounded table.
    pub fn max_component_handles(&mut self, handles: usize) -> &mut Self {
        self.max_component_handles = handles;
        self
    }

    /// The most host memory the values one component call passes in one direction may
    /// take while they are copied through the host (1 GiB by default): the strings, lists
    /// and names a guest passes to the host or to another component are copied, so a guest
    /// that names one large string from many list entries cannot make the host allocate
    /// without end; past it, the call traps before the memory is allocated. The default
    /// holds the longest string the canonical ABI allows twice over. A fused call between
    /// components (see [`Config::fused_adapters`]) copies from one guest memory into the
    /// other with no host memory at all, and is not charged.
    pub fn max_component_copy(&mut self, bytes: u64) -> &mut Self {
        self.max_component_copy = bytes;
        self
    }

    /// Keeps compiled modules and components in an on-disk cache (none by default):
    /// [`Module::new`](crate::Module::new), [`Module::from_binary`](crate::Module::from_binary),
    /// [`Component::new`](crate::component::Component::new) and the like load an input's
    /// compiled form from the cache when it has one for the same bytes and the same
    /// compile-affecting settings, and store it there after compiling otherwise.
    ///
    /// What the cache holds is machine code that runs as it is: its directory must be
    /// writable only by those trusted to run code in this process (the user's own cache
    /// directory, [`CacheConfig::user_default`](crate::CacheConfig::user_default), is).
    /// Damaged or truncated entries are detected and compiled again.
    pub fn cache(&mut self, cache: Option<crate::CacheConfig>) -> &mut Self {
        self.cache = cache;
        self
    }

    /// Calls `callback` as a module or component compiles, with the number of functions
    /// compiled so far and in all: at the start, each time another percent is done, and at
    /// the end (at most 101 times per compilation, from whichever thread compiled the
    /// function). Loading from the cache or an artifact reports nothing.
    pub fn compile_progress(
        &mut self,
        callback: impl Fn(crate::CompileProgress) + Send + Sync + 'static,
    ) -> &mut Self {
        self.progress = Some(crate::progress::ProgressCallback(std::sync::Arc::new(
            callback,
        )));
        self
    }

    /// Compiles calls from one component instance to another into fused adapters (on by
    /// default; a call whose values hold an `error-context`, or handles whose resource
    /// types differ between the two sides, still goes through the host):
    /// compiled code that lifts the caller's values and lowers them into the callee
    /// (copying strings and lists from memory to memory, transcoding strings between
    /// encodings, moving and lending handles) and calls it, with the canonical ABI's
    /// checks, `realloc` calls and traps, and no host value on the call. Its copies
    /// are not charged to [`Config::max_component_copy`]: they are made in the callee's
    /// memory, within that memory's limits. Off, every such call goes through the host,
    /// as calls of other types do.
    pub fn fused_adapters(&mut self, enable: bool) -> &mut Self {
        self.fused_adapters = enable;
        self
    }

    /// Compiles a module's functions on several threads (on by default); off, they are
    /// compiled one after another on the calling thread.
    pub fn parallel_compilation(&mut self, enable: bool) -> &mut Self {
        self.parallel_compilation = enable;
        self
    }

    /// Counts fuel as code runs, so that a store's fuel bounds the work a guest can do.
    pub fn consume_fuel(&mut self, enable: bool) -> &mut Self {
        self.consume_fuel = enable;
        self
    }

    /// Checks an epoch deadline at function entries and loop headers, so that another
    /// thread can interrupt running code with [`Engine::increment_epoch`](crate::Engine::increment_epoch).
    pub fn epoch_interruption(&mut self, enable: bool) -> &mut Self {
        self.epoch_interruption = enable;
        self
    }

    /// Runs the code generator's IR verifier on everything compiled (slow; on by default in
    /// debug builds).
    pub fn cranelift_verifier(&mut self, enable: bool) -> &mut Self {
        self.verify = enable;
        self
    }

    pub(crate) fn validate(&self) -> Result<()> {
        let unsupported = self.features.unsupported();
        if let Some(first) = unsupported.first() {
            bail!("proposal `{first}` is not supported yet");
        }
        if self.features.relaxed_simd && !self.features.simd {
            bail!(
                "the relaxed SIMD proposal needs SIMD: enable `wasm_simd` or disable `wasm_relaxed_simd`"
            );
        }
        if self.max_wasm_stack < 4096 {
            bail!(
                "max_wasm_stack must be at least 4096 bytes, found {}",
                self.max_wasm_stack
            );
        }
        Ok(())
    }
}
