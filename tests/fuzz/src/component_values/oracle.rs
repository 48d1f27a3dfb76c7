//! An independent reading of the canonical ABI: the values a forwarder received, decoded
//! from its flat core values and a copy of its memory as the specification lays them out.
//!
//! A round trip cannot see a lowering and a lifting that are wrong the same way; this
//! reading can. It is strict where the specification leaves lowering no choice: a `bool`
//! is 0 or 1, an integer's flat value is its sign- or zero-extension, the flag bits past
//! the last flag and the payload slots a case does not use are zero, a 32-bit value in a
//! 64-bit slot has its upper half zero, and a Latin-1+UTF-16 string is tagged UTF-16 just
//! when it does not fit Latin-1. Handles decode as `u32` 0 (their indices are the table's
//! choice; they must not be 0).

use super::abi::Abi;
use super::abi::record_layout;
use super::ty::Ty;
use std::cell::RefCell;
use std::collections::HashMap;
use std::marker::PhantomData;
use std::rc::Rc;
use wicker::component::Val;

/// What decoding found wrong.
pub type Wrong = String;

/// A copy of a forwarder's memory, with its string encoding, to decode values of types
/// that live at least as long (`'t`).
pub struct Reader<'a, 't> {
    memory: &'a [u8],
    encoding: &'static str,
    /// The layouts of the types decoded so far, by address (the types outlive the
    /// reader, so an address names one type): each element of a list would compute its
    /// type's layout again.
    layouts: RefCell<HashMap<*const Ty, Rc<Placement>>>,
    _types: PhantomData<&'t Ty>,
}

/// Where a type's parts go in memory.
struct Placement {
    size: u32,
    align: u32,
    /// The fields' offsets, or a variant's discriminant size and payload offset.
    offsets: Vec<u32>,
}

/// The flat core values being decoded, each as its bits (a 32-bit value in the low half).
pub type Slots<'a> = std::slice::Iter<'a, u64>;

/// `v` with each resource handle replaced by what [`Reader`] decodes handles as.
pub fn mask_handles(v: &Val) -> Val {
    let boxed = |v: &Option<Box<Val>>| v.as_ref().map(|v| Box::new(mask_handles(v)));
    match v {
        Val::Resource(_) => Val::U32(0),
        Val::List(vs) => Val::List(vs.iter().map(mask_handles).collect()),
        Val::Tuple(vs) => Val::Tuple(vs.iter().map(mask_handles).collect()),
        Val::Record(fields) => Val::Record(
            fields
                .iter()
                .map(|(n, v)| (n.clone(), mask_handles(v)))
                .collect(),
        ),
        Val::Variant(n, p) => Val::Variant(n.clone(), boxed(p)),
        Val::Option(p) => Val::Option(boxed(p)),
        Val::Result(Ok(p)) => Val::Result(Ok(boxed(p))),
        Val::Result(Err(p)) => Val::Result(Err(boxed(p))),
        other => other.clone(),
    }
}

fn handle(i: u32) -> Result<Val, Wrong> {
    if i == 0 {
        return Err("handle index 0".into());
    }
    Ok(Val::U32(0))
}

fn char_of(i: u32) -> Result<Val, Wrong> {
    char::from_u32(i)
        .map(Val::Char)
        .ok_or_else(|| format!("{i:#x} is not a scalar value"))
}

fn bool_of(i: u64) -> Result<Val, Wrong> {
    match i {
        0 => Ok(Val::Bool(false)),
        1 => Ok(Val::Bool(true)),
        _ => Err(format!("bool {i}")),
    }
}

fn flags_of(names: &[String], bits: u64) -> Result<Val, Wrong> {
    if bits >> names.len() != 0 {
        return Err(format!("flags {bits:#x} past the last of {}", names.len()));
    }
    let set = names.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1);
    Ok(Val::Flags(set.map(|(_, n)| n.clone()).collect()))
}

