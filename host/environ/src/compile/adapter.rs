//! What a fused adapter converts: the shape of a component function's parameters and
//! result as both sides of a component-to-component call see them, with their canonical
//! ABI layout (flat core values, or bytes in linear memory).

use crate::component::{
    CanonicalAbiInfo, DiscriminantSize, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, align_to,
};
use crate::{WasmFuncType, WasmValType};

/// The shape of a fused call: its parameters, result, string encodings and post-return.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AdapterSignature {
    /// One type per parameter, in order.
    pub params: Vec<AdapterType>,
    /// The result, if the function has one.
    pub result: Option<AdapterType>,
    /// Whether the callee has a post-return function (taking the callee's core result).
    pub post_return: bool,
    /// How strings are encoded in the caller's memory and in the callee's.
    pub encodings: [AdapterEncoding; 2],
}

/// A string encoding, as a fused adapter reads and writes strings in it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum AdapterEncoding {
    /// UTF-8: one byte per code unit, checked to be UTF-8.
    Utf8,
    /// UTF-16 (little-endian): two bytes per code unit, aligned to 2, checked to be UTF-16.
    Utf16,
    /// Latin-1 or UTF-16, chosen per string: the length's high bit ([`UTF16_TAG`]) marks
    /// UTF-16; either is aligned to 2.
    CompactUtf16,
}

/// The bit of a `latin1+utf16` string's length that marks it UTF-16.
pub const UTF16_TAG: u32 = 1 << 31;

impl AdapterEncoding {
    /// The alignment of a string's bytes.
    pub fn align(self) -> u32 {
        match self {
            AdapterEncoding::Utf8 => 1,
            _ => 2,
        }
    }
}

/// What the transcoding helper of fused adapters does (its first argument); each reads
/// code units from a source range and writes into a destination range of a capacity in
/// bytes, never past it, and answers a count.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum TranscodeOp {
    /// Copies the ASCII code units that begin a UTF-16 source as bytes; answers how many.
    AsciiPrefixOfUtf16,
    /// Copies the ASCII bytes that begin a Latin-1 source; answers how many.
    AsciiPrefixOfLatin1,
    /// Encodes a UTF-16 source as UTF-8; answers the bytes written.
    Utf8FromUtf16,
    /// Encodes a Latin-1 source as UTF-8; answers the bytes written.
    Utf8FromLatin1,
    /// Encodes a UTF-8 source as UTF-16; answers the code units written.
    Utf16FromUtf8,
    /// Widens a Latin-1 source to UTF-16; answers the code units written.
    Utf16FromLatin1,
    /// Writes as Latin-1 the characters below U+0100 that begin a UTF-8 source; answers
    /// the source's code units they took in the high 32 bits and the bytes written in the
    /// low 32.
    Latin1PrefixOfUtf8,
    /// The same for a UTF-16 source.
    Latin1PrefixOfUtf16,
    /// Widens, in place, the Latin-1 bytes that begin the destination to UTF-16 code
    /// units (as many as the source length says; the source is not read).
    WidenInPlace,
    /// Whether every code unit of a UTF-16 source is below 0x100 (1 if so).
    AllLatin1,
    /// Narrows, in place, the UTF-16 code units that begin the destination to Latin-1
    /// bytes (as many as the source length says; the source is not read).
    NarrowInPlace,
}

impl TranscodeOp {
    /// Every operation, by its code.
    pub const ALL: [TranscodeOp; 11] = [
        TranscodeOp::AsciiPrefixOfUtf16,
        TranscodeOp::AsciiPrefixOfLatin1,
        TranscodeOp::Utf8FromUtf16,
        TranscodeOp::Utf8FromLatin1,
        TranscodeOp::Utf16FromUtf8,
        TranscodeOp::Utf16FromLatin1,
        TranscodeOp::Latin1PrefixOfUtf8,
        TranscodeOp::Latin1PrefixOfUtf16,
        TranscodeOp::WidenInPlace,
        TranscodeOp::AllLatin1,
        TranscodeOp::NarrowInPlace,
    ];

