use wicker::{Caller, Config, Engine, Func, Linker, Module, Store, Trap, Val};

const RECURSE: &str = r#"(module
    (func $f (export "f") (param i32) (result i32)
        local.get 0
        i32.eqz
        if (result i32) i32.const 0
        else local.get 0 i32.const 1 i32.sub call $f i32.const 1 i32.add end))"#;

#[test]
fn deep_recursion_traps_and_the_store_stays_usable() {
    let engine = Engine::default();
    let (mut store, instance) = super::instantiate(&engine, RECURSE);
    let f = instance
        .get_typed_func::<i32, i32>(&mut store, "f")
        .unwrap();
    let err = f.call(&mut store, i32::MAX).unwrap_err();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::StackOverflow));
    assert_eq!(f.call(&mut store, 1000).unwrap(), 1000);
}

#[test]
fn max_wasm_stack_bounds_the_depth() {
    let depth_reached = |stack: usize| {
        let mut config = Config::new();
        config.max_wasm_stack(stack);
        let engine = Engine::new(&config).unwrap();
        let (mut store, instance) = super::instantiate(&engine, RECURSE);
        let f = instance
            .get_typed_func::<i32, i32>(&mut store, "f")
            .unwrap();
        // The deepest power of two that still returns.
        let mut n = 1;
        while f.call(&mut store, n * 2).is_ok() {
            n *= 2;
        }
        n
    };
    let small = depth_reached(64 << 10);
    let large = depth_reached(1 << 20);
    assert!(small >= 256, "{small}");
    assert!(large >= 4 * small, "{small} vs {large}");
}

#[test]
fn recursion_through_the_host_traps() {
    // wasm -> host -> wasm -> host ... until the wasm stack limit is reached.
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
            (import "host" "again" (func $again (param i32) (result i32)))
            (func (export "down") (param i32) (result i32)
                local.get 0 i32.eqz
                if (result i32) i32.const 0
                else local.get 0 i32.const 1 i32.sub call $again i32.const 1 i32.add end))"#,
    )
    .unwrap();
    let mut linker = Linker::<Option<Func>>::new(&engine);
    linker
        .func_wrap(
            "host",
            "again",
            |mut caller: Caller<'_, Option<Func>>, n: i32| -> anyhow::Result<i32> {
                let down = caller.data().expect("set before the first call");
                let mut out = [Val::I32(0)];
                down.call(&mut caller, &[Val::I32(n)], &mut out)?;
                Ok(out[0].unwrap_i32())
            },
        )
        .unwrap();
    let mut store = Store::new(&engine, None);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let down = instance.get_func(&mut store, "down").unwrap();
    *store.data_mut() = Some(down);
    let typed = down.typed::<i32, i32>(&store).unwrap();
    // Each level adds host frames too; 20 levels fit easily in the default 512 KiB.
    assert_eq!(typed.call(&mut store, 20).unwrap(), 20);
    let err = typed.call(&mut store, 10_000_000).unwrap_err();
    assert!(
        err.chain()
            .any(|e| e.downcast_ref::<Trap>() == Some(&Trap::StackOverflow)),
        "{err:?}"
    );
    assert_eq!(typed.call(&mut store, 10).unwrap(), 10);
}

#[test]
fn a_small_thread_stack_still_traps_instead_of_crashing() {
    // The thread has less stack than `max_wasm_stack`: the limit follows the real stack.
    let mut config = Config::new();
    config.max_wasm_stack(16 << 20);
    let engine = Engine::new(&config).unwrap();
    let handle = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let (mut store, instance) = super::instantiate(&engine, RECURSE);
            let f = instance
                .get_typed_func::<i32, i32>(&mut store, "f")
                .unwrap();
            let err = f.call(&mut store, i32::MAX).unwrap_err();
            assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::StackOverflow));
        })
        .unwrap();
    handle.join().unwrap();
}
