use wicker_wasi::{I32Exit, MemoryInputPipe, MemoryOutputPipe, WasiCtxBuilder};

use crate::harness::run_start;

/// Copies stdin to stdout until the end of input, then exits with the number of reads
/// that returned data.
const CAT: &str = r#"
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (local $n i32) (local $reads i32)
    ;; iovec at 0: 7 bytes at 1024, so that longer input takes several reads.
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 7))
    (loop $copy
      (if (call $read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8))
        (then unreachable))
      (local.set $n (i32.load (i32.const 8)))
      (if (local.get $n)
        (then
          (local.set $reads (i32.add (local.get $reads) (i32.const 1)))
          (i32.store (i32.const 16) (i32.const 1024))
          (i32.store (i32.const 20) (local.get $n))
          (if (call $write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 8))
            (then unreachable))
          (br $copy))))
    (call $exit (local.get $reads))))
"#;

#[test]
fn cat_copies_stdin_to_stdout() {
    let stdout = MemoryOutputPipe::new();
    let input = "the quick brown fox jumps over the lazy dog\n";
    let err = run_start(
        CAT,
        WasiCtxBuilder::new()
            .stdin(MemoryInputPipe::new(input))
            .stdout(stdout.clone()),
    )
    .unwrap_err();
    assert_eq!(stdout.contents(), input.as_bytes());
    assert_eq!(
        err.downcast_ref::<I32Exit>(),
        Some(&I32Exit(input.len().div_ceil(7) as i32))
    );
}

/// Prints its arguments after the first and `$GREETING`, separated by spaces, to stderr.
const ECHO: &str = r#"
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $strlen (param $p i32) (result i32)
    (local $n i32)
    (block $done
      (loop $scan
        (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $scan)))
    (local.get $n))
  (func $print (param $p i32)
    (i32.store (i32.const 0) (local.get $p))
    (i32.store (i32.const 4) (call $strlen (local.get $p)))
    (i32.store (i32.const 8) (i32.const 32))
    (i32.store (i32.const 12) (i32.const 1))
    (drop (call $write (i32.const 2) (i32.const 0) (i32.const 2) (i32.const 16))))
  (func (export "_start")
    (local $i i32) (local $argc i32)
    (i32.store8 (i32.const 32) (i32.const 32))
    (drop (call $args_sizes (i32.const 20) (i32.const 24)))
    (local.set $argc (i32.load (i32.const 20)))
    (drop (call $args (i32.const 1000) (i32.const 2000)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
        (call $print (i32.load (i32.add (i32.const 1000) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    ;; The only environment variable, after its `GREETING=`.
    (drop (call $environ (i32.const 3000) (i32.const 4000)))
    (call $print (i32.add (i32.load (i32.const 3000)) (i32.const 9)))))
"#;

#[test]
fn echo_prints_args_and_env() {
    let stderr = MemoryOutputPipe::new();
    run_start(
        ECHO,
        WasiCtxBuilder::new()
            .args(["echo", "one", "two"])
            .env("GREETING", "hi")
            .stderr(stderr.clone()),
    )
    .unwrap();
    assert_eq!(String::from_utf8(stderr.contents()).unwrap(), "one two hi ");
}
