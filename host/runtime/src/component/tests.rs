//! Tests of the canonical ABI value codec against a simulated guest memory.

use super::lift::{FlatIter, lift_flat, load, load_checked, load_string};
use super::lower::{lower_flat, store, store_string};
use super::memory::{GuestMemory, Options, StringEncoding, UTF16_TAG};
use super::val::Val;
use anyhow::Result;
use wicker_environ::component::{ComponentTypes, InterfaceType, RecordField, VariantCase};

/// A guest memory with a bump allocator that records every `realloc` call.
struct TestMemory {
    bytes: Vec<u8>,
    next: u32,
    calls: Vec<(u32, u32, u32, u32)>,
    /// Makes `realloc` return this pointer instead, to test the checks.
    forced: Option<u32>,
}

impl TestMemory {
    fn new(size: usize) -> TestMemory {
        TestMemory {
            bytes: vec![0; size],
            next: 16,
            calls: Vec::new(),
            forced: None,
        }
    }
}

impl GuestMemory for TestMemory {
    fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.bytes
    }
    fn realloc(&mut self, old_ptr: u32, old_size: u32, align: u32, new_size: u32) -> Result<u32> {
        self.calls.push((old_ptr, old_size, align, new_size));
        if let Some(p) = self.forced {
            return Ok(p);
        }
        if old_ptr != 0 && new_size <= old_size {
            return Ok(old_ptr);
        }
        let ptr = self.next.next_multiple_of(align);
        self.next = ptr + new_size;
        if old_ptr != 0 {
            self.bytes.copy_within(
                old_ptr as usize..(old_ptr + old_size) as usize,
                ptr as usize,
            );
        }
        Ok(ptr)
    }
}

fn opts(types: &ComponentTypes, encoding: StringEncoding) -> Options<'_> {
    Options::new(types, encoding, None, super::memory::MAX_COPY_BYTES)
}

/// Stores `v`, loads it back, and lowers and lifts it flat, in every string encoding.
fn round_trip(types: &ComponentTypes, ty: InterfaceType, v: Val) {
    for encoding in [
        StringEncoding::Utf8,
        StringEncoding::Utf16,
        StringEncoding::CompactUtf16,
    ] {
        let o = opts(types, encoding);
        let mut mem = TestMemory::new(1 << 16);
        let abi = types.abi(ty);
        let at = 8192u32.next_multiple_of(abi.align32);
        store(&o, &mut mem, ty, &v, at).unwrap();
        assert_eq!(
            load(&o, &mem.bytes, ty, at).unwrap(),
            v,
            "memory round trip in {encoding:?}"
        );
        if types.flatten(ty).is_some() {
            let mut flat = Vec::new();
            lower_flat(&o, &mut mem, ty, &v, &mut flat).unwrap();
            assert_eq!(flat.len(), types.flatten(ty).unwrap().len());
            let back = lift_flat(&o, Some(&mem.bytes), ty, &mut FlatIter::new(&flat)).unwrap();
            assert_eq!(back, v, "flat round trip in {encoding:?}");
        }
    }
}

fn b(v: Val) -> Option<Box<Val>> {
    Some(Box::new(v))
}

