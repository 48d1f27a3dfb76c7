//! Canonical-ABI layout: size and alignment in linear memory, and flattening into core
//! values, as the Canonical ABI specification defines them (for 32-bit memories).

/// The most core parameters a lifted or lowered function takes before its parameters are
/// passed through memory instead.
pub const MAX_FLAT_PARAMS: usize = 16;

/// The most core results before results are returned through memory instead.
pub const MAX_FLAT_RESULTS: usize = 1;

/// A core value type that component values flatten to.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub enum FlatType {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
}

impl FlatType {
    /// The type both `self` and `other` can be stored in, when a variant's cases put
    /// different types in the same flat slot.
    pub fn join(self, other: FlatType) -> FlatType {
        use FlatType::*;
        match (self, other) {
            (a, b) if a == b => a,
            (I32, F32) | (F32, I32) => I32,
            _ => I64,
        }
    }
}

/// How a type is laid out by the Canonical ABI.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct CanonicalAbiInfo {
    /// Size in bytes when stored in a 32-bit memory.
    pub size32: u32,
    /// Alignment in bytes in a 32-bit memory.
    pub align32: u32,
    /// Number of core values it flattens to, or `None` when more than
    /// [`MAX_FLAT_PARAMS`] (such values always go through memory).
    pub flat_count: Option<u8>,
}

/// Rounds `n` up to a multiple of `align` (a power of two).
pub fn align_to(n: u32, align: u32) -> u32 {
    debug_assert!(align.is_power_of_two());
    (n + align - 1) & !(align - 1)
}

fn add_flat(a: Option<u8>, b: Option<u8>) -> Option<u8> {
    let sum = usize::from(a?) + usize::from(b?);
    (sum <= MAX_FLAT_PARAMS).then_some(sum as u8)
}

impl CanonicalAbiInfo {
    /// A scalar of `size` bytes (alignment equal to size) flattening to one value.
    pub const fn scalar(size: u32) -> CanonicalAbiInfo {
        CanonicalAbiInfo {
            size32: size,
            align32: size,
            flat_count: Some(1),
        }
    }

    /// `string` and `list<T>`: a pointer and a length.
    pub const POINTER_PAIR: CanonicalAbiInfo = CanonicalAbiInfo {
        size32: 8,
        align32: 4,
        flat_count: Some(2),
    };

    /// A record (or tuple) of the given fields, in order.
    pub fn record(fields: impl IntoIterator<Item = CanonicalAbiInfo>) -> CanonicalAbiInfo {
        let mut size = 0;
        let mut align = 1;
        let mut flat = Some(0);
        for f in fields {
            size = align_to(size, f.align32) + f.size32;
            align = align.max(f.align32);
            flat = add_flat(flat, f.flat_count);
        }
        CanonicalAbiInfo {
            size32: align_to(size, align),
            align32: align,
            flat_count: flat,
        }
    }

    /// A fixed-length list: `len` elements laid out like a tuple.
    pub fn fixed_list(elem: CanonicalAbiInfo, len: u32) -> CanonicalAbiInfo {
        let flat = elem.flat_count.and_then(|c| {
            let n = usize::from(c).checked_mul(len as usize)?;
            (n <= MAX_FLAT_PARAMS).then_some(n as u8)
        });
        CanonicalAbiInfo {
            size32: elem.size32.saturating_mul(len),
            align32: elem.align32,
            flat_count: flat,
        }
    }

    /// `flags` with `n` labels (1 to 32).
    pub fn flags(n: usize) -> CanonicalAbiInfo {
        let size = match n {
            0..=8 => 1,
            9..=16 => 2,
            _ => 4,
        };
        CanonicalAbiInfo {
            size32: size,
            align32: size,
            flat_count: Some(1),
        }
    }

