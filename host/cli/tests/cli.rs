//! The `wicker` command, run as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn wicker(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wicker"))
        .args(args)
        .output()
        .expect("the binary runs")
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
    let out = wicker(&["run", "-W", "simd=y", path.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("proposal `simd` is not supported yet"),
        "{}",
        text(&out.stderr)
    );

    let garbage = temp_file("garbage.wasm", "\0asm\x01\0\0\0\x7f\x7f");
    let out = wicker(&["run", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("panicked"));
}
