//! `memory.copy` at every short length (the ones compiled code copies in line) and just
//! past them, overlapping both ways, at the memory's end, and across two memories: always
//! what `memmove` gives, and a trap with nothing copied when a range is out of bounds.

use wicker::{Config, Engine, Module, Store};

const WAT: &str = r#"(module
  (memory (export "a") 1)
  (memory (export "b") 1)
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_ab") (param i32 i32 i32)
    (memory.copy 0 1 (local.get 0) (local.get 1) (local.get 2))))"#;

fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + 3) as u8).collect()
}

#[test]
fn every_short_length_copies_as_memmove_does() {
    for explicit in [false, true] {
        let mut config = Config::new();
        config.explicit_bounds_checks(explicit);
        let engine = Engine::new(&config).unwrap();
        let module = Module::new(&engine, WAT).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = wicker::Instance::new(&mut store, &module, &[]).unwrap();
        let copy = instance
            .get_typed_func::<(u32, u32, u32), ()>(&mut store, "copy")
            .unwrap();
        let copy_ab = instance
            .get_typed_func::<(u32, u32, u32), ()>(&mut store, "copy_ab")
            .unwrap();
        let a = instance.get_memory(&mut store, "a").unwrap();
        let b = instance.get_memory(&mut store, "b").unwrap();
        let size = 65536usize;
        for len in 0..=40u32 {
            for (dst, src) in [(100, 100), (100, 103), (103, 100), (100, 140), (140, 100)] {
                a.data_mut(&mut store)[..256].copy_from_slice(&pattern(256));
                let mut expected = pattern(256);
                expected.copy_within(src..src + len as usize, dst);
                copy.call(&mut store, (dst as u32, src as u32, len))
                    .unwrap();
                assert_eq!(
                    a.data(&store)[..256],
                    expected,
                    "len {len}, dst {dst}, src {src}, explicit {explicit}"
                );
            }
            // Ending exactly at the end of the memory, and one byte past it.
            let end = (size as u32) - len;
            copy.call(&mut store, (end, 0, len)).unwrap();
            copy.call(&mut store, (0, end, len)).unwrap();
            let before = a.data(&store).to_vec();
            assert!(copy.call(&mut store, (end + 1, 0, len)).is_err());
            assert!(copy.call(&mut store, (0, end + 1, len)).is_err());
            assert!(a.data(&store) == before, "a trapping copy wrote, len {len}");

            // Between two memories.
            b.data_mut(&mut store)[..64].copy_from_slice(&pattern(64));
            copy_ab.call(&mut store, (300, 5, len)).unwrap();
            assert_eq!(
                a.data(&store)[300..300 + len as usize],
                pattern(64)[5..5 + len as usize]
            );
        }
        // A length past the memory altogether.
        assert!(copy.call(&mut store, (0, 0, 65537)).is_err());
        assert!(copy.call(&mut store, (0, 0, u32::MAX)).is_err());
    }
}
