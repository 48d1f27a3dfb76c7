//! The component model's reference tests, run as data.
//!
//! Every `.wast` file of `tests/data/component-model/` outside `async/` and outside the
//! suite's own `nyi.txt` runs through the script runner. Files that need something wicker
//! does not implement yet are listed with the reason in [`EXPECTED_FAILURES`]; the test
//! fails if an unlisted file fails or a listed file passes, and prints the failing
//! directives of every file either way. Use `--nocapture` to see the report of a passing
//! run.

use std::path::{Path, PathBuf};

use wicker::Config;
use wicker_wast::{Outcome, WastContext};

/// Files not yet in scope, relative to `component-model/test/`, with what they need.
#[rustfmt::skip]
const EXPECTED_FAILURES: &[(&str, &str)] = &[
    ("binary/binary.wast", "a core subtype needs the gc proposal; one canonical-option byte \
                            is newer than the validator (wasmparser 0.263)"),
    ("linking/tags.wast", "exception tags (the exceptions proposal)"),
    ("validation/indicies.wast", "async and threading built-ins (`thread.new-indirect`, \
                                  `future.new`)"),
    ("validation/kebab.wast", "the validator (wasmparser 0.263) still treats `a1` and `a-1` \
                               as conflicting names"),
    ("values/concat.wast", "`map` types"),
    ("values/post-return.wast", "async built-ins (`task.return`, `backpressure.inc`...) in \
                                 the component every assertion instantiates"),
    ("values/variants.wast", "async built-in `task.return`"),
];

/// The vendored reference tests, `tests/data/component-model/`.
fn suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/component-model")
}

/// The files in scope: every `.wast` outside `async/` and not named in `nyi.txt`.
fn files(root: &Path) -> Vec<String> {
    let nyi = std::fs::read_to_string(root.join("nyi.txt")).unwrap_or_default();
    let nyi: Vec<&str> = nyi
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.trim().trim_start_matches("./"))
        .collect();
    let mut out = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|err| panic!("cannot read `{}`: {err}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            let name = path
                .strip_prefix(root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            if path.is_dir() {
                if name != "async" {
                    pending.push(path);
                }
            } else if name.ends_with(".wast") && !nyi.contains(&name.as_str()) {
                out.push(name);
            }
        }
    }
    out.sort();
    out
}

/// The configuration of the runs: the core features wicker implements, multi-memory
/// included (components commonly use a memory per core instance).
fn config() -> Config {
    let mut config = Config::new();
    config
        .wasm_multi_memory(true)
        .wasm_tail_call(true)
        .wasm_extended_const(true);
    config
}

#[test]
fn component_model_reference_tests() {
    run_suite(false);
}

/// The same files again, every module and component of them compiled, serialized and
/// loaded from its artifact before it is instantiated.
#[test]
fn component_model_reference_tests_through_artifacts() {
    run_suite(true);
}

fn run_suite(through_artifacts: bool) {
    let root = suite();
    let files = files(&root);
    assert!(
        files.len() >= 20,
        "expected the reference tests in {}",
        root.display()
    );
    let config = config();
    let mut problems = Vec::new();
    let (mut passed, mut failed, mut files_passed) = (0, 0, 0);
    for name in &files {
        let outcome = WastContext::new(&config)
            .and_then(|mut cx| {
                if through_artifacts {
                    cx.set_module_loader(std::sync::Arc::new(|engine, bytes| {
                        let artifact = wicker::Module::from_binary(engine, bytes)?.serialize()?;
                        // SAFETY: the artifact was written by this engine just above.
                        unsafe { wicker::Module::deserialize(engine, &artifact) }
                    }));
                    cx.set_component_loader(std::sync::Arc::new(|engine, bytes| {
                        let component = wicker::component::Component::from_binary(engine, bytes)?;
                        let artifact = component.serialize()?;
                        // SAFETY: as above.
                        unsafe { wicker::component::Component::deserialize(engine, &artifact) }
                    }));
                }
                cx.run_file(&root.join(name))
            })
            .unwrap_or_else(|err| Outcome {
                passed: 0,
                failed: 1,
                failures: vec![format!("{name}: {err:#}")],
            });
        passed += outcome.passed;
        failed += outcome.failed;
        let expected = EXPECTED_FAILURES.iter().find(|(n, _)| n == name);
        match (outcome.is_success(), expected) {
            (true, None) => files_passed += 1,
            (true, Some((_, reason))) => {
                problems.push(format!("{name} passes but is listed ({reason})"));
            }
            (false, Some((_, reason))) => {
                println!("expected failure {name} ({reason}):");
                for f in &outcome.failures {
                    println!("    {f}");
                }
            }
            (false, None) => {
                for f in &outcome.failures {
                    println!("    {f}");
                }
                problems.push(format!("{name} fails: {} failures", outcome.failed));
            }
        }
    }
    for (name, _) in EXPECTED_FAILURES {
        if !files.iter().any(|f| f == name) {
            problems.push(format!("EXPECTED_FAILURES names a missing file: {name}"));
        }
    }
    println!(
        "component-model reference tests: {files_passed}/{} files in scope pass \
         ({} listed); {passed}/{} assertions pass overall",
        files.len() - EXPECTED_FAILURES.len(),
        EXPECTED_FAILURES.len(),
        passed + failed
    );
    assert!(problems.is_empty(), "{problems:#?}");
}
