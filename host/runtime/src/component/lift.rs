//! Lifting: reading component values out of a guest, from linear memory (`load`) or from
//! flat core values (`lift_flat`), as the Canonical ABI defines them.
//!
//! Flat core values are raw bits in a `u64`: an `i32` or `f32` in the low 32 bits, zero
//! above. That makes the spec's coercions between a variant's joined slots (taking an
//! `i32` out of an `i64` slot, an `f32` out of an `i32` slot...) plain truncations.

use super::memory::{FieldCursor, MAX_BYTE_LENGTH, Options, StringEncoding, UTF16_TAG};
use super::val::Val;
use anyhow::{Result, bail};
use std::borrow::Cow;
use wicker_environ::component::InterfaceType;

/// The canonical NaN every lifted float NaN becomes.
const CANONICAL_NAN32: u32 = 0x7fc0_0000;
const CANONICAL_NAN64: u64 = 0x7ff8_0000_0000_0000;

pub(crate) fn canonical_f32(bits: u32) -> f32 {
    let f = f32::from_bits(bits);
    if f.is_nan() {
        f32::from_bits(CANONICAL_NAN32)
    } else {
        f
    }
}

pub(crate) fn canonical_f64(bits: u64) -> f64 {
    let f = f64::from_bits(bits);
    if f.is_nan() {
        f64::from_bits(CANONICAL_NAN64)
    } else {
        f
    }
}

pub(crate) fn load_int(memory: &[u8], ptr: u32, size: u32) -> Result<u64> {
    let start = ptr as usize;
    let Some(bytes) = memory.get(start..start + size as usize) else {
        bail!("pointer out of bounds of memory");
    };
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    Ok(u64::from_le_bytes(buf))
}

/// The pointer and length of a string or list stored at `ptr`.
pub(crate) fn load_ptr_len(memory: &[u8], ptr: u32) -> Result<(u32, u32)> {
    Ok((
        load_int(memory, ptr, 4)? as u32,
        load_int(memory, ptr + 4, 4)? as u32,
    ))
}

pub(crate) fn to_char(i: u32) -> Result<char> {
    match char::from_u32(i) {
        Some(c) => Ok(c),
        None => bail!("invalid `char` bit pattern: {i:#x}"),
    }
}

/// The payload types of the cases of a variant-like type, in order, its discriminant size
/// and payload offset. The names are looked up only for the case a value has.
fn cases_of(opts: &Options<'_>, ty: InterfaceType) -> (Vec<Option<InterfaceType>>, u32, u32) {
    let t = opts.types;
    match ty {
        InterfaceType::Variant(i) => {
            let v = t.variant(i);
            let cases = v.cases.iter().map(|c| c.ty).collect();
            (cases, v.info.discriminant.bytes(), v.info.payload_offset32)
        }
        InterfaceType::Enum(i) => {
            let e = t.enum_(i);
            (
                vec![None; e.names.len()],
                e.info.discriminant.bytes(),
                e.info.payload_offset32,
            )
        }
        InterfaceType::Option(i) => {
            let o = t.option(i);
            (vec![None, Some(o.ty)], 1, o.info.payload_offset32)
        }
        InterfaceType::Result(i) => {
            let r = t.result(i);
            (vec![r.ok, r.err], 1, r.info.payload_offset32)
        }
        _ => unreachable!("not a variant-like type"),
    }
}

/// A copy of a name the types define, charged to the lifting budget.
fn name(opts: &Options<'_>, name: &str) -> Result<String> {
    opts.charge(name.len() as u64)?;
    Ok(name.to_string())
}

/// Builds the value of a variant-like type from its case index and payload.
fn variant_val(
    opts: &Options<'_>,
    ty: InterfaceType,
    index: usize,
    payload: Option<Val>,
) -> Result<Val> {
    let payload = payload.map(Box::new);
    Ok(match ty {
        InterfaceType::Variant(i) => Val::Variant(
            name(opts, &opts.types.variant(i).cases[index].name)?,
            payload,
        ),
        InterfaceType::Enum(i) => Val::Enum(name(opts, &opts.types.enum_(i).names[index])?),
        InterfaceType::Option(_) => Val::Option(payload),
        _ => Val::Result(if index == 0 {
            Ok(payload)
        } else {
            Err(payload)
        }),
    })
}

fn flags_val(opts: &Options<'_>, ty: InterfaceType, bits: u64) -> Result<Val> {
    let InterfaceType::Flags(i) = ty else {
        unreachable!()
    };
    let names = &opts.types.flags(i).names;
    Ok(Val::Flags(
        names
            .iter()
            .enumerate()
            .filter(|(n, _)| bits & (1 << n) != 0)
            .map(|(_, n)| name(opts, n))
            .collect::<Result<_>>()?,
    ))
}

