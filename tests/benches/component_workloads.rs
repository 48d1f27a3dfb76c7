//! The component benchmark workloads, written against the component API names wicker
//! shares with other runtimes of the same shape (`super::rt`), so that one source
//! measures both sides.

use super::rt;
use rt::component::{Component, Linker};
use std::time::Instant;

/// Runs `f` `iters` times, `rounds` times over, and returns the best time per iteration in
/// seconds.
fn best_of(rounds: usize, iters: u32, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let start = Instant::now();
        for _ in 0..iters {
            f();
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(iters));
    }
    best
}

/// A guest with an empty export, a loop calling an empty import, and echoes of a string
/// and a byte list. Its allocator hands out memory from a bump pointer that the
/// post-return functions reset, as a guest that frees its results would.
const GUEST: &str = r#"(component
  (import "nop" (func $nop))
  (core module $Libc
    (memory (export "mem") 32)
    (global $bump (mut i32) (i32.const 64))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      (local.set $p (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8)))
      (global.set $bump (i32.add (local.get $p) (local.get 3)))
      (local.get $p))
    (func (export "reset") (param i32) (global.set $bump (i32.const 64))))
  (core instance $libc (instantiate $Libc))
  (core func $nop' (canon lower (func $nop)))
  (core module $M
    (import "" "nop" (func $nop))
    (import "libc" "mem" (memory 1))
    (func (export "nop"))
    (func (export "call-host") (param $n i32)
      (loop $l
        (call $nop)
        (local.tee $n (i32.sub (local.get $n) (i32.const 1)))
        (br_if $l)))
    (func (export "echo") (param i32 i32) (result i32)
      (i32.store (i32.const 0) (local.get 0))
      (i32.store (i32.const 4) (local.get 1))
      (i32.const 0)))
  (core instance $m (instantiate $M
    (with "" (instance (export "nop" (func $nop'))))
    (with "libc" (instance $libc))))
  (func (export "nop") (canon lift (core func $m "nop")))
  (func (export "call-host") (param "n" u32) (canon lift (core func $m "call-host")))
  (func (export "echo-string") (param "s" string) (result string)
    (canon lift (core func $m "echo") (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc")) (post-return (core func $libc "reset"))))
  (func (export "echo-bytes") (param "b" (list u8)) (result (list u8))
    (canon lift (core func $m "echo") (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc")) (post-return (core func $libc "reset")))))"#;

/// Two components composed in one: `run(n)` of the second calls the first's empty export
/// `n` times.
const COMPOSED: &str = r#"(component
  (component $A
    (core module $M (func (export "nop")))
    (core instance $m (instantiate $M))
    (func (export "nop") (canon lift (core func $m "nop"))))
  (component $B
    (import "nop" (func $nop))
    (core func $nop' (canon lower (func $nop)))
    (core module $M
      (import "" "nop" (func $nop))
      (func (export "run") (param $n i32)
        (loop $l
          (call $nop)
          (local.tee $n (i32.sub (local.get $n) (i32.const 1)))
          (br_if $l))))
    (core instance $m (instantiate $M (with "" (instance (export "nop" (func $nop'))))))
    (func (export "run") (param "n" u32) (canon lift (core func $m "run"))))
  (instance $a (instantiate $A))
  (instance $b (instantiate $B (with "nop" (func $a "nop"))))
  (export "run" (func $b "run")))"#;

/// Two components composed in one: `run-string(n, len)` and `run-bytes(n, len)` of the
/// second echo `len` bytes (a string of NULs, or a byte list) through the first's echoes
/// `n` times. Both allocate from bump pointers: the callee's post-return resets its own,
/// the caller resets its own before each call.
const COMPOSED_ECHO: &str = r#"(component
  (component $A
    (core module $Libc
      (memory (export "mem") 40)
      (global $bump (mut i32) (i32.const 64))
      (func (export "realloc") (param i32 i32 i32 i32) (result i32)
        (local $p i32)
        (local.set $p (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8)))
        (global.set $bump (i32.add (local.get $p) (local.get 3)))
        (local.get $p))
      (func (export "reset") (param i32) (global.set $bump (i32.const 64))))
    (core instance $libc (instantiate $Libc))
    (core module $M
      (import "libc" "mem" (memory 1))
      (func (export "echo") (param i32 i32) (result i32)
        (i32.store (i32.const 0) (local.get 0))
        (i32.store (i32.const 4) (local.get 1))
        (i32.const 0)))
    (core instance $m (instantiate $M (with "libc" (instance $libc))))
    (func (export "echo-string") (param "s" string) (result string)
      (canon lift (core func $m "echo") (memory (core memory $libc "mem"))
        (realloc (core func $libc "realloc")) (post-return (core func $libc "reset"))))
    (func (export "echo-bytes") (param "b" (list u8)) (result (list u8))
      (canon lift (core func $m "echo") (memory (core memory $libc "mem"))
        (realloc (core func $libc "realloc")) (post-return (core func $libc "reset")))))
  (component $B
    (import "echo-string" (func $es (param "s" string) (result string)))
    (import "echo-bytes" (func $eb (param "b" (list u8)) (result (list u8))))
    (core module $Libc
      (memory (export "mem") 40)
      (global $bump (mut i32) (i32.const 0x110000))
      (func (export "realloc") (param i32 i32 i32 i32) (result i32)
        (local $p i32)
        (local.set $p (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8)))
        (global.set $bump (i32.add (local.get $p) (local.get 3)))
        (local.get $p))
      (func (export "reset") (global.set $bump (i32.const 0x110000))))
    (core instance $libc (instantiate $Libc))
    (core func $es' (canon lower (func $es) (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc"))))
    (core func $eb' (canon lower (func $eb) (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc"))))
    (core module $M
      (import "" "es" (func $es (param i32 i32 i32)))
      (import "" "eb" (func $eb (param i32 i32 i32)))
      (import "" "reset" (func $reset))
      (func (export "run-string") (param $n i32) (param $len i32)
        (loop $l
          (call $reset)
          (call $es (i32.const 0x1000) (local.get $len) (i32.const 16))
          (local.tee $n (i32.sub (local.get $n) (i32.const 1)))
          (br_if $l)))
      (func (export "run-bytes") (param $n i32) (param $len i32)
        (loop $l
          (call $reset)
          (call $eb (i32.const 0x1000) (local.get $len) (i32.const 16))
          (local.tee $n (i32.sub (local.get $n) (i32.const 1)))
          (br_if $l))))
    (core instance $m (instantiate $M (with "" (instance
      (export "es" (func $es')) (export "eb" (func $eb'))
      (export "reset" (func $libc "reset"))))))
    (func (export "run-string") (param "n" u32) (param "len" u32)
      (canon lift (core func $m "run-string")))
    (func (export "run-bytes") (param "n" u32) (param "len" u32)
      (canon lift (core func $m "run-bytes"))))
  (instance $a (instantiate $A))
  (instance $b (instantiate $B
    (with "echo-string" (func $a "echo-string"))
    (with "echo-bytes" (func $a "echo-bytes"))))
  (export "run-string" (func $b "run-string"))
  (export "run-bytes" (func $b "run-bytes")))"#;

/// A small component to instantiate: a memory, a table, globals, data, a lifted export.
const SMALL: &str = r#"(component
  (import "log" (func $log (param "x" u32)))
  (core func $log' (canon lower (func $log)))
  (core module $M
    (import "" "log" (func $log (param i32)))
    (memory (export "memory") 16)
    (table 64 funcref)
    (global $a (mut i32) (i32.const 1))
    (data (i32.const 1024) "a data segment of a plausible plugin that ships some strings")
    (func (export "run") (param i32) (call $log (local.get 0))))
  (core instance $m (instantiate $M (with "" (instance (export "log" (func $log'))))))
  (func (export "run") (param "x" u32) (canon lift (core func $m "run"))))"#;

/// One measured figure.
pub struct Figure {
    /// What was measured.
    pub name: &'static str,
    /// The value.
    pub value: f64,
    /// Its unit.
    pub unit: &'static str,
}

/// Runs every workload and returns the figures.
pub fn run() -> anyhow::Result<Vec<Figure>> {
    let engine = rt::Engine::default();
    let mut figures = Vec::new();
    let mut push = |name, value, unit| figures.push(Figure { name, value, unit });

    let guest = Component::new(&engine, GUEST)?;
    let mut linker = Linker::<()>::new(&engine);
    linker.root().func_wrap("nop", |_, (): ()| Ok(()))?;
    let mut store = rt::Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &guest)?;

    let nop = instance.get_typed_func::<(), ()>(&mut store, "nop")?;
    let t = best_of(5, 200_000, || nop.call(&mut store, ()).unwrap());
    push("component call host -> guest (empty)", t * 1e9, "ns");

    let call_host = instance.get_typed_func::<(u32,), ()>(&mut store, "call-host")?;
    let t = best_of(5, 1, || call_host.call(&mut store, (1_000_000,)).unwrap()) / 1e6;
    push("component call guest -> host (empty)", t * 1e9, "ns");

    let cases = [
        ("component string echo 5 B", "x".repeat(5), 100_000),
        ("component string echo 1 KiB", "x".repeat(1024), 50_000),
        ("component string echo 64 KiB", "x".repeat(64 * 1024), 2_000),
    ];
    let echo = instance.get_typed_func::<(&str,), (String,)>(&mut store, "echo-string")?;
    for (name, s, iters) in &cases {
        let t = best_of(5, *iters, || {
            let (back,) = echo.call(&mut store, (s.as_str(),)).unwrap();
            assert_eq!(back.len(), s.len());
        });
        push(name, t * 1e6, "us");
    }

    let bytes = vec![7u8; 1 << 20];
    let echo = instance.get_typed_func::<(&[u8],), (Vec<u8>,)>(&mut store, "echo-bytes")?;
    let t = best_of(5, 200, || {
        let (back,) = echo.call(&mut store, (&bytes,)).unwrap();
        assert_eq!(back.len(), bytes.len());
    });
    push("component list<u8> echo 1 MiB", t * 1e6, "us");

    let composed = Component::new(&engine, COMPOSED)?;
    let linker = Linker::<()>::new(&engine);
    let instance = linker.instantiate(&mut store, &composed)?;
    let run = instance.get_typed_func::<(u32,), ()>(&mut store, "run")?;
    let t = best_of(5, 1, || run.call(&mut store, (1_000_000,)).unwrap()) / 1e6;
    push("component -> component call (empty)", t * 1e9, "ns");

    let echo = Component::new(&engine, COMPOSED_ECHO)?;
    let linker = Linker::<()>::new(&engine);
    let instance = linker.instantiate(&mut store, &echo)?;
    let run_string = instance.get_typed_func::<(u32, u32), ()>(&mut store, "run-string")?;
    for (name, len, n) in [
        ("component -> component string echo 5 B", 5, 20_000),
        ("component -> component string echo 1 KiB", 1024, 20_000),
        ("component -> component string echo 64 KiB", 64 << 10, 1_000),
    ] {
        let t = best_of(5, 1, || run_string.call(&mut store, (n, len)).unwrap()) / f64::from(n);
        push(name, t * 1e6, "us");
    }
    let run_bytes = instance.get_typed_func::<(u32, u32), ()>(&mut store, "run-bytes")?;
    let n = 100;
    let t = best_of(5, 1, || run_bytes.call(&mut store, (n, 1 << 20)).unwrap()) / f64::from(n);
    push("component -> component list<u8> echo 1 MiB", t * 1e6, "us");

    let small = Component::new(&engine, SMALL)?;
    let mut linker = Linker::<()>::new(&engine);
    linker.root().func_wrap("log", |_, (_,): (u32,)| Ok(()))?;
    let pre = linker.instantiate_pre(&small)?;
    let t = best_of(5, 2000, || {
        let mut store = rt::Store::new(&engine, ());
        pre.instantiate(&mut store).unwrap();
    });
    push(
        "component instantiate (new store + instance)",
        t * 1e6,
        "us",
    );

    Ok(figures)
}
