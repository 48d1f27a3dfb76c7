//! Strings passed from one component to another: the callee's `realloc` sees exactly the
//! calls of the canonical ABI's transcoding algorithms (initial size, alignment, and the
//! growing and shrinking calls after it), for all nine pairs of string encodings, in both
//! directions (arguments into the callee, results back into the caller). Regression: the
//! host sized every allocation from the string's UTF-8 length, whatever its source was.

use crate::{compile, engine, store_and_linker};
use wicker::component::Val;

const ENCODINGS: [&str; 3] = ["utf8", "utf16", "latin1+utf16"];

/// A bump allocator that logs each call `(old_ptr, old_size, align, new_size, result)`
/// from address 32768, and exports the log as `list<u32>` (from `log`). Growing copies the
/// old contents; shrinking keeps the pointer, as the algorithms expect.
const ALLOCATOR: &str = r#"
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 4096))
    (global $log (mut i32) (i32.const 32768))
    (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32) (param $size i32) (result i32)
      (local $ret i32)
      (if (i32.and (i32.ne (local.get $old) (i32.const 0)) (i32.le_u (local.get $size) (local.get $osize)))
        (then (local.set $ret (local.get $old)))
        (else
          (local.set $ret
            (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
              (i32.sub (i32.const 0) (local.get $align))))
          (global.set $bump (i32.add (local.get $ret) (local.get $size)))
          (if (local.get $old)
            (then (memory.copy (local.get $ret) (local.get $old) (local.get $osize))))))
      (i32.store (global.get $log) (local.get $old))
      (i32.store offset=4 (global.get $log) (local.get $osize))
      (i32.store offset=8 (global.get $log) (local.get $align))
      (i32.store offset=12 (global.get $log) (local.get $size))
      (i32.store offset=16 (global.get $log) (local.get $ret))
      (global.set $log (i32.add (global.get $log) (i32.const 20)))
      (local.get $ret))
    (func (export "log") (result i32)
      (i32.store (i32.const 0) (i32.const 32768))
      (i32.store (i32.const 4)
        (i32.shr_u (i32.sub (global.get $log) (i32.const 32768)) (i32.const 2)))
      (i32.const 0))"#;