/// Loads a value of type `ty` stored at `ptr`, which the caller has checked is aligned and
/// in bounds for the type.
pub(crate) fn load(opts: &Options<'_>, memory: &[u8], ty: InterfaceType, ptr: u32) -> Result<Val> {
    use InterfaceType as T;
    Ok(match ty {
        T::Bool => Val::Bool(load_int(memory, ptr, 1)? != 0),
        T::S8 => Val::S8(load_int(memory, ptr, 1)? as i8),
        T::U8 => Val::U8(load_int(memory, ptr, 1)? as u8),
        T::S16 => Val::S16(load_int(memory, ptr, 2)? as i16),
        T::U16 => Val::U16(load_int(memory, ptr, 2)? as u16),
        T::S32 => Val::S32(load_int(memory, ptr, 4)? as i32),
        T::U32 => Val::U32(load_int(memory, ptr, 4)? as u32),
        T::S64 => Val::S64(load_int(memory, ptr, 8)? as i64),
        T::U64 => Val::U64(load_int(memory, ptr, 8)?),
        T::Float32 => Val::Float32(canonical_f32(load_int(memory, ptr, 4)? as u32)),
        T::Float64 => Val::Float64(canonical_f64(load_int(memory, ptr, 8)?)),
        T::Char => Val::Char(to_char(load_int(memory, ptr, 4)? as u32)?),
        T::String => {
            let (p, len) = load_ptr_len(memory, ptr)?;
            Val::String(load_string(opts, memory, p, len)?)
        }
        T::List(i) => {
            let (p, len) = load_ptr_len(memory, ptr)?;
            Val::List(load_list(opts, memory, opts.types.list(i).element, p, len)?)
        }
        T::FixedList(i) => {
            let l = opts.types.fixed_list(i);
            let size = opts.types.abi(l.element).size32;
            let elems = (0..l.len).map(|k| load(opts, memory, l.element, ptr + k * size));
            Val::List(elems.collect::<Result<_>>()?)
        }
        T::Record(i) => {
            let mut fields_at = FieldCursor::new(ptr);
            let mut fields = Vec::new();
            for f in opts.types.record(i).fields.iter() {
                let abi = opts.types.abi(f.ty);
                let at = fields_at.next(abi.size32, abi.align32)?;
                fields.push((name(opts, &f.name)?, load(opts, memory, f.ty, at)?));
            }
            Val::Record(fields)
        }
        T::Tuple(i) => {
            let mut fields_at = FieldCursor::new(ptr);
            let mut vals = Vec::new();
            for t in opts.types.tuple(i).types.iter() {
                let abi = opts.types.abi(*t);
                let at = fields_at.next(abi.size32, abi.align32)?;
                vals.push(load(opts, memory, *t, at)?);
            }
            Val::Tuple(vals)
        }
        T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_) => {
            let (cases, disc_size, payload_offset) = cases_of(opts, ty);
            let index = load_int(memory, ptr, disc_size)? as usize;
            if index >= cases.len() {
                bail!("invalid variant discriminant: {index}");
            }
            let payload = match cases[index] {
                Some(t) => Some(load(opts, memory, t, ptr + payload_offset)?),
                None => None,
            };
            variant_val(opts, ty, index, payload)?
        }
        T::Flags(i) => {
            let size = opts.types.flags(i).abi.size32;
            flags_val(opts, ty, load_int(memory, ptr, size)?)?
        }
        T::Own(t) => Val::Resource(
            opts.resources()?
                .lift_own(t, load_int(memory, ptr, 4)? as u32)?,
        ),
        T::Borrow(t) => Val::Resource(
            opts.resources()?
                .lift_borrow(t, load_int(memory, ptr, 4)? as u32)?,
        ),
        T::ErrorContext => bail!("`error-context` values are not supported yet"),
    })
}

/// How the bytes of a string in guest memory encode it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StrKind {
    Utf8,
    Utf16,
    Latin1,
}

