//! Functions with many results. Regression: a function with 9 or more results failed to
//! compile ("Too many return values to fit in registers"); now any count validation
//! allows compiles and runs, for wasm-to-wasm calls (direct, indirect and tail), host
//! calls into wasm and wasm calls of host functions.

use wicker::{Engine, Func, FuncType, Instance, Module, Store, Val, ValType};

/// The types of result `i` of `n`: the four value types in turn.
fn result_types(n: usize) -> Vec<&'static str> {
    (0..n)
        .map(|i| ["i32", "i64", "f32", "f64"][i % 4])
        .collect()
}

/// The constant `i` as a value of type `ty`, in WAT.
fn constant(ty: &str, i: usize) -> String {
    format!("({ty}.const {})", i + 1)
}

/// A module whose `make` returns `n` results (1, 2, ... of the four types in turn), with
/// exports calling it directly, indirectly, by tail call, and through the host import
/// `host.make`.
fn module(n: usize) -> String {
    let types = result_types(n).join(" ");
    let consts: String = result_types(n)
        .iter()
        .enumerate()
        .map(|(i, t)| constant(t, i))
        .collect();
    format!(
        r#"(module
  (type $t (func (result {types})))
  (import "host" "make" (func $host (result {types})))
  (table 1 funcref)
  (elem (i32.const 0) $make)
  (func $make (export "make") (result {types}) {consts})
  (func (export "direct") (result {types}) call $make)
  (func (export "indirect") (result {types}) (call_indirect (type $t) (i32.const 0)))
  (func (export "tail") (result {types}) return_call $make)
  (func (export "tail-indirect") (result {types})
    (return_call_indirect (type $t) (i32.const 0)))
  (func (export "via-host") (result {types}) call $host)
  (func (export "tail-host") (result {types}) return_call $host))"#
    )
}

fn expected(n: usize) -> Vec<Val> {
    result_types(n)
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let v = i as i64 + 1;
            match *t {
                "i32" => Val::I32(v as i32),
                "i64" => Val::I64(v),
                "f32" => Val::F32((v as f32).to_bits()),
                _ => Val::F64((v as f64).to_bits()),
            }
        })
        .collect()
}

fn bits(vals: &[Val]) -> Vec<(u8, u64)> {
    vals.iter()
        .map(|v| match v {
            Val::I32(x) => (0, *x as u32 as u64),
            Val::I64(x) => (1, *x as u64),
            Val::F32(x) => (2, u64::from(*x)),
            Val::F64(x) => (3, *x),
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

#[test]
fn any_number_of_results_compiles_and_runs() {
    let engine = Engine::default();
    for n in (1..=20).chain([50, 200]) {
        let module = Module::new(&engine, module(n))
            .unwrap_or_else(|e| panic!("{n} results do not compile: {e:#}"));
        let mut store = Store::new(&engine, ());
        let valtypes: Vec<ValType> = result_types(n)
            .iter()
            .map(|t| match *t {
                "i32" => ValType::I32,
                "i64" => ValType::I64,
                "f32" => ValType::F32,
                _ => ValType::F64,
            })
            .collect();
        let want = expected(n);
        let answer = want.clone();
        let host = Func::new(
            &mut store,
            FuncType::new([], valtypes),
            move |_, _, results| {
                results.clone_from_slice(&answer);
                Ok(())
            },
        );
        let instance = Instance::new(&mut store, &module, &[host.into()]).unwrap();
        for name in [
            "make",
            "direct",
            "indirect",
            "tail",
            "tail-indirect",
            "via-host",
            "tail-host",
        ] {
            let f = instance.get_func(&mut store, name).unwrap();
            let mut out = vec![Val::I32(0); n];
            f.call(&mut store, &[], &mut out)
                .unwrap_or_else(|e| panic!("{name} with {n} results: {e:#}"));
            assert_eq!(bits(&out), bits(&want), "{name} with {n} results");
        }
    }
}

#[test]
fn many_results_through_a_typed_call() {
    let engine = Engine::default();
    let (mut store, instance) = crate::instantiate(
        &engine,
        r#"(module (func (export "f") (param i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
          (local.get 0) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
          (i32.const 6) (i32.const 7) (i32.const 8) (i32.const 9) (i64.const 10)))"#,
    );
    let f = instance
        .get_typed_func::<i32, (i32, i32, i32, i32, i32, i32, i32, i32, i32, i64)>(&mut store, "f")
        .unwrap();
    assert_eq!(
        f.call(&mut store, 1).unwrap(),
        (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    );
}
