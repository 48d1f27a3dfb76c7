//! Tables with 64-bit indices (the memory64 proposal): every table operator and
//! `call_indirect` at `i64` indices, with indices past 2^32 out of bounds, not wrapped.

use wicker::{Config, Engine, Instance, Module, Ref, RefType, Store, Table, TableType};

#[test]
fn every_table_operator_at_64_bit_indices() {
    let mut config = Config::new();
    config.wasm_memory64(true);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(
        &engine,
        r#"(module
          (import "" "t" (table $imported i64 1 funcref))
          (type $r (func (result i32)))
          (table $t i64 2 10 funcref)
          (elem (table $t) (i64.const 1) func $seven)
          (func $seven (result i32) (i32.const 7))
          (func (export "call") (param i64) (result i32) (call_indirect $t (type $r) (local.get 0)))
          (func (export "size") (result i64) (table.size $t))
          (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
          (func (export "copy") (param i64 i64 i64) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
          (func (export "fill") (param i64 i64) (table.fill $t (local.get 0) (table.get $t (i64.const 1)) (local.get 1)))
          (func (export "is_null") (param i64) (result i32) (ref.is_null (table.get $t (local.get 0))))
          (func (export "imported_null") (result i32) (ref.is_null (table.get $imported (i64.const 0)))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let imported = Table::new(
        &mut store,
        TableType::new64(RefType::FUNCREF, 1, None),
        Ref::Func(None),
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[imported.into()]).unwrap();
    let call = instance
        .get_typed_func::<i64, i32>(&mut store, "call")
        .unwrap();
    let size = instance
        .get_typed_func::<(), i64>(&mut store, "size")
        .unwrap();
    let grow = instance
        .get_typed_func::<i64, i64>(&mut store, "grow")
        .unwrap();
    let copy = instance
        .get_typed_func::<(i64, i64, i64), ()>(&mut store, "copy")
        .unwrap();
    let fill = instance
        .get_typed_func::<(i64, i64), ()>(&mut store, "fill")
        .unwrap();
    let is_null = instance
        .get_typed_func::<i64, i32>(&mut store, "is_null")
        .unwrap();
    assert_eq!(call.call(&mut store, 1).unwrap(), 7);
    assert!(call.call(&mut store, 0).is_err());
    // 2^32 + 1 is not 1: past the table, not wrapped onto it.
    assert!(call.call(&mut store, (1 << 32) + 1).is_err());
    assert_eq!(size.call(&mut store, ()).unwrap(), 2);
    assert_eq!(grow.call(&mut store, 3).unwrap(), 2);
    assert_eq!(grow.call(&mut store, 1 << 40).unwrap(), -1);
    assert_eq!(size.call(&mut store, ()).unwrap(), 5);
    copy.call(&mut store, (4, 1, 1)).unwrap();
    assert_eq!(call.call(&mut store, 4).unwrap(), 7);
    assert!(copy.call(&mut store, (0, 1, -1)).is_err());
    fill.call(&mut store, (2, 2)).unwrap();
    assert_eq!(is_null.call(&mut store, 3).unwrap(), 0);
    assert!(fill.call(&mut store, (4, 2)).is_err());
    assert!(is_null.call(&mut store, -1).is_err());
    let imported_null = instance
        .get_typed_func::<(), i32>(&mut store, "imported_null")
        .unwrap();
    assert_eq!(imported_null.call(&mut store, ()).unwrap(), 1);

    // A 32-bit table where a 64-bit one is imported: refused.
    let narrow = Table::new(
        &mut store,
        TableType::new(RefType::FUNCREF, 1, None),
        Ref::Func(None),
    )
    .unwrap();
    assert!(Instance::new(&mut store, &module, &[narrow.into()]).is_err());
}

#[test]
fn an_element_segment_far_past_the_table_traps() {
    let mut config = Config::new();
    config.wasm_memory64(true);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(
        &engine,
        r#"(module (table i64 1 funcref) (func $f)
             (elem (i64.const 0xffff_ffff_ffff_ffff) func $f))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(format!("{err:?}").contains("out of bounds"), "{err:?}");
}