    /// The operation of code `code`, if any.
    pub fn from_code(code: u64) -> Option<TranscodeOp> {
        usize::try_from(code)
            .ok()
            .and_then(|i| Self::ALL.get(i).copied())
    }
}

/// A component value type, as a fused adapter carries it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AdapterType {
    /// A scalar: a number, `bool`, `char`, enum or flags.
    Scalar(FlatConversion),
    /// A string, in the signature's encodings.
    String,
    /// `list<T>`: a pointer and a length, the elements in memory.
    List(Box<AdapterType>),
    /// A fixed-length list of this many elements, laid out like a tuple.
    FixedList(Box<AdapterType>, u32),
    /// A record or tuple: its fields in order.
    Record(Vec<AdapterType>),
    /// A variant, option or result: each case's payload, if it has one.
    Variant(Vec<Option<AdapterType>>),
    /// `own<R>`: a handle moved from the source's table to the destination's, `R` the
    /// index of the resource type among the signature's (in order of first appearance).
    Own(u32),
    /// `borrow<R>`: a handle of the caller's lent to the callee for the call.
    Borrow(u32),
}

impl AdapterType {
    /// The type's size, alignment and flat count in a 32-bit memory.
    pub fn abi(&self) -> CanonicalAbiInfo {
        match self {
            AdapterType::Scalar(c) => CanonicalAbiInfo::scalar(c.size()),
            AdapterType::Own(_) | AdapterType::Borrow(_) => CanonicalAbiInfo::scalar(4),
            AdapterType::String | AdapterType::List(_) => CanonicalAbiInfo::POINTER_PAIR,
            AdapterType::FixedList(t, n) => CanonicalAbiInfo::fixed_list(t.abi(), *n),
            AdapterType::Record(fields) => CanonicalAbiInfo::record(fields.iter().map(|f| f.abi())),
            AdapterType::Variant(cases) => {
                let abis: Vec<Option<CanonicalAbiInfo>> =
                    cases.iter().map(|c| c.as_ref().map(|t| t.abi())).collect();
                CanonicalAbiInfo::variant(abis.iter().map(|a| a.as_ref())).0
            }
        }
    }

    /// A variant's discriminant size and payload offset in memory (`self` a variant).
    pub fn variant_layout(cases: &[Option<AdapterType>]) -> (u32, u32) {
        let disc = DiscriminantSize::for_cases(cases.len()).bytes();
        let align = cases
            .iter()
            .flatten()
            .map(|t| t.abi().align32)
            .max()
            .unwrap_or(1);
        (disc, align_to(disc, align))
    }

    /// The offsets of a record's fields in memory.
    pub fn field_offsets(fields: &[AdapterType]) -> Vec<u32> {
        let mut at = 0;
        fields
            .iter()
            .map(|f| {
                let abi = f.abi();
                let offset = align_to(at, abi.align32);
                at = offset + abi.size32;
                offset
            })
            .collect()
    }

    /// Appends the core types the value flattens to.
    pub fn push_flat(&self, out: &mut Vec<WasmValType>) {
        match self {
            AdapterType::Scalar(c) => out.push(c.core_type()),
            AdapterType::Own(_) | AdapterType::Borrow(_) => out.push(WasmValType::I32),
            AdapterType::String | AdapterType::List(_) => {
                out.extend([WasmValType::I32, WasmValType::I32])
            }
            AdapterType::FixedList(t, n) => {
                for _ in 0..*n {
                    t.push_flat(out);
                }
            }
            AdapterType::Record(fields) => fields.iter().for_each(|f| f.push_flat(out)),
            AdapterType::Variant(cases) => {
                out.push(WasmValType::I32);
                out.extend(Self::variant_slots(cases));
            }
        }
    }

