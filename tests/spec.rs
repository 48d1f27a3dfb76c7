//! The WebAssembly spec test suites, run as data.
//!
//! Every `.wast` file of `tests/data/testsuite/wasm-2.0/` (with `simd/`) and of
//! `tests/data/testsuite/wasm-3.0/` (with `proposals/`) runs with the Wasm 2.0 feature set,
//! once with guard-page bounds checks and once with explicit ones: one test per suite and
//! mode, and once more with guard pages and every module loaded from its serialized
//! artifact instead of used as compiled. Files that need something wicker does not implement yet are listed, with the
//! reason, in [`EXPECTED_FAILURES`]; a test fails if an unlisted file fails or a listed file
//! passes. Each test ends by printing its failing files as list entries, ready to paste.
//!
//! `WICKER_SPEC_FILTER=substring` runs only the files whose path contains `substring`
//! (the list is then not checked for stale entries). Use `--nocapture` to see the report
//! of a passing run.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use wicker::Config;
use wicker_wast::{Outcome, WastContext};

/// Files not yet in scope, by path relative to `testsuite/`, with the proposal they need or
/// the bug that breaks them. A listed file that passes fails the run, so the list shrinks
/// as wicker grows.
#[rustfmt::skip]
const EXPECTED_FAILURES: &[(&str, &str)] = &[
    ("wasm-3.0/array.wast", "gc"),
    ("wasm-3.0/array_copy.wast", "gc"),
    ("wasm-3.0/array_fill.wast", "gc"),
    ("wasm-3.0/array_init_data.wast", "gc"),
    ("wasm-3.0/array_init_elem.wast", "gc"),
    ("wasm-3.0/array_new_data.wast", "gc"),
    ("wasm-3.0/array_new_elem.wast", "gc"),
    ("wasm-3.0/br_on_cast.wast", "gc"),
    ("wasm-3.0/br_on_cast_fail.wast", "gc"),
    ("wasm-3.0/br_on_non_null.wast", "function-references"),
    ("wasm-3.0/br_on_null.wast", "function-references"),
    ("wasm-3.0/br_table.wast", "function-references"),
    ("wasm-3.0/call_ref.wast", "function-references"),
    ("wasm-3.0/custom/name_annot.wast", "exceptions"),
    ("wasm-3.0/data.wast", "gc"),
    ("wasm-3.0/elem.wast", "function-references, gc"),
    ("wasm-3.0/extern.wast", "gc"),
    ("wasm-3.0/global.wast", "gc"),
    ("wasm-3.0/i31.wast", "gc"),
    ("wasm-3.0/imports.wast", "exceptions"),
    ("wasm-3.0/instance.wast", "gc, exceptions"),
    ("wasm-3.0/legacy/rethrow.wast", "legacy exceptions (the script parser does not read them)"),
    ("wasm-3.0/legacy/throw.wast", "legacy exceptions (the script parser does not read them)"),
    ("wasm-3.0/legacy/try_catch.wast", "legacy exceptions (the script parser does not read them)"),
    ("wasm-3.0/legacy/try_delegate.wast", "legacy exceptions (the script parser does not read them)"),
    ("wasm-3.0/linking.wast", "function-references"),
    ("wasm-3.0/local_init.wast", "function-references"),
    ("wasm-3.0/proposals/custom-descriptors/array_new_exact.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/binary-descriptors.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/br_on_cast.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/br_on_cast_desc_eq.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/br_on_cast_desc_eq_fail.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/br_on_cast_fail.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/descriptors.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/exact-casts.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/exact-func-import.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/exact.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/ref_cast_desc_eq.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/ref_get_desc.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/custom-descriptors/struct_new_desc.wast", "custom-descriptors"),
    ("wasm-3.0/proposals/threads/atomic.wast", "threads"),
    ("wasm-3.0/proposals/threads/exports.wast", "threads"),
    ("wasm-3.0/proposals/threads/imports.wast", "threads"),
    ("wasm-3.0/proposals/threads/memory.wast", "threads"),
    ("wasm-3.0/ref.wast", "function-references"),
    ("wasm-3.0/ref_as_non_null.wast", "function-references"),
    ("wasm-3.0/ref_cast.wast", "gc"),
    ("wasm-3.0/ref_eq.wast", "gc"),
    ("wasm-3.0/ref_is_null.wast", "function-references"),
    ("wasm-3.0/ref_null.wast", "gc, exceptions"),
    ("wasm-3.0/ref_test.wast", "gc"),
    ("wasm-3.0/return_call_ref.wast", "function-references"),
    ("wasm-3.0/struct.wast", "gc"),
    ("wasm-3.0/table-sub.wast", "function-references"),
    ("wasm-3.0/table.wast", "function-references"),
    ("wasm-3.0/table_init.wast", "gc"),
    ("wasm-3.0/table_init64.wast", "gc"),
    ("wasm-3.0/tag.wast", "exceptions, gc"),
    ("wasm-3.0/throw.wast", "exceptions"),
    ("wasm-3.0/throw_ref.wast", "exceptions"),
    ("wasm-3.0/try_table.wast", "exceptions, gc"),
    ("wasm-3.0/type-canon.wast", "gc"),
    ("wasm-3.0/type-equivalence.wast", "function-references, gc"),
    ("wasm-3.0/type-rec.wast", "gc"),
    ("wasm-3.0/type-subtyping.wast", "gc"),
    ("wasm-3.0/unreached-valid.wast", "function-references"),
];

