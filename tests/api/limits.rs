use wicker::{Engine, Instance, Memory, MemoryType, Module, Store, StoreLimitsBuilder};

#[test]
fn memory_grow_respects_the_declared_maximum() {
    let engine = Engine::default();
    let (mut store, instance) = super::instantiate(
        &engine,
        r#"(module (memory (export "m") 1 3)
            (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
    );
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    let m = instance.get_memory(&mut store, "m").unwrap();
    assert_eq!(m.size(&store), 3);
    assert_eq!(m.data(&store).len(), 3 * 65536);
}

#[test]
fn store_limits_cap_memory_growth() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (memory 1) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    store.limiter(StoreLimitsBuilder::new().memory_size(4 * 65536).build());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 3).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    // A 4 GiB request is refused, not attempted.
    assert_eq!(grow.call(&mut store, 65536).unwrap(), -1);
}

#[test]
fn store_limits_refuse_large_initial_memories_and_tables() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    store.limiter(
        StoreLimitsBuilder::new()
            .memory_size(65536)
            .table_elements(10)
            .build(),
    );
    let big_mem = Module::new(&engine, "(module (memory 2))").unwrap();
    assert!(Instance::new(&mut store, &big_mem, &[]).is_err());
    let big_table = Module::new(&engine, "(module (table 11 funcref))").unwrap();
    assert!(Instance::new(&mut store, &big_table, &[]).is_err());
    let ok = Module::new(&engine, "(module (memory 1) (table 10 funcref))").unwrap();
    assert!(Instance::new(&mut store, &ok, &[]).is_ok());
}

#[test]
fn table_growth_is_bounded() {
    let engine = Engine::default();
    let (mut store, instance) = super::instantiate(
        &engine,
        r#"(module (table 0 funcref)
            (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))"#,
    );
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 10).unwrap(), 0);
    // Billions of elements would exhaust the host: refused.
    assert_eq!(grow.call(&mut store, -1).unwrap(), -1);
}

#[test]
fn host_memory_api_checks_bounds() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let m = Memory::new(&mut store, MemoryType::new(1, Some(2))).unwrap();
    m.write(&mut store, 65530, b"hello").unwrap();
    let mut buf = [0u8; 5];
    m.read(&store, 65530, &mut buf).unwrap();
    assert_eq!(&buf, b"hello");
    assert!(m.write(&mut store, 65534, b"xyz").is_err());
    assert!(m.read(&store, usize::MAX, &mut buf).is_err());
    assert_eq!(m.grow(&mut store, 1).unwrap(), 1);
    assert!(m.grow(&mut store, 1).is_err());
}
