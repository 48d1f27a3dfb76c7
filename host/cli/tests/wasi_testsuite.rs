//! The official WASI test suite's preview 1 programs (vendored in
//! `tests/data/wasi-testsuite/`), each run by the `wicker` binary the way the suite's own
//! runner runs a runtime: in a fresh copy of its test directory, with the arguments,
//! environment and pre-opened directories (`--dir D::D`) its `.json` file gives, checking
//! the exit code and, where given, the standard output.
//!
//! The same programs run a second time as WASI 0.2 components, each turned into one with
//! the preview 1 adapter, so that the suite also checks `wasi:filesystem`, `wasi:cli` and
//! the other WASI 0.2 interfaces.
//!
//! Programs that need something this runner cannot give are listed in [`SKIPPED`] (and
//! [`SKIPPED_AS_COMPONENTS`]) with the reason; a listed program is still run and must
//! fail, so a stale entry is noticed.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Programs not expected to pass, with the reason. Each entry is `language/name`.
const SKIPPED: &[(&str, &str)] = &[];

/// Programs not expected to pass as WASI 0.2 components, with the reason. Each is a
/// behaviour of the preview 1 adapter inside the component, not of the host: the same
/// program passes as a core module above.
const SKIPPED_AS_COMPONENTS: &[(&str, &str)] = &[
    (
        "assemblyscript/args_get-multiple-arguments",
        "the adapter's `args_get` fails an assertion of its own with AssemblyScript's buffer \
         (argv and its strings in one allocation); a Rust program given the same arguments \
         through the adapter reads them all",
    ),
    (
        "assemblyscript/environ_get-multiple-variables",
        "the adapter's `environ_get` fails the same assertion with AssemblyScript's buffer",
    ),
    (
        "assemblyscript/fd_write-to-invalid-fd",
        "the adapter answers a write of no iovecs with success before it looks at the \
         descriptor; the program expects `EBADF`",
    ),
    (
        "assemblyscript/proc_exit-failure",
        "the adapter turns `proc_exit(33)` into `wasi:cli/exit.exit(err)`, whose exit status \
         is 1",
    ),
];

/// What a program's `.json` file asks for.
#[derive(Debug, Default)]
struct Spec {
    args: Vec<String>,
    env: Vec<(String, String)>,
    dirs: Vec<String>,
    exit_code: i32,
    stdout: Option<String>,
}

impl Spec {
    /// Reads `X.json` beside `X.wasm`; a program without one runs with no arguments and
    /// must exit with 0.
    fn of(wasm: &Path) -> Spec {
        let json = wasm.with_extension("json");
        let Ok(text) = std::fs::read_to_string(&json) else {
            return Spec::default();
        };
        let value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|err| panic!("`{}` is not JSON: {err}", json.display()));
        let strings = |key: &str| -> Vec<String> {
            value[key]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .map(|item| item.as_str().expect("a string").to_owned())
                        .collect()
                })
                .unwrap_or_default()
        };
        let env = value["env"]
            .as_object()
            .map(|vars| {
                vars.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().expect("a string").to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            value.get("operations").is_none(),
            "`{}`: the `operations` form is not read by this runner yet",
            json.display()
        );
        Spec {
            args: strings("args"),
            env,
            dirs: strings("dirs"),
            exit_code: value["exit_code"].as_i64().map_or(0, |code| code as i32),
            stdout: value["stdout"].as_str().map(str::to_owned),
        }
    }
}

/// The vendored suite.
fn suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/wasi-testsuite")
}

/// Copies `from` into `to` recursively, leaving every copy writable (the vendored data may
/// be read-only, and the filesystem programs create and delete files in it).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else if kind.is_symlink() {
            let link = std::fs::read_link(entry.path()).unwrap();
            std::os::unix::fs::symlink(link, &target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            let mut perms = std::fs::metadata(&target).unwrap().permissions();
            #[expect(
                clippy::permissions_set_readonly_false,
                reason = "the copy is a scratch directory of this test only"
            )]
            perms.set_readonly(false);
            std::fs::set_permissions(&target, perms).unwrap();
        }
    }
}

