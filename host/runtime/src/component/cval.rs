//! The values of a call from one component to another through the host.
//!
//! The caller's arguments are lifted into a [`CVal`] tree, which is lowered into the
//! callee; its results come back the same way. A `CVal` keeps what the callee's side needs
//! and nothing else: cases and flags by index and bits (the linker checked that both sides
//! name them alike, in the same order), records and tuples as sequences, lists of integers
//! as their bytes, and strings with the encoding and tagged length of their source, so that
//! the callee's `realloc` sees the calls the canonical ABI's transcoding algorithms make.
//!
//! The host memory one call may use for its tree is bounded (`Config::max_component_copy`), checked
//! before anything is allocated: every string and list the caller passes is copied into
//! the callee, so the tree is proportional to what the callee receives, and a guest that
//! names one large string from many places cannot make the host hold copies without end.

use super::byte_pool::PooledBytes;
use super::lift::{
    FlatIter, canonical_f32, canonical_f64, decode_string, list_range, load_int, load_ptr_len,
    string_bytes, to_char,
};
use super::lower::{realloc, store_int};
use super::memory::{FieldCursor, GuestMemory, Options, StringEncoding};
use super::resources::ResourceAny;
use super::transcode::{SrcStr, store_string_into_range};
use super::typed::{ComponentType, Lift, LiftContext, Lower, LowerContext};
use anyhow::{Result, bail};
use wicker_environ::component::{ComponentTypes, InterfaceType};

/// A value on its way from one component to another.
#[derive(Debug)]
pub(crate) enum CVal {
    Bool(bool),
    /// An integer (sign- or zero-extended to 64 bits), a float's canonical bits, or a
    /// `char`'s scalar value.
    Bits(u64),
    /// A string's text, with its source's encoding and tagged length.
    String(Box<str>, StringEncoding, u32),
    /// A list of integers, as their little-endian bytes.
    Bytes(PooledBytes),
    List(Vec<CVal>),
    /// A record, tuple or fixed-length list: its fields in order.
    Seq(Vec<CVal>),
    /// A variant, enum, option or result: the case index and its payload.
    Case(u32, Option<Box<CVal>>),
    Flags(u64),
    Resource(ResourceAny),
}

/// The size of an integer type in bytes, and whether it is signed.
fn int_type(ty: InterfaceType) -> Option<(u32, bool)> {
    use InterfaceType as T;
    Some(match ty {
        T::U8 => (1, false),
        T::S8 => (1, true),
        T::U16 => (2, false),
        T::S16 => (2, true),
        T::U32 => (4, false),
        T::S32 => (4, true),
        T::U64 => (8, false),
        T::S64 => (8, true),
        _ => return None,
    })
}

/// An integer of `size` bytes from its low bits, extended as its type says.
fn extend(raw: u64, size: u32, signed: bool) -> u64 {
    let shift = 64 - 8 * size;
    if signed {
        (((raw << shift) as i64) >> shift) as u64
    } else {
        (raw << shift) >> shift
    }
}

/// The case count, discriminant size and payload offset of a variant-like type.
fn case_layout(types: &ComponentTypes, ty: InterfaceType) -> (usize, u32, u32) {
    match ty {
        InterfaceType::Variant(i) => {
            let v = types.variant(i);
            (
                v.cases.len(),
                v.info.discriminant.bytes(),
                v.info.payload_offset32,
            )
        }
        InterfaceType::Enum(i) => {
            let e = types.enum_(i);
            (e.names.len(), e.info.discriminant.bytes(), 0)
        }
        InterfaceType::Option(i) => (2, 1, types.option(i).info.payload_offset32),
        InterfaceType::Result(i) => (2, 1, types.result(i).info.payload_offset32),
        _ => unreachable!("not a variant-like type"),
    }
}

