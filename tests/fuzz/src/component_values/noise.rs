//! Noise: changes a forwarder makes to the values it passes on that lifting must ignore,
//! wherever the type alone (not the value) says they are ignored: the bits of a flat
//! `i32` above a `bool`'s, an 8- or 16-bit integer's or the last flag's, any non-zero
//! value for `true`, a `bool`'s byte in memory, and the bits past the last flag in memory.
//! Inside a variant's payload or behind a list's pointer what is ignored depends on the
//! value, so noise stays out of them.

use super::abi::Abi;
use super::abi::record_layout;
use super::ty::Ty;
use crate::Rng;

/// What may change in one place.
#[derive(Debug, Clone, Copy)]
enum Change {
    /// Any bits from this one up (an 8- or 16-bit integer, or flags, in an `i32`).
    Above(u32),
    /// A `bool`: zero stays zero, anything else is `true`.
    Bool,
    /// Flags of this many bits in memory, in `size` bytes.
    FlagsIn { flags: u32, size: u32 },
}

/// The changes allowed in the flat values of `ty`, which start at index `at`; returns the
/// index after them.
fn flat_changes(ty: &Ty, at: usize, out: &mut Vec<(usize, Change)>) -> usize {
    match ty {
        Ty::Bool => out.push((at, Change::Bool)),
        Ty::S8 | Ty::U8 => out.push((at, Change::Above(8))),
        Ty::S16 | Ty::U16 => out.push((at, Change::Above(16))),
        Ty::Flags(names) if names.len() < 32 => out.push((at, Change::Above(names.len() as u32))),
        Ty::Record(fields) => {
            return fields.iter().fold(at, |i, (_, t)| flat_changes(t, i, out));
        }
        Ty::Tuple(ts) => return ts.iter().fold(at, |i, t| flat_changes(t, i, out)),
        Ty::FixedList(t, n) => return (0..*n).fold(at, |i, _| flat_changes(t, i, out)),
        _ => {}
    }
    at + ty.flat().len()
}

/// The changes allowed in `ty` stored at offset `at`.
fn memory_changes(ty: &Ty, at: u32, out: &mut Vec<(u32, Change)>) {
    match ty {
        Ty::Bool => out.push((at, Change::Bool)),
        Ty::Flags(names) => {
            let size = ty.layout().0;
            if (names.len() as u32) < 8 * size {
                let flags = names.len() as u32;
                out.push((at, Change::FlagsIn { flags, size }));
            }
        }
        Ty::Record(fields) => {
            let offsets = record_layout(fields.iter().map(|(_, t)| t)).1;
            for ((_, t), off) in fields.iter().zip(offsets) {
                memory_changes(t, at + off, out);
            }
        }
        Ty::Tuple(ts) => {
            for (t, off) in ts.iter().zip(record_layout(ts).1) {
                memory_changes(t, at + off, out);
            }
        }
        Ty::FixedList(t, n) => {
            let size = t.layout().0;
            for i in 0..*n {
                memory_changes(t, at + i * size, out);
            }
        }
        _ => {}
    }
}

/// A non-zero `i32` standing for `true`, often with its low byte zero.
fn truthy(rng: &mut Rng) -> u32 {
    let r = rng.next_u64() as u32;
    if r & 1 == 0 { r & !0xff | 0x100 } else { r | 1 }
}

/// Random bits from bit `from` up to bit `to` (exclusive), not all zero.
fn bits(rng: &mut Rng, from: u32, to: u32) -> u32 {
    let mask = (u64::MAX << from & (u64::MAX >> (64 - to))) as u32;
    let r = rng.next_u64() as u32 & mask;
    if r == 0 { 1 << from } else { r }
}

/// Code that changes the flat values of `types`, in the locals from `first`, as lifting
/// ignores.
pub fn flat(rng: &mut Rng, types: &[Ty], first: usize) -> String {
    let mut changes = Vec::new();
    types
        .iter()
        .fold(first, |i, t| flat_changes(t, i, &mut changes));
    let mut code = String::new();
    for (local, change) in changes {
        let get = format!("(local.get {local})");
        let new = match change {
            Change::Above(from) => format!("(i32.or {get} (i32.const {}))", bits(rng, from, 32)),
            Change::Bool => format!("(select (i32.const {}) (i32.const 0) {get})", truthy(rng)),
            Change::FlagsIn { .. } => unreachable!("flat values are not in memory"),
        };
        code += &format!(" (local.set {local} {new})");
    }
    code
}

/// Code that changes `types`, stored as a tuple at the address `base` pushes, as lifting
/// ignores.
pub fn memory(rng: &mut Rng, types: &[Ty], base: &str) -> String {
    let mut changes = Vec::new();
    for (t, off) in types.iter().zip(record_layout(types).1) {
        memory_changes(t, off, &mut changes);
    }
    let mut code = String::new();
    for (at, change) in changes {
        code += &match change {
            Change::Bool => {
                let set = truthy(rng) & 0xff;
                let set = if set == 0 { 0x80 } else { set };
                format!(
                    " (i32.store8 offset={at} {base} (select (i32.const {set}) (i32.const 0) (i32.load8_u offset={at} {base})))"
                )
            }
            Change::FlagsIn { flags, size } => {
                let (load, store) = match size {
                    1 => ("i32.load8_u", "i32.store8"),
                    2 => ("i32.load16_u", "i32.store16"),
                    _ => ("i32.load", "i32.store"),
                };
                let noise = bits(rng, flags, 8 * size);
                format!(
                    " ({store} offset={at} {base} (i32.or ({load} offset={at} {base}) (i32.const {noise})))"
                )
            }
            Change::Above(_) => unreachable!("memory holds no flat values"),
        };
    }
    code
}