/// The value of case `index` of the variant-like `ty`, with its payload.
fn case_of(ty: &Ty, index: u32, payload: Option<Val>) -> Result<Val, Wrong> {
    let count = ty.cases().len();
    if index as usize >= count {
        return Err(format!("case {index} of {count}"));
    }
    let payload = payload.map(Box::new);
    Ok(match ty {
        Ty::Variant(cases) => Val::Variant(cases[index as usize].0.clone(), payload),
        Ty::Enum(names) => Val::Enum(names[index as usize].clone()),
        Ty::Option(_) => Val::Option(payload),
        _ if index == 0 => Val::Result(Ok(payload)),
        _ => Val::Result(Err(payload)),
    })
}

/// The next slot as a 32-bit value, whose upper half must be zero.
fn next32(slots: &mut Slots<'_>) -> Result<u32, Wrong> {
    let bits = *slots.next().ok_or("too few flat values")?;
    u32::try_from(bits).map_err(|_| format!("32-bit flat value {bits:#x}"))
}

fn next64(slots: &mut Slots<'_>) -> Result<u64, Wrong> {
    slots
        .next()
        .copied()
        .ok_or_else(|| "too few flat values".into())
}

/// A 32-bit flat value that must be the extension of an integer of `bits` bits.
fn int32(slots: &mut Slots<'_>, bits: u32, signed: bool) -> Result<u32, Wrong> {
    let v = next32(slots)?;
    let fits = if signed {
        let s = v as i32;
        s >= -(1 << (bits - 1)) && s < 1 << (bits - 1)
    } else {
        bits == 32 || v < 1 << bits
    };
    if !fits {
        return Err(format!("{v:#x} as a {bits}-bit integer"));
    }
    Ok(v)
}

impl<'a, 't> Reader<'a, 't> {
    /// A reader of `memory`, whose strings are in `encoding` (`utf8`, `utf16` or
    /// `latin1+utf16`).
    pub fn new(memory: &'a [u8], encoding: &'static str) -> Reader<'a, 't> {
        Reader {
            memory,
            encoding,
            layouts: RefCell::default(),
            _types: PhantomData,
        }
    }

    fn placement(&self, ty: &'t Ty) -> Rc<Placement> {
        let key = ty as *const Ty;
        if let Some(p) = self.layouts.borrow().get(&key) {
            return p.clone();
        }
        let (size, align) = ty.layout();
        let offsets = match ty {
            Ty::Record(fields) => record_layout(fields.iter().map(|(_, t)| t)).1,
            Ty::Tuple(ts) => record_layout(ts).1,
            Ty::Enum(_) | Ty::Option(_) | Ty::Result(..) | Ty::Variant(_) => {
                let (d, offset) = ty.variant_offsets();
                vec![d, offset]
            }
            _ => Vec::new(),
        };
        let p = Rc::new(Placement {
            size,
            align,
            offsets,
        });
        self.layouts.borrow_mut().insert(key, p.clone());
        p
    }

    /// The `n` 64-bit slots at `at`.
    pub fn slots(&self, at: u32, n: usize) -> Result<Vec<u64>, Wrong> {
        (0..n as u32).map(|i| self.int(at + 8 * i, 8)).collect()
    }

    fn int(&self, ptr: u32, size: u32) -> Result<u64, Wrong> {
        let bytes = self.bytes(ptr, size)?;
        let mut buf = [0; 8];
        buf[..bytes.len()].copy_from_slice(bytes);
        Ok(u64::from_le_bytes(buf))
    }

    fn bytes(&self, ptr: u32, len: u32) -> Result<&[u8], Wrong> {
        let start = ptr as usize;
        self.memory
            .get(start..start + len as usize)
            .ok_or_else(|| format!("{len} bytes at {ptr:#x} are out of bounds"))
    }

