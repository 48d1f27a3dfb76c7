//! `v128` values through every way the host and wasm exchange values: typed and untyped
//! calls both ways, host functions, globals, memories, and `call_indirect` with references
//! beside vectors.

use super::instantiate;
use wicker::{
    Engine, ExternRef, Func, FuncType, Global, GlobalType, Instance, Module, Mutability, Store,
    V128, Val, ValType,
};

/// Distinct bits in every byte, so a lane swapped or a half lost shows.
const A: u128 = 0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100;
const B: u128 = 0xf0e0_d0c0_b0a0_9080_7060_5040_3020_1000;

#[test]
fn typed_calls_take_and_return_u128_and_v128() {
    let engine = Engine::default();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module
          (func (export "add") (param v128 v128) (result v128)
            (i8x16.add (local.get 0) (local.get 1)))
          ;; Three results: more than go in registers, so through the return area.
          (func (export "spread") (param i32 v128 f64) (result v128 i32 v128)
            (local.get 1) (local.get 0)
            (f64x2.splat (local.get 2)))
          ;; Nine vector parameters: some of them go on the stack.
          (func (export "xor9") (param v128 v128 v128 v128 v128 v128 v128 v128 v128)
            (result v128)
            (v128.xor (local.get 0) (local.get 8))))"#,
    );
    let add = instance
        .get_typed_func::<(u128, u128), u128>(&mut store, "add")
        .unwrap();
    // Byte-wise addition; no byte of these carries, and their bits are disjoint.
    assert_eq!(add.call(&mut store, (A, B)).unwrap(), A | B);
    let add = instance
        .get_typed_func::<(V128, V128), V128>(&mut store, "add")
        .unwrap();
    assert_eq!(
        add.call(&mut store, (A.into(), B.into())).unwrap(),
        V128::from(A | B)
    );

    let spread = instance
        .get_typed_func::<(i32, u128, f64), (u128, i32, V128)>(&mut store, "spread")
        .unwrap();
    let (v, i, splat) = spread.call(&mut store, (-7, A, 1.5)).unwrap();
    assert_eq!((v, i), (A, -7));
    let half = u128::from(1.5f64.to_bits());
    assert_eq!(splat.as_u128(), half | (half << 64));

    let xor9 = instance
        .get_typed_func::<(u128, u128, u128, u128, u128, u128, u128, u128, u128), u128>(
            &mut store, "xor9",
        )
        .unwrap();
    let out = xor9.call(&mut store, (A, 1, 2, 3, 4, 5, 6, 7, B)).unwrap();
    assert_eq!(out, A ^ B);

    // A typed view of the wrong lane-less type is refused.
    assert!(
        instance
            .get_typed_func::<(i64, i64), u128>(&mut store, "add")
            .is_err()
    );
}

#[test]
fn untyped_calls_carry_v128() {
    let engine = Engine::default();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module
          (func (export "swap") (param v128 i64) (result i64 v128)
            (local.get 1) (local.get 0)))"#,
    );
    let swap = instance.get_func(&mut store, "swap").unwrap();
    let mut results = [Val::I32(0), Val::I32(0)];
    swap.call(
        &mut store,
        &[Val::V128(A.into()), Val::I64(-1)],
        &mut results,
    )
    .unwrap();
    assert_eq!(results[0].unwrap_i64(), -1);
    assert_eq!(results[1].unwrap_v128().as_u128(), A);
    // A v128 where an i64 belongs is a type error, not a reinterpretation.
    let err = swap
        .call(&mut store, &[Val::I64(1), Val::I64(1)], &mut results)
        .unwrap_err();
    assert!(err.to_string().contains("type mismatch"), "{err}");
}

#[test]
fn host_functions_take_and_return_v128() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    // Reverses the bytes: lane order must survive both directions.
    let reverse = Func::wrap(&mut store, |v: V128, n: i32| -> (V128, i32) {
        let mut bytes = v.to_le_bytes();
        bytes.reverse();
        (V128::from_le_bytes(bytes), n + 1)
    });
    let ty = FuncType::new([ValType::V128, ValType::V128], [ValType::V128]);
    let or = Func::new(&mut store, ty, |_caller, params, results| {
        let a = params[0].unwrap_v128().as_u128();
        let b = params[1].unwrap_v128().as_u128();
        results[0] = Val::V128((a | b).into());
        Ok(())
    });
    let typed_u128 = Func::wrap(&mut store, |v: u128| v.rotate_left(8));
    let module = Module::new(
        &engine,
        r#"(module
          (import "" "reverse" (func $reverse (param v128 i32) (result v128 i32)))
          (import "" "or" (func $or (param v128 v128) (result v128)))
          (import "" "rot" (func $rot (param v128) (result v128)))
          (func (export "run") (param v128 v128) (result v128 i32)
            (call $or (local.get 0) (local.get 1))
            call $rot
            (i32.const 41)
            call $reverse))"#,
    )
    .unwrap();
    let instance = Instance::new(
        &mut store,
        &module,
        &[reverse.into(), or.into(), typed_u128.into()],
    )
    .unwrap();
    let run = instance
        .get_typed_func::<(u128, u128), (u128, i32)>(&mut store, "run")
        .unwrap();
    let (v, n) = run.call(&mut store, (A, B)).unwrap();
    assert_eq!(n, 42);
    assert_eq!(v, (A | B).rotate_left(8).swap_bytes());
}

