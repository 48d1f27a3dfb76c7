//! Compiled modules stored and loaded: `Module::serialize`, `Engine::precompile_module`,
//! `Module::deserialize` and `deserialize_file`, and the refusal of artifacts that do not
//! fit or are damaged.

use wicker::{Config, Engine, Instance, Module, Store, Trap};

/// A module using what an artifact must carry: functions calling one another, a libcall
/// (`f64.ceil`), a memory with data, a table with elements, globals, a start function,
/// names for backtraces, and a trap site.
const WAT: &str = r#"
(module $art
  (memory (export "mem") 1)
  (data (i32.const 8) "stored")
  (global $g (mut i32) (i32.const 40))
  (table 2 funcref)
  (elem (i32.const 0) $double $ceil_bits)
  (type $i2i (func (param i32) (result i32)))
  (func $double (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
  (func $ceil_bits (param i32) (result i32) local.get 0 f64.convert_i32_s f64.const 0.5 f64.add f64.ceil i32.trunc_f64_s)
  (func $start global.get $g i32.const 2 i32.add global.set $g)
  (start $start)
  (func (export "run") (param i32) (result i32)
    local.get 0 i32.const 0 call_indirect (type $i2i)
    local.get 0 i32.const 1 call_indirect (type $i2i)
    i32.add
    global.get $g i32.add
    i32.const 8 i32.load8_u i32.add)
  (func $deep (export "trap") (param i32) (result i32) local.get 0 i32.load))
"#;

fn run(engine: &Engine, module: &Module) -> (i32, Vec<u8>, String) {
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, module, &[]).unwrap();
    let f = instance
        .get_typed_func::<i32, i32>(&mut store, "run")
        .unwrap();
    let value = f.call(&mut store, 5).unwrap();
    let mem = instance.get_memory(&mut store, "mem").unwrap();
    let bytes = mem.data(&store)[8..14].to_vec();
    let trap = instance
        .get_typed_func::<i32, i32>(&mut store, "trap")
        .unwrap();
    let err = trap.call(&mut store, -1).unwrap_err();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::MemoryOutOfBounds));
    (value, bytes, format!("{err}"))
}

#[test]
fn a_serialized_module_runs_as_the_original() {
    for explicit in [false, true] {
        let mut config = Config::new();
        config.explicit_bounds_checks(explicit);
        let engine = Engine::new(&config).unwrap();
        let module = Module::new(&engine, WAT).unwrap();
        let expected = run(&engine, &module);
        // 5*2 + ceil(5.5) + 42 + 's'
        assert_eq!(expected.0, 10 + 6 + 42 + i32::from(b's'));
        let bytes = module.serialize().unwrap();
        // SAFETY: the bytes were written by this engine just above.
        let loaded = unsafe { Module::deserialize(&engine, &bytes) }.unwrap();
        assert_eq!(run(&engine, &loaded), expected, "explicit: {explicit}");
        // Serializing the loaded module gives the same bytes: nothing is lost or placed.
        assert_eq!(loaded.serialize().unwrap(), bytes);
        // The precompiled form is the same artifact.
        assert_eq!(engine.precompile_module(WAT.as_bytes()).unwrap(), bytes);
        // And it loads into another engine of the same configuration.
        let other = Engine::new(&config).unwrap();
        // SAFETY: as above.
        let there = unsafe { Module::deserialize(&other, &bytes) }.unwrap();
        assert_eq!(run(&other, &there), expected);
    }
}

