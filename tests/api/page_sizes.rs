//! Memories of other shapes than 64 KiB pages in 32 bits: one-byte pages (the
//! custom-page-sizes proposal), with exact bounds in both bounds-check modes, growth in
//! bytes, the limiter told bytes and page sizes in imports; and 64-bit memories (memory64)
//! past 4 GiB.

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

/// A 64-bit memory grown past 4 GiB and used there, from wasm and from the host.
#[test]
fn a_64_bit_memory_past_4_gib() {
    let mut config = Config::new();
    config.wasm_memory64(true);
    let engine = Engine::new(&config).unwrap();
    let (mut store, instance) = super::instantiate(
        &engine,
        r#"(module
          (memory (export "memory") i64 1)
          (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
          (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
          (func (export "load") (param i64) (result i64) (i64.load (local.get 0)))
          (func (export "load_far") (param i64) (result i64)
            (i64.load offset=0xffff_ffff_ffff_fff0 (local.get 0))))"#,
    );
    let grow = instance
        .get_typed_func::<i64, i64>(&mut store, "grow")
        .unwrap();
    let store_fn = instance
        .get_typed_func::<(i64, i64), ()>(&mut store, "store")
        .unwrap();
    let load = instance
        .get_typed_func::<i64, i64>(&mut store, "load")
        .unwrap();
    let load_far = instance
        .get_typed_func::<i64, i64>(&mut store, "load_far")
        .unwrap();
    // 5 GiB in 64 KiB pages.
    let pages = 5 << 14;
    assert_eq!(grow.call(&mut store, pages - 1).unwrap(), 1);
    let last = (5i64 << 30) - 8;
    store_fn
        .call(&mut store, (last, 0x1234_5678_9abc_def0))
        .unwrap();
    assert_eq!(load.call(&mut store, last).unwrap(), 0x1234_5678_9abc_def0);
    assert!(load.call(&mut store, last + 1).is_err());
    // An address and offset whose sum passes 2^64 trap; they do not wrap around to 0.
    assert!(load_far.call(&mut store, 0x20).is_err());
    assert!(load.call(&mut store, -8).is_err());
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert_eq!(memory.size(&store), pages as u64);
    assert!(memory.ty(&store).is_64());
    let at = last as usize;
    assert_eq!(
        memory.data(&store)[at..at + 8],
        0x1234_5678_9abc_def0u64.to_le_bytes()
    );
    // Past the address space a 64-bit memory reserves, growth fails without trapping.
    assert_eq!(grow.call(&mut store, 1 << 40).unwrap(), -1);
}
