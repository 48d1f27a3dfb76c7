//! The on-disk compile cache: hits and misses, settings that change the code, damaged
//! entries, the size bound, and concurrent writers.

use std::path::{Path, PathBuf};
use wicker::component::Component;
use wicker::{CacheConfig, CacheStatistics, Config, Engine, Instance, Module, Store};

/// A fresh cache directory for one test.
fn cache_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wicker-cache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn engine_with_cache(dir: &Path, max_size: Option<u64>) -> Engine {
    let mut cache = CacheConfig::new(dir);
    if let Some(max) = max_size {
        cache.max_size(max);
    }
    let mut config = Config::new();
    config.cache(Some(cache));
    Engine::new(&config).unwrap()
}

/// A module whose `f` returns `n`, padded with `filler` functions so that its artifact has
/// some size.
fn module_text(n: i32, filler: usize) -> String {
    let mut text = format!("(module (func (export \"f\") (result i32) i32.const {n})");
    for i in 0..filler {
        text.push_str(&format!(
            "(func (param i32) (result i32) local.get 0 i32.const {i} i32.add i32.const 3 i32.mul)"
        ));
    }
    text.push(')');
    text
}

fn call_f(engine: &Engine, module: &Module) -> i32 {
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, module, &[]).unwrap();
    let f = instance.get_typed_func::<(), i32>(&mut store, "f").unwrap();
    f.call(&mut store, ()).unwrap()
}

/// The cache's entries: their paths, sorted.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    out.sort();
    out
}

fn stats(engine: &Engine) -> CacheStatistics {
    engine.cache_statistics().expect("a cache")
}

