//! Fused component-to-component calls, against the host's path as the reference: every
//! scalar type with values that lifting must normalize or reject, on the way in and on the
//! way out; post-return; and the canonical ABI's enter and leave checks.

use std::sync::{Arc, Mutex};
use wicker::component::{Component, Func, Instance, Linker, Val};
use wicker::{Config, Engine, Store};

fn engine(fused: bool) -> Engine {
    let mut config = Config::new();
    config.wasm_multi_memory(true).fused_adapters(fused);
    Engine::new(&config).unwrap()
}

fn compile(engine: &Engine, text: &str) -> Component {
    Component::new(engine, text).unwrap_or_else(|e| panic!("{e:#}\n{text}"))
}

/// A scalar type: its WIT text, its core type, the callee's transformation of what it
/// receives before returning it (garbage in the bits lifting ignores, non-canonical NaNs),
/// and the core bits the caller sends.
struct Case {
    wit: &'static str,
    core: &'static str,
    callee_body: &'static str,
    inputs: &'static [i64],
}

const CASES: &[Case] = &[
    Case {
        wit: "bool",
        core: "i32",
        callee_body: "local.get 0 i32.const 6 i32.mul",
        inputs: &[0, 1, 2, -1, 0x100, i32::MIN as i64],
    },
    Case {
        wit: "u8",
        core: "i32",
        callee_body: "local.get 0 i32.const 0x5a5a0000 i32.or",
        inputs: &[0, 1, 0x7f, 0x80, 0xff, 0x1ff, -1, 0x12345678],
    },
    Case {
        wit: "s8",
        core: "i32",
        callee_body: "local.get 0 i32.const 0x5a5a0000 i32.xor",
        inputs: &[0, 1, 0x7f, 0x80, 0xff, 0x1ff, -1, -129, 0x12345678],
    },
    Case {
        wit: "u16",
        core: "i32",
        callee_body: "local.get 0 i32.const 0x7a5a0000 i32.or",
        inputs: &[0, 0x7fff, 0x8000, 0xffff, 0x1ffff, -1],
    },
    Case {
        wit: "s16",
        core: "i32",
        callee_body: "local.get 0 i32.const 0x7a5a0000 i32.xor",
        inputs: &[0, 0x7fff, 0x8000, 0xffff, 0x1ffff, -1, -32769],
    },
    Case {
        wit: "u32",
        core: "i32",
        callee_body: "local.get 0 i32.const 3 i32.add",
        inputs: &[0, -1, i32::MAX as i64, i32::MIN as i64],
    },
    Case {
        wit: "s32",
        core: "i32",
        callee_body: "local.get 0 i32.const -3 i32.mul",
        inputs: &[0, -1, i32::MAX as i64, i32::MIN as i64],
    },
    Case {
        wit: "u64",
        core: "i64",
        callee_body: "local.get 0 i64.const 5 i64.add",
        inputs: &[0, -1, i64::MAX, i64::MIN],
    },
    Case {
        wit: "s64",
        core: "i64",
        callee_body: "local.get 0 i64.const 7 i64.sub",
        inputs: &[0, -1, i64::MAX, i64::MIN],
    },
    Case {
        wit: "f32",
        core: "f32",
        // Flips the low mantissa bit: a NaN stays a NaN with another payload.
        callee_body: "local.get 0 i32.reinterpret_f32 i32.const 1 i32.xor f32.reinterpret_i32",
        inputs: &[
            0,
            0x3f80_0000,
            0x7fc0_0000,
            0x7fc0_0001,
            0xffc1_2345,
            0x7f80_0001,
            0x7f80_0000,
        ],
    },
    Case {
        wit: "f64",
        core: "f64",
        callee_body: "local.get 0 i64.reinterpret_f64 i64.const 1 i64.xor f64.reinterpret_i64",
        inputs: &[
            0,
            0x3ff0_0000_0000_0000,
            0x7ff8_0000_0000_0000,
            0x7ff8_0000_0000_0001,
            -0x0007_0000_0000_0001,
            0x7ff0_0000_0000_0001,
        ],
    },
    Case {
        wit: "char",
        core: "i32",
        callee_body: "local.get 0",
        inputs: &[
            0, 0x41, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0x10ffff, 0x110000, -1,
        ],
    },
    Case {
        // The callee returns case 3 of 3 for case 2: out of range on the way back.
        wit: "abc",
        core: "i32",
        callee_body: "local.get 0 local.get 0 i32.const 2 i32.eq i32.add",
        inputs: &[0, 1, 2, 3, -1],
    },
];

