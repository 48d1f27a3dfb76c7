use wicker::{Config, Engine, Module};

#[test]
fn garbage_is_an_error() {
    let engine = Engine::default();
    assert!(Module::new(&engine, b"\0asm\x01\0\0\0\x99").is_err());
    assert!(Module::new(&engine, b"\0asm\x02\0\0\0").is_err());
    assert!(Module::new(&engine, b"not wasm at all (").is_err());
    assert!(Module::from_binary(&engine, b"").is_err());
}

#[test]
fn type_errors_name_the_problem() {
    let engine = Engine::default();
    let err = Module::new(&engine, "(module (func (result i32) f32.const 1))").unwrap_err();
    assert!(format!("{err:?}").contains("type mismatch"), "{err:?}");
}

#[test]
fn unsupported_proposals_are_refused_clearly() {
    let mut config = Config::new();
    config.wasm_threads(true);
    let err = Engine::new(&config).unwrap_err();
    assert_eq!(err.to_string(), "proposal `threads` is not supported yet");
}

#[test]
fn simd_can_be_switched_off() {
    let simd = "(module (func (result v128) v128.const i64x2 0 0))";
    Module::new(&Engine::default(), simd).expect("SIMD is on by default");
    let mut config = Config::new();
    config.wasm_simd(false).wasm_relaxed_simd(false);
    let engine = Engine::new(&config).unwrap();
    let err = Module::new(&engine, simd).unwrap_err();
    assert!(format!("{err:?}").contains("SIMD"), "{err:?}");

    // Relaxed SIMD alone is a configuration error, not a silent half-feature.
    let mut config = Config::new();
    config.wasm_simd(false);
    let err = Engine::new(&config).unwrap_err();
    assert!(
        err.to_string().contains("relaxed SIMD proposal needs SIMD"),
        "{err}"
    );

    // Relaxed SIMD off refuses its operators only.
    let mut config = Config::new();
    config.wasm_relaxed_simd(false);
    let engine = Engine::new(&config).unwrap();
    Module::new(&engine, simd).expect("SIMD without relaxed SIMD");
    let relaxed = "(module (func (param v128 v128) (result v128)
        local.get 0 local.get 1 i8x16.relaxed_swizzle))";
    assert!(Module::new(&engine, relaxed).is_err());
    Module::new(&Engine::default(), relaxed).expect("relaxed SIMD is on by default");
}

#[test]
fn standardized_proposals_are_on_by_default() {
    // Regression: multi-memory (and tail calls) were off unless asked for, so valid Wasm
    // 3.0 modules were rejected by the default configuration.
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
          (memory $a 1) (memory $b 1)
          (func $f (result i32) i32.const 7)
          (func (export "run") (result i32)
            (i32.store $b (i32.const 0) (i32.const 5))
            (i32.add (i32.load $b (i32.const 0)) (i32.load $a (i32.const 0))))
          (func (export "tail") (result i32) return_call $f)
          (global i32 (i32.add (i32.const 1) (i32.const 2))))"#,
    )
    .expect("two memories, a tail call and an extended constant compile");
    let mut store = wicker::Store::new(&engine, ());
    let instance = wicker::Instance::new(&mut store, &module, &[]).unwrap();
    let run = instance
        .get_typed_func::<(), i32>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), 5);
    let tail = instance
        .get_typed_func::<(), i32>(&mut store, "tail")
        .unwrap();
    assert_eq!(tail.call(&mut store, ()).unwrap(), 7);
    // They can still be turned off.
    let mut config = Config::new();
    config.wasm_multi_memory(false);
    let engine = Engine::new(&config).unwrap();
    assert!(Module::new(&engine, "(module (memory 1) (memory 1))").is_err());
}

#[test]
fn components_are_not_core_modules() {
    let engine = Engine::default();
    assert!(Module::from_binary(&engine, b"\0asm\x0d\0\x01\0").is_err());
}

/// Deterministic pseudo-random numbers (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn mutated_modules_never_panic() {
    // A mutation can turn the loop into an infinite one: fuel bounds every run.
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).unwrap();
    let wasm = wat::parse_str(
        r#"(module
            (memory 1) (table 2 funcref) (global (mut i32) (i32.const 0))
            (func $f (export "f") (param i32) (result i32)
                (block (loop
                    local.get 0 i32.const 1 i32.sub local.tee 0
                    br_if 0))
                local.get 0 i32.load global.get 0 i32.add)
            (elem (i32.const 0) $f)
            (data (i32.const 0) "abc"))"#,
    )
    .unwrap();
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut compiled = 0;
    for _ in 0..3000 {
        let mut bytes = wasm.clone();
        for _ in 0..1 + rng.next() % 3 {
            let i = (rng.next() % bytes.len() as u64) as usize;
            bytes[i] = rng.next() as u8;
        }
        if let Ok(module) = Module::from_binary(&engine, &bytes) {
            compiled += 1;
            // Whatever compiles must also instantiate and run without crashing the host.
            let mut store = wicker::Store::new(&engine, ());
            store.set_fuel(100_000).unwrap();
            let Ok(instance) = wicker::Instance::new(&mut store, &module, &[]) else {
                continue;
            };
            if let Ok(f) = instance.get_typed_func::<i32, i32>(&mut store, "f") {
                let _ = f.call(&mut store, 3);
            }
        }
    }
    assert!(compiled > 0);
}

#[test]
fn wide_arithmetic_is_off_by_default_and_works_when_on() {
    let wat = r#"(module
      (func (export "mul") (param i64 i64) (result i64 i64) (i64.mul_wide_u (local.get 0) (local.get 1)))
      (func (export "add") (param i64 i64 i64 i64) (result i64 i64)
        (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))"#;
    assert!(Module::new(&Engine::default(), wat).is_err());
    let mut config = Config::new();
    config.wasm_wide_arithmetic(true);
    let engine = Engine::new(&config).unwrap();
    let (mut store, instance) = crate::instantiate(&engine, wat);
    let mul = instance
        .get_typed_func::<(u64, u64), (u64, u64)>(&mut store, "mul")
        .unwrap();
    let (lo, hi) = mul.call(&mut store, (u64::MAX, u64::MAX)).unwrap();
    let product = u128::from(u64::MAX) * u128::from(u64::MAX);
    assert_eq!((lo, hi), (product as u64, (product >> 64) as u64));
    let add = instance
        .get_typed_func::<(u64, u64, u64, u64), (u64, u64)>(&mut store, "add")
        .unwrap();
    // The carry crosses into the high half.
    assert_eq!(add.call(&mut store, (u64::MAX, 1, 1, 2)).unwrap(), (0, 4));
}