    /// A variant whose cases have these payloads (`None` for a case without payload).
    /// The flat count is exact only when computed from the flattened case types; this uses
    /// the largest case, which is what the flattening's slot sharing yields.
    pub fn variant<'a>(
        cases: impl IntoIterator<Item = Option<&'a CanonicalAbiInfo>>,
    ) -> (CanonicalAbiInfo, VariantInfo) {
        let mut count = 0usize;
        let mut max_size = 0;
        let mut max_align = 1;
        let mut max_flat = Some(0u8);
        for c in cases {
            count += 1;
            if let Some(c) = c {
                max_size = max_size.max(c.size32);
                max_align = max_align.max(c.align32);
                max_flat = match (max_flat, c.flat_count) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
            }
        }
        let discriminant = DiscriminantSize::for_cases(count);
        let disc_bytes = discriminant.bytes();
        let payload_offset = align_to(disc_bytes, max_align);
        let align = disc_bytes.max(max_align);
        let size = align_to(payload_offset + max_size, align);
        let flat = add_flat(Some(1), max_flat);
        (
            CanonicalAbiInfo {
                size32: size,
                align32: align,
                flat_count: flat,
            },
            VariantInfo {
                discriminant,
                payload_offset32: payload_offset,
            },
        )
    }
}

/// How many bytes a variant's discriminant takes.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub enum DiscriminantSize {
    /// Up to 256 cases.
    Size1,
    /// Up to 65536 cases.
    Size2,
    /// More.
    Size4,
}

impl DiscriminantSize {
    /// The size for a variant with `cases` cases.
    pub fn for_cases(cases: usize) -> DiscriminantSize {
        if cases <= 1 << 8 {
            DiscriminantSize::Size1
        } else if cases <= 1 << 16 {
            DiscriminantSize::Size2
        } else {
            DiscriminantSize::Size4
        }
    }

    /// The size in bytes.
    pub fn bytes(self) -> u32 {
        match self {
            DiscriminantSize::Size1 => 1,
            DiscriminantSize::Size2 => 2,
            DiscriminantSize::Size4 => 4,
        }
    }
}

/// Where a variant's payload is, after its discriminant.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct VariantInfo {
    /// The discriminant's size.
    pub discriminant: DiscriminantSize,
    /// Offset of the payload in a 32-bit memory.
    pub payload_offset32: u32,
}

#[cfg(test)]
mod tests {
    use super::super::types::*;
    use super::*;
    use FlatType::{F32, F64, I32, I64};

    /// Checks size, alignment and flattening of a type built in `types`.
    fn check(
        types: &ComponentTypes,
        ty: InterfaceType,
        size: u32,
        align: u32,
        flat: Option<&[FlatType]>,
    ) {
        let abi = types.abi(ty);
        assert_eq!((abi.size32, abi.align32), (size, align), "layout of {ty:?}");
        assert_eq!(types.flatten(ty).as_deref(), flat, "flattening of {ty:?}");
        assert_eq!(
            abi.flat_count.map(usize::from),
            flat.map(<[_]>::len),
            "flat count of {ty:?}"
        );
    }

    fn field(name: &str, ty: InterfaceType) -> RecordField {
        RecordField {
            name: name.into(),
            ty,
        }
    }

    #[test]
    fn primitives() {
        let t = ComponentTypes::new();
        check(&t, InterfaceType::Bool, 1, 1, Some(&[I32]));
        check(&t, InterfaceType::U16, 2, 2, Some(&[I32]));
        check(&t, InterfaceType::S64, 8, 8, Some(&[I64]));
        check(&t, InterfaceType::Float32, 4, 4, Some(&[F32]));
        check(&t, InterfaceType::Float64, 8, 8, Some(&[F64]));
        check(&t, InterfaceType::Char, 4, 4, Some(&[I32]));
        check(&t, InterfaceType::String, 8, 4, Some(&[I32, I32]));
    }

    #[test]
    fn records_and_tuples_pad_to_alignment() {
        let mut t = ComponentTypes::new();
        let r = t.intern_record(vec![
            field("a", InterfaceType::U8),
            field("b", InterfaceType::U32),
        ]);
        check(&t, r, 8, 4, Some(&[I32, I32]));
        let tup = t.intern_tuple(vec![
            InterfaceType::U8,
            InterfaceType::U16,
            InterfaceType::U8,
        ]);
        check(&t, tup, 6, 2, Some(&[I32, I32, I32]));
        let nested = t.intern_tuple(vec![InterfaceType::U8, r, InterfaceType::Float64]);
        check(&t, nested, 24, 8, Some(&[I32, I32, I32, F64]));
        // Interning is by structure.
        assert_eq!(
            t.intern_tuple(vec![
                InterfaceType::U8,
                InterfaceType::U16,
                InterfaceType::U8
            ]),
            tup
        );
    }