/// The payload type of case `index` of a variant-like type.
fn case_payload(types: &ComponentTypes, ty: InterfaceType, index: usize) -> Option<InterfaceType> {
    match ty {
        InterfaceType::Variant(i) => types.variant(i).cases.get(index)?.ty,
        InterfaceType::Option(i) => (index == 1).then(|| types.option(i).ty),
        InterfaceType::Result(i) => {
            let r = types.result(i);
            if index == 0 { r.ok } else { r.err }
        }
        _ => None,
    }
}

/// The field types of a record, tuple or fixed-length list.
fn fields(types: &ComponentTypes, ty: InterfaceType) -> Option<Vec<InterfaceType>> {
    Some(match ty {
        InterfaceType::Record(i) => types.record(i).fields.iter().map(|f| f.ty).collect(),
        InterfaceType::Tuple(i) => types.tuple(i).types.to_vec(),
        InterfaceType::FixedList(i) => {
            let l = types.fixed_list(i);
            vec![l.element; l.len as usize]
        }
        _ => return None,
    })
}

/// The bits of the flags a type defines.
fn flags_mask(types: &ComponentTypes, ty: InterfaceType) -> u64 {
    match ty {
        InterfaceType::Flags(i) => {
            let n = types.flags(i).names.len();
            if n >= 64 { u64::MAX } else { (1 << n) - 1 }
        }
        _ => 0,
    }
}

/// Lifting out of the caller (or, for results, the callee).
struct Lifter<'a> {
    opts: &'a Options<'a>,
    memory: Option<&'a [u8]>,
}