    /// The core types of a variant's payload slots: each the join of the cases' flat
    /// types at its position (the same type, `i32` for `i32` and `f32`, `i64` else).
    pub fn variant_slots(cases: &[Option<AdapterType>]) -> Vec<WasmValType> {
        let mut slots: Vec<WasmValType> = Vec::new();
        for case in cases.iter().flatten() {
            for (i, t) in case.flat().into_iter().enumerate() {
                match slots.get_mut(i) {
                    Some(s) => *s = join(*s, t),
                    None => slots.push(t),
                }
            }
        }
        slots
    }

    /// The core types the value flattens to.
    pub fn flat(&self) -> Vec<WasmValType> {
        let mut out = Vec::new();
        self.push_flat(&mut out);
        out
    }

    /// Whether lifting the value checks anything (a `char`, an enum's or variant's
    /// discriminant, a string's or list's bounds, a handle).
    pub fn has_checks(&self) -> bool {
        match self {
            AdapterType::Scalar(c) => matches!(c, FlatConversion::Char | FlatConversion::Enum(_)),
            AdapterType::String
            | AdapterType::List(_)
            | AdapterType::Variant(_)
            | AdapterType::Own(_)
            | AdapterType::Borrow(_) => true,
            AdapterType::FixedList(t, _) => t.has_checks(),
            AdapterType::Record(fields) => fields.iter().any(|f| f.has_checks()),
        }
    }

    /// Whether the value owns memory that lowering allocates (a string or list in it).
    pub fn allocates(&self) -> bool {
        match self {
            AdapterType::Scalar(_) | AdapterType::Own(_) | AdapterType::Borrow(_) => false,
            AdapterType::String | AdapterType::List(_) => true,
            AdapterType::FixedList(t, _) => t.allocates(),
            AdapterType::Record(fields) => fields.iter().any(|f| f.allocates()),
            AdapterType::Variant(cases) => cases.iter().flatten().any(|t| t.allocates()),
        }
    }

    /// Whether lowering the value does more than pass its lifted flat values on: it
    /// allocates, or it moves or lends handles.
    pub fn lowers(&self) -> bool {
        self.allocates() || self.has_handle(false)
    }

    /// Whether the value's bytes in memory are the same on both sides and all of them
    /// are written by lowering it, so that they can be copied as they are: integers, and
    /// records and fixed-length lists of them without padding (lowering leaves padding as
    /// it was).
    pub fn is_plain(&self) -> bool {
        match self {
            AdapterType::Scalar(c) => c.is_plain(),
            AdapterType::String
            | AdapterType::List(_)
            | AdapterType::Variant(_)
            | AdapterType::Own(_)
            | AdapterType::Borrow(_) => false,
            AdapterType::FixedList(t, _) => t.is_plain(),
            AdapterType::Record(fields) => {
                let sum: u32 = fields.iter().map(|f| f.abi().size32).sum();
                fields.iter().all(|f| f.is_plain()) && sum == self.abi().size32
            }
        }
    }
}

impl AdapterType {
    /// Whether the value holds a handle (only a borrow, if `borrow`).
    fn has_handle(&self, borrow: bool) -> bool {
        match self {
            AdapterType::Scalar(_) | AdapterType::String => false,
            AdapterType::Own(_) => !borrow,
            AdapterType::Borrow(_) => true,
            AdapterType::List(t) | AdapterType::FixedList(t, _) => t.has_handle(borrow),
            AdapterType::Record(fields) => fields.iter().any(|f| f.has_handle(borrow)),
            AdapterType::Variant(cases) => cases.iter().flatten().any(|t| t.has_handle(borrow)),
        }
    }
}