/// Runs one program (`program`, which is `wasm` itself or the component made of it);
/// `Err` says how it failed.
fn run(wasm: &Path, program: &Path, scratch: &Path) -> Result<(), String> {
    let spec = Spec::of(wasm);
    let dir = wasm.parent().unwrap();
    // A fresh copy of the program's directory (its data folders, not the other programs).
    let work = scratch.join(wasm.file_stem().unwrap());
    std::fs::create_dir_all(&work).unwrap();
    for name in &spec.dirs {
        copy_dir(&dir.join(name), &work.join(name));
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_wicker"));
    command.current_dir(&work).arg("run");
    // The compile cache in a directory of this test run's own.
    command.env(
        "XDG_CACHE_HOME",
        std::env::temp_dir().join(format!("wicker-testsuite-cache-{}", std::process::id())),
    );
    for name in &spec.dirs {
        command.arg("--dir").arg(format!("{name}::{name}"));
    }
    for (key, value) in &spec.env {
        command.arg("--env").arg(format!("{key}={value}"));
    }
    // The program's name (its first argument) is the suite's file name either way.
    command.arg(program).args(&spec.args);
    let output = command.output().expect("the binary runs");
    let status = output.status.code();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if status != Some(spec.exit_code) {
        return Err(format!(
            "exit code {status:?}, expected {}\n  stdout: {}\n  stderr: {}",
            spec.exit_code,
            stdout.trim_end(),
            stderr.trim_end()
        ));
    }
    if let Some(expected) = &spec.stdout
        && stdout != *expected
    {
        return Err(format!("stdout {stdout:?}, expected {expected:?}"));
    }
    Ok(())
}

/// The suite's 72 programs, by language, sorted.
fn programs() -> Vec<(&'static str, PathBuf)> {
    let mut programs = Vec::new();
    for language in ["assemblyscript", "c", "rust"] {
        let dir = suite().join(language).join("wasm32-wasip1");
        let mut wasms: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|err| panic!("cannot read `{}`: {err}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "wasm"))
            .collect();
        wasms.sort();
        programs.extend(wasms.into_iter().map(|wasm| (language, wasm)));
    }
    assert_eq!(programs.len(), 72, "the suite has 72 programs");
    programs
}

/// Runs every program (`prepare` gives what to run for each) and checks the outcomes
/// against `skipped`.
fn run_suite(
    label: &str,
    skipped: &[(&str, &str)],
    prepare: impl Fn(&Path, &Path) -> Result<PathBuf, String>,
) {
    let scratch = std::env::temp_dir().join(format!(
        "wicker-wasi-testsuite-{label}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&scratch);
    let mut failures = Vec::new();
    let mut stale = Vec::new();
    let mut passed = 0;
    for (language, wasm) in &programs() {
        let name = format!("{language}/{}", wasm.file_stem().unwrap().to_string_lossy());
        let listed = skipped.iter().find(|(skip, _)| *skip == name);
        let work = scratch.join(language);
        std::fs::create_dir_all(&work).unwrap();
        let result = prepare(wasm, &work).and_then(|program| run(wasm, &program, &work));
        match (result, listed) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => stale.push(name),
            (Err(_), Some(_)) => {}
            (Err(why), None) => failures.push(format!("{name}: {why}")),
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "wasi-testsuite ({label}): {passed} passed, {} failed, {} skipped",
        failures.len(),
        skipped.len()
    );
    for (name, why) in skipped {
        println!("  skipped {name}: {why}");
    }
    assert!(
        failures.is_empty() && stale.is_empty(),
        "failing programs:\n{}\nlisted as skipped but passing: {stale:?}",
        failures.join("\n")
    );
}

#[test]
fn wasi_testsuite_preview1() {
    run_suite("preview 1", SKIPPED, |wasm, _| Ok(wasm.to_path_buf()));
}

#[test]
fn wasi_testsuite_as_wasi_0_2_components() {
    use wasi_preview1_component_adapter_provider::{
        WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
    };
    run_suite("WASI 0.2", SKIPPED_AS_COMPONENTS, |wasm, work| {
        let module = std::fs::read(wasm).map_err(|e| e.to_string())?;
        let component = wit_component::ComponentEncoder::default()
            .module(&module)
            .and_then(|encoder| {
                encoder.adapter(
                    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME,
                    WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
                )
            })
            .and_then(|encoder| encoder.validate(true).encode())
            .map_err(|e| format!("cannot make a component: {e:#}"))?;
        let path = work.join(wasm.file_name().unwrap());
        std::fs::write(&path, component).map_err(|e| e.to_string())?;
        Ok(path)
    });
}
