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

/// Regression test: a table's base moves when it grows, so compiled code must not reuse a
/// base loaded before a `table.grow` (or before a call that grows it) in the same function.
#[test]
fn table_accesses_after_growth_in_the_same_function() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
            (import "host" "grow" (func $host_grow))
            (table $t (export "t") 1 funcref)
            (type $r (func (result i32)))
            (func $seven (type $r) i32.const 7)
            (elem declare func $seven)
            (func (export "grow_in_wasm") (result i32)
                (local $i i32)
                (drop (table.get $t (i32.const 0)))
                (drop (table.grow $t (ref.null func) (i32.const 100000)))
                (table.set $t (i32.const 50000) (ref.func $seven))
                (loop $l
                    (drop (table.grow $t (ref.null func) (i32.const 1000)))
                    (table.set $t (i32.add (i32.const 60000) (local.get $i)) (ref.func $seven))
                    (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 50))))
                (call_indirect $t (type $r) (i32.const 50000)))
            (func (export "grow_in_host") (result i32)
                (drop (table.get $t (i32.const 0)))
                call $host_grow
                (table.set $t (i32.const 150000) (ref.func $seven))
                (call_indirect $t (type $r) (i32.const 150000))))"#,
    )
    .unwrap();
    let mut linker = wicker::Linker::<Option<wicker::Table>>::new(&engine);
    linker
        .func_wrap(
            "host",
            "grow",
            |mut caller: wicker::Caller<'_, Option<wicker::Table>>| {
                let t = caller.data().unwrap();
                t.grow(&mut caller, 100_000, wicker::Ref::Func(None))
                    .unwrap();
            },
        )
        .unwrap();
    let mut store = Store::new(&engine, None);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let t = instance.get_table(&mut store, "t").unwrap();
    *store.data_mut() = Some(t);
    let f = instance
        .get_typed_func::<(), i32>(&mut store, "grow_in_wasm")
        .unwrap();
    assert_eq!(f.call(&mut store, ()).unwrap(), 7);
    let g = instance
        .get_typed_func::<(), i32>(&mut store, "grow_in_host")
        .unwrap();
    assert_eq!(g.call(&mut store, ()).unwrap(), 7);
    // The host reads the table's real storage: the guest's writes must be there.
    for slot in [50_000, 60_000, 60_049, 150_000] {
        assert!(
            matches!(t.get(&mut store, slot), Some(wicker::Ref::Func(Some(_)))),
            "slot {slot} was not written"
        );
    }
}

struct PanickingLimiter;

impl wicker::ResourceLimiter for PanickingLimiter {
    fn memory_growing(&mut self, current: usize, _desired: usize, _max: Option<usize>) -> bool {
        // Allow the initial allocation, refuse growth by panicking.
        assert_eq!(current, 0, "limiter panicked");
        true
    }
    fn table_growing(&mut self, _current: usize, _desired: usize, _max: Option<usize>) -> bool {
        true
    }
}

#[test]
fn a_panicking_limiter_panics_in_the_host_not_the_process() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (memory 1) (func (export "grow") (result i32) i32.const 1 memory.grow))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    store.limiter(PanickingLimiter);
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<(), i32>(&mut store, "grow")
        .unwrap();
    let caught =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| grow.call(&mut store, ())));
    let payload = caught.expect_err("the limiter's panic reaches the host caller");
    let message = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .unwrap_or_default();
    assert!(message.contains("limiter panicked"), "{message}");
}

/// Memories reuse released reservations: a new memory must still be zeroed, exactly as
/// large as asked, and trap past its end, whatever the previous user of the reservation did.
#[test]
fn reused_memory_reservations_look_fresh() {
    let engine = Engine::default();
    let big = Module::new(
        &engine,
        r#"(module (memory (export "m") 4)
            (func (export "dirty") (i32.store (i32.const 100) (i32.const -1))
                                   (i32.store (i32.const 200000) (i32.const -1))))"#,
    )
    .unwrap();
    let small = Module::new(
        &engine,
        r#"(module (memory (export "m") 1)
            (func (export "peek") (param i32) (result i32) (i32.load (local.get 0))))"#,
    )
    .unwrap();
    for _ in 0..20 {
        let mut store = Store::new(&engine, ());
        let i = Instance::new(&mut store, &big, &[]).unwrap();
        i.get_typed_func::<(), ()>(&mut store, "dirty")
            .unwrap()
            .call(&mut store, ())
            .unwrap();
        drop(store);
        let mut store = Store::new(&engine, ());
        let i = Instance::new(&mut store, &small, &[]).unwrap();
        let peek = i.get_typed_func::<i32, i32>(&mut store, "peek").unwrap();
        assert_eq!(
            peek.call(&mut store, 100).unwrap(),
            0,
            "no data from the previous user"
        );
        assert_eq!(
            i.get_memory(&mut store, "m").unwrap().data(&store).len(),
            65536
        );
        let err = peek.call(&mut store, 200000).unwrap_err();
        assert_eq!(
            err.downcast_ref::<wicker::Trap>(),
            Some(&wicker::Trap::MemoryOutOfBounds)
        );
        assert!(
            i.get_memory(&mut store, "m")
                .unwrap()
                .data(&store)
                .iter()
                .all(|b| *b == 0)
        );
    }
}

#[test]
fn a_reused_memory_reservation_starts_zeroed() {
    // A memory that grew, was written and dropped must not leak its contents to the next
    // memory given the same reservation, however far the first one grew.
    let engine = wicker::Engine::default();
    let module = wicker::Module::new(
        &engine,
        r#"(module (memory (export "m") 1 16)
             (func (export "dirty")
               (drop (memory.grow (i32.const 15)))
               (i32.store (i32.const 0) (i32.const 7))
               (i32.store (i32.const 655360) (i32.const 9))
               (i32.store (i32.const 1048572) (i32.const 11)))
             (func (export "read") (result i32)
               (drop (memory.grow (i32.const 15)))
               (i32.or (i32.or (i32.load (i32.const 0)) (i32.load (i32.const 655360)))
                 (i32.load (i32.const 1048572)))))"#,
    )
    .unwrap();
    for _ in 0..8 {
        let mut store = wicker::Store::new(&engine, ());
        let instance = wicker::Instance::new(&mut store, &module, &[]).unwrap();
        let dirty = instance
            .get_typed_func::<(), ()>(&mut store, "dirty")
            .unwrap();
        dirty.call(&mut store, ()).unwrap();
        drop(store);
        let mut store = wicker::Store::new(&engine, ());
        let instance = wicker::Instance::new(&mut store, &module, &[]).unwrap();
        let read = instance
            .get_typed_func::<(), i32>(&mut store, "read")
            .unwrap();
        assert_eq!(
            read.call(&mut store, ()).unwrap(),
            0,
            "stale memory contents"
        );
    }
}