    #[test]
    fn variants_place_the_payload_after_an_aligned_discriminant() {
        let mut t = ComponentTypes::new();
        let o8 = t.intern_option(InterfaceType::U8);
        check(&t, o8, 2, 1, Some(&[I32, I32]));
        let o64 = t.intern_option(InterfaceType::U64);
        check(&t, o64, 16, 8, Some(&[I32, I64]));
        let InterfaceType::Option(i) = o64 else {
            unreachable!()
        };
        assert_eq!(t.option(i).info.payload_offset32, 8);
        let pair = t.intern_tuple(vec![InterfaceType::U32, InterfaceType::U32]);
        let v = t.intern_variant(vec![
            VariantCase {
                name: "a".into(),
                ty: Some(InterfaceType::U8),
            },
            VariantCase {
                name: "b".into(),
                ty: Some(pair),
            },
            VariantCase {
                name: "c".into(),
                ty: None,
            },
        ]);
        check(&t, v, 12, 4, Some(&[I32, I32, I32]));
    }

    #[test]
    fn variant_slots_join_types() {
        let mut t = ComponentTypes::new();
        let r = t.intern_result(Some(InterfaceType::U32), Some(InterfaceType::Float32));
        check(&t, r, 8, 4, Some(&[I32, I32]));
        let r = t.intern_result(Some(InterfaceType::Float32), Some(InterfaceType::Float64));
        check(&t, r, 16, 8, Some(&[I32, I64]));
        let r = t.intern_result(None, Some(InterfaceType::String));
        check(&t, r, 12, 4, Some(&[I32, I32, I32]));
        let r = t.intern_result(None, None);
        check(&t, r, 1, 1, Some(&[I32]));
    }

    #[test]
    fn discriminant_sizes_follow_the_case_count() {
        let mut t = ComponentTypes::new();
        let names = |n: usize| (0..n).map(|i| format!("c{i}")).collect::<Vec<_>>();
        let e = t.intern_enum(names(256));
        check(&t, e, 1, 1, Some(&[I32]));
        let e = t.intern_enum(names(257));
        check(&t, e, 2, 2, Some(&[I32]));
        let e = t.intern_enum(names(65537));
        check(&t, e, 4, 4, Some(&[I32]));
    }

    #[test]
    fn flags_use_the_smallest_integer() {
        let mut t = ComponentTypes::new();
        for (n, size) in [(1, 1), (8, 1), (9, 2), (16, 2), (17, 4), (32, 4)] {
            let f = t.intern_flags((0..n).map(|i| format!("f{i}")).collect());
            check(&t, f, size, size, Some(&[I32]));
        }
    }

    #[test]
    fn lists() {
        let mut t = ComponentTypes::new();
        let l = t.intern_list(InterfaceType::U64);
        check(&t, l, 8, 4, Some(&[I32, I32]));
        let fixed = t.intern_fixed_list(InterfaceType::U16, 3);
        check(&t, fixed, 6, 2, Some(&[I32, I32, I32]));
    }

    #[test]
    fn too_many_flat_values_go_through_memory() {
        let mut t = ComponentTypes::new();
        let fields = (0..16)
            .map(|i| field(&format!("f{i}"), InterfaceType::U32))
            .collect();
        let r16 = t.intern_record(fields);
        check(&t, r16, 64, 4, Some(&[I32; 16]));
        let fields = (0..17)
            .map(|i| field(&format!("f{i}"), InterfaceType::U32))
            .collect();
        let r17 = t.intern_record(fields);
        check(&t, r17, 68, 4, None);
        let o = t.intern_option(r16);
        check(&t, o, 68, 4, None);
    }
}