/// What the handle helper of fused adapters does (its second argument), with the index
/// of a resource type among the signature's and a handle (its third and fourth). Each
/// answers a handle or nothing in the low 32 bits, and sets bit 32 when it failed (its
/// error is then pending, to be raised as a trap).
///
/// Lifting takes each handle out of the source's table (or lends it) as the canonical ABI
/// does, keeping its representation in the call's queue; lowering, which visits the
/// handles in the same order, gives each queued representation to the destination.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum HandleOp {
    /// Starts a call: an empty queue, and an empty scope of lent handles.
    Begin,
    /// Moves an owned handle out of the caller's table, queueing its representation.
    TakeOwnFromCaller,
    /// The same for a handle of the callee's (in a result).
    TakeOwnFromCallee,
    /// Lends the caller's handle for the call, queueing its representation.
    Lend,
    /// Enters the callee: opens its scope of borrowed handles (once it is marked busy).
    Enter,
    /// Gives the next queued representation to the callee as an owned handle: the handle.
    GiveOwnToCallee,
    /// Gives the next queued representation to the caller as an owned handle: the handle.
    GiveOwnToCaller,
    /// Gives the next queued representation to the callee as a borrow: its handle (the
    /// representation itself if the callee implements the resource).
    GiveBorrow,
    /// Closes the caller's scope of lent handles (once the callee returned).
    EndLending,
    /// Closes the callee's scope; fails if it still holds a borrow (after post-return).
    Exit,
}

impl HandleOp {
    /// Every operation, by its code.
    pub const ALL: [HandleOp; 10] = [
        HandleOp::Begin,
        HandleOp::TakeOwnFromCaller,
        HandleOp::TakeOwnFromCallee,
        HandleOp::Lend,
        HandleOp::Enter,
        HandleOp::GiveOwnToCallee,
        HandleOp::GiveOwnToCaller,
        HandleOp::GiveBorrow,
        HandleOp::EndLending,
        HandleOp::Exit,
    ];

    /// The operation of code `code`, if any.
    pub fn from_code(code: u64) -> Option<HandleOp> {
        usize::try_from(code)
            .ok()
            .and_then(|i| Self::ALL.get(i).copied())
    }
}

/// The core type two cases' values at one flat position share.
fn join(a: WasmValType, b: WasmValType) -> WasmValType {
    use WasmValType as V;
    match (a, b) {
        _ if a == b => a,
        (V::I32, V::F32) | (V::F32, V::I32) => V::I32,
        _ => V::I64,
    }
}

impl AdapterSignature {
    /// The parameters as one record, as they are laid out when passed through memory.
    pub fn params_record(&self) -> AdapterType {
        AdapterType::Record(self.params.clone())
    }

    /// The flat core types of the parameters, all of them.
    pub fn flat_params(&self) -> Vec<WasmValType> {
        let mut out = Vec::new();
        for p in &self.params {
            p.push_flat(&mut out);
        }
        out
    }

    /// Whether the parameters go through memory (more than [`MAX_FLAT_PARAMS`] flat
    /// values): the caller passes a pointer into its memory, the callee gets one into its
    /// own.
    pub fn params_in_memory(&self) -> bool {
        self.flat_params().len() > MAX_FLAT_PARAMS
    }

    /// Whether the result goes through memory (more than [`MAX_FLAT_RESULTS`] flat
    /// values): the caller passes a return pointer, the callee returns one.
    pub fn result_in_memory(&self) -> bool {
        self.result
            .as_ref()
            .is_some_and(|r| r.flat().len() > MAX_FLAT_RESULTS)
    }

    /// The core parameters both sides' functions take for the parameters: the flat values,
    /// or one pointer.
    fn core_params(&self) -> Vec<WasmValType> {
        if self.params_in_memory() {
            vec![WasmValType::I32]
        } else {
            self.flat_params()
        }
    }

    /// The core signature of the adapter, the caller's: the parameters, then a return
    /// pointer when the result goes through memory.
    pub fn core_type(&self) -> WasmFuncType {
        let mut params = self.core_params();
        let mut results = Vec::new();
        match &self.result {
            Some(_) if self.result_in_memory() => params.push(WasmValType::I32),
            Some(r) => results = r.flat(),
            None => {}
        }
        WasmFuncType {
            params: params.into(),
            results: results.into(),
        }
    }

