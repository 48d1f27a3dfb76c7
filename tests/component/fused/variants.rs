//! Variants, options and results of scalar payloads.

use super::*;

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
                    let (mut store, _, run) = link(&engine, &callee, &caller);
                    outcome(call(&mut store, &run, &[Val::S32(d), Val::S64(s)]))
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
    let (mut store, _, run) = link(&engine, &callee, &caller);
    let run = run.typed::<(i32, i64), (i64,)>().unwrap();
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