impl Lifter<'_> {
    fn memory(&self) -> Result<&[u8]> {
        match self.memory {
            Some(m) => Ok(m),
            None => bail!("a `memory` option is required for this type"),
        }
    }

    fn string(&self, ptr: u32, tagged: u32) -> Result<CVal> {
        let (bytes, kind) = string_bytes(self.opts.encoding, self.memory()?, ptr, tagged)?;
        // The decoded text takes at most 3 bytes per UTF-16 unit and 2 per Latin-1 byte.
        self.opts.charge(bytes.len() as u64 * 2)?;
        let text = decode_string(bytes, kind)?;
        Ok(CVal::String(text.into(), self.opts.encoding, tagged))
    }

    fn list(&self, elem: InterfaceType, ptr: u32, len: u32) -> Result<CVal> {
        let memory = self.memory()?;
        let (size, byte_len) = list_range(self.opts, memory.len(), elem, ptr, len)?;
        if int_type(elem).is_some() {
            self.opts.charge(byte_len)?;
            let start = ptr as usize;
            return Ok(CVal::Bytes(PooledBytes::copy_of(
                &memory[start..start + byte_len as usize],
            )));
        }
        self.opts
            .charge(u64::from(len) * std::mem::size_of::<CVal>() as u64)?;
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len {
            // Below the end of the list just checked.
            items.push(self.load(elem, ptr + i * size)?);
        }
        Ok(CVal::List(items))
    }

    fn seq(&self, n: usize) -> Result<Vec<CVal>> {
        self.opts
            .charge(n as u64 * std::mem::size_of::<CVal>() as u64)?;
        Ok(Vec::with_capacity(n))
    }

    fn boxed(&self, v: CVal) -> Result<Box<CVal>> {
        self.opts.charge(std::mem::size_of::<CVal>() as u64)?;
        Ok(Box::new(v))
    }

    fn load(&self, ty: InterfaceType, ptr: u32) -> Result<CVal> {
        use InterfaceType as T;
        let memory = self.memory()?;
        let types = self.opts.types;
        if let Some((size, signed)) = int_type(ty) {
            return Ok(CVal::Bits(extend(
                load_int(memory, ptr, size)?,
                size,
                signed,
            )));
        }
        Ok(match ty {
            T::Bool => CVal::Bool(load_int(memory, ptr, 1)? != 0),
            T::Float32 => CVal::Bits(u64::from(
                canonical_f32(load_int(memory, ptr, 4)? as u32).to_bits(),
            )),
            T::Float64 => CVal::Bits(canonical_f64(load_int(memory, ptr, 8)?).to_bits()),
            T::Char => CVal::Bits(u64::from(to_char(load_int(memory, ptr, 4)? as u32)?)),
            T::String | T::List(_) => {
                let (p, len) = load_ptr_len(memory, ptr)?;
                match ty {
                    T::List(i) => self.list(types.list(i).element, p, len)?,
                    _ => self.string(p, len)?,
                }
            }
            T::FixedList(_) | T::Record(_) | T::Tuple(_) => {
                let tys = fields(types, ty).unwrap_or_default();
                let mut out = self.seq(tys.len())?;
                let mut at = FieldCursor::new(ptr);
                for t in tys {
                    let abi = types.abi(t);
                    out.push(self.load(t, at.next(abi.size32, abi.align32)?)?);
                }
                CVal::Seq(out)
            }
            T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_) => {
                let (count, disc_size, payload_offset) = case_layout(types, ty);
                let index = load_int(memory, ptr, disc_size)? as usize;
                if index >= count {
                    bail!("invalid variant discriminant: {index}");
                }
                let payload = match case_payload(types, ty, index) {
                    Some(t) => Some(self.boxed(self.load(t, ptr + payload_offset)?)?),
                    None => None,
                };
                CVal::Case(index as u32, payload)
            }
            T::Flags(i) => {
                let size = types.flags(i).abi.size32;
                CVal::Flags(load_int(memory, ptr, size)? & flags_mask(types, ty))
            }
            T::Own(t) => CVal::Resource(
                self.opts
                    .resources()?
                    .lift_own(t, load_int(memory, ptr, 4)? as u32)?,
            ),
            T::Borrow(t) => CVal::Resource(
                self.opts
                    .resources()?
                    .lift_borrow(t, load_int(memory, ptr, 4)? as u32)?,
            ),
            _ => bail!("values of type {ty:?} cannot pass between components yet"),
        })
    }

    fn lift(&self, ty: InterfaceType, it: &mut FlatIter<'_>) -> Result<CVal> {
        use InterfaceType as T;
        let types = self.opts.types;
        if let Some((size, signed)) = int_type(ty) {
            let raw = if size == 8 {
                it.next()?
            } else {
                u64::from(it.next32()?)
            };
            return Ok(CVal::Bits(extend(raw, size, signed)));
        }
        Ok(match ty {
            T::Bool => CVal::Bool(it.next32()? != 0),
            T::Float32 => CVal::Bits(u64::from(canonical_f32(it.next32()?).to_bits())),
            T::Float64 => CVal::Bits(canonical_f64(it.next()?).to_bits()),
            T::Char => CVal::Bits(u64::from(to_char(it.next32()?)?)),
            T::String => {
                let (p, len) = (it.next32()?, it.next32()?);
                self.string(p, len)?
            }
            T::List(i) => {
                let (p, len) = (it.next32()?, it.next32()?);
                self.list(types.list(i).element, p, len)?
            }
            T::FixedList(_) | T::Record(_) | T::Tuple(_) => {
                let tys = fields(types, ty).unwrap_or_default();
                let mut out = self.seq(tys.len())?;
                for t in tys {
                    out.push(self.lift(t, it)?);
                }
                CVal::Seq(out)
            }
            T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_) => {
                let (count, _, _) = case_layout(types, ty);
                let flat = types
                    .flatten(ty)
                    .ok_or_else(|| anyhow::anyhow!("type too large to lift flat"))?;
                let index = it.next32()? as usize;
                if index >= count {
                    bail!("invalid variant discriminant: {index}");
                }
                // The payload reads its own types out of the joined slots; the rest of
                // the slots are skipped.
                let start = it.position();
                let payload = match case_payload(types, ty, index) {
                    Some(t) => Some(self.boxed(self.lift(t, it)?)?),
                    None => None,
                };
                it.skip_to(start + flat.len() - 1)?;
                CVal::Case(index as u32, payload)
            }
            T::Flags(_) => CVal::Flags(u64::from(it.next32()?) & flags_mask(types, ty)),
            T::Own(t) => CVal::Resource(self.opts.resources()?.lift_own(t, it.next32()?)?),
            T::Borrow(t) => CVal::Resource(self.opts.resources()?.lift_borrow(t, it.next32()?)?),
            _ => bail!("values of type {ty:?} cannot pass between components yet"),
        })
    }
}

