//! Fuzz targets for wicker, and the seeded driver that runs them on stable Rust.
//!
//! Each target turns one case seed into an input, runs it, and says whether wicker did
//! what it must: [`compile`] feeds arbitrary and mutated bytes to validation and
//! compilation, which must refuse or accept them without a panic; [`differential`]
//! generates valid modules with `wasm-smith` and compares every exported function's
//! results, traps and the final exported state with `wasmi`, an independent interpreter,
//! and with wicker in the other bounds-check mode; [`wasi_paths`] gives random paths to the
//! path functions, which must never reach outside their pre-open; [`serialize`] alters
//! compiled artifacts, which must be refused; [`component_values`] sends random values of
//! random interface types from the host through components and back, through the dynamic
//! and the typed API, and they must come back unchanged, as the canonical ABI lays them out
//! on the way; [`fused_adapters`] passes garbage between two components, and the fused
//! call must end as the call through the host does. A run is deterministic from its seed; a failing case is written out as a
//! reproducer that [`run_case`] replays.

#![deny(unsafe_code)]

pub mod compile;
pub mod component_values;
pub mod differential;
pub mod fused_adapters;
pub mod rng;
pub mod serialize;
#[cfg(unix)]
pub mod wasi_paths;

pub use rng::Rng;

/// A fuzz target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Arbitrary and mutated module bytes through validation and compilation.
    Compile,
    /// Generated modules run by wicker and by `wasmi`, compared.
    Differential,
    /// Random paths through the preview 1 path functions never reach outside a pre-open.
    WasiPaths,
    /// Altered compiled artifacts are refused.
    Serialize,
    /// Random component values round-trip between the host and components unchanged.
    ComponentValues,
    /// Garbage between two components: fused calls end as calls through the host do.
    FusedAdapters,
}

impl Target {
    /// Every target.
    pub const ALL: [Target; 6] = [
        Target::Compile,
        Target::Differential,
        Target::WasiPaths,
        Target::Serialize,
        Target::ComponentValues,
        Target::FusedAdapters,
    ];

    /// The target's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Target::Compile => "compile",
            Target::Differential => "differential",
            Target::WasiPaths => "wasi-paths",
            Target::Serialize => "serialize",
            Target::ComponentValues => "component-values",
            Target::FusedAdapters => "fused-adapters",
        }
    }

    /// The file extension of the target's reproducers: components are written as text.
    pub fn extension(self) -> &'static str {
        match self {
            Target::ComponentValues | Target::FusedAdapters => "wat",
            _ => "wasm",
        }
    }

    /// The target named `name`.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// What one case did when it passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    /// The input was checked.
    Checked,
    /// The input could not be checked (the generator ran out of data, or the engines may
    /// rightly differ, as on a stack overflow); it counts apart.
    Skipped,
}

/// A case that found a bug: what went wrong, and the input that shows it.
#[derive(Debug, Clone)]
pub struct Failure {
    /// What went wrong.
    pub message: String,
    /// The input (a module's bytes) that reproduces it.
    pub input: Vec<u8>,
}

/// Runs case `seed` of `target`.
pub fn run_case(target: Target, seed: u64) -> Result<Passed, Failure> {
    let case = || match target {
        Target::Compile => compile::case(seed),
        Target::Differential => differential::case(seed),
        #[cfg(unix)]
        Target::WasiPaths => wasi_paths::case(seed),
        #[cfg(not(unix))]
        Target::WasiPaths => Ok(Passed::Skipped),
        Target::Serialize => serialize::case(seed),
        Target::ComponentValues => component_values::case(seed),
        Target::FusedAdapters => fused_adapters::case(seed),
    };
    // A panic anywhere in a case is a failure of the case, not of the run.
    no_panic(case).unwrap_or_else(|message| {
        Err(Failure {
            message,
            input: Vec::new(),
        })
    })
}

/// Runs `target` on `data`, an input from a coverage-guided fuzzer: module bytes for
/// `compile`, generator input for `differential`, and the seed of a case (its first eight
/// bytes) for the others.
pub fn run_input(target: Target, data: &[u8]) -> Result<Passed, Failure> {
    let seed = || {
        let mut b = [0u8; 8];
        let n = data.len().min(8);
        b[..n].copy_from_slice(&data[..n]);
        u64::from_le_bytes(b)
    };
    let case = || match target {
        Target::Compile => compile::check(data.to_vec()),
        Target::Differential => differential::case_from_data(data),
        _ => run_case(target, seed()),
    };
    no_panic(case).unwrap_or_else(|message| {
        Err(Failure {
            message,
            input: data.to_vec(),
        })
    })
}

/// The figures of a run.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Cases checked.
    pub checked: u64,
    /// Cases skipped.
    pub skipped: u64,
    /// Cases that failed, with their seeds.
    pub failures: Vec<(u64, Failure)>,
}

/// Runs `iterations` cases of `target` from `seed`; `on_failure` sees each failing case
/// as it happens.
pub fn run(
    target: Target,
    seed: u64,
    iterations: u64,
    on_failure: impl FnMut(u64, &Failure),
) -> Stats {
    let mut stats = Stats::default();
    run_range(target, seed, 0..iterations, &mut stats, on_failure);
    stats
}

/// Runs cases `cases` (positions in the run with seed `seed`) of `target`, adding to
/// `stats`; a long run is a sequence of ranges, with figures printed between them.
pub fn run_range(
    target: Target,
    seed: u64,
    cases: std::ops::Range<u64>,
    stats: &mut Stats,
    mut on_failure: impl FnMut(u64, &Failure),
) {
    for i in cases {
        let case_seed = Rng::case_seed(seed, i);
        match run_case(target, case_seed) {
            Ok(Passed::Checked) => stats.checked += 1,
            Ok(Passed::Skipped) => stats.skipped += 1,
            Err(failure) => {
                on_failure(case_seed, &failure);
                stats.failures.push((case_seed, failure));
            }
        }
    }
}

/// Runs `f`, turning a panic into a failure message.
pub(crate) fn no_panic<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("panicked: {message}")
    })
}