/// The bytes of the string at `ptr` with `tagged_code_units` (its length as the caller's
/// encoding counts it), after the spec's length, alignment and bounds checks.
pub(crate) fn string_bytes(
    encoding: StringEncoding,
    memory: &[u8],
    ptr: u32,
    tagged_code_units: u32,
) -> Result<(&[u8], StrKind)> {
    let (align, byte_len, kind) = match encoding {
        StringEncoding::Utf8 => (1, u64::from(tagged_code_units), StrKind::Utf8),
        StringEncoding::Utf16 => (2, 2 * u64::from(tagged_code_units), StrKind::Utf16),
        StringEncoding::CompactUtf16 if tagged_code_units & UTF16_TAG != 0 => (
            2,
            2 * u64::from(tagged_code_units ^ UTF16_TAG),
            StrKind::Utf16,
        ),
        StringEncoding::CompactUtf16 => (2, u64::from(tagged_code_units), StrKind::Latin1),
    };
    if byte_len > MAX_BYTE_LENGTH {
        bail!("string content out-of-bounds: {byte_len} bytes is too long");
    }
    if !ptr.is_multiple_of(align) {
        bail!("unaligned pointer: string at {ptr:#x}");
    }
    if u64::from(ptr) + byte_len > memory.len() as u64 {
        bail!(
            "string content out-of-bounds: string pointer/length out of bounds of memory \
             ({byte_len} bytes at {ptr:#x})"
        );
    }
    Ok((
        &memory[ptr as usize..ptr as usize + byte_len as usize],
        kind,
    ))
}

/// Decodes a string's bytes; UTF-8 is borrowed, the other encodings are transcoded.
pub(crate) fn decode_string(bytes: &[u8], kind: StrKind) -> Result<Cow<'_, str>> {
    Ok(match kind {
        StrKind::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(e) if e.error_len().is_none() => {
                bail!("invalid utf-8 in string: incomplete utf-8 byte sequence")
            }
            Err(_) => bail!("invalid utf-8 in string"),
        },
        StrKind::Utf16 => {
            let units = bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]));
            match char::decode_utf16(units).collect::<Result<String, _>>() {
                Ok(s) => Cow::Owned(s),
                Err(_) => bail!("invalid utf-16 in string"),
            }
        }
        StrKind::Latin1 => Cow::Owned(bytes.iter().map(|b| char::from(*b)).collect()),
    })
}

/// The spec's `load_string_from_range`: the string at `ptr` with `tagged_code_units`.
pub(crate) fn load_string(
    opts: &Options<'_>,
    memory: &[u8],
    ptr: u32,
    tagged_code_units: u32,
) -> Result<String> {
    let (bytes, kind) = string_bytes(opts.encoding, memory, ptr, tagged_code_units)?;
    // The decoded text: a byte per UTF-8 byte, at most 3 per UTF-16 unit, 2 per Latin-1.
    let decoded = match kind {
        StrKind::Utf8 => bytes.len() as u64,
        StrKind::Utf16 => bytes.len() as u64 / 2 * 3,
        StrKind::Latin1 => bytes.len() as u64 * 2,
    };
    opts.charge(decoded)?;
    Ok(decode_string(bytes, kind)?.into_owned())
}

/// The checks of the spec's `load_list_from_range` for `len` elements of type `elem` at
/// `ptr` in a memory of `memory_len` bytes; the element size and the list's byte length.
pub(crate) fn list_range(
    opts: &Options<'_>,
    memory_len: usize,
    elem: InterfaceType,
    ptr: u32,
    len: u32,
) -> Result<(u32, u64)> {
    let abi = opts.types.abi(elem);
    let byte_len = u64::from(len) * u64::from(abi.size32);
    if byte_len > MAX_BYTE_LENGTH {
        bail!("list content out-of-bounds: {byte_len} bytes is too long");
    }
    if !ptr.is_multiple_of(abi.align32) {
        bail!("unaligned pointer: list at {ptr:#x}");
    }
    if u64::from(ptr) + byte_len > memory_len as u64 {
        bail!("list content out-of-bounds: {byte_len} bytes at {ptr:#x}");
    }
    Ok((abi.size32, byte_len))
}

/// The spec's `load_list_from_range`.
pub(crate) fn load_list(
    opts: &Options<'_>,
    memory: &[u8],
    elem: InterfaceType,
    ptr: u32,
    len: u32,
) -> Result<Vec<Val>> {
    let (size, _) = list_range(opts, memory.len(), elem, ptr, len)?;
    opts.charge(u64::from(len) * std::mem::size_of::<Val>() as u64)?;
    // Each element lies below the end of the list just checked.
    (0..len)
        .map(|i| load(opts, memory, elem, ptr + i * size))
        .collect()
}

/// Reads flat core values one at a time.
pub struct FlatIter<'a> {
    values: &'a [u64],
    next: usize,
}