    /// The core signature of the callee: the parameters, and the flat result or a pointer
    /// to the result in its memory.
    pub fn callee_core_type(&self) -> WasmFuncType {
        let results = match &self.result {
            Some(_) if self.result_in_memory() => vec![WasmValType::I32],
            Some(r) => r.flat(),
            None => Vec::new(),
        };
        WasmFuncType {
            params: self.core_params().into(),
            results: results.into(),
        }
    }

    /// The core signature of the callee's post-return function: the callee's results.
    pub fn post_return_type(&self) -> WasmFuncType {
        WasmFuncType {
            params: self.callee_core_type().results,
            results: Box::new([]),
        }
    }

    /// Whether the call copies anything between memories (so both sides need one).
    pub fn uses_memory(&self) -> bool {
        self.params_in_memory()
            || self.result_in_memory()
            || self.params.iter().any(|p| p.allocates())
    }

    /// Whether the adapter calls the callee's `realloc` (for the parameters).
    pub fn callee_realloc(&self) -> bool {
        self.params_in_memory() || self.params.iter().any(|p| p.allocates())
    }

    /// Whether any value is a handle (so the adapter reaches both instances' tables).
    pub fn uses_handles(&self) -> bool {
        self.params
            .iter()
            .chain(&self.result)
            .any(|t| t.has_handle(false))
    }

    /// Whether any parameter holds a borrow (so the call lends and keeps a scope).
    pub fn uses_borrows(&self) -> bool {
        self.params.iter().any(|t| t.has_handle(true))
    }

    /// Whether the adapter calls the caller's `realloc` (for the result).
    pub fn caller_realloc(&self) -> bool {
        self.result.as_ref().is_some_and(|r| r.allocates())
    }
}

/// How one scalar goes from one component to another: lifted from the source's core
/// value or bytes and lowered into the destination's.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum FlatConversion {
    /// An `i32` passed as it is (`s32`, `u32`).
    I32,
    /// An `i64` passed as it is (`s64`, `u64`).
    I64,
    /// An `f32`, any NaN made the canonical NaN.
    F32,
    /// An `f64`, any NaN made the canonical NaN.
    F64,
    /// A `bool`: any nonzero value is 1.
    Bool,
    /// A `u8`, `u16`, or `flags` of up to 32 flags: this many low bits, zero-extended (8,
    /// 16, or the number of flags).
    Unsigned(u8),
    /// An `s8`, `s16`: the low bits, sign-extended (8 or 16 bits).
    Signed(u8),
    /// A `char`: a trap unless the value is a Unicode scalar value.
    Char,
    /// An enum of this many cases: a trap unless the value is below it.
    Enum(u32),
}

impl FlatConversion {
    /// The core type of the value, on both sides.
    pub fn core_type(self) -> WasmValType {
        match self {
            FlatConversion::I64 => WasmValType::I64,
            FlatConversion::F32 => WasmValType::F32,
            FlatConversion::F64 => WasmValType::F64,
            _ => WasmValType::I32,
        }
    }

    /// The value's size (and alignment) in memory.
    pub fn size(self) -> u32 {
        match self {
            FlatConversion::I32 | FlatConversion::F32 | FlatConversion::Char => 4,
            FlatConversion::I64 | FlatConversion::F64 => 8,
            FlatConversion::Bool => 1,
            FlatConversion::Unsigned(bits) | FlatConversion::Signed(bits) => match bits {
                0..=8 => 1,
                9..=16 => 2,
                _ => 4,
            },
            FlatConversion::Enum(cases) => DiscriminantSize::for_cases(cases as usize).bytes(),
        }
    }

    /// Whether the value's bytes in memory pass as they are.
    pub fn is_plain(self) -> bool {
        match self {
            FlatConversion::I32 | FlatConversion::I64 | FlatConversion::Signed(_) => true,
            FlatConversion::Unsigned(bits) => matches!(bits, 8 | 16 | 32),
            _ => false,
        }
    }
}