#[test]
fn every_type_round_trips() {
    let mut t = ComponentTypes::new();
    let string = InterfaceType::String;
    let list_u16 = t.intern_list(InterfaceType::U16);
    let list_str = t.intern_list(string);
    let fixed = t.intern_fixed_list(InterfaceType::S8, 3);
    let record = t.intern_record(vec![
        RecordField {
            name: "a".into(),
            ty: InterfaceType::U8,
        },
        RecordField {
            name: "b".into(),
            ty: InterfaceType::Float64,
        },
        RecordField {
            name: "c".into(),
            ty: string,
        },
    ]);
    let tuple = t.intern_tuple(vec![
        InterfaceType::Char,
        InterfaceType::S64,
        InterfaceType::Bool,
    ]);
    let variant = t.intern_variant(vec![
        VariantCase {
            name: "none".into(),
            ty: None,
        },
        VariantCase {
            name: "int".into(),
            ty: Some(InterfaceType::S32),
        },
        VariantCase {
            name: "float".into(),
            ty: Some(InterfaceType::Float32),
        },
        VariantCase {
            name: "text".into(),
            ty: Some(string),
        },
    ]);
    let en = t.intern_enum(vec!["red".into(), "green".into()]);
    let opt = t.intern_option(record);
    let res = t.intern_result(Some(list_u16), Some(InterfaceType::U64));
    let flags = t.intern_flags((0..20).map(|i| format!("f{i}")).collect());
    let nested_list = t.intern_list(variant);

    let rec_val = Val::Record(vec![
        ("a".into(), Val::U8(200)),
        ("b".into(), Val::Float64(-2.5)),
        ("c".into(), Val::String("héllo wörld ∑ 😀".into())),
    ]);
    let cases: Vec<(InterfaceType, Val)> = vec![
        (InterfaceType::Bool, Val::Bool(true)),
        (InterfaceType::S8, Val::S8(-5)),
        (InterfaceType::U16, Val::U16(65535)),
        (InterfaceType::S32, Val::S32(i32::MIN)),
        (InterfaceType::U64, Val::U64(u64::MAX)),
        (InterfaceType::Float32, Val::Float32(1.5)),
        (InterfaceType::Char, Val::Char('😀')),
        (string, Val::String(String::new())),
        (string, Val::String("latin1 only: café".into())),
        (string, Val::String("wide: ∑ and 😀".into())),
        (list_u16, Val::List((0..100).map(Val::U16).collect())),
        (
            list_str,
            Val::List(vec![Val::String("a".into()), Val::String("ßΩ".into())]),
        ),
        (fixed, Val::List(vec![Val::S8(1), Val::S8(-2), Val::S8(3)])),
        (record, rec_val.clone()),
        (
            tuple,
            Val::Tuple(vec![Val::Char('x'), Val::S64(-1), Val::Bool(false)]),
        ),
        (variant, Val::Variant("none".into(), None)),
        (variant, Val::Variant("int".into(), b(Val::S32(-7)))),
        (variant, Val::Variant("float".into(), b(Val::Float32(0.25)))),
        (
            variant,
            Val::Variant("text".into(), b(Val::String("payload".into()))),
        ),
        (en, Val::Enum("green".into())),
        (opt, Val::Option(None)),
        (opt, Val::Option(b(rec_val))),
        (res, Val::Result(Ok(b(Val::List(vec![Val::U16(1)]))))),
        (res, Val::Result(Err(b(Val::U64(9))))),
        (
            flags,
            Val::Flags(vec!["f0".into(), "f9".into(), "f19".into()]),
        ),
        (
            nested_list,
            Val::List(vec![
                Val::Variant("text".into(), b(Val::String("x".into()))),
                Val::Variant("none".into(), None),
            ]),
        ),
    ];
    for (ty, v) in cases {
        round_trip(&t, ty, v);
    }
}

#[test]
fn large_lists_round_trip() {
    let mut t = ComponentTypes::new();
    let bytes = t.intern_list(InterfaceType::U8);
    let o = opts(&t, StringEncoding::Utf8);
    let mut mem = TestMemory::new(3 << 20);
    let v = Val::List((0..(1 << 20)).map(|i| Val::U8(i as u8)).collect());
    let mut flat = Vec::new();
    lower_flat(&o, &mut mem, bytes, &v, &mut flat).unwrap();
    assert_eq!(flat[1], 1 << 20);
    assert_eq!(
        lift_flat(&o, Some(&mem.bytes), bytes, &mut FlatIter::new(&flat)).unwrap(),
        v
    );
}

#[test]
fn strings_follow_the_spec_allocation_sequence() {
    let t = ComponentTypes::new();
    // Latin-1 fits: one allocation of the UTF-8 length, shrunk to the Latin-1 length.
    let mut mem = TestMemory::new(1024);
    let (ptr, len) =
        store_string(&opts(&t, StringEncoding::CompactUtf16), &mut mem, "café").unwrap();
    assert_eq!(len, 4);
    assert_eq!(mem.calls, [(0, 0, 2, 5), (ptr, 5, 2, 4)]);
    assert_eq!(&mem.bytes[ptr as usize..ptr as usize + 4], b"caf\xe9");
    // A wider character: inflate to UTF-16, tag the length.
    let mut mem = TestMemory::new(1024);
    let (ptr, len) = store_string(&opts(&t, StringEncoding::CompactUtf16), &mut mem, "a∑").unwrap();
    assert_eq!(len, 2 | UTF16_TAG);
    assert_eq!(mem.calls[0], (0, 0, 2, 4));
    assert_eq!(mem.calls[1], (mem.calls[1].0, 4, 2, 8));
    assert_eq!(
        &mem.bytes[ptr as usize..ptr as usize + 4],
        &[b'a', 0, 0x11, 0x22]
    );
    // UTF-16: worst case then shrink.
    let mut mem = TestMemory::new(1024);
    let (_, len) = store_string(&opts(&t, StringEncoding::Utf16), &mut mem, "∑").unwrap();
    assert_eq!(len, 1);
    assert_eq!(mem.calls, [(0, 0, 2, 6), (16, 6, 2, 2)]);
}