impl<'a> FlatIter<'a> {
    pub(crate) fn new(values: &'a [u64]) -> FlatIter<'a> {
        FlatIter { values, next: 0 }
    }

    pub(crate) fn next(&mut self) -> Result<u64> {
        let Some(v) = self.values.get(self.next) else {
            bail!("too few core values for the type")
        };
        self.next += 1;
        Ok(*v)
    }

    pub(crate) fn next32(&mut self) -> Result<u32> {
        Ok(self.next()? as u32)
    }

    /// How many values were read.
    pub(crate) fn position(&self) -> usize {
        self.next
    }

    /// Skips to position `at` (the unused slots of a variant).
    pub(crate) fn skip_to(&mut self, at: usize) -> Result<()> {
        if at > self.values.len() {
            bail!("too few core values for the type")
        }
        self.next = self.next.max(at);
        Ok(())
    }
}

/// Lifts a value of type `ty` from flat core values.
pub(crate) fn lift_flat(
    opts: &Options<'_>,
    memory: Option<&[u8]>,
    ty: InterfaceType,
    it: &mut FlatIter<'_>,
) -> Result<Val> {
    use InterfaceType as T;
    let mem =
        || memory.ok_or_else(|| anyhow::anyhow!("a `memory` option is required for this type"));
    Ok(match ty {
        T::Bool => Val::Bool(it.next32()? != 0),
        T::S8 => Val::S8(it.next32()? as i8),
        T::U8 => Val::U8(it.next32()? as u8),
        T::S16 => Val::S16(it.next32()? as i16),
        T::U16 => Val::U16(it.next32()? as u16),
        T::S32 => Val::S32(it.next32()? as i32),
        T::U32 => Val::U32(it.next32()?),
        T::S64 => Val::S64(it.next()? as i64),
        T::U64 => Val::U64(it.next()?),
        T::Float32 => Val::Float32(canonical_f32(it.next32()?)),
        T::Float64 => Val::Float64(canonical_f64(it.next()?)),
        T::Char => Val::Char(to_char(it.next32()?)?),
        T::String => {
            let (p, len) = (it.next32()?, it.next32()?);
            Val::String(load_string(opts, mem()?, p, len)?)
        }
        T::List(i) => {
            let (p, len) = (it.next32()?, it.next32()?);
            Val::List(load_list(opts, mem()?, opts.types.list(i).element, p, len)?)
        }
        T::FixedList(i) => {
            let l = opts.types.fixed_list(i);
            Val::List(
                (0..l.len)
                    .map(|_| lift_flat(opts, memory, l.element, it))
                    .collect::<Result<_>>()?,
            )
        }
        T::Record(i) => {
            let fields = opts.types.record(i).fields.iter();
            Val::Record(
                fields
                    .map(|f| Ok((name(opts, &f.name)?, lift_flat(opts, memory, f.ty, it)?)))
                    .collect::<Result<_>>()?,
            )
        }
        T::Tuple(i) => {
            let types = opts.types.tuple(i).types.iter();
            Val::Tuple(
                types
                    .map(|t| lift_flat(opts, memory, *t, it))
                    .collect::<Result<_>>()?,
            )
        }
        T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_) => {
            let (cases, _, _) = cases_of(opts, ty);
            let flat = opts
                .types
                .flatten(ty)
                .ok_or_else(|| anyhow::anyhow!("type too large to lift flat"))?;
            let index = it.next32()? as usize;
            if index >= cases.len() {
                bail!("invalid variant discriminant: {index}");
            }
            // The payload reads its own types out of the joined slots; the rest is skipped.
            let start = it.next;
            let payload = match cases[index] {
                Some(t) => Some(lift_flat(opts, memory, t, it)?),
                None => None,
            };
            let used = it.next - start;
            for _ in used..flat.len() - 1 {
                it.next()?;
            }
            variant_val(opts, ty, index, payload)?
        }
        T::Flags(_) => flags_val(opts, ty, u64::from(it.next32()?))?,
        T::Own(t) => Val::Resource(opts.resources()?.lift_own(t, it.next32()?)?),
        T::Borrow(t) => Val::Resource(opts.resources()?.lift_borrow(t, it.next32()?)?),
        T::ErrorContext => bail!("`error-context` values are not supported yet"),
    })
}

/// Lifts a value stored in memory at a pointer passed by the guest (results or parameters
/// that did not fit flat), checking alignment and bounds first.
#[cfg(test)]
pub(crate) fn load_checked(
    opts: &Options<'_>,
    memory: &[u8],
    ty: InterfaceType,
    ptr: u32,
) -> Result<Val> {
    let abi = opts.types.abi(ty);
    super::memory::check_align(ptr, abi.align32)
        .map_err(|_| anyhow::anyhow!("unaligned pointer: {ptr:#x}"))?;
    if u64::from(ptr) + u64::from(abi.size32) > memory.len() as u64 {
        bail!("pointer out of bounds of memory: {ptr:#x}");
    }
    load(opts, memory, ty, ptr)
}