    /// The string at `ptr` of tagged length `len`.
    fn string(&self, ptr: u32, len: u32) -> Result<Val, Wrong> {
        const UTF16: u32 = 1 << 31;
        let utf16 = |units: u32| -> Result<String, Wrong> {
            if !ptr.is_multiple_of(2) {
                return Err(format!("UTF-16 string at odd address {ptr:#x}"));
            }
            let bytes = self.bytes(ptr, units.checked_mul(2).ok_or("string length")?)?;
            let units = bytes.chunks(2).map(|b| u16::from_le_bytes([b[0], b[1]]));
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|e| format!("UTF-16 string: {e}"))
        };
        let s = match self.encoding {
            "utf8" => String::from_utf8(self.bytes(ptr, len)?.to_vec())
                .map_err(|e| format!("UTF-8 string: {e}"))?,
            "utf16" => utf16(len)?,
            _ if len & UTF16 != 0 => {
                let s = utf16(len & !UTF16)?;
                if s.chars().all(|c| c <= '\u{ff}') {
                    return Err(format!("{s:?} stored as UTF-16 though it fits Latin-1"));
                }
                s
            }
            _ => {
                if !ptr.is_multiple_of(2) {
                    return Err(format!("Latin-1+UTF-16 string at odd address {ptr:#x}"));
                }
                self.bytes(ptr, len)?
                    .iter()
                    .map(|b| char::from(*b))
                    .collect()
            }
        };
        Ok(Val::String(s))
    }

    /// The `len` elements of type `t` at `ptr`.
    fn list(&self, t: &'t Ty, ptr: u32, len: u32) -> Result<Val, Wrong> {
        let p = self.placement(t);
        let (size, align) = (p.size, p.align);
        if !ptr.is_multiple_of(align) {
            return Err(format!("list at {ptr:#x}, not {align}-aligned"));
        }
        if u64::from(ptr) + u64::from(size) * u64::from(len) > self.memory.len() as u64 {
            return Err(format!("list of {len} at {ptr:#x} out of bounds"));
        }
        let items = (0..len).map(|i| self.load(t, ptr + i * size));
        Ok(Val::List(items.collect::<Result<_, _>>()?))
    }

    /// The value of type `ty` stored at `ptr` (aligned for it: the callers check).
    pub fn load(&self, ty: &'t Ty, ptr: u32) -> Result<Val, Wrong> {
        let int = |size| self.int(ptr, size);
        Ok(match ty {
            Ty::Bool => bool_of(int(1)?)?,
            Ty::S8 => Val::S8(int(1)? as i8),
            Ty::U8 => Val::U8(int(1)? as u8),
            Ty::S16 => Val::S16(int(2)? as i16),
            Ty::U16 => Val::U16(int(2)? as u16),
            Ty::S32 => Val::S32(int(4)? as i32),
            Ty::U32 => Val::U32(int(4)? as u32),
            Ty::S64 => Val::S64(int(8)? as i64),
            Ty::U64 => Val::U64(int(8)?),
            Ty::Float32 => Val::Float32(f32::from_bits(int(4)? as u32)),
            Ty::Float64 => Val::Float64(f64::from_bits(int(8)?)),
            Ty::Char => char_of(int(4)? as u32)?,
            Ty::ErrorContext | Ty::Own | Ty::Borrow => handle(int(4)? as u32)?,
            Ty::String => self.string(int(4)? as u32, self.int(ptr + 4, 4)? as u32)?,
            Ty::List(t) => self.list(t, int(4)? as u32, self.int(ptr + 4, 4)? as u32)?,
            Ty::FixedList(t, n) => {
                let step = self.placement(t).size;
                let items = (0..*n).map(|i| self.load(t, ptr + i * step));
                Val::List(items.collect::<Result<_, _>>()?)
            }
            Ty::Record(fields) => {
                let p = self.placement(ty);
                let values = fields
                    .iter()
                    .zip(&p.offsets)
                    .map(|((n, t), at)| self.load(t, ptr + at).map(|v| (n.clone(), v)));
                Val::Record(values.collect::<Result<_, _>>()?)
            }
            Ty::Tuple(ts) => {
                let p = self.placement(ty);
                let values = ts
                    .iter()
                    .zip(&p.offsets)
                    .map(|(t, at)| self.load(t, ptr + at));
                Val::Tuple(values.collect::<Result<_, _>>()?)
            }
            Ty::Flags(names) => flags_of(names, int(self.placement(ty).size)?)?,
            Ty::Enum(_) | Ty::Option(_) | Ty::Result(..) | Ty::Variant(_) => {
                let p = self.placement(ty);
                let index = int(p.offsets[0])? as u32;
                let payload = match ty.cases().get(index as usize) {
                    Some(Some(t)) => Some(self.load(t, ptr + p.offsets[1])?),
                    _ => None,
                };
                case_of(ty, index, payload)?
            }
        })
    }

    /// The values of types `ts` stored as a tuple at `ptr`.
    pub fn load_all(&self, ts: &'t [Ty], ptr: u32) -> Result<Vec<Val>, Wrong> {
        let ((_, align), offsets) = record_layout(ts);
        if !ptr.is_multiple_of(align) {
            return Err(format!("values at {ptr:#x}, not {align}-aligned"));
        }
        ts.iter()
            .zip(offsets)
            .map(|(t, at)| self.load(t, ptr + at))
            .collect()
    }

    /// The value of type `ty` lifted from the flat values `slots`.
    pub fn lift_flat(&self, ty: &'t Ty, slots: &mut Slots<'_>) -> Result<Val, Wrong> {
        Ok(match ty {
            Ty::Bool => bool_of(u64::from(next32(slots)?))?,
            Ty::S8 => Val::S8(int32(slots, 8, true)? as i8),
            Ty::U8 => Val::U8(int32(slots, 8, false)? as u8),
            Ty::S16 => Val::S16(int32(slots, 16, true)? as i16),
            Ty::U16 => Val::U16(int32(slots, 16, false)? as u16),
            Ty::S32 => Val::S32(next32(slots)? as i32),
            Ty::U32 => Val::U32(next32(slots)?),
            Ty::S64 => Val::S64(next64(slots)? as i64),
            Ty::U64 => Val::U64(next64(slots)?),
            Ty::Float32 => Val::Float32(f32::from_bits(next32(slots)?)),
            Ty::Float64 => Val::Float64(f64::from_bits(next64(slots)?)),
            Ty::Char => char_of(next32(slots)?)?,
            Ty::ErrorContext | Ty::Own | Ty::Borrow => handle(next32(slots)?)?,
            Ty::String => {
                let (ptr, len) = (next32(slots)?, next32(slots)?);
                self.string(ptr, len)?
            }
            Ty::List(t) => {
                let (ptr, len) = (next32(slots)?, next32(slots)?);
                self.list(t, ptr, len)?
            }
            Ty::FixedList(t, n) => {
                let items = (0..*n).map(|_| self.lift_flat(t, slots));
                Val::List(items.collect::<Result<_, _>>()?)
            }
            Ty::Record(fields) => {
                let values = fields
                    .iter()
                    .map(|(n, t)| self.lift_flat(t, slots).map(|v| (n.clone(), v)));
                Val::Record(values.collect::<Result<_, _>>()?)
            }
            Ty::Tuple(ts) => {
                let values = ts.iter().map(|t| self.lift_flat(t, slots));
                Val::Tuple(values.collect::<Result<_, _>>()?)
            }
            Ty::Flags(names) => flags_of(names, u64::from(next32(slots)?))?,
            Ty::Enum(_) | Ty::Option(_) | Ty::Result(..) | Ty::Variant(_) => {
                let index = next32(slots)?;
                // The payload slots, whichever case uses them; a 32-bit payload in a
                // 64-bit slot is zero-extended, so the 32-bit reads above apply as is.
                let joined: Vec<u64> = (0..ty.joined().len())
                    .map(|_| next64(slots))
                    .collect::<Result<_, _>>()?;
                let mut payload_slots = joined.iter();
                let payload = match ty.cases().get(index as usize) {
                    Some(Some(t)) => Some(self.lift_flat(t, &mut payload_slots)?),
                    _ => None,
                };
                if payload_slots.any(|s| *s != 0) {
                    return Err(format!("unused payload slots of case {index}: {joined:x?}"));
                }
                case_of(ty, index, payload)?
            }
        })
    }
}
