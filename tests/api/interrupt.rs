use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use wicker::{Config, Engine, Trap};

const SPIN: &str = r#"(module
    (func (export "spin") (loop $l br $l))
    (func (export "count") (param i32) (result i32)
        (local i32)
        (loop $l
            local.get 1 i32.const 1 i32.add local.set 1
            local.get 1 local.get 0 i32.lt_u br_if $l)
        local.get 1))"#;

#[test]
fn fuel_stops_an_infinite_loop() {
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).unwrap();
    let (mut store, instance) = super::instantiate(&engine, SPIN);
    store.set_fuel(100_000).unwrap();
    let spin = instance
        .get_typed_func::<(), ()>(&mut store, "spin")
        .unwrap();
    let err = spin.call(&mut store, ()).unwrap_err();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::OutOfFuel));
    assert_eq!(store.get_fuel().unwrap(), 0);
}

#[test]
fn fuel_is_consumed_in_proportion_to_work() {
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).unwrap();
    let (mut store, instance) = super::instantiate(&engine, SPIN);
    let count = instance
        .get_typed_func::<i32, i32>(&mut store, "count")
        .unwrap();
    store.set_fuel(1_000_000).unwrap();
    assert_eq!(count.call(&mut store, 1000).unwrap(), 1000);
    let used_1000 = 1_000_000 - store.get_fuel().unwrap();
    store.set_fuel(1_000_000).unwrap();
    count.call(&mut store, 10_000).unwrap();
    let used_10000 = 1_000_000 - store.get_fuel().unwrap();
    assert!(used_1000 >= 1000, "{used_1000}");
    assert!(
        used_10000 > 9 * used_1000 && used_10000 < 11 * used_1000,
        "{used_1000} {used_10000}"
    );
    // Not enough fuel for the whole count.
    store.set_fuel(used_1000).unwrap();
    assert!(count.call(&mut store, 10_000).is_err());
}

#[test]
fn fuel_requires_configuration() {
    let engine = Engine::default();
    let mut store = wicker::Store::new(&engine, ());
    assert!(store.set_fuel(10).is_err());
}

#[test]
fn epoch_interrupts_an_infinite_loop_from_another_thread() {
    let mut config = Config::new();
    config.epoch_interruption(true);
    let engine = Engine::new(&config).unwrap();
    let (mut store, instance) = super::instantiate(&engine, SPIN);
    store.set_epoch_deadline(1);
    let spin = instance
        .get_typed_func::<(), ()>(&mut store, "spin")
        .unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let ticker = {
        let (engine, done) = (engine.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                engine.increment_epoch();
                std::thread::yield_now();
            }
        })
    };
    let err = spin.call(&mut store, ()).unwrap_err();
    done.store(true, Ordering::Relaxed);
    ticker.join().unwrap();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::Interrupt));
}

#[test]
fn epoch_deadline_not_reached_lets_code_finish() {
    let mut config = Config::new();
    config.epoch_interruption(true);
    let engine = Engine::new(&config).unwrap();
    let (mut store, instance) = super::instantiate(&engine, SPIN);
    store.set_epoch_deadline(5);
    let count = instance
        .get_typed_func::<i32, i32>(&mut store, "count")
        .unwrap();
    assert_eq!(count.call(&mut store, 100_000).unwrap(), 100_000);
}
