//! Memories of one-byte pages (the custom-page-sizes proposal): exact bounds in both
//! bounds-check modes, growth in bytes, the limiter told bytes, and page sizes in imports.

use wicker::{Config, Engine, Instance, Memory, MemoryType, Module, Store, StoreLimitsBuilder};

fn engine(explicit: bool) -> Engine {
    let mut config = Config::new();
    config
        .wasm_custom_page_sizes(true)
        .explicit_bounds_checks(explicit);
    Engine::new(&config).unwrap()
}

const BYTES: &str = r#"(module
  (memory (export "memory") 5 100 (pagesize 1))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size)))"#;

#[test]
fn accesses_end_at_the_last_byte_in_both_modes() {
    for explicit in [false, true] {
        let engine = engine(explicit);
        let (mut store, instance) = super::instantiate(&engine, BYTES);
        let load = instance
            .get_typed_func::<i32, i32>(&mut store, "load")
            .unwrap();
        let store_fn = instance
            .get_typed_func::<(i32, i32), ()>(&mut store, "store")
            .unwrap();
        let grow = instance
            .get_typed_func::<i32, i32>(&mut store, "grow")
            .unwrap();
        let size = instance
            .get_typed_func::<(), i32>(&mut store, "size")
            .unwrap();
        store_fn.call(&mut store, (1, 0x0403_0201)).unwrap();
        assert_eq!(load.call(&mut store, 1).unwrap(), 0x0403_0201);
        // Bytes 2..6 reach one past the end: a trap, though the host page goes on.
        assert!(load.call(&mut store, 2).is_err(), "explicit: {explicit}");
        assert!(
            store_fn.call(&mut store, (2, 7)).is_err(),
            "explicit: {explicit}"
        );
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        assert_eq!(memory.data(&store), [0, 1, 2, 3, 4]);

        // Growth is in bytes; new bytes are zero and reachable.
        assert_eq!(grow.call(&mut store, 3).unwrap(), 5);
        assert_eq!(size.call(&mut store, ()).unwrap(), 8);
        assert_eq!(memory.size(&store), 8);
        assert_eq!(memory.data_size(&store), 8);
        assert_eq!(load.call(&mut store, 4).unwrap(), 4);
        assert!(load.call(&mut store, 5).is_err());
        // Past the maximum of 100 bytes: -1, nothing changes.
        assert_eq!(grow.call(&mut store, 93).unwrap(), -1);
        assert_eq!(grow.call(&mut store, 92).unwrap(), 8);
        assert!(memory.grow(&mut store, 1).is_err());
        assert_eq!(memory.data_size(&store), 100);
        assert_eq!(memory.ty(&store).page_size(), 1);
    }
}

#[test]
fn the_limiter_is_told_bytes() {
    let engine = engine(false);
    let module = Module::new(&engine, BYTES).unwrap();
    let mut store = Store::new(&engine, ());
    store.limiter(StoreLimitsBuilder::new().memory_size(10).build());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 5).unwrap(), 5);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
}

#[test]
fn imports_match_page_sizes() {
    let engine = engine(false);
    let module = Module::new(
        &engine,
        r#"(module (import "" "m" (memory 3 (pagesize 1)))
             (func (export "last") (result i32) (i32.load8_u (i32.const 2))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let bytes = Memory::new(
        &mut store,
        MemoryType::with_page_size_log2(3, None, 0).unwrap(),
    )
    .unwrap();
    bytes.data_mut(&mut store)[2] = 9;
    let instance = Instance::new(&mut store, &module, &[bytes.into()]).unwrap();
    let last = instance
        .get_typed_func::<(), i32>(&mut store, "last")
        .unwrap();
    assert_eq!(last.call(&mut store, ()).unwrap(), 9);

    // 64 KiB pages where one-byte pages are wanted: refused, though the sizes would fit.
    let pages = Memory::new(&mut store, MemoryType::new(3, None)).unwrap();
    assert!(Instance::new(&mut store, &module, &[pages.into()]).is_err());
    assert!(MemoryType::with_page_size_log2(1, None, 12).is_err());
}
