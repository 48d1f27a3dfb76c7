//! The `wicker` command, run as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs `wicker`, its compile cache (on by default for `run`) in a directory of this test
/// run's own rather than the user's.
fn wicker(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wicker"))
        .args(args)
        .env("XDG_CACHE_HOME", cache_home())
        .output()
        .expect("the binary runs")
}

fn cache_home() -> PathBuf {
    std::env::temp_dir().join(format!("wicker-cli-cache-{}", std::process::id()))
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wicker-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn run_invokes_the_example() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let out = wicker(&["run", "--invoke", "fib", example, "20"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "6765");
}

#[test]
fn a_trap_exits_with_134_and_a_backtrace() {
    let path = temp_file(
        "trap.wat",
        r#"(module $m (func $inner unreachable) (func (export "_start") call $inner))"#,
    );
    let out = wicker(&["run", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(134));
    let err = text(&out.stderr);
    assert!(err.contains("unreachable"), "{err}");
    assert!(err.contains("m!inner"), "{err}");
}

#[test]
fn wast_exit_code_follows_assertions() {
    let good = temp_file(
        "good.wast",
        r#"(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
           (assert_return (invoke "add" (i32.const 2) (i32.const 3)) (i32.const 5))
           (assert_trap (module (func $f unreachable) (start $f)) "unreachable")"#,
    );
    let out = wicker(&["wast", good.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("3 passed, 0 failed"),
        "{}",
        text(&out.stdout)
    );

    let bad = temp_file(
        "bad.wast",
        r#"(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
           (assert_return (invoke "add" (i32.const 2) (i32.const 3)) (i32.const 6))
           (assert_trap (invoke "add" (i32.const 1) (i32.const 1)) "unreachable")
           (assert_invalid (module (func (result i32) i32.const 0)) "type mismatch")"#,
    );
    let out = wicker(&["wast", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("1 passed, 3 failed"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn unsupported_proposals_and_bad_input_are_clear_errors() {
    let path = temp_file("empty.wat", "(module)");
    let out = wicker(&["run", "-W", "threads=y", path.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("proposal `threads` is not supported yet"),
        "{}",
        text(&out.stderr)
    );

    let garbage = temp_file("garbage.wasm", "\0asm\x01\0\0\0\x7f\x7f");
    let out = wicker(&["run", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("panicked"));
}

#[test]
fn run_invokes_simd_functions() {
    let path = temp_file(
        "simd.wat",
        r#"(module
          (func (export "add") (param v128 v128) (result v128)
            (i32x4.add (local.get 0) (local.get 1)))
          (func (export "sum") (param v128) (result i32)
            (i32x4.extract_lane 0 (local.get 0))
            (i32x4.extract_lane 1 (local.get 0))
            i32.add))"#,
    );
    let path = path.to_str().unwrap();
    // Lanes 0 and 1 of i32x4: 1 + 2 and 2 + 3; printed as one 128-bit integer, as given.
    let out = wicker(&["run", "--invoke", "add", path, "0x200000001", "12884901890"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), ((5u128 << 32) | 3).to_string());
    let out = wicker(&["run", "--invoke", "sum", path, "0x0000000200000001"]);
    assert_eq!(text(&out.stdout).trim(), "3", "{}", text(&out.stderr));

    // `-W simd=n` refuses the module, with relaxed SIMD off along with it.
    let out = wicker(&["run", "-W", "simd=n", "--invoke", "sum", path, "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("SIMD"), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("relaxed"),
        "{}",
        text(&out.stderr)
    );
}

/// A component with exports to call through `--invoke`.
const COMPONENT: &str = r#"(component
  (core module $M
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (global.set $bump (i32.add (global.get $bump) (local.get 3)))
      (i32.sub (global.get $bump) (local.get 3)))
    (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
    ;; Returns its string argument as given.
    (func (export "echo") (param i32 i32) (result i32)
      (i32.store (i32.const 0) (local.get 0))
      (i32.store (i32.const 4) (local.get 1))
      (i32.const 0))
    (func (export "fail") unreachable))
  (core instance $m (instantiate $M))
  (func (export "add") (param "a" u32) (param "b" u32) (result u32)
    (canon lift (core func $m "add")))
  (func (export "echo") (param "s" string) (result string)
    (canon lift (core func $m "echo") (memory (core memory $m "mem")) (realloc (core func $m "realloc"))))
  (func (export "fail") (canon lift (core func $m "fail"))))"#;

#[test]
fn run_invokes_component_functions_with_wave_values() {
    let path = temp_file("component.wat", COMPONENT);
    let path = path.to_str().unwrap();
    let out = wicker(&["run", "--invoke", "add(40, 2)", path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "42");
    let out = wicker(&["run", "--invoke", r#"echo("a \"quoted\" ☃")"#, path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), r#""a \"quoted\" ☃""#);
    let out = wicker(&["run", "--invoke", "add(1)", path]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("takes 2 arguments"),
        "{}",
        text(&out.stderr)
    );
    let out = wicker(&["run", "--invoke", "fail", path]);
    assert_eq!(out.status.code(), Some(134), "{}", text(&out.stderr));
}

#[test]
fn run_names_a_component_import_it_cannot_supply() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/plugin.wat");
    let out = wicker(&["run", "--invoke", r#"process("x")"#, example]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("example:plugin/host"), "{err}");
}

#[test]
fn a_compiled_module_runs_with_allow_precompiled_only() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let dir = std::env::temp_dir().join(format!("wicker-cli-compile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cwasm = dir.join("fib.cwasm");
    let cwasm = cwasm.to_str().unwrap();
    let out = wicker(&["compile", example, "-o", cwasm]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = wicker(&["run", "--allow-precompiled", "--invoke", "fib", cwasm, "20"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "6765");
    // Without the flag: refused, saying why.
    let out = wicker(&["run", "--invoke", "fib", cwasm, "20"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--allow-precompiled"),
        "{}",
        text(&out.stderr)
    );
    // With other engine options than it was compiled with: refused, naming the difference.
    let out = wicker(&[
        "run",
        "--allow-precompiled",
        "--explicit-bounds-checks",
        "--invoke",
        "fib",
        cwasm,
        "20",
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("explicit-bounds-checks"),
        "{}",
        text(&out.stderr)
    );
    // Damaged: refused.
    let mut bytes = std::fs::read(cwasm).unwrap();
    let last = bytes.len() - 20;
    bytes[last] ^= 1;
    std::fs::write(cwasm, &bytes).unwrap();
    let out = wicker(&["run", "--allow-precompiled", "--invoke", "fib", cwasm, "20"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("damaged"),
        "{}",
        text(&out.stderr)
    );
    // The default output name is the input's, as `.cwasm`.
    let wat = dir.join("copy.wat");
    std::fs::copy(example, &wat).unwrap();
    let out = wicker(&["compile", wat.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir.join("copy.cwasm").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_compiled_component_runs_with_allow_precompiled_only() {
    let path = temp_file("compiled-component.wat", COMPONENT);
    let dir = std::env::temp_dir().join(format!("wicker-cli-ccompile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cwasm = dir.join("component.cwasm");
    let cwasm = cwasm.to_str().unwrap();
    let out = wicker(&["compile", path.to_str().unwrap(), "-o", cwasm]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = wicker(&[
        "run",
        "--allow-precompiled",
        "--invoke",
        r#"echo("präcompiled")"#,
        cwasm,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), r#""präcompiled""#);
    let out = wicker(&["run", "--invoke", "add(1, 2)", cwasm]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--allow-precompiled"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn run_caches_compiled_code_unless_told_not_to() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let dir = std::env::temp_dir().join(format!("wicker-cli-cachedir-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let count = || std::fs::read_dir(&dir).map_or(0, |d| d.count());
    let cache_dir = format!("cache-dir={}", dir.display());
    // Off: nothing written.
    let out = wicker(&[
        "run", "-C", "cache=n", "-C", &cache_dir, "--invoke", "fib", example, "10",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(count(), 0);
    // On by default: one entry, which the second run loads (and runs the same).
    for _ in 0..2 {
        let out = wicker(&["run", "-C", &cache_dir, "--invoke", "fib", example, "10"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout).trim(), "55");
        assert_eq!(count(), 1);
    }
    // Another setting that shapes the code: an entry of its own.
    let out = wicker(&[
        "run",
        "-C",
        &cache_dir,
        "--explicit-bounds-checks",
        "--invoke",
        "fib",
        example,
        "10",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(count(), 2);
    // The default directory is the user's cache directory.
    let home = cache_home().join("wicker");
    let _ = std::fs::remove_dir_all(&home);
    let out = wicker(&["run", "--invoke", "fib", example, "10"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_dir(&home).unwrap().count(), 1);
    // A bad option is a clear error.
    let out = wicker(&["run", "-C", "cache=maybe", "--invoke", "fib", example, "10"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("-C cache"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