#[test]
fn a_second_engine_loads_what_the_first_compiled() {
    let dir = cache_dir("hit");
    let text = module_text(7, 3);
    let first = engine_with_cache(&dir, None);
    assert_eq!(call_f(&first, &Module::new(&first, &text).unwrap()), 7);
    assert_eq!(stats(&first).misses, 1);
    assert_eq!(stats(&first).hits, 0);
    assert_eq!(entries(&dir).len(), 1);
    // The same input again, in this engine and in another: hits.
    assert_eq!(call_f(&first, &Module::new(&first, &text).unwrap()), 7);
    let second = engine_with_cache(&dir, None);
    assert_eq!(call_f(&second, &Module::new(&second, &text).unwrap()), 7);
    assert_eq!(stats(&first).hits, 1);
    assert_eq!(stats(&second).hits, 1);
    assert_eq!(stats(&second).misses, 0);
    // Other bytes, or another setting that shapes the code: a miss, and an entry of its
    // own.
    let other = module_text(8, 3);
    assert_eq!(call_f(&second, &Module::new(&second, &other).unwrap()), 8);
    let mut config = Config::new();
    config
        .cache(Some(CacheConfig::new(&dir)))
        .explicit_bounds_checks(true);
    let explicit = Engine::new(&config).unwrap();
    assert_eq!(
        call_f(&explicit, &Module::new(&explicit, &text).unwrap()),
        7
    );
    assert_eq!(stats(&explicit).misses, 1);
    assert_eq!(entries(&dir).len(), 3);
    // An engine without a cache has no statistics and writes nothing.
    assert_eq!(Engine::default().cache_statistics(), None);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn components_are_cached_too() {
    let dir = cache_dir("component");
    let text = r#"(component
      (core module $m (func (export "f") (result i32) i32.const 5))
      (core instance $i (instantiate $m))
      (func (export "f") (result u32) (canon lift (core func $i "f"))))"#;
    let call = |engine: &Engine, component: &Component| {
        let mut store = Store::new(engine, ());
        let linker = wicker::component::Linker::new(engine);
        let instance = linker.instantiate(&mut store, component).unwrap();
        let f = instance
            .get_typed_func::<(), (u32,)>(&mut store, "f")
            .unwrap();
        f.call(&mut store, ()).unwrap().0
    };
    let first = engine_with_cache(&dir, None);
    assert_eq!(call(&first, &Component::new(&first, text).unwrap()), 5);
    let second = engine_with_cache(&dir, None);
    assert_eq!(call(&second, &Component::new(&second, text).unwrap()), 5);
    assert_eq!((stats(&first).misses, stats(&second).hits), (1, 1));
    // The component's core module has no entry of its own: one entry in all.
    assert_eq!(entries(&dir).len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_damaged_entry_is_compiled_again_and_replaced() {
    let dir = cache_dir("damaged");
    let text = module_text(11, 2);
    let engine = engine_with_cache(&dir, None);
    Module::new(&engine, &text).unwrap();
    let [entry] = entries(&dir).try_into().unwrap();
    let good = std::fs::read(&entry).unwrap();
    for damage in [
        good[..good.len() / 2].to_vec(),
        {
            let mut flipped = good.clone();
            let at = flipped.len() - 12;
            flipped[at] ^= 4;
            flipped
        },
        Vec::new(),
        b"not an artifact".to_vec(),
    ] {
        std::fs::write(&entry, &damage).unwrap();
        let engine = engine_with_cache(&dir, None);
        assert_eq!(call_f(&engine, &Module::new(&engine, &text).unwrap()), 11);
        assert_eq!(
            (stats(&engine).removed_unusable, stats(&engine).misses),
            (1, 1)
        );
        // Replaced by a good entry, which the next engine loads.
        assert_eq!(std::fs::read(&entry).unwrap(), good);
        let next = engine_with_cache(&dir, None);
        Module::new(&next, &text).unwrap();
        assert_eq!(stats(&next).hits, 1);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_cache_stays_under_its_size_bound() {
    let dir = cache_dir("evict");
    // Each entry of these modules is a few pages; a bound of five entries' worth.
    let probe = engine_with_cache(&dir, None);
    Module::new(&probe, module_text(0, 40)).unwrap();
    let entry_size = std::fs::metadata(&entries(&dir)[0]).unwrap().len();
    std::fs::remove_dir_all(&dir).unwrap();
    let bound = entry_size * 5 + entry_size / 2;
    let engine = engine_with_cache(&dir, Some(bound));
    let mut seen = std::collections::HashSet::new();
    for n in 1..=12 {
        let module = Module::new(&engine, module_text(n, 40)).unwrap();
        // The order of eviction is that of modification times: give the new entry one of
        // its own, a second after the last, whatever the file system's clock resolution.
        for entry in entries(&dir) {
            if seen.insert(entry.clone()) {
                let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000 + n as u64);
                std::fs::File::open(&entry)
                    .unwrap()
                    .set_modified(time)
                    .unwrap();
            }
        }
        assert_eq!(call_f(&engine, &module), n);
        let total: u64 = entries(&dir)
            .iter()
            .map(|p| std::fs::metadata(p).unwrap().len())
            .sum();
        assert!(
            total <= bound,
            "{total} bytes in the cache after {n} entries"
        );
    }
    assert!(stats(&engine).evicted >= 7, "{:?}", stats(&engine));
    // The newest entries are the ones kept.
    let later = engine_with_cache(&dir, Some(bound));
    Module::new(&later, module_text(12, 40)).unwrap();
    Module::new(&later, module_text(1, 40)).unwrap();
    assert_eq!((stats(&later).hits, stats(&later).misses), (1, 1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn concurrent_writers_share_the_cache() {
    let dir = cache_dir("concurrent");
    let texts: Vec<String> = (0..4).map(|n| module_text(100 + n, 20)).collect();
    std::thread::scope(|scope| {
        for t in 0..8usize {
            let (dir, texts) = (&dir, &texts);
            scope.spawn(move || {
                for round in 0..3 {
                    // Each thread its own engine (as separate processes would be), each
                    // taking the modules in its own order.
                    let engine = engine_with_cache(dir, None);
                    for k in 0..texts.len() {
                        let i = (k + t + round) % texts.len();
                        let module = Module::new(&engine, &texts[i]).unwrap();
                        assert_eq!(call_f(&engine, &module), 100 + i as i32);
                    }
                    // No reader ever saw an entry half written.
                    assert_eq!(stats(&engine).removed_unusable, 0);
                }
            });
        }
    });
    // One entry per module, and no temporary file left behind.
    let names: Vec<String> = entries(&dir)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".cwasm")), "{names:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
