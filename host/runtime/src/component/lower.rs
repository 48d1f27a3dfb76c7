//! Lowering: writing component values into a guest, into linear memory (`store`, calling
//! the guest's `realloc` for strings and lists) or as flat core values (`lower_flat`).

use super::memory::{FieldCursor, GuestMemory, Options};
use super::transcode::{SrcStr, store_string_into_range};
use super::val::Val;
use anyhow::{Result, bail};
use wicker_environ::component::InterfaceType;

pub(crate) fn canonical_f32_bits(f: f32) -> u32 {
    if f.is_nan() { 0x7fc0_0000 } else { f.to_bits() }
}

pub(crate) fn canonical_f64_bits(f: f64) -> u64 {
    if f.is_nan() {
        0x7ff8_0000_0000_0000
    } else {
        f.to_bits()
    }
}

fn mismatch(ty: InterfaceType, v: &Val) -> anyhow::Error {
    anyhow::anyhow!("type mismatch: expected a value of type {ty:?}, found {v:?}")
}

pub(crate) fn store_int(memory: &mut dyn GuestMemory, ptr: u32, size: u32, v: u64) -> Result<()> {
    let start = ptr as usize;
    let Some(dst) = memory.bytes_mut().get_mut(start..start + size as usize) else {
        bail!("pointer out of bounds of memory");
    };
    dst.copy_from_slice(&v.to_le_bytes()[..size as usize]);
    Ok(())
}

/// Calls `realloc` and checks what it returned.
pub(crate) fn realloc(
    memory: &mut dyn GuestMemory,
    old_ptr: u32,
    old_size: u32,
    align: u32,
    new_size: u32,
) -> Result<u32> {
    let ptr = memory.realloc(old_ptr, old_size, align, new_size)?;
    if ptr % align != 0 {
        bail!("realloc return: result not aligned");
    }
    if u64::from(ptr) + u64::from(new_size) > memory.bytes().len() as u64 {
        bail!("realloc return: beyond end of memory");
    }
    Ok(ptr)
}

/// The index of `name` among the cases of a variant-like type, with the case's payload.
fn case_index(
    opts: &Options<'_>,
    ty: InterfaceType,
    v: &Val,
) -> Result<(u32, Option<InterfaceType>, Option<Val>)> {
    let t = opts.types;
    let find = |names: &mut dyn Iterator<Item = &str>, name: &str| -> Result<u32> {
        match names.enumerate().find(|(_, n)| *n == name).map(|(i, _)| i) {
            Some(i) => Ok(i as u32),
            None => bail!("no case named `{name}` in {ty:?}"),
        }
    };
    Ok(match (ty, v) {
        (InterfaceType::Variant(i), Val::Variant(name, payload)) => {
            let cases = &t.variant(i).cases;
            let index = find(&mut cases.iter().map(|c| c.name.as_str()), name)?;
            let case_ty = cases[index as usize].ty;
            if case_ty.is_some() != payload.is_some() {
                bail!(
                    "case `{name}` {} a payload",
                    if case_ty.is_some() {
                        "requires"
                    } else {
                        "takes no"
                    }
                );
            }
            (index, case_ty, payload.as_deref().cloned())
        }
        (InterfaceType::Enum(i), Val::Enum(name)) => {
            let index = find(&mut t.enum_(i).names.iter().map(String::as_str), name)?;
            (index, None, None)
        }
        (InterfaceType::Option(i), Val::Option(payload)) => match payload {
            None => (0, None, None),
            Some(p) => (1, Some(t.option(i).ty), Some((**p).clone())),
        },
        (InterfaceType::Result(i), Val::Result(r)) => {
            let rt = t.result(i);
            let (index, case_ty, payload) = match r {
                Ok(p) => (0, rt.ok, p),
                Err(p) => (1, rt.err, p),
            };
            if case_ty.is_some() != payload.is_some() {
                bail!("result case {index} payload does not match its type");
            }
            (index, case_ty, payload.as_deref().cloned())
        }
        _ => return Err(mismatch(ty, v)),
    })
}

fn flags_bits(opts: &Options<'_>, ty: InterfaceType, v: &Val) -> Result<u64> {
    let (InterfaceType::Flags(i), Val::Flags(set)) = (ty, v) else {
        return Err(mismatch(ty, v));
    };
    let names = &opts.types.flags(i).names;
    let mut bits = 0u64;
    for name in set {
        match names.iter().position(|n| n == name) {
            Some(b) => bits |= 1 << b,
            None => bail!("no flag named `{name}`"),
        }
    }
    Ok(bits)
}