#[test]
fn wasm_2_0_guard_pages() {
    run_suite(&WASM_2_0, BoundsChecks::GuardPages);
}

#[test]
fn wasm_2_0_explicit_bounds_checks() {
    run_suite(&WASM_2_0, BoundsChecks::Explicit);
}

#[test]
fn wasm_3_0_guard_pages() {
    run_suite(&WASM_3_0, BoundsChecks::GuardPages);
}

#[test]
fn wasm_3_0_explicit_bounds_checks() {
    run_suite(&WASM_3_0, BoundsChecks::Explicit);
}

/// Every module of the suites compiled, serialized and loaded from its artifact before it
/// runs.
#[test]
fn wasm_2_0_through_artifacts() {
    run_suite(&WASM_2_0, BoundsChecks::GuardPagesThroughArtifacts);
}

#[test]
fn wasm_3_0_through_artifacts() {
    run_suite(&WASM_3_0, BoundsChecks::GuardPagesThroughArtifacts);
}

/// A directory of the test suite, the subdirectories it leaves out, and whether the
/// proposals wicker implements beyond Wasm 2.0 are switched on for it.
struct Suite {
    dir: &'static str,
    skip: &'static [&'static str],
    implemented_proposals: bool,
}

/// The Wasm 2.0 release, with its SIMD tests.
const WASM_2_0: Suite = Suite {
    dir: "wasm-2.0",
    skip: &[],
    implemented_proposals: false,
};

const WASM_3_0: Suite = Suite {
    dir: "wasm-3.0",
    skip: &[],
    implemented_proposals: true,
};

/// How linear-memory accesses are checked.
#[derive(Clone, Copy, Debug)]
enum BoundsChecks {
    /// Out-of-bounds accesses hit a guard region and fault.
    GuardPages,
    /// Every access compares the address with the memory's length.
    Explicit,
    /// Guard pages, with every module loaded from its serialized artifact.
    GuardPagesThroughArtifacts,
}

/// How many scripts run at once in one test (the suites are sized for a 2-core machine).
const THREADS: usize = 2;

/// The stack of each runner thread: deep-recursion tests stop at `max_wasm_stack`, well
/// below this, but the host frames around wasm need room too.
const THREAD_STACK: usize = 8 << 20;

/// The engine configuration of the runs: the Wasm 2.0 feature set, plus (for the newer
/// suite) the later proposals wicker implements: relaxed SIMD, tail calls, multi-memory,
/// extended constant expressions, wide arithmetic and custom page sizes.
fn config(bounds_checks: BoundsChecks, implemented_proposals: bool) -> Config {
    let mut config = Config::new();
    config
        .wasm_multi_value(true)
        .wasm_bulk_memory(true)
        .wasm_reference_types(true)
        .wasm_simd(true)
        .wasm_relaxed_simd(implemented_proposals)
        .wasm_tail_call(implemented_proposals)
        .wasm_multi_memory(implemented_proposals)
        .wasm_memory64(implemented_proposals)
        .wasm_extended_const(implemented_proposals)
        .wasm_function_references(false)
        .wasm_gc(false)
        .wasm_exceptions(false)
        .wasm_threads(false)
        .wasm_custom_page_sizes(implemented_proposals)
        .wasm_wide_arithmetic(implemented_proposals)
        .explicit_bounds_checks(matches!(bounds_checks, BoundsChecks::Explicit));
    config
}

/// The vendored spec suites, `tests/data/testsuite/`.
fn testsuite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/testsuite")
}

/// The `.wast` files under `dir`, sorted, without the skipped subdirectories.
fn discover(dir: &Path, skip: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|err| panic!("cannot read `{}`: {err}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                if !skip.iter().any(|s| path.file_name() == Some(s.as_ref())) {
                    pending.push(path);
                }
            } else if path.extension().is_some_and(|ext| ext == "wast") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The result of one script.
struct FileResult {
    /// The path relative to `testsuite/`, as in [`EXPECTED_FAILURES`].
    name: String,
    outcome: Outcome,
}

