use wicker::{Engine, Instance, Module, Store, Trap, WasmBacktrace};

#[test]
fn trap_carries_named_frames_innermost_first() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module $m
            (func $inner (param i32) (result i32) local.get 0 i32.const 0 i32.div_u)
            (func $middle (param i32) (result i32) local.get 0 call $inner i32.const 1 i32.add)
            (func $outer (export "outer") (result i32) i32.const 7 call $middle))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let outer = instance
        .get_typed_func::<(), i32>(&mut store, "outer")
        .unwrap();
    let err = outer.call(&mut store, ()).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::IntegerDivisionByZero)
    );
    let bt = err
        .downcast_ref::<WasmBacktrace>()
        .expect("a backtrace is attached");
    let names: Vec<_> = bt
        .frames()
        .iter()
        .map(|f| f.func_name().unwrap_or("?"))
        .collect();
    assert_eq!(names, ["inner", "middle", "outer"]);
    assert_eq!(bt.frames()[0].module_name(), Some("m"));
    assert_eq!(bt.frames()[0].func_index(), 0);
    let text = format!("{err:?}");
    assert!(
        text.contains("m!inner") && text.contains("m!outer"),
        "{text}"
    );
}

#[test]
fn unnamed_functions_are_shown_by_index() {
    let engine = Engine::default();
    let wasm = wat::parse_str(r#"(module (func (export "f") unreachable))"#).unwrap();
    let module = Module::from_binary(&engine, &wasm).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let f = instance.get_typed_func::<(), ()>(&mut store, "f").unwrap();
    let err = f.call(&mut store, ()).unwrap_err();
    let bt = err.downcast_ref::<WasmBacktrace>().unwrap();
    assert_eq!(bt.frames().len(), 1);
    assert!(bt.to_string().contains("<wasm function 0>"), "{bt}");
}