/// The elements of a record, tuple or fixed-length list value, each with its type, after
/// checking the value's shape against the type; `None` for other types.
fn elements<'v>(
    opts: &Options<'_>,
    ty: InterfaceType,
    v: &'v Val,
) -> Result<Option<Vec<(InterfaceType, &'v Val)>>> {
    Ok(Some(match (ty, v) {
        (InterfaceType::FixedList(i), Val::List(items)) => {
            let l = opts.types.fixed_list(i);
            if items.len() != l.len as usize {
                bail!(
                    "expected a list of {} elements, found {}",
                    l.len,
                    items.len()
                );
            }
            items.iter().map(|item| (l.element, item)).collect()
        }
        (InterfaceType::Record(i), Val::Record(fields)) => {
            let rec = opts.types.record(i);
            if fields.len() != rec.fields.len() {
                bail!(
                    "expected {} record fields, found {}",
                    rec.fields.len(),
                    fields.len()
                );
            }
            let mut out = Vec::with_capacity(fields.len());
            for (f, (name, value)) in rec.fields.iter().zip(fields) {
                if *name != f.name {
                    bail!("expected record field `{}`, found `{name}`", f.name);
                }
                out.push((f.ty, value));
            }
            out
        }
        (InterfaceType::Tuple(i), Val::Tuple(vals)) => {
            let types = &opts.types.tuple(i).types;
            if vals.len() != types.len() {
                bail!(
                    "expected a tuple of {} values, found {}",
                    types.len(),
                    vals.len()
                );
            }
            types.iter().copied().zip(vals).collect()
        }
        _ => return Ok(None),
    }))
}

/// Stores `v` of type `ty` at `ptr` (aligned and in bounds for the type).
pub(crate) fn store(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    ty: InterfaceType,
    v: &Val,
    ptr: u32,
) -> Result<()> {
    use InterfaceType as T;
    match (ty, v) {
        (T::Bool, Val::Bool(b)) => store_int(memory, ptr, 1, u64::from(*b)),
        (T::S8, Val::S8(x)) => store_int(memory, ptr, 1, *x as u8 as u64),
        (T::U8, Val::U8(x)) => store_int(memory, ptr, 1, u64::from(*x)),
        (T::S16, Val::S16(x)) => store_int(memory, ptr, 2, *x as u16 as u64),
        (T::U16, Val::U16(x)) => store_int(memory, ptr, 2, u64::from(*x)),
        (T::S32, Val::S32(x)) => store_int(memory, ptr, 4, *x as u32 as u64),
        (T::U32, Val::U32(x)) => store_int(memory, ptr, 4, u64::from(*x)),
        (T::S64, Val::S64(x)) => store_int(memory, ptr, 8, *x as u64),
        (T::U64, Val::U64(x)) => store_int(memory, ptr, 8, *x),
        (T::Float32, Val::Float32(f)) => {
            store_int(memory, ptr, 4, u64::from(canonical_f32_bits(*f)))
        }
        (T::Float64, Val::Float64(f)) => store_int(memory, ptr, 8, canonical_f64_bits(*f)),
        (T::Char, Val::Char(c)) => store_int(memory, ptr, 4, u64::from(*c)),
        (T::String, Val::String(s)) => {
            let (p, len) = store_string(opts, memory, s)?;
            store_int(memory, ptr, 4, u64::from(p))?;
            store_int(memory, ptr + 4, 4, u64::from(len))
        }
        (T::List(i), Val::List(items)) => {
            let (p, len) = store_list(opts, memory, opts.types.list(i).element, items)?;
            store_int(memory, ptr, 4, u64::from(p))?;
            store_int(memory, ptr + 4, 4, u64::from(len))
        }
        (T::FixedList(_) | T::Record(_) | T::Tuple(_), _) => {
            let Some(elems) = elements(opts, ty, v)? else {
                return Err(mismatch(ty, v));
            };
            let mut fields_at = FieldCursor::new(ptr);
            for (t, value) in elems {
                let abi = opts.types.abi(t);
                let at = fields_at.next(abi.size32, abi.align32)?;
                store(opts, memory, t, value, at)?;
            }
            Ok(())
        }
        (T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_), _) => {
            let (index, case_ty, payload) = case_index(opts, ty, v)?;
            let (disc_size, payload_offset) = match ty {
                T::Variant(i) => (
                    opts.types.variant(i).info.discriminant.bytes(),
                    opts.types.variant(i).info.payload_offset32,
                ),
                T::Enum(i) => (opts.types.enum_(i).info.discriminant.bytes(), 0),
                T::Option(i) => (1, opts.types.option(i).info.payload_offset32),
                T::Result(i) => (1, opts.types.result(i).info.payload_offset32),
                _ => unreachable!(),
            };
            store_int(memory, ptr, disc_size, u64::from(index))?;
            match (case_ty, payload) {
                (Some(t), Some(p)) => store(opts, memory, t, &p, ptr + payload_offset),
                _ => Ok(()),
            }
        }
        (T::Flags(i), _) => {
            let bits = flags_bits(opts, ty, v)?;
            store_int(memory, ptr, opts.types.flags(i).abi.size32, bits)
        }
        (T::Own(t), Val::Resource(r)) => {
            let i = opts.resources()?.lower_own(t, r)?;
            store_int(memory, ptr, 4, u64::from(i))
        }
        (T::Borrow(t), Val::Resource(r)) => {
            let i = opts.resources()?.lower_borrow(t, r)?;
            store_int(memory, ptr, 4, u64::from(i))
        }
        (T::ErrorContext, _) => bail!("`error-context` values are not supported yet"),
        _ => Err(mismatch(ty, v)),
    }
}

