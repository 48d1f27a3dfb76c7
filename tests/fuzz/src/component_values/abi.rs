//! The canonical ABI's view of the types: how they flatten to core values, and how they
//! are laid out in linear memory.

use super::ty::Ty;

/// A core value type, as types flatten to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flat {
    I32,
    I64,
    F32,
    F64,
}

impl Flat {
    /// The core type's name in the text format.
    pub fn name(self) -> &'static str {
        match self {
            Flat::I32 => "i32",
            Flat::I64 => "i64",
            Flat::F32 => "f32",
            Flat::F64 => "f64",
        }
    }

    /// The type a variant's payload slot takes when two cases put `self` and `other` in it.
    fn join(self, other: Flat) -> Flat {
        match (self, other) {
            (a, b) if a == b => a,
            (Flat::I32, Flat::F32) | (Flat::F32, Flat::I32) => Flat::I32,
            _ => Flat::I64,
        }
    }
}

/// The canonical ABI's functions of a type.
pub trait Abi {
    /// Appends the core types the type flattens to.
    fn flatten(&self, out: &mut Vec<Flat>);
    /// The cases of a variant, enum, option or result, with their payload types; empty
    /// for other types.
    fn cases(&self) -> Vec<Option<&Ty>>;
    /// The flat types of a variant-like type's payloads, joined slot by slot.
    fn joined(&self) -> Vec<Flat>;
    /// A variant-like type's discriminant size and payload offset.
    fn variant_offsets(&self) -> (u32, u32);
    /// The core types of the type.
    fn flat(&self) -> Vec<Flat>;
    /// Size and alignment in linear memory.
    fn layout(&self) -> (u32, u32);
}

impl Abi for Ty {
    fn flatten(&self, out: &mut Vec<Flat>) {
        match self {
            Ty::Bool
            | Ty::S8
            | Ty::U8
            | Ty::S16
            | Ty::U16
            | Ty::S32
            | Ty::U32
            | Ty::Char
            | Ty::Enum(_)
            | Ty::Flags(_)
            | Ty::ErrorContext
            | Ty::Own
            | Ty::Borrow => out.push(Flat::I32),
            Ty::S64 | Ty::U64 => out.push(Flat::I64),
            Ty::Float32 => out.push(Flat::F32),
            Ty::Float64 => out.push(Flat::F64),
            Ty::String | Ty::List(_) => out.extend([Flat::I32, Flat::I32]),
            Ty::FixedList(t, n) => {
                for _ in 0..*n {
                    t.flatten(out);
                }
            }
            Ty::Record(fields) => fields.iter().for_each(|(_, t)| t.flatten(out)),
            Ty::Tuple(ts) => ts.iter().for_each(|t| t.flatten(out)),
            Ty::Option(_) | Ty::Result(..) | Ty::Variant(_) => {
                out.push(Flat::I32);
                out.extend(self.joined());
            }
        }
    }

    fn cases(&self) -> Vec<Option<&Ty>> {
        match self {
            Ty::Variant(cases) => cases.iter().map(|(_, t)| t.as_ref()).collect(),
            Ty::Enum(names) => vec![None; names.len()],
            Ty::Option(t) => vec![None, Some(t)],
            Ty::Result(ok, err) => vec![ok.as_deref(), err.as_deref()],
            _ => Vec::new(),
        }
    }

    fn joined(&self) -> Vec<Flat> {
        let mut joined: Vec<Flat> = Vec::new();
        for t in self.cases().into_iter().flatten() {
            for (i, f) in t.flat().into_iter().enumerate() {
                match joined.get_mut(i) {
                    Some(slot) => *slot = slot.join(f),
                    None => joined.push(f),
                }
            }
        }
        joined
    }

    fn variant_offsets(&self) -> (u32, u32) {
        let d = discriminant_size(self.cases().len());
        let align = self
            .cases()
            .into_iter()
            .flatten()
            .map(|t| t.layout().1)
            .max();
        (d, align_to(d, align.unwrap_or(1)))
    }

    fn flat(&self) -> Vec<Flat> {
        let mut out = Vec::new();
        self.flatten(&mut out);
        out
    }

    fn layout(&self) -> (u32, u32) {
        match self {
            Ty::Bool | Ty::S8 | Ty::U8 => (1, 1),
            Ty::S16 | Ty::U16 => (2, 2),
            Ty::S32 | Ty::U32 | Ty::Float32 | Ty::Char => (4, 4),
            Ty::ErrorContext | Ty::Own | Ty::Borrow => (4, 4),
            Ty::S64 | Ty::U64 | Ty::Float64 => (8, 8),
            Ty::String | Ty::List(_) => (8, 4),
            Ty::FixedList(t, n) => {
                let (size, align) = t.layout();
                (size * n, align)
            }
            Ty::Record(fields) => record_layout(fields.iter().map(|(_, t)| t)).0,
            Ty::Tuple(ts) => record_layout(ts).0,
            Ty::Flags(names) => match names.len() {
                0..=8 => (1, 1),
                9..=16 => (2, 2),
                _ => (4, 4),
            },
            Ty::Enum(_) | Ty::Option(_) | Ty::Result(..) | Ty::Variant(_) => {
                let (d, offset) = self.variant_offsets();
                let payloads = self.cases().into_iter().flatten().map(Ty::layout);
                let size = payloads.clone().map(|(s, _)| s).max().unwrap_or(0);
                let align = payloads.map(|(_, a)| a).max().unwrap_or(1).max(d);
                (align_to(offset + size, align), align)
            }
        }
    }
}

/// `offset` rounded up to a multiple of `align`.
pub fn align_to(offset: u32, align: u32) -> u32 {
    offset.div_ceil(align) * align
}

/// The layout of a record of `fields`, and each field's offset.
pub fn record_layout<'a>(fields: impl IntoIterator<Item = &'a Ty>) -> ((u32, u32), Vec<u32>) {
    let (mut size, mut align) = (0, 1);
    let mut offsets = Vec::new();
    for t in fields {
        let (s, a) = t.layout();
        size = align_to(size, a);
        offsets.push(size);
        size += s;
        align = align.max(a);
    }
    ((align_to(size, align), align), offsets)
}

fn discriminant_size(cases: usize) -> u32 {
    match cases {
        0..=256 => 1,
        257..=65536 => 2,
        _ => 4,
    }
}