#[test]
fn bad_guest_data_traps() {
    let mut t = ComponentTypes::new();
    let variant = t.intern_variant(vec![
        VariantCase {
            name: "a".into(),
            ty: None,
        },
        VariantCase {
            name: "b".into(),
            ty: Some(InterfaceType::U8),
        },
    ]);
    let list = t.intern_list(InterfaceType::U32);
    let o = opts(&t, StringEncoding::Utf8);
    let mut mem = vec![0u8; 64];
    fn err<T: std::fmt::Debug>(r: Result<T>) -> String {
        r.unwrap_err().to_string()
    }

    // Invalid char.
    mem[0..4].copy_from_slice(&0xD800u32.to_le_bytes());
    assert!(err(load(&o, &mem, InterfaceType::Char, 0)).contains("invalid `char` bit pattern"));
    mem[0..4].copy_from_slice(&0x110000u32.to_le_bytes());
    assert!(err(load(&o, &mem, InterfaceType::Char, 0)).contains("invalid `char` bit pattern"));
    // Invalid discriminant.
    mem[0] = 2;
    assert!(err(load(&o, &mem, variant, 0)).contains("invalid variant discriminant"));
    assert!(
        err(lift_flat(&o, None, variant, &mut FlatIter::new(&[7, 0])))
            .contains("invalid variant discriminant")
    );
    // Strings: out of bounds, too long, invalid UTF-8 and UTF-16, misaligned UTF-16.
    assert!(err(load_string(&o, &mem, 60, 8)).contains("string content out-of-bounds"));
    assert!(err(load_string(&o, &mem, 0, u32::MAX)).contains("string content out-of-bounds"));
    mem[8] = 0xff;
    assert!(err(load_string(&o, &mem, 8, 1)).contains("invalid utf-8"));
    let o16 = opts(&t, StringEncoding::Utf16);
    mem[8..10].copy_from_slice(&0xDC00u16.to_le_bytes());
    assert!(err(load_string(&o16, &mem, 8, 1)).contains("invalid utf-16"));
    assert!(err(load_string(&o16, &mem, 9, 1)).contains("unaligned pointer"));
    let oc = opts(&t, StringEncoding::CompactUtf16);
    assert!(err(load_string(&oc, &mem, 9, 1)).contains("unaligned pointer"));
    // Lists: misaligned, out of bounds (including overflowing lengths).
    assert!(
        err(lift_flat(&o, Some(&mem), list, &mut FlatIter::new(&[2, 1])))
            .contains("unaligned pointer")
    );
    assert!(
        err(lift_flat(
            &o,
            Some(&mem),
            list,
            &mut FlatIter::new(&[8, 100])
        ))
        .contains("list content out-of-bounds")
    );
    assert!(
        err(lift_flat(
            &o,
            Some(&mem),
            list,
            &mut FlatIter::new(&[8, u32::MAX as u64])
        ))
        .contains("out-of-bounds")
    );
    // A pointer given for a whole value must be aligned and in bounds.
    assert!(err(load_checked(&o, &mem, InterfaceType::U64, 4)).contains("unaligned pointer"));
    assert!(err(load_checked(&o, &mem, InterfaceType::U64, 64)).contains("out of bounds"));
    // Flags ignore bits beyond their labels, as the spec says.
    let flags = t.intern_flags(vec!["x".into()]);
    let o = opts(&t, StringEncoding::Utf8);
    mem[0] = 0xff;
    assert_eq!(
        load(&o, &mem, flags, 0).unwrap(),
        Val::Flags(vec!["x".into()])
    );
}

#[test]
fn realloc_results_are_checked() {
    let t = ComponentTypes::new();
    let o = opts(&t, StringEncoding::Utf8);
    let mut mem = TestMemory::new(256);
    mem.forced = Some(250);
    let e = store_string(&o, &mut mem, "too long for the end").unwrap_err();
    assert!(
        e.to_string()
            .contains("realloc return: beyond end of memory"),
        "{e}"
    );
    let o16 = opts(&t, StringEncoding::Utf16);
    mem.forced = Some(3);
    let e = store_string(&o16, &mut mem, "x").unwrap_err();
    assert!(
        e.to_string().contains("realloc return: result not aligned"),
        "{e}"
    );
}

#[test]
fn values_of_the_wrong_type_are_errors_not_panics() {
    let mut t = ComponentTypes::new();
    let rec = t.intern_record(vec![RecordField {
        name: "a".into(),
        ty: InterfaceType::U8,
    }]);
    let en = t.intern_enum(vec!["x".into()]);
    let o = opts(&t, StringEncoding::Utf8);
    let mut mem = TestMemory::new(64);
    assert!(store(&o, &mut mem, InterfaceType::U8, &Val::S8(1), 0).is_err());
    assert!(
        store(
            &o,
            &mut mem,
            rec,
            &Val::Record(vec![("b".into(), Val::U8(1))]),
            0
        )
        .is_err()
    );
    assert!(store(&o, &mut mem, rec, &Val::Record(vec![]), 0).is_err());
    assert!(store(&o, &mut mem, en, &Val::Enum("y".into()), 0).is_err());
    assert!(
        lower_flat(
            &o,
            &mut mem,
            InterfaceType::String,
            &Val::Bool(true),
            &mut Vec::new()
        )
        .is_err()
    );
}

#[test]
fn nans_are_canonicalized() {
    let t = ComponentTypes::new();
    let o = opts(&t, StringEncoding::Utf8);
    let weird = f32::from_bits(0x7fa0_0001);
    let v = lift_flat(
        &o,
        None,
        InterfaceType::Float32,
        &mut FlatIter::new(&[u64::from(weird.to_bits())]),
    )
    .unwrap();
    let Val::Float32(f) = v else { unreachable!() };
    assert_eq!(f.to_bits(), 0x7fc0_0000);
}