/// The callee: `take(s) -> string` returns the string it received (its own copy).
fn callee(encoding: &str) -> String {
    format!(
        r#"(component
  (core module $M {ALLOCATOR}
    (func (export "take") (param i32 i32) (result i32)
      (i32.store (i32.const 8) (local.get 0)) (i32.store (i32.const 12) (local.get 1))
      (i32.const 8)))
  (core instance $m (instantiate $M))
  (func $take (param "s" string) (result string)
    (canon lift (core func $m "take") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")) string-encoding={encoding}))
  (func (export "log") (result (list u32))
    (canon lift (core func $m "log") (memory (core memory $m "mem"))))
  (instance $api (export "take" (func $take)))
  (export "callee" (instance $api)))"#
    )
}

/// The caller: `run() -> string` passes the string at 1024 (`bytes`, `len` code units,
/// tagged as given) to the callee's `take` and returns what came back.
fn caller(encoding: &str, bytes: &[u8], len: u32) -> String {
    let data: String = bytes.iter().map(|b| format!("\\{b:02x}")).collect();
    format!(
        r#"(component
  (import "callee" (instance $callee (export "take" (func (param "s" string) (result string)))))
  (alias export $callee "take" (func $take))
  (core module $Mem {ALLOCATOR} (data (i32.const 1024) "{data}"))
  (core instance $mem (instantiate $Mem))
  (core func $take' (canon lower (func $take) (memory (core memory $mem "mem"))
    (realloc (core func $mem "realloc")) string-encoding={encoding}))
  (core module $M
    (import "" "take" (func $take (param i32 i32 i32)))
    (func (export "run") (result i32)
      (call $take (i32.const 1024) (i32.const {len}) (i32.const 16))
      (i32.const 16)))
  (core instance $m (instantiate $M (with "" (instance (export "take" (func $take'))))))
  (func (export "run") (result string)
    (canon lift (core func $m "run") (memory (core memory $mem "mem"))
      string-encoding={encoding}))
  (func (export "log") (result (list u32))
    (canon lift (core func $mem "log") (memory (core memory $mem "mem")))))"#,
        len = len as i32
    )
}

const TAG: u32 = 1 << 31;

/// How a source in `encoding` holds `s`: its bytes and tagged length. A `latin1+utf16`
/// source uses Latin-1 when it can, unless `wide` asks for UTF-16.
fn source(encoding: &str, s: &str, wide: bool) -> (Vec<u8>, u32) {
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    match encoding {
        "utf8" => (s.as_bytes().to_vec(), s.len() as u32),
        "utf16" => (utf16(s), s.encode_utf16().count() as u32),
        _ if !wide && s.chars().all(|c| (c as u32) < 0x100) => (
            s.chars().map(|c| c as u8).collect(),
            s.chars().count() as u32,
        ),
        _ => (utf16(s), s.encode_utf16().count() as u32 | TAG),
    }
}

/// The `(old_size, align, new_size)` of each `realloc` call that storing `s`, held by a
/// source in `src` with tagged length `tagged`, into `dst` makes, per the canonical ABI,
/// and the tagged length stored.
fn expected(src: &str, tagged: u32, dst: &str, s: &str) -> (Vec<(u32, u32, u32)>, u32) {
    let (n8, n16) = (s.len() as u32, s.encode_utf16().count() as u32);
    let latin1 = s.chars().all(|c| (c as u32) < 0x100);
    let m = tagged & !TAG;
    let simple = match src {
        "latin1+utf16" if tagged & TAG != 0 => "utf16",
        "latin1+utf16" => "latin1",
        other => other,
    };
    match (dst, simple) {
        ("utf8", "utf8") => (vec![(0, 1, m)], m),
        ("utf8", _) => {
            let worst = if simple == "utf16" { 3 * m } else { 2 * m };
            if s.is_ascii() {
                return (vec![(0, 1, m)], m);
            }
            let mut calls = vec![(0, 1, m), (m, 1, worst)];
            if worst > n8 {
                calls.push((worst, 1, n8));
            }
            (calls, n8)
        }
        ("utf16", "utf8") => {
            let mut calls = vec![(0, 2, 2 * m)];
            if 2 * n16 < 2 * m {
                calls.push((2 * m, 2, 2 * n16));
            }
            (calls, n16)
        }
        ("utf16", _) => (vec![(0, 2, 2 * m)], m),
        (_, _) if src != "latin1+utf16" => {
            let cps = s.chars().count() as u32;
            if latin1 {
                let mut calls = vec![(0, 2, m)];
                if cps < m {
                    calls.push((m, 2, cps));
                }
                (calls, cps)
            } else {
                let mut calls = vec![(0, 2, m), (m, 2, 2 * m)];
                if 2 * m > 2 * n16 {
                    calls.push((2 * m, 2, 2 * n16));
                }
                (calls, n16 | TAG)
            }
        }
        (_, "latin1") => (vec![(0, 2, m)], m),
        _ if latin1 => (vec![(0, 2, 2 * m), (2 * m, 1, m)], m),
        _ => (vec![(0, 2, 2 * m)], m | TAG),
    }
}

/// The calls a component's `log` export reports, checking that each call after the first
/// passes the pointer the one before it returned.
fn calls(log: Val) -> Vec<(u32, u32, u32)> {
    let Val::List(words) = log else {
        panic!("a list: {log:?}")
    };
    let words: Vec<u32> = words
        .into_iter()
        .map(|w| match w {
            Val::U32(w) => w,
            other => panic!("{other:?}"),
        })
        .collect();
    let mut last = 0;
    words
        .chunks_exact(5)
        .map(|c| {
            assert_eq!(c[0], last, "realloc is given the pointer it returned last");
            last = c[4];
            (c[1], c[2], c[3])
        })
        .collect()
}

#[test]
fn strings_between_components_follow_the_transcoding_algorithms() {
    let engine = engine();
    let strings: [(&str, bool); 6] = [
        ("", false),
        ("ab", false),
        ("hé", false),
        ("hé∑", false),
        ("a😀b", false),
        // ASCII and Latin-1 text that a `latin1+utf16` source passes as UTF-16 anyway.
        ("ab", true),
    ];
    for src in ENCODINGS {
        for dst in ENCODINGS {
            for (s, wide) in strings {
                let (bytes, tagged) = source(src, s, wide);
                let (mut store, mut linker) = store_and_linker(&engine, ());
                let b = linker
                    .instantiate(&mut store, &compile(&engine, &callee(dst)))
                    .unwrap();
                let api = b.get_instance("callee").unwrap();
                linker.root().instance_exports("callee", &api).unwrap();
                let a = linker
                    .instantiate(&mut store, &compile(&engine, &caller(src, &bytes, tagged)))
                    .unwrap();
                let mut out = [Val::Bool(false)];
                a.get_func(&mut store, "run")
                    .unwrap()
                    .call(&mut store, &[], &mut out)
                    .unwrap();
                let case = format!("{s:?} (wide: {wide}) from {src} to {dst}");
                assert_eq!(out[0], Val::String(s.into()), "{case}");

                // Into the callee.
                let (want, stored) = expected(src, tagged, dst, s);
                b.get_func(&mut store, "log")
                    .unwrap()
                    .call(&mut store, &[], &mut out)
                    .unwrap();
                assert_eq!(calls(out[0].clone()), want, "{case}");
                // And back: the callee's copy, as the callee stored it, into the caller.
                let (back, _) = expected(dst, stored, src, s);
                a.get_func(&mut store, "log")
                    .unwrap()
                    .call(&mut store, &[], &mut out)
                    .unwrap();
                assert_eq!(calls(out[0].clone()), back, "{case}, result");
            }
        }
    }
}

/// A caller whose `run` passes a `list<string>` of `count` entries that all name one
/// string of `len` bytes (at 65536) to the callee's `take-all`.
fn aliasing_caller(count: u32, len: u32) -> String {
    format!(
        r#"(component
  (import "callee" (instance $callee
    (export "take-all" (func (param "s" (list string)) (result u32)))))
  (alias export $callee "take-all" (func $take))
  (core module $Mem {ALLOCATOR})
  (core instance $mem (instantiate $Mem))
  (core func $take' (canon lower (func $take) (memory (core memory $mem "mem"))
    (realloc (core func $mem "realloc"))))
  (core module $M
    (import "" "take" (func $take (param i32 i32) (result i32)))
    (import "" "mem" (memory 1))
    (func (export "run") (result i32)
      (local $i i32)
      (drop (memory.grow (i32.const 40)))
      (memory.fill (i32.const 65536) (i32.const 97) (i32.const {len}))
      ;; The list at 40000: `count` (ptr, len) pairs naming the same string.
      (loop $l
        (i32.store (i32.add (i32.const 40000) (i32.shl (local.get $i) (i32.const 3)))
          (i32.const 65536))
        (i32.store (i32.add (i32.const 40004) (i32.shl (local.get $i) (i32.const 3)))
          (i32.const {len}))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (i32.const {count}))))
      (call $take (i32.const 40000) (i32.const {count}))))
  (core instance $m (instantiate $M (with "" (instance
    (export "take" (func $take')) (export "mem" (memory $mem "mem"))))))
  (func (export "run") (result u32) (canon lift (core func $m "run"))))"#
    )
}

/// A callee whose `take-all` answers the number of strings it received.
const COUNTING_CALLEE: &str = r#"(component
  (core module $M
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 16))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $ret i32)
      (local.set $ret (global.get $bump))
      (global.set $bump (i32.add (global.get $bump) (local.get 3)))
      (block $ok
        (br_if $ok (i32.le_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536))))
        (br_if $ok (i32.ne (memory.grow
          (i32.add (i32.shr_u (global.get $bump) (i32.const 16)) (i32.const 1))) (i32.const -1)))
        unreachable)
      (local.get $ret))
    (func (export "take-all") (param i32 i32) (result i32) (local.get 1)))
  (core instance $m (instantiate $M))
  (func $take (param "s" (list string)) (result u32)
    (canon lift (core func $m "take-all") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc"))))
  (instance $api (export "take-all" (func $take)))
  (export "callee" (instance $api)))"#;

/// Calls the aliasing caller with `count` entries naming one string of `len` bytes, in
/// an engine with fused adapters on or off, each memory limited to 256 MiB: the number of
/// strings the callee received.
fn run_aliasing(count: u32, len: u32, fused: bool) -> wicker::Result<u32> {
    let mut config = wicker::Config::new();
    config.wasm_multi_memory(true).fused_adapters(fused);
    let engine = wicker::Engine::new(&config).unwrap();
    let limits = wicker::StoreLimitsBuilder::new()
        .memory_size(256 << 20)
        .build();
    let (mut store, mut linker) = store_and_linker(&engine, ());
    store.limiter(limits);
    let b = linker
        .instantiate(&mut store, &compile(&engine, COUNTING_CALLEE))
        .unwrap();
    let api = b.get_instance("callee").unwrap();
    linker.root().instance_exports("callee", &api).unwrap();
    let a = linker
        .instantiate(&mut store, &compile(&engine, &aliasing_caller(count, len)))
        .unwrap();
    let run = a.get_typed_func::<(), (u32,)>(&mut store, "run").unwrap();
    Ok(run.call(&mut store, ())?.0)
}

#[test]
fn aliased_strings_cannot_make_the_host_allocate_without_bound() {
    // Regression: a few KiB of list entries naming one large string made the host copy
    // the string once per entry before the callee saw any of it (1 GiB and more). The
    // host's copy of one call's values is bounded, and checked before it is allocated.
    let err = run_aliasing(2048, 1 << 20, false).expect_err("2 GiB of copies is refused");
    assert!(format!("{err:#}").contains("passes more than"), "{err:#}");
    // What fits is passed whole: 64 copies of 1 MiB.
    assert_eq!(run_aliasing(64, 1 << 20, false).unwrap(), 64);
    // A fused call copies from one guest's memory into the other's, with no copy on the
    // host: the callee's memory and its limits bound it (its `realloc` cannot grow its
    // memory past 256 MiB, and traps).
    let err = run_aliasing(2048, 1 << 20, true).expect_err("2 GiB in the callee's memory");
    assert!(format!("{err:?}").contains("unreachable"), "{err:?}");
    assert!(format!("{err:?}").contains("component adapter"), "{err:?}");
    assert_eq!(run_aliasing(64, 1 << 20, true).unwrap(), 64);
}

#[test]
fn aliased_strings_to_a_host_function_are_bounded_too() {
    // The same guest, calling a host function over dynamic values and one over Rust
    // types: lifting its argument stops at the same bound.
    let engine = engine();
    let component = compile(&engine, &aliasing_caller(2048, 1 << 20));
    for typed in [false, true] {
        let (mut store, mut linker) = store_and_linker(&engine, ());
        let mut callee = linker.instance("callee").unwrap();
        if typed {
            callee
                .func_wrap("take-all", |_, (all,): (Vec<String>,)| {
                    Ok((all.len() as u32,))
                })
                .unwrap();
        } else {
            callee
                .func_new("take-all", |_, args, results| {
                    let Val::List(all) = &args[0] else {
                        unreachable!()
                    };
                    results[0] = Val::U32(all.len() as u32);
                    Ok(())
                })
                .unwrap();
        }
        let a = linker.instantiate(&mut store, &component).unwrap();
        let run = a.get_typed_func::<(), (u32,)>(&mut store, "run").unwrap();
        let err = run
            .call(&mut store, ())
            .expect_err("2 GiB of copies is refused");
        assert!(
            format!("{err:#}").contains("more than"),
            "typed: {typed}: {err:#}"
        );
    }
}

#[test]
fn the_copy_limit_is_configurable() {
    // 64 copies of 1 MiB pass under the default limit (above) and fail under a 16 MiB one.
    let mut config = wicker::Config::new();
    config.wasm_multi_memory(true).max_component_copy(16 << 20);
    let engine = wicker::Engine::new(&config).unwrap();
    let component = compile(&engine, &aliasing_caller(64, 1 << 20));
    let (mut store, mut linker) = store_and_linker(&engine, ());
    linker
        .instance("callee")
        .unwrap()
        .func_wrap("take-all", |_, (all,): (Vec<String>,)| {
            Ok((all.len() as u32,))
        })
        .unwrap();
    let a = linker.instantiate(&mut store, &component).unwrap();
    let run = a.get_typed_func::<(), (u32,)>(&mut store, "run").unwrap();
    let err = run.call(&mut store, ()).expect_err("over the limit");
    assert!(format!("{err:#}").contains("max_component_copy"), "{err:#}");
    // Under it, the same guest passes 8 copies.
    let component = compile(&engine, &aliasing_caller(8, 1 << 20));
    let a = linker.instantiate(&mut store, &component).unwrap();
    let run = a.get_typed_func::<(), (u32,)>(&mut store, "run").unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), (8,));
}