/// Runs `files` on [`THREADS`] threads, each script in a fresh context.
fn run_files(
    root: &Path,
    files: &[PathBuf],
    config: &Config,
    through_artifacts: bool,
) -> Vec<FileResult> {
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut results = Vec::new();
        while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
            let name = path
                .strip_prefix(root)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/");
            let outcome = WastContext::new(config)
                .and_then(|mut cx| {
                    if through_artifacts {
                        cx.set_module_loader(std::sync::Arc::new(|engine, bytes| {
                            let artifact =
                                wicker::Module::from_binary(engine, bytes)?.serialize()?;
                            // SAFETY: the artifact was written by this engine just above.
                            unsafe { wicker::Module::deserialize(engine, &artifact) }
                        }));
                    }
                    cx.run_file(path)
                })
                .unwrap_or_else(|err| Outcome {
                    passed: 0,
                    failed: 1,
                    failures: vec![format!("{name}: {err:#}")],
                });
            results.push(FileResult { name, outcome });
        }
        results
    };
    let mut results: Vec<FileResult> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(THREAD_STACK)
                    .spawn_scoped(scope, worker)
                    .expect("spawn a runner thread")
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("a runner thread panicked"))
            .collect()
    });
    results.sort_by(|a, b| a.name.cmp(&b.name));
    results
}

fn expected_failure(name: &str) -> Option<&'static str> {
    EXPECTED_FAILURES
        .iter()
        .find(|(path, _)| *path == name)
        .map(|(_, reason)| *reason)
}

/// How many failures of an unexpectedly failing file to print.
const SHOWN_FAILURES: usize = 20;

fn run_suite(suite: &Suite, bounds_checks: BoundsChecks) {
    let root = testsuite();
    let filter = std::env::var("WICKER_SPEC_FILTER").ok();
    let files: Vec<PathBuf> = discover(&root.join(suite.dir), suite.skip)
        .into_iter()
        .filter(|path| {
            filter
                .as_deref()
                .is_none_or(|f| path.to_string_lossy().contains(f))
        })
        .collect();
    assert!(
        filter.is_some() || !files.is_empty(),
        "no .wast files found under `{}`",
        root.join(suite.dir).display()
    );

    let results = run_files(
        &root,
        &files,
        &config(bounds_checks, suite.implemented_proposals),
        matches!(bounds_checks, BoundsChecks::GuardPagesThroughArtifacts),
    );

    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut failing_entries = Vec::new();
    let (mut files_in_scope, mut files_passed) = (0, 0);
    let (mut in_scope, mut overall) = (Outcome::default(), Outcome::default());
    for FileResult { name, outcome } in results {
        let expected = expected_failure(&name);
        let passed = outcome.is_success();
        match (passed, expected) {
            (true, None) => println!("PASS {name} ({} assertions)", outcome.total()),
            (false, Some(reason)) => println!(
                "FAIL {name}: {}/{} (expected: {reason})",
                outcome.passed,
                outcome.total()
            ),
            (true, Some(reason)) => {
                println!("UNEXPECTED PASS {name} (listed: {reason}), remove it from the list");
                unexpected_passes.push(name.clone());
            }
            (false, None) => {
                println!("FAIL {name}: {}/{}", outcome.passed, outcome.total());
                for failure in outcome.failures.iter().take(SHOWN_FAILURES) {
                    println!("    {failure}");
                }
                if outcome.failures.len() > SHOWN_FAILURES {
                    println!(
                        "    ... and {} more",
                        outcome.failures.len() - SHOWN_FAILURES
                    );
                }
                unexpected_failures.push(name.clone());
            }
        }
        if !passed {
            failing_entries.push(format!(
                "    (\"{name}\", \"{}\"),",
                expected.unwrap_or("unknown")
            ));
        }
        if expected.is_none() {
            files_in_scope += 1;
            files_passed += usize::from(passed);
            in_scope.passed += outcome.passed;
            in_scope.failed += outcome.failed;
        }
        overall.merge(outcome);
    }

    // Entries for files that no longer exist would silently stop meaning anything.
    let prefix = format!("{}/", suite.dir);
    let stale: Vec<&str> = EXPECTED_FAILURES
        .iter()
        .map(|(path, _)| *path)
        .filter(|path| path.starts_with(&prefix) && !root.join(path).is_file())
        .filter(|_| filter.is_none())
        .collect();

    let mode = match bounds_checks {
        BoundsChecks::GuardPages => "guard pages",
        BoundsChecks::Explicit => "explicit bounds checks",
        BoundsChecks::GuardPagesThroughArtifacts => "guard pages, through artifacts",
    };
    println!();
    println!(
        "failing files of {} ({mode}), as EXPECTED_FAILURES entries:",
        suite.dir
    );
    for entry in &failing_entries {
        println!("{entry}");
    }
    println!();
    println!(
        "{} ({mode}): {files_passed}/{files_in_scope} files in scope passed; \
         assertions passed: {}/{} in scope, {}/{} overall",
        suite.dir,
        in_scope.passed,
        in_scope.total(),
        overall.passed,
        overall.total()
    );

    let mut problems = Vec::new();
    if !unexpected_failures.is_empty() {
        problems.push(format!("unexpected failures: {unexpected_failures:?}"));
    }
    if !unexpected_passes.is_empty() {
        problems.push(format!(
            "unexpected passes, remove from EXPECTED_FAILURES: {unexpected_passes:?}"
        ));
    }
    if !stale.is_empty() {
        problems.push(format!("EXPECTED_FAILURES names missing files: {stale:?}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
