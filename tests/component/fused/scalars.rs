//! Scalars: every type with values lifting must normalize or reject, and the enter and
//! leave checks.

use super::*;
use std::sync::{Arc, Mutex};

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
    Case {
        // Three flags: the bits above them are ignored both ways.
        wit: "xyz",
        core: "i32",
        callee_body: "local.get 0 i32.const 0x7770 i32.or",
        inputs: &[0, 1, 5, 7, 8, 0xff, -1],
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
  (type $xyz (flags "x" "y" "z"))
  (export $xyz' "xyz" (type $xyz))
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
        "xyz" => "$xyz'",
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
        "xyz" => (
            r#"(type $e0 (flags "x" "y" "z")) (export "xyz" (type $e (eq $e0)))"#,
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

/// Runs every input of `case` through caller and callee linked in `engine`; the outcomes,
/// and the number of post-return calls after each.
fn run_case(engine: &Engine, case: &Case) -> Vec<(String, u32)> {
    let callee = compile(engine, &callee(case));
    let caller = compile(engine, &caller(case));
    let mut out = Vec::new();
    for &input in case.inputs {
        // A fresh store per input: a trap leaves an instance unusable.
        let (mut store, b, run) = link(engine, &callee, &caller);
        let arg = match case.core {
            "i64" | "f64" => Val::S64(input),
            _ => Val::S32(input as i32),
        };
        let r = call(&mut store, &run, &[arg]);
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
    assert_eq!(chars[3].0, "error: invalid char");
    let enums = run_case(&reference, &CASES[12]);
    assert_eq!(enums[2].0, "error: invalid discriminant");
    let flags = run_case(&reference, &CASES[13]);
    assert_eq!(
        flags[5].0, "S32(7)",
        "0xff as three flags is 0b111 both ways"
    );
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
    let (store, _, run) = link(engine, &compile(engine, callee), &compile(engine, &caller));
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