#[test]
fn v128_globals_from_both_sides() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let imported = Global::new(
        &mut store,
        GlobalType::new(ValType::V128, Mutability::Var),
        Val::V128(A.into()),
    )
    .unwrap();
    let module = Module::new(
        &engine,
        r#"(module
          (import "" "g" (global $g (mut v128)))
          (global $own (export "own") (mut v128) (v128.const i32x4 1 2 3 4))
          (func (export "bump")
            (global.set $g (i64x2.add (global.get $g) (v128.const i64x2 1 1)))
            (global.set $own (i32x4.mul (global.get $own) (global.get $own)))))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[imported.into()]).unwrap();
    let bump = instance
        .get_typed_func::<(), ()>(&mut store, "bump")
        .unwrap();
    bump.call(&mut store, ()).unwrap();
    let one = 1u128 | (1u128 << 64);
    assert_eq!(imported.get(&mut store).unwrap_v128().as_u128(), A + one);
    let own = instance.get_global(&mut store, "own").unwrap();
    let lanes = |v: u128| -> [u32; 4] { std::array::from_fn(|i| (v >> (32 * i)) as u32) };
    assert_eq!(
        lanes(own.get(&mut store).unwrap_v128().as_u128()),
        [1, 4, 9, 16]
    );
    own.set(&mut store, Val::V128(B.into())).unwrap();
    assert_eq!(own.get(&mut store).unwrap_v128().as_u128(), B);
    assert!(own.set(&mut store, Val::I64(0)).is_err());
}

#[test]
fn v128_in_memory_is_little_endian() {
    let engine = Engine::default();
    let (mut store, instance) = instantiate(
        &engine,
        r#"(module
          (memory (export "memory") 1)
          (func (export "store") (param i32 v128) (v128.store (local.get 0) (local.get 1)))
          (func (export "load") (param i32) (result v128) (v128.load (local.get 0))))"#,
    );
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    let store_fn = instance
        .get_typed_func::<(i32, u128), ()>(&mut store, "store")
        .unwrap();
    store_fn.call(&mut store, (3, A)).unwrap();
    assert_eq!(memory.data(&store)[3..19], A.to_le_bytes());
    let load = instance
        .get_typed_func::<i32, V128>(&mut store, "load")
        .unwrap();
    assert_eq!(load.call(&mut store, 3).unwrap().as_u128(), A);
    // The last 16 bytes load; one byte further traps.
    assert!(load.call(&mut store, 65536 - 16).is_ok());
    assert!(load.call(&mut store, 65536 - 15).is_err());
    assert!(store_fn.call(&mut store, (65536 - 15, A)).is_err());
    assert_eq!(memory.data(&store)[65536 - 15..], [0; 15]);
}

#[test]
fn references_beside_vectors_through_call_indirect() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let module = Module::new(
        &engine,
        r#"(module
          (type $t (func (param v128 externref v128 funcref) (result externref v128 funcref)))
          (table $tab 2 funcref)
          (elem (table $tab) (i32.const 0) func $pass $pass)
          (func $pass (type $t)
            (local.get 1)
            (v128.or (local.get 0) (local.get 2))
            (local.get 3))
          (func (export "run") (param v128 externref v128 i32) (result externref v128 funcref)
            (call_indirect $tab (type $t)
              (local.get 0) (local.get 1) (local.get 2)
              (table.get $tab (i32.const 1))
              (local.get 3))))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let run = instance
        .get_typed_func::<(u128, Option<ExternRef>, u128, i32), (Option<ExternRef>, u128, Option<Func>)>(
            &mut store, "run",
        )
        .unwrap();
    let r = ExternRef::new(&mut store, 17u32).unwrap();
    let (back, v, f) = run.call(&mut store, (A, Some(r), B, 0)).unwrap();
    assert_eq!(v, A | B);
    assert_eq!(
        back.unwrap().data(&store).unwrap().downcast_ref::<u32>(),
        Some(&17)
    );
    assert!(f.is_some());
    // Out of the table's bounds: a trap, with the vectors not in the way.
    assert!(run.call(&mut store, (A, None, B, 2)).is_err());
}
