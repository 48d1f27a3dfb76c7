use wicker::{Engine, Instance, Module, Store};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn engine_and_module_are_thread_safe() {
    assert_send_sync::<Engine>();
    assert_send_sync::<Module>();
}

fn assert_send<T: Send>() {}

#[test]
fn stores_move_between_threads() {
    assert_send::<Store<()>>();
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (func (export "f") (result i32) i32.const 3))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let f = instance.get_typed_func::<(), i32>(&mut store, "f").unwrap();
    assert_eq!(f.call(&mut store, ()).unwrap(), 3);
    let store = std::thread::spawn(move || {
        assert_eq!(f.call(&mut store, ()).unwrap(), 3);
        store
    })
    .join()
    .unwrap();
    drop(store);
}

#[test]
fn one_module_runs_on_many_threads() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
            (memory 1)
            (func (export "sum") (param i32) (result i64)
                (local i64)
                (loop $l
                    local.get 1 local.get 0 i64.extend_i32_u i64.add local.set 1
                    local.get 0 i32.const 1 i32.sub local.tee 0
                    br_if $l)
                local.get 1))"#,
    )
    .unwrap();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let (engine, module) = (engine.clone(), module.clone());
            std::thread::spawn(move || {
                let mut store = Store::new(&engine, ());
                let instance = Instance::new(&mut store, &module, &[]).unwrap();
                let sum = instance
                    .get_typed_func::<i32, i64>(&mut store, "sum")
                    .unwrap();
                let n = 1000 * (t + 1);
                for _ in 0..50 {
                    assert_eq!(
                        sum.call(&mut store, n).unwrap(),
                        i64::from(n) * i64::from(n + 1) / 2
                    );
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn traps_on_several_threads_at_once() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (memory 1) (func (export "f") i32.const 99999 i32.load drop))"#,
    )
    .unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (engine, module) = (engine.clone(), module.clone());
            std::thread::spawn(move || {
                let mut store = Store::new(&engine, ());
                let instance = Instance::new(&mut store, &module, &[]).unwrap();
                let f = instance.get_typed_func::<(), ()>(&mut store, "f").unwrap();
                for _ in 0..200 {
                    let err = f.call(&mut store, ()).unwrap_err();
                    assert_eq!(
                        err.downcast_ref::<wicker::Trap>(),
                        Some(&wicker::Trap::MemoryOutOfBounds)
                    );
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}