fn mismatch(ty: InterfaceType, v: &CVal) -> anyhow::Error {
    anyhow::anyhow!("type mismatch between components: expected {ty:?}, found {v:?}")
}

/// Stores `v` of type `ty` at `ptr` (aligned and in bounds for the type).
fn store(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    ty: InterfaceType,
    v: &CVal,
    ptr: u32,
) -> Result<()> {
    use InterfaceType as T;
    let types = opts.types;
    match (ty, v) {
        (T::Bool, CVal::Bool(b)) => store_int(memory, ptr, 1, u64::from(*b)),
        (_, CVal::Bits(bits)) => {
            let size = match ty {
                T::Float32 | T::Char => 4,
                T::Float64 => 8,
                _ => match int_type(ty) {
                    Some((size, _)) => size,
                    None => return Err(mismatch(ty, v)),
                },
            };
            store_int(memory, ptr, size, *bits)
        }
        (T::String | T::List(_), _) => {
            let (p, len) = store_indirect(opts, memory, ty, v)?;
            store_int(memory, ptr, 4, u64::from(p))?;
            store_int(memory, ptr + 4, 4, u64::from(len))
        }
        (T::FixedList(_) | T::Record(_) | T::Tuple(_), CVal::Seq(items)) => {
            let tys = fields(types, ty).unwrap_or_default();
            if tys.len() != items.len() {
                return Err(mismatch(ty, v));
            }
            let mut at = FieldCursor::new(ptr);
            for (t, item) in tys.into_iter().zip(items) {
                let abi = types.abi(t);
                store(opts, memory, t, item, at.next(abi.size32, abi.align32)?)?;
            }
            Ok(())
        }
        (T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_), CVal::Case(index, payload)) => {
            let (count, disc_size, payload_offset) = case_layout(types, ty);
            if *index as usize >= count {
                return Err(mismatch(ty, v));
            }
            store_int(memory, ptr, disc_size, u64::from(*index))?;
            match (case_payload(types, ty, *index as usize), payload) {
                (Some(t), Some(p)) => store(opts, memory, t, p, ptr + payload_offset),
                (None, None) => Ok(()),
                _ => Err(mismatch(ty, v)),
            }
        }
        (T::Flags(i), CVal::Flags(bits)) => {
            store_int(memory, ptr, types.flags(i).abi.size32, *bits)
        }
        (T::Own(t), CVal::Resource(r)) => {
            let i = opts.resources()?.lower_own(t, r)?;
            store_int(memory, ptr, 4, u64::from(i))
        }
        (T::Borrow(t), CVal::Resource(r)) => {
            let i = opts.resources()?.lower_borrow(t, r)?;
            store_int(memory, ptr, 4, u64::from(i))
        }
        _ => Err(mismatch(ty, v)),
    }
}

