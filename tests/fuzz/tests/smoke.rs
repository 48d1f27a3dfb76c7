//! A seeded smoke run of every fuzz target: thousands of cases each, with the same seeds
//! on every run, so a failure here reproduces with `wicker-fuzz TARGET --case SEED`.

use wicker_fuzz::{Target, run};

fn smoke(target: Target, iterations: u64) {
    let stats = run(target, 1, iterations, |_, _| {});
    let failures: Vec<String> = stats
        .failures
        .iter()
        .map(|(seed, f)| format!("case {seed}: {}", f.message))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        stats.checked > iterations / 2,
        "most cases must be checked, not skipped: {stats:?}"
    );
}

#[test]
fn compile_smoke() {
    smoke(Target::Compile, 10_000);
}

#[test]
fn differential_smoke() {
    smoke(Target::Differential, 3000);
}

#[test]
fn wasi_paths_smoke() {
    smoke(Target::WasiPaths, 300);
}

#[test]
fn component_values_smoke() {
    smoke(Target::ComponentValues, 1000);
}