#[test]
fn a_module_loads_from_a_file() {
    let engine = Engine::default();
    let bytes = engine.precompile_module(WAT.as_bytes()).unwrap();
    let dir = std::env::temp_dir().join(format!("wicker-artifact-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("art.cwasm");
    std::fs::write(&path, &bytes).unwrap();
    // SAFETY: the file was written by this engine just above.
    let module = unsafe { Module::deserialize_file(&engine, &path) }.unwrap();
    assert_eq!(run(&engine, &module).0, 10 + 6 + 42 + i32::from(b's'));
    // The code is mapped from the file, not copied out of it.
    #[cfg(target_os = "linux")]
    {
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let canonical = path.canonicalize().unwrap();
        assert!(
            maps.lines()
                .any(|l| l.ends_with(&*canonical.to_string_lossy()) && l.contains("r-x")),
            "no executable mapping of {} in\n{maps}",
            canonical.display()
        );
    }
    // An empty file, and ones cut short (in another file: the module maps the first):
    // refused, not crashed on.
    let cut = dir.join("cut.cwasm");
    for len in [0, 8, bytes.len() / 2] {
        std::fs::write(&cut, &bytes[..len]).unwrap();
        // SAFETY: the file is refused before any code is mapped, which is what is tested.
        let err = unsafe { Module::deserialize_file(&engine, &cut) }.unwrap_err();
        let err = format!("{err:#}");
        assert!(
            err.contains("truncated") || err.contains("not a compiled wicker artifact"),
            "{len}: {err}"
        );
    }
    // SAFETY: a missing file is an error before anything is loaded.
    let missing = unsafe { Module::deserialize_file(&engine, dir.join("none.cwasm")) };
    assert!(format!("{:#}", missing.unwrap_err()).contains("none.cwasm"));
    std::fs::remove_dir_all(&dir).unwrap();
}

fn load_error(engine: &Engine, bytes: &[u8]) -> String {
    // SAFETY: the bytes are refused before any code is mapped, which is what is tested; an
    // artifact that passed would be one this engine wrote.
    match unsafe { Module::deserialize(engine, bytes) } {
        Ok(_) => panic!("an altered artifact was loaded"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn an_artifact_of_another_configuration_is_refused() {
    let bytes = Engine::default().precompile_module(WAT.as_bytes()).unwrap();
    let mut config = Config::new();
    config.explicit_bounds_checks(true);
    let explicit = Engine::new(&config).unwrap();
    let err = load_error(&explicit, &bytes);
    assert!(err.contains("another configuration"), "{err}");
    assert!(err.contains("explicit-bounds-checks"), "{err}");
    let mut config = Config::new();
    config.consume_fuel(true);
    let err = load_error(&Engine::new(&config).unwrap(), &bytes);
    assert!(err.contains("consume-fuel"), "{err}");
    let mut config = Config::new();
    config.wasm_tail_call(false);
    let err = load_error(&Engine::new(&config).unwrap(), &bytes);
    assert!(err.contains("features"), "{err}");

    // Another build of the same version: its code generator may emit other code.
    let version = format!("wicker {} (build ", env!("CARGO_PKG_VERSION"));
    let at = bytes
        .windows(version.len())
        .position(|w| w == version.as_bytes())
        .expect("the header names the version and the build");
    let mut other_build = bytes.clone();
    let digit = &mut other_build[at + version.len()];
    *digit = if *digit == b'0' { b'1' } else { b'0' };
    let err = load_error(&Engine::default(), &other_build);
    assert!(err.contains("another configuration"), "{err}");
}

#[test]
fn a_truncated_or_damaged_artifact_is_refused() {
    let engine = Engine::default();
    let bytes = engine.precompile_module(WAT.as_bytes()).unwrap();
    // Every prefix, the empty one included.
    for len in 0..bytes.len() {
        let err = load_error(&engine, &bytes[..len]);
        assert!(
            err.contains("truncated") || err.contains("not a compiled wicker artifact"),
            "{len}: {err}"
        );
    }
    // Every byte changed, one at a time.
    for at in 0..bytes.len() {
        let mut altered = bytes.clone();
        altered[at] ^= 0x20;
        load_error(&engine, &altered);
    }
    // A byte more.
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(load_error(&engine, &longer).contains("after its end"));
    // Not an artifact at all: a wasm binary.
    let wasm = wat::parse_str(WAT).unwrap();
    assert_eq!(
        Engine::detect_precompiled(&bytes),
        Some(wicker::Precompiled::Module)
    );
    assert_eq!(Engine::detect_precompiled(&wasm), None);
    assert_eq!(Engine::detect_precompiled(&bytes[..12]), None);
    assert!(load_error(&engine, &wasm).contains("not a compiled wicker artifact"));
}