/// Allocates and writes a list; returns its pointer and length.
pub(crate) fn store_list(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    elem: InterfaceType,
    items: &[Val],
) -> Result<(u32, u32)> {
    let abi = opts.types.abi(elem);
    let byte_len = items.len() as u64 * u64::from(abi.size32);
    let Ok(byte_len) = u32::try_from(byte_len) else {
        bail!("list too large for a 32-bit memory")
    };
    let ptr = realloc(memory, 0, 0, abi.align32, byte_len)?;
    for (i, item) in items.iter().enumerate() {
        store(opts, memory, elem, item, ptr + i as u32 * abi.size32)?;
    }
    Ok((ptr, items.len() as u32))
}

/// Writes a host (UTF-8) string in the guest's encoding, following the spec's allocation
/// sequence; returns the pointer and the (tagged) length in code units.
pub(crate) fn store_string(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    s: &str,
) -> Result<(u32, u32)> {
    store_string_into_range(memory, opts.encoding, SrcStr::host(s)?)
}

/// Lowers `v` into flat core values (raw bits, as in [`super::lift::FlatIter`]).
pub(crate) fn lower_flat(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    ty: InterfaceType,
    v: &Val,
    out: &mut Vec<u64>,
) -> Result<()> {
    use InterfaceType as T;
    match (ty, v) {
        (T::Bool, Val::Bool(b)) => out.push(u64::from(*b)),
        (T::S8, Val::S8(x)) => out.push(*x as i32 as u32 as u64),
        (T::U8, Val::U8(x)) => out.push(u64::from(*x)),
        (T::S16, Val::S16(x)) => out.push(*x as i32 as u32 as u64),
        (T::U16, Val::U16(x)) => out.push(u64::from(*x)),
        (T::S32, Val::S32(x)) => out.push(*x as u32 as u64),
        (T::U32, Val::U32(x)) => out.push(u64::from(*x)),
        (T::S64, Val::S64(x)) => out.push(*x as u64),
        (T::U64, Val::U64(x)) => out.push(*x),
        (T::Float32, Val::Float32(f)) => out.push(u64::from(canonical_f32_bits(*f))),
        (T::Float64, Val::Float64(f)) => out.push(canonical_f64_bits(*f)),
        (T::Char, Val::Char(c)) => out.push(u64::from(*c)),
        (T::String, Val::String(s)) => {
            let (p, len) = store_string(opts, memory, s)?;
            out.extend([u64::from(p), u64::from(len)]);
        }
        (T::List(i), Val::List(items)) => {
            let (p, len) = store_list(opts, memory, opts.types.list(i).element, items)?;
            out.extend([u64::from(p), u64::from(len)]);
        }
        (T::FixedList(_) | T::Record(_) | T::Tuple(_), _) => {
            let Some(elems) = elements(opts, ty, v)? else {
                return Err(mismatch(ty, v));
            };
            for (t, value) in elems {
                lower_flat(opts, memory, t, value, out)?;
            }
        }
        (T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_), _) => {
            let (index, case_ty, payload) = case_index(opts, ty, v)?;
            let flat = opts
                .types
                .flatten(ty)
                .ok_or_else(|| anyhow::anyhow!("type too large to lower flat"))?;
            out.push(u64::from(index));
            let start = out.len();
            if let (Some(t), Some(p)) = (case_ty, payload) {
                lower_flat(opts, memory, t, &p, out)?;
            }
            // Unused slots are zero; raw bits need no coercion into joined slot types.
            let want = start + flat.len() - 1;
            out.resize(want, 0);
        }
        (T::Flags(_), _) => out.push(flags_bits(opts, ty, v)?),
        (T::Own(t), Val::Resource(r)) => out.push(u64::from(opts.resources()?.lower_own(t, r)?)),
        (T::Borrow(t), Val::Resource(r)) => {
            out.push(u64::from(opts.resources()?.lower_borrow(t, r)?))
        }
        (T::ErrorContext, _) => bail!("`error-context` values are not supported yet"),
        _ => return Err(mismatch(ty, v)),
    }
    Ok(())
}