/// The callee: exports `f: func(x: T) -> T` over `body`, and `calls: func() -> u32`, the
/// number of times its post-return ran.
fn callee(case: &Case) -> String {
    let Case {
        core, callee_body, ..
    } = case;
    format!(
        r#"(component
  (type $abc (enum "a" "b" "c"))
  (export $abc' "abc" (type $abc))
  (core module $M
    (global $calls (mut i32) (i32.const 0))
    (func (export "f") (param {core}) (result {core}) {callee_body})
    (func (export "post") (param {core}) global.get $calls i32.const 1 i32.add global.set $calls)
    (func (export "calls") (result i32) global.get $calls))
  (core instance $m (instantiate $M))
  (func (export "f") (param "x" {wit}) (result {wit})
    (canon lift (core func $m "f") (post-return (core func $m "post"))))
  (func (export "calls") (result u32) (canon lift (core func $m "calls"))))"#,
        wit = wit_type(case),
    )
}

fn wit_type(case: &Case) -> &'static str {
    match case.wit {
        "abc" => "$abc'",
        "f32" => "float32",
        "f64" => "float64",
        other => other,
    }
}

/// The caller: imports `f` (in an instance `i`, where an enum type can be named) and exports `run: func(bits) -> bits`, which calls `f` with the
/// core value of `bits` and returns the bits of its core result.
fn caller(case: &Case) -> String {
    let core = case.core;
    let (bits_core, bits_wit, to_core, from_core) = match core {
        "f32" => ("i32", "s32", "f32.reinterpret_i32", "i32.reinterpret_f32"),
        "f64" => ("i64", "s64", "f64.reinterpret_i64", "i64.reinterpret_f64"),
        "i64" => ("i64", "s64", "", ""),
        _ => ("i32", "s32", "", ""),
    };
    let (decls, ty) = match case.wit {
        "abc" => (
            r#"(type $e0 (enum "a" "b" "c")) (export "abc" (type $e (eq $e0)))"#,
            "$e",
        ),
        _ => ("", wit_type(case)),
    };
    format!(
        r#"(component
  (import "i" (instance $i {decls} (export "f" (func (param "x" {ty}) (result {ty})))))
  (alias export $i "f" (func $f))
  (core func $f' (canon lower (func $f)))
  (core module $M
    (import "" "f" (func $f (param {core}) (result {core})))
    (func (export "run") (param {bits_core}) (result {bits_core})
      local.get 0 {to_core} call $f {from_core}))
  (core instance $m (instantiate $M (with "" (instance (export "f" (func $f'))))))
  (func (export "run") (param "bits" {bits_wit}) (result {bits_wit})
    (canon lift (core func $m "run"))))"#
    )
}

/// The outcome of a call, in a form both paths agree on: a value, or the canonical ABI's
/// reason for failing.
fn outcome(result: anyhow::Result<Val>) -> String {
    match result {
        Ok(v) => format!("{v:?}"),
        Err(e) => {
            let msg = format!("{e:#}");
            let reasons = [
                "invalid `char` bit pattern",
                "invalid variant discriminant",
                "cannot enter component instance",
                "cannot leave component instance",
                "unreachable",
            ];
            match reasons.iter().find(|r| msg.contains(*r)) {
                Some(r) => format!("error: {r}"),
                None => panic!("an unexpected error: {msg}"),
            }
        }
    }
}

/// Runs every input of `case` through caller and callee linked in `engine`; the outcomes,
/// and the number of post-return calls after each.
fn run_case(engine: &Engine, case: &Case) -> Vec<(String, u32)> {
    let callee = compile(engine, &callee(case));
    let caller = compile(engine, &caller(case));
    let mut out = Vec::new();
    for &input in case.inputs {
        // A fresh store per input: a trap leaves an instance unusable.
        let mut store = Store::new(engine, ());
        let mut linker = Linker::new(engine);
        let b = linker.instantiate(&mut store, &callee).unwrap();
        let f = b.get_func(&mut store, "f").unwrap();
        linker.instance("i").unwrap().func("f", f).unwrap();
        let a = linker.instantiate(&mut store, &caller).unwrap();
        let run = a.get_func(&mut store, "run").unwrap();
        let arg = match case.core {
            "i64" | "f64" => Val::S64(input),
            _ => Val::S32(input as i32),
        };
        let mut result = [Val::Bool(false)];
        let r = run
            .call(&mut store, &[arg], &mut result)
            .map(|()| result[0].clone());
        let calls = b.get_typed_func::<(), (u32,)>(&mut store, "calls").unwrap();
        let n = calls.call(&mut store, ()).map_or(u32::MAX, |(n,)| n);
        out.push((outcome(r), n));
    }
    out
}

#[test]
fn fused_calls_convert_every_scalar_as_the_host_path_does() {
    let (fused, reference) = (engine(true), engine(false));
    for case in CASES {
        let got = run_case(&fused, case);
        let want = run_case(&reference, case);
        assert_eq!(got, want, "{}", case.wit);
    }
    // The reference itself is what the canonical ABI says, for a few telling inputs.
    let u8s = run_case(&reference, &CASES[1]);
    assert_eq!(u8s[5].0, "S32(255)", "0x1ff as u8 is 0xff both ways");
    let chars = run_case(&reference, &CASES[11]);
    assert_eq!(chars[3].0, "error: invalid `char` bit pattern");
    let enums = run_case(&reference, &CASES[12]);
    assert_eq!(enums[2].0, "error: invalid variant discriminant");
    // Post-return ran once per call that returned, and not after a trap.
    assert_eq!(u8s[0].1, 1);
    assert_eq!(chars[3].1, 0);
}

/// Components where the callee `b` traps inside `f`, for a backtrace.
fn trapping_pair(engine: &Engine) -> (Store<()>, Func) {
    let callee = r#"(component
      (core module $M (func (export "f") (param i32) (result i32) unreachable))
      (core instance $m (instantiate $M))
      (func (export "f") (param "x" u32) (result u32) (canon lift (core func $m "f"))))"#;
    let caller = caller(&CASES[5]);
    let mut store = Store::new(engine, ());
    let mut linker = Linker::new(engine);
    let b = linker
        .instantiate(&mut store, &compile(engine, callee))
        .unwrap();
    let f = b.get_func(&mut store, "f").unwrap();
    linker.instance("i").unwrap().func("f", f).unwrap();
    let a = linker
        .instantiate(&mut store, &compile(engine, &caller))
        .unwrap();
    let run = a.get_func(&mut store, "run").unwrap();
    (store, run)
}

#[test]
fn a_scalar_call_between_components_is_fused_and_other_calls_are_not() {
    for fused in [true, false] {
        let engine = engine(fused);
        let (mut store, run) = trapping_pair(&engine);
        let err = run
            .call(&mut store, &[Val::S32(1)], &mut [Val::Bool(false)])
            .unwrap_err();
        let trace = format!("{err:?}");
        assert!(trace.contains("unreachable"), "{trace}");
        // The adapter is a frame between the two components' code.
        assert_eq!(trace.contains("component adapter"), fused, "{trace}");
    }
}

/// Three components: `a.run` calls `b.f` (fused), `b.f` calls the host's `cb`, which calls
/// `c.run`, which calls `b.f` again: `b` is busy, so that call traps.
#[test]
fn re_entering_a_busy_callee_traps_as_on_the_host_path() {
    for fused in [true, false] {
        let engine = engine(fused);
        let b_text = r#"(component
          (import "cb" (func $cb))
          (core func $cb' (canon lower (func $cb)))
          (core module $M
            (import "" "cb" (func $cb))
            (func (export "f") (param i32) (result i32) call $cb local.get 0))
          (core instance $m (instantiate $M (with "" (instance (export "cb" (func $cb'))))))
          (func (export "f") (param "x" u32) (result u32) (canon lift (core func $m "f"))))"#;
        let caller_text = caller(&CASES[5]);
        let mut store = Store::new(&engine, ());
        let mut linker = Linker::new(&engine);
        let c_run: Arc<Mutex<Option<Func>>> = Arc::default();
        let slot = c_run.clone();
        linker
            .root()
            .func_new("cb", move |mut store, _params, _results| {
                let run = slot.lock().unwrap().clone().expect("c is instantiated");
                run.call(&mut store, &[Val::S32(2)], &mut [Val::Bool(false)])
            })
            .unwrap();
        let b = linker
            .instantiate(&mut store, &compile(&engine, b_text))
            .unwrap();
        let f = b.get_func(&mut store, "f").unwrap();
        linker.instance("i").unwrap().func("f", f).unwrap();
        let caller = compile(&engine, &caller_text);
        let a: Instance = linker.instantiate(&mut store, &caller).unwrap();
        let c: Instance = linker.instantiate(&mut store, &caller).unwrap();
        *c_run.lock().unwrap() = c.get_func(&mut store, "run");
        let run = a.get_func(&mut store, "run").unwrap();
        let err = run
            .call(&mut store, &[Val::S32(1)], &mut [Val::Bool(false)])
            .unwrap_err();
        assert!(
            format!("{err:#}").contains("cannot enter component instance"),
            "fused: {fused}: {err:#}"
        );
    }
}

/// `b`'s post-return calls `d.g` through a lowered import: calling out of post-return
/// traps.
#[test]
fn calling_out_of_post_return_traps_as_on_the_host_path() {
    for fused in [true, false] {
        let engine = engine(fused);
        let d_text = r#"(component
          (core module $M (func (export "g") (param i32) (result i32) local.get 0))
          (core instance $m (instantiate $M))
          (func (export "g") (param "x" u32) (result u32) (canon lift (core func $m "g"))))"#;
        let b_text = r#"(component
          (import "g" (func $g (param "x" u32) (result u32)))
          (core func $g' (canon lower (func $g)))
          (core module $M
            (import "" "g" (func $g (param i32) (result i32)))
            (func (export "f") (param i32) (result i32) local.get 0)
            (func (export "post") (param i32) local.get 0 call $g drop))
          (core instance $m (instantiate $M (with "" (instance (export "g" (func $g'))))))
          (func (export "f") (param "x" u32) (result u32)
            (canon lift (core func $m "f") (post-return (core func $m "post")))))"#;
        let mut store = Store::new(&engine, ());
        let mut linker = Linker::new(&engine);
        let d = linker
            .instantiate(&mut store, &compile(&engine, d_text))
            .unwrap();
        let g = d.get_func(&mut store, "g").unwrap();
        linker.root().func("g", g).unwrap();
        let b = linker
            .instantiate(&mut store, &compile(&engine, b_text))
            .unwrap();
        let f = b.get_func(&mut store, "f").unwrap();
        linker.instance("i").unwrap().func("f", f).unwrap();
        let a = linker
            .instantiate(&mut store, &compile(&engine, &caller(&CASES[5])))
            .unwrap();
        let run = a.get_func(&mut store, "run").unwrap();
        let err = run
            .call(&mut store, &[Val::S32(1)], &mut [Val::Bool(false)])
            .unwrap_err();
        assert!(
            format!("{err:#}").contains("cannot leave component instance"),
            "fused: {fused}: {err:#}"
        );
    }
}

/// What a callee of strings or lists does: its `f` body (after which the pair at 0 is
/// the result), and its `realloc`'s answer.
struct Callee {
    name: &'static str,
    /// Core instructions leaving the return pointer on the stack; `$p` and `$n` are the
    /// argument's pointer and length.
    body: &'static str,
    /// Core instructions giving `realloc`'s result; `$size` is the size asked for.
    realloc: &'static str,
}

const ECHO: &str = "(i32.store (i32.const 0) (local.get $p)) (i32.store (i32.const 4) (local.get $n)) (i32.const 0)";
const BUMP: &str = "(global.set $bump (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8))) (global.get $bump) (global.set $bump (i32.add (global.get $bump) (local.get $size)))";

const CALLEES: &[Callee] = &[
    Callee {
        name: "echo",
        body: ECHO,
        realloc: BUMP,
    },
    Callee {
        name: "bad utf-8 back",
        body: "(i32.store (i32.const 0) (i32.const 300)) (i32.store (i32.const 4) (i32.const 2)) (i32.const 0)",
        realloc: BUMP,
    },
    Callee {
        name: "out of bounds back",
        body: "(i32.store (i32.const 0) (i32.const 65530)) (i32.store (i32.const 4) (i32.const 16)) (i32.const 0)",
        realloc: BUMP,
    },
    Callee {
        name: "too long back",
        body: "(i32.store (i32.const 0) (i32.const 0)) (i32.store (i32.const 4) (i32.const 0x10000000)) (i32.const 0)",
        realloc: BUMP,
    },
    Callee {
        name: "misaligned return pointer",
        body: "(i32.const 2)",
        realloc: BUMP,
    },
    Callee {
        name: "return pointer out of bounds",
        body: "(i32.const 65532)",
        realloc: BUMP,
    },
    Callee {
        name: "realloc misaligned",
        body: ECHO,
        realloc: "(i32.const 1025)",
    },
    Callee {
        name: "realloc out of bounds",
        body: ECHO,
        realloc: "(i32.const 65532)",
    },
];

/// A callee of `f: func(x: T) -> T` for T a string or a `list<u32>`, counting its
/// `realloc` and post-return calls.
fn bytes_callee(ty: &str, callee: &Callee) -> String {
    let Callee { body, realloc, .. } = callee;
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    (data (i32.const 300) "\c3\28")
    (global $bump (mut i32) (i32.const 1024))
    (global $reallocs (mut i32) (i32.const 0))
    (global $posts (mut i32) (i32.const 0))
    (func (export "realloc") (param i32 i32 i32) (param $size i32) (result i32)
      (global.set $reallocs (i32.add (global.get $reallocs) (i32.const 1)))
      {realloc})
    (func (export "f") (param $p i32) (param $n i32) (result i32) {body})
    (func (export "post") (param i32) (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
    (func (export "counts") (result i32)
      (i32.add (i32.mul (global.get $reallocs) (i32.const 100)) (global.get $posts))))
  (core instance $m (instantiate $M))
  (func (export "f") (param "x" {ty}) (result {ty})
    (canon lift (core func $m "f") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")) (post-return (core func $m "post"))))
  (func (export "counts") (result u32) (canon lift (core func $m "counts"))))"#
    )
}

/// A caller exporting `run(p, n, r) -> u32`: calls `f` with the pointer and length `p`,
/// `n` of its memory, the return pointer `r`, and answers the result's length times 1000
/// plus its first byte, and its `realloc` calls times 1000000.
fn bytes_caller(ty: &str) -> String {
    format!(
        r#"(component
  (import "i" (instance $i (export "f" (func (param "x" {ty}) (result {ty})))))
  (alias export $i "f" (func $f))
  (core module $Libc
    (memory (export "mem") 1)
    (data (i32.const 100) "hello \e2\98\83!")
    (data (i32.const 200) "\ff\fe")
    (global $bump (mut i32) (i32.const 4096))
    (global $reallocs (mut i32) (i32.const 0))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (global.set $reallocs (i32.add (global.get $reallocs) (i32.const 1)))
      (global.set $bump (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8)))
      (global.get $bump)
      (global.set $bump (i32.add (global.get $bump) (local.get 3))))
    (func (export "reallocs") (result i32) (global.get $reallocs)))
  (core instance $libc (instantiate $Libc))
  (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
    (realloc (core func $libc "realloc"))))
  (core module $M
    (import "" "f" (func $f (param i32 i32 i32)))
    (import "" "reallocs" (func $reallocs (result i32)))
    (import "" "mem" (memory 1))
    (func (export "run") (param $p i32) (param $n i32) (param $r i32) (result i32)
      (call $f (local.get $p) (local.get $n) (local.get $r))
      (i32.add
        (i32.add
          (i32.mul (i32.load offset=4 (local.get $r)) (i32.const 1000))
          (i32.load8_u (i32.load (local.get $r))))
        (i32.mul (call $reallocs) (i32.const 1000000)))))
  (core instance $m (instantiate $M (with "" (instance
    (export "f" (func $f')) (export "reallocs" (func $libc "reallocs"))
    (export "mem" (memory $libc "mem"))))))
  (func (export "run") (param "p" u32) (param "n" u32) (param "r" u32) (result u32)
    (canon lift (core func $m "run"))))"#
    )
}

/// The outcome of a call of strings or lists, with the same reasons on both paths.
fn bytes_outcome(result: anyhow::Result<Val>) -> String {
    match result {
        Ok(v) => format!("{v:?}"),
        Err(e) => {
            let msg = format!("{e:#}");
            let reasons = [
                ("too long", "too long"),
                ("realloc return: result not aligned", "realloc unaligned"),
                (
                    "realloc return: beyond end of memory",
                    "realloc out of bounds",
                ),
                ("unaligned pointer", "unaligned"),
                ("out-of-bounds", "out of bounds"),
                ("out of bounds", "out of bounds"),
                ("invalid utf-8", "invalid utf-8"),
                ("invalid `char`", "invalid char"),
                ("invalid variant discriminant", "invalid discriminant"),
                ("cannot enter component instance", "cannot enter"),
                ("cannot leave component instance", "cannot leave"),
            ];
            match reasons.iter().find(|(r, _)| msg.contains(r)) {
                Some((_, category)) => format!("error: {category}"),
                None => panic!("an unexpected error: {msg}"),
            }
        }
    }
}

/// Runs every callee with every input of the caller, for `ty`, in `engine`: each call's
/// outcome and the callee's `realloc` and post-return counts.
fn run_bytes(engine: &Engine, ty: &str, inputs: &[(u32, u32, u32)]) -> Vec<String> {
    let caller = compile(engine, &bytes_caller(ty));
    let mut out = Vec::new();
    for callee in CALLEES {
        let component = compile(engine, &bytes_callee(ty, callee));
        for &(p, n, r) in inputs {
            let mut store = Store::new(engine, ());
            let mut linker = Linker::new(engine);
            let b = linker.instantiate(&mut store, &component).unwrap();
            let f = b.get_func(&mut store, "f").unwrap();
            linker.instance("i").unwrap().func("f", f).unwrap();
            let a = linker.instantiate(&mut store, &caller).unwrap();
            let run = a.get_func(&mut store, "run").unwrap();
            let mut result = [Val::Bool(false)];
            let args = [Val::U32(p), Val::U32(n), Val::U32(r)];
            let got = run
                .call(&mut store, &args, &mut result)
                .map(|()| result[0].clone());
            let counts = b
                .get_typed_func::<(), (u32,)>(&mut store, "counts")
                .unwrap();
            let counts = counts.call(&mut store, ()).map_or(u32::MAX, |(n,)| n);
            out.push(format!(
                "{} ({p}, {n}, {r}): {} / callee counts {counts}",
                callee.name,
                bytes_outcome(got)
            ));
        }
    }
    out
}

#[test]
fn fused_string_calls_check_and_copy_as_the_host_path_does() {
    let inputs = [
        // "hello ☃!", whole and cut inside the snowman (invalid UTF-8).
        (100, 10, 16),
        (100, 8, 16),
        // Invalid UTF-8, an empty string, out of bounds, too long.
        (200, 2, 16),
        (100, 0, 16),
        (65530, 10, 16),
        (0, 0x1000_0000, 16),
        // The caller's return pointer misaligned, or out of bounds.
        (100, 10, 18),
        (100, 10, 65532),
    ];
    let fused = run_bytes(&engine(true), "string", &inputs);
    let reference = run_bytes(&engine(false), "string", &inputs);
    assert_eq!(fused, reference);
    // The reference says what the canonical ABI says.
    // One `realloc` in the caller, ten bytes back, the first an `h`; one `realloc` and one
    // post-return in the callee.
    assert!(
        reference[0].contains("U32(1010104) / callee counts 101"),
        "{}",
        reference[0]
    );
    assert!(
        reference[1].contains("error: invalid utf-8"),
        "{}",
        reference[1]
    );
    // A string has alignment 1: any pointer `realloc` gives is aligned.
    let misaligned = inputs.len() * 6;
    assert!(
        reference[misaligned].contains("U32(1010104)"),
        "{}",
        reference[misaligned]
    );
    assert!(
        reference[misaligned + inputs.len()].contains("error: realloc out of bounds"),
        "{}",
        reference[misaligned + inputs.len()]
    );
}

#[test]
fn fused_list_calls_check_and_copy_as_the_host_path_does() {
    let inputs = [
        // Two u32s, none, misaligned, out of bounds, too long.
        (100, 2, 16),
        (100, 0, 16),
        (102, 1, 16),
        (65532, 2, 16),
        (0, 0x0400_0000, 16),
        (100, 2, 65532),
    ];
    let fused = run_bytes(&engine(true), "(list u32)", &inputs);
    let reference = run_bytes(&engine(false), "(list u32)", &inputs);
    assert_eq!(fused, reference);
    assert!(
        reference
            .iter()
            .any(|r| r.contains("error: realloc unaligned")),
        "{reference:#?}"
    );
}

#[test]
fn string_and_list_calls_are_fused_too() {
    let trap = Callee {
        name: "trap",
        body: "unreachable",
        realloc: BUMP,
    };
    for ty in ["string", "(list u32)"] {
        for fused in [true, false] {
            let engine = engine(fused);
            let mut store = Store::new(&engine, ());
            let mut linker = Linker::new(&engine);
            let b = linker
                .instantiate(&mut store, &compile(&engine, &bytes_callee(ty, &trap)))
                .unwrap();
            let f = b.get_func(&mut store, "f").unwrap();
            linker.instance("i").unwrap().func("f", f).unwrap();
            let a = linker
                .instantiate(&mut store, &compile(&engine, &bytes_caller(ty)))
                .unwrap();
            let run = a.get_func(&mut store, "run").unwrap();
            let args = [Val::U32(100), Val::U32(2), Val::U32(16)];
            let err = run
                .call(&mut store, &args, &mut [Val::Bool(false)])
                .unwrap_err();
            let trace = format!("{err:?}");
            assert!(trace.contains("unreachable"), "{trace}");
            assert_eq!(trace.contains("component adapter"), fused, "{ty}: {trace}");
        }
    }
}

/// Records and tuples as parameters: their fields flattened, each converted or checked as
/// a parameter of its own type would be.
#[test]
fn records_and_tuples_are_fused_field_by_field() {
    let callee = r#"(component
      (type $r (record (field "a" u8) (field "s" string) (field "t" (tuple s16 char))))
      (export $r' "r" (type $r))
      (core module $M
        (memory (export "mem") 1)
        (global $bump (mut i32) (i32.const 1024))
        (func (export "realloc") (param i32 i32 i32 i32) (result i32)
          (global.get $bump) (global.set $bump (i32.add (global.get $bump) (local.get 3))))
        (func (export "f") (param $a i32) (param $p i32) (param $n i32) (param $t0 i32)
          (param $t1 i32) (result i32)
          ;; a + 7 * (the first byte of s) + 11 * t0 + 13 * t1 + 17 * n
          (i32.add (i32.add (i32.add (i32.add (local.get $a)
            (i32.mul (i32.const 7) (i32.load8_u (local.get $p))))
            (i32.mul (i32.const 11) (local.get $t0)))
            (i32.mul (i32.const 13) (local.get $t1)))
            (i32.mul (i32.const 17) (local.get $n)))))
      (core instance $m (instantiate $M))
      (func (export "f") (param "x" $r') (result u32)
        (canon lift (core func $m "f") (memory (core memory $m "mem"))
          (realloc (core func $m "realloc")))))"#;
    let caller = r#"(component
      (import "i" (instance $i
        (type $r0 (record (field "a" u8) (field "s" string) (field "t" (tuple s16 char))))
        (export "r" (type $r (eq $r0)))
        (export "f" (func (param "x" $r) (result u32)))))
      (alias export $i "f" (func $f))
      (core module $Libc
        (memory (export "mem") 1)
        (data (i32.const 100) "zebra\ff")
        (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 2048)))
      (core instance $libc (instantiate $Libc))
      (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
        (realloc (core func $libc "realloc"))))
      (core module $M
        (import "" "f" (func $f (param i32 i32 i32 i32 i32) (result i32)))
        (func (export "run") (param i32 i32 i32 i32 i32) (result i32)
          (call $f (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4))))
      (core instance $m (instantiate $M (with "" (instance (export "f" (func $f'))))))
      (func (export "run") (param "a" s32) (param "p" s32) (param "n" s32) (param "t0" s32)
        (param "t1" s32) (result u32)
        (canon lift (core func $m "run"))))"#;
    let inputs: &[[i32; 5]] = &[
        [3, 100, 5, -2, 0x41],
        [0x1ff, 100, 1, 0x18000, 0x10ffff],
        [1, 100, 6, 0, 0x41],
        [1, 100, 5, 0, 0xd800],
        [1, 65530, 10, 0, 0x41],
    ];
    let run = |fused: bool| -> Vec<String> {
        let engine = engine(fused);
        let callee = compile(&engine, callee);
        let caller = compile(&engine, caller);
        inputs
            .iter()
            .map(|args| {
                let mut store = Store::new(&engine, ());
                let mut linker = Linker::new(&engine);
                let b = linker.instantiate(&mut store, &callee).unwrap();
                let f = b.get_func(&mut store, "f").unwrap();
                linker.instance("i").unwrap().func("f", f).unwrap();
                let a = linker.instantiate(&mut store, &caller).unwrap();
                let run = a.get_func(&mut store, "run").unwrap();
                let args: Vec<Val> = args.iter().map(|v| Val::S32(*v)).collect();
                let mut result = [Val::Bool(false)];
                let r = run
                    .call(&mut store, &args, &mut result)
                    .map(|()| result[0].clone());
                bytes_outcome(r)
            })
            .collect()
    };
    let (fused, reference) = (run(true), run(false));
    assert_eq!(fused, reference);
    // 3 + 7 * 'z' + 11 * -2 + 13 * 'A' + 17 * 5.
    assert_eq!(reference[0], "U32(1765)");
    assert_eq!(reference[3], "error: invalid char");
    assert_eq!(reference[2], "error: invalid utf-8");
    assert_eq!(reference[4], "error: out of bounds");
    // And the call is fused: an adapter frame shows in a trap's backtrace.
    let engine = engine(true);
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    let b = linker
        .instantiate(&mut store, &compile(&engine, callee))
        .unwrap();
    let f = b.get_func(&mut store, "f").unwrap();
    linker.instance("i").unwrap().func("f", f).unwrap();
    let a = linker
        .instantiate(&mut store, &compile(&engine, caller))
        .unwrap();
    let run = a.get_func(&mut store, "run").unwrap();
    let args = [1, 100, 5, 0, 0xd800].map(Val::S32);
    let err = run
        .call(&mut store, &args, &mut [Val::Bool(false)])
        .unwrap_err();
    assert!(format!("{err:?}").contains("component adapter"), "{err:?}");
}

/// A variant-like type of scalar payloads: its definition, its payload slot's core type,
/// and (discriminant, slot bits) inputs.
struct VariantCase {
    def: &'static str,
    slot: &'static str,
    inputs: &'static [(i32, i64)],
}

const VARIANTS: &[VariantCase] = &[
    VariantCase {
        def: r#"(variant (case "a" u8) (case "b" float32) (case "c") (case "d" s64) (case "e" char))"#,
        slot: "i64",
        inputs: &[
            (0, 0x1234_5678_0000_01ff),
            (1, 0x7fc0_0001),
            (1, 0x5555_0000_3f80_0000),
            (2, -1),
            (3, i64::MIN),
            (4, 0x41),
            (4, 0xd800),
            (5, 0),
            (-1, 0),
        ],
    },
    VariantCase {
        def: "(option float32)",
        slot: "f32",
        inputs: &[(0, 0x7fc0_0001), (1, 0x7fc0_0001), (1, 0x3f80_0000), (2, 0)],
    },
    VariantCase {
        def: "(result u16 (error s8))",
        slot: "i32",
        inputs: &[(0, 0x1_fffe), (1, 0x1ff), (1, 0x80), (2, 0)],
    },
];

/// Callee `f: func(x: T) -> u64` answering `disc << 56 ^ slot` of what it received; the
/// caller's `run(disc, slot) -> s64` passes raw bits.
fn variant_pair(case: &VariantCase) -> (String, String) {
    let slot = case.slot;
    let (to_bits, from_bits) = match slot {
        "f32" => (
            "i32.reinterpret_f32 i64.extend_i32_u",
            "i32.wrap_i64 f32.reinterpret_i32",
        ),
        "i32" => ("i64.extend_i32_u", "i32.wrap_i64"),
        _ => ("", ""),
    };
    let callee = format!(
        r#"(component
  (type $t {def})
  (export $t' "t" (type $t))
  (core module $M
    (func (export "f") (param $d i32) (param $s {slot}) (result i64)
      (i64.xor (i64.shl (i64.extend_i32_u (local.get $d)) (i64.const 56))
        (local.get $s) {to_bits})))
  (core instance $m (instantiate $M))
  (func (export "f") (param "x" $t') (result u64) (canon lift (core func $m "f"))))"#,
        def = case.def
    );
    let caller = format!(
        r#"(component
  (import "i" (instance $i
    (type $t0 {def}) (export "t" (type $t (eq $t0)))
    (export "f" (func (param "x" $t) (result u64)))))
  (alias export $i "f" (func $f))
  (core func $f' (canon lower (func $f)))
  (core module $M
    (import "" "f" (func $f (param i32 {slot}) (result i64)))
    (func (export "run") (param i32 i64) (result i64)
      (call $f (local.get 0) (local.get 1) {from_bits})))
  (core instance $m (instantiate $M (with "" (instance (export "f" (func $f'))))))
  (func (export "run") (param "d" s32) (param "s" s64) (result s64)
    (canon lift (core func $m "run"))))"#,
        def = case.def
    );
    (callee, caller)
}

#[test]
fn variants_options_and_results_of_scalars_are_fused_as_the_host_path_does() {
    for case in VARIANTS {
        let run = |fused: bool| -> Vec<String> {
            let engine = engine(fused);
            let (callee, caller) = variant_pair(case);
            let callee = compile(&engine, &callee);
            let caller = compile(&engine, &caller);
            case.inputs
                .iter()
                .map(|&(d, s)| {
                    let mut store = Store::new(&engine, ());
                    let mut linker = Linker::new(&engine);
                    let b = linker.instantiate(&mut store, &callee).unwrap();
                    let f = b.get_func(&mut store, "f").unwrap();
                    linker.instance("i").unwrap().func("f", f).unwrap();
                    let a = linker.instantiate(&mut store, &caller).unwrap();
                    let run = a.get_func(&mut store, "run").unwrap();
                    let mut result = [Val::Bool(false)];
                    let r = run
                        .call(&mut store, &[Val::S32(d), Val::S64(s)], &mut result)
                        .map(|()| result[0].clone());
                    bytes_outcome(r)
                })
                .collect()
        };
        let (fused, reference) = (run(true), run(false));
        assert_eq!(fused, reference, "{}", case.def);
    }
    // What the canonical ABI says, for a few inputs of the first variant: `u8` masked,
    // the float's NaN canonical, a case without payload zero, bad cases trap.
    let engine = engine(false);
    let (callee, caller) = variant_pair(&VARIANTS[0]);
    let (callee, caller) = (compile(&engine, &callee), compile(&engine, &caller));
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    let b = linker.instantiate(&mut store, &callee).unwrap();
    let f = b.get_func(&mut store, "f").unwrap();
    linker.instance("i").unwrap().func("f", f).unwrap();
    let a = linker.instantiate(&mut store, &caller).unwrap();
    let run = a
        .get_typed_func::<(i32, i64), (i64,)>(&mut store, "run")
        .unwrap();
    assert_eq!(
        run.call(&mut store, (0, 0x1234_5678_0000_01ff)).unwrap().0,
        0xff
    );
    assert_eq!(
        run.call(&mut store, (1, 0x7fc0_0001)).unwrap().0,
        (1 << 56) ^ 0x7fc0_0000
    );
    assert_eq!(run.call(&mut store, (2, -1)).unwrap().0, 2 << 56);
}