/// Allocates and writes a string or list; returns its pointer and (tagged) length.
fn store_indirect(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    ty: InterfaceType,
    v: &CVal,
) -> Result<(u32, u32)> {
    match (ty, v) {
        (InterfaceType::String, CVal::String(text, encoding, tagged)) => {
            let src = SrcStr {
                text,
                encoding: *encoding,
                tagged_code_units: *tagged,
            };
            store_string_into_range(memory, opts.encoding, src)
        }
        (InterfaceType::List(i), CVal::Bytes(bytes)) => {
            let elem = opts.types.list(i).element;
            let Some((size, _)) = int_type(elem) else {
                return Err(mismatch(ty, v));
            };
            let len = u32::try_from(bytes.len()).map_err(|_| mismatch(ty, v))?;
            let ptr = realloc(memory, 0, 0, size, len)?;
            let start = ptr as usize;
            memory.bytes_mut()[start..start + bytes.len()].copy_from_slice(bytes);
            Ok((ptr, len / size))
        }
        (InterfaceType::List(i), CVal::List(items)) => {
            let elem = opts.types.list(i).element;
            let abi = opts.types.abi(elem);
            let Ok(byte_len) = u32::try_from(items.len() as u64 * u64::from(abi.size32)) else {
                bail!("list too large for a 32-bit memory")
            };
            let ptr = realloc(memory, 0, 0, abi.align32, byte_len)?;
            for (i, item) in items.iter().enumerate() {
                // Below the end of the allocation `realloc` checked.
                store(opts, memory, elem, item, ptr + i as u32 * abi.size32)?;
            }
            Ok((ptr, items.len() as u32))
        }
        _ => Err(mismatch(ty, v)),
    }
}

/// Lowers `v` of type `ty` as flat core values (raw bits).
fn lower_flat(
    opts: &Options<'_>,
    memory: &mut dyn GuestMemory,
    ty: InterfaceType,
    v: &CVal,
    out: &mut Vec<u64>,
) -> Result<()> {
    use InterfaceType as T;
    let types = opts.types;
    match (ty, v) {
        (T::Bool, CVal::Bool(b)) => out.push(u64::from(*b)),
        (T::S64 | T::U64 | T::Float64, CVal::Bits(bits)) => out.push(*bits),
        // A narrow integer is its 32-bit core value (sign-extended where signed).
        (_, CVal::Bits(bits)) => out.push(u64::from(*bits as u32)),
        (T::String | T::List(_), _) => {
            let (p, len) = store_indirect(opts, memory, ty, v)?;
            out.extend([u64::from(p), u64::from(len)]);
        }
        (T::FixedList(_) | T::Record(_) | T::Tuple(_), CVal::Seq(items)) => {
            let tys = fields(types, ty).unwrap_or_default();
            if tys.len() != items.len() {
                return Err(mismatch(ty, v));
            }
            for (t, item) in tys.into_iter().zip(items) {
                lower_flat(opts, memory, t, item, out)?;
            }
        }
        (T::Variant(_) | T::Enum(_) | T::Option(_) | T::Result(_), CVal::Case(index, payload)) => {
            let flat = types
                .flatten(ty)
                .ok_or_else(|| anyhow::anyhow!("type too large to lower flat"))?;
            out.push(u64::from(*index));
            let start = out.len();
            match (case_payload(types, ty, *index as usize), payload) {
                (Some(t), Some(p)) => lower_flat(opts, memory, t, p, out)?,
                (None, None) => {}
                _ => return Err(mismatch(ty, v)),
            }
            // Unused slots are zero; raw bits need no coercion into joined slot types.
            out.resize(start + flat.len() - 1, 0);
        }
        (T::Flags(_), CVal::Flags(bits)) => out.push(*bits),
        (T::Own(t), CVal::Resource(r)) => out.push(u64::from(opts.resources()?.lower_own(t, r)?)),
        (T::Borrow(t), CVal::Resource(r)) => {
            out.push(u64::from(opts.resources()?.lower_borrow(t, r)?))
        }
        _ => return Err(mismatch(ty, v)),
    }
    Ok(())
}

impl ComponentType for CVal {
    fn typecheck(_: InterfaceType, _: &ComponentTypes) -> Result<()> {
        // Both sides of the call were checked against each other when they were linked.
        Ok(())
    }
}

impl Lift for CVal {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        let lifter = Lifter {
            opts: cx.opts,
            memory: cx.memory,
        };
        lifter.lift(ty, src)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        let lifter = Lifter {
            opts: cx.opts,
            memory: cx.memory,
        };
        lifter.load(ty, ptr)
    }
}

impl Lower for CVal {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        lower_flat(cx.opts, cx.mem, ty, self, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        store(cx.opts, cx.mem, ty, self, ptr)
    }
}
