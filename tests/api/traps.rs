use super::instantiate;
use wicker::{Config, Engine, Trap};

/// Calls the export `run` of `wat` and returns the trap it raised.
fn trap_of(engine: &Engine, wat: &str) -> Trap {
    let (mut store, instance) = instantiate(engine, wat);
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let err = run.call(&mut store, ()).expect_err("the call traps");
    let trap = *err
        .downcast_ref::<Trap>()
        .unwrap_or_else(|| panic!("not a trap: {err:?}"));
    // The store stays usable after a trap.
    run.call(&mut store, ()).expect_err("the call traps again");
    trap
}

fn check_all(engine: &Engine) {
    let cases: &[(&str, Trap)] = &[
        ("unreachable", Trap::UnreachableCodeReached),
        (
            "i32.const 1 i32.const 0 i32.div_s drop",
            Trap::IntegerDivisionByZero,
        ),
        (
            "i64.const 1 i64.const 0 i64.rem_u drop",
            Trap::IntegerDivisionByZero,
        ),
        (
            "i32.const 0x80000000 i32.const -1 i32.div_s drop",
            Trap::IntegerOverflow,
        ),
        (
            "f32.const nan i32.trunc_f32_s drop",
            Trap::BadConversionToInteger,
        ),
        (
            "f64.const 1e100 i64.trunc_f64_u drop",
            Trap::IntegerOverflow,
        ),
        ("i32.const 65536 i32.load drop", Trap::MemoryOutOfBounds),
        (
            "i32.const 65533 i32.const 0 i32.store",
            Trap::MemoryOutOfBounds,
        ),
        (
            "i32.const -1 i64.load offset=0xffffffff drop",
            Trap::MemoryOutOfBounds,
        ),
        (
            "i32.const 0 i32.const 0 i32.const 65537 memory.fill",
            Trap::MemoryOutOfBounds,
        ),
        (
            "i32.const 0 i32.const 1 i32.const 2 memory.init $d",
            Trap::MemoryOutOfBounds,
        ),
        ("i32.const 5 table.get $t drop", Trap::TableOutOfBounds),
        (
            "i32.const 0 i32.const 0 i32.const 6 table.init $t $e",
            Trap::TableOutOfBounds,
        ),
        ("i32.const 4 call_indirect $t", Trap::TableOutOfBounds),
        ("i32.const 1 call_indirect $t", Trap::IndirectCallToNull),
        (
            "i32.const 7 i32.const 0 call_indirect $t (type $other)",
            Trap::BadSignature,
        ),
    ];
    for (body, expected) in cases {
        let wat = format!(
            r#"(module
                (type $other (func (param i32)))
                (memory 1)
                (data $d "x")
                (table $t 4 funcref)
                (elem $e func $run)
                (elem (i32.const 0) func $run)
                (func $run (export "run") {body}))"#
        );
        let trap = trap_of(engine, &wat);
        assert_eq!(trap, *expected, "for `{body}`");
        assert!(trap.to_string().starts_with("wasm trap: "), "{trap}");
    }
}

#[test]
fn every_trap_kind_with_guard_pages() {
    check_all(&Engine::default());
}

#[test]
fn every_trap_kind_with_explicit_bounds_checks() {
    let mut config = Config::new();
    config.explicit_bounds_checks(true);
    check_all(&Engine::new(&config).unwrap());
}

#[test]
fn host_error_propagates_through_wasm() {
    let engine = Engine::default();
    let mut linker = wicker::Linker::<()>::new(&engine);
    linker
        .func_wrap("host", "fail", || -> anyhow::Result<()> {
            anyhow::bail!("the host refused")
        })
        .unwrap();
    let module = wicker::Module::new(
        &engine,
        r#"(module (import "host" "fail" (func $fail)) (func (export "run") call $fail))"#,
    )
    .unwrap();
    let mut store = wicker::Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let err = run.call(&mut store, ()).unwrap_err();
    assert!(format!("{err:?}").contains("the host refused"), "{err:?}");
    assert!(err.downcast_ref::<Trap>().is_none());
}

#[test]
fn host_panic_resumes_in_the_host() {
    let engine = Engine::default();
    let mut linker = wicker::Linker::<()>::new(&engine);
    linker
        .func_wrap("host", "boom", || -> () { panic!("host panicked") })
        .unwrap();
    let module = wicker::Module::new(
        &engine,
        r#"(module (import "host" "boom" (func $boom)) (func (export "run") call $boom))"#,
    )
    .unwrap();
    let mut store = wicker::Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let caught =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run.call(&mut store, ())));
    let payload = caught.expect_err("the panic reaches the host caller");
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"host panicked"));
}

#[test]
fn trap_in_start_function_fails_instantiation() {
    let engine = Engine::default();
    let module =
        wicker::Module::new(&engine, r#"(module (func $s unreachable) (start $s))"#).unwrap();
    let mut store = wicker::Store::new(&engine, ());
    let err = wicker::Instance::new(&mut store, &module, &[]).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::UnreachableCodeReached)
    );
}

#[test]
fn out_of_bounds_data_segment_fails_instantiation() {
    let engine = Engine::default();
    let module = wicker::Module::new(
        &engine,
        r#"(module (memory 1) (data (i32.const 65535) "ab"))"#,
    )
    .unwrap();
    let mut store = wicker::Store::new(&engine, ());
    let err = wicker::Instance::new(&mut store, &module, &[]).unwrap_err();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::MemoryOutOfBounds));
}
