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
fn serialize_smoke() {
    smoke(Target::Serialize, 2000);
}

#[test]
fn wasi_paths_smoke() {
    smoke(Target::WasiPaths, 1000);
}

/// The libFuzzer entry point takes any input for every target, the empty one included.
#[test]
fn fuzzer_inputs_smoke() {
    let mut rng = wicker_fuzz::Rng::new(5);
    for target in Target::ALL {
        for len in [0usize, 1, 7, 64, 4096, 12_000] {
            let data = rng.bytes(len);
            if let Err(f) = wicker_fuzz::run_input(target, &data) {
                panic!("{} on {len} bytes: {}", target.name(), f.message);
            }
        }
    }
}

#[test]
fn component_values_smoke() {
    smoke(Target::ComponentValues, 1000);
}

#[test]
fn fused_adapters_smoke() {
    smoke(Target::FusedAdapters, 1000);
}
