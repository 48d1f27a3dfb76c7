//! Lifting: the source's values checked and converted, flat or where they lie in its
//! memory, before anything is written into the destination.

use super::convert::convert;
use super::{Gen, MAX_BYTE_LENGTH, Side, guest};
use crate::compiler::trap_code;
use cranelift_codegen::ir::{InstBuilder, Value, condcodes::IntCC, types::*};
use wicker_environ::compile::{AdapterEncoding, AdapterType, HandleOp, UTF16_TAG};
use wicker_environ::{Trap, adapter};

impl Gen<'_, '_> {
    /// Lifts flat values of type `ty` (taken from `vals`) from `src`, whose memory is at
    /// `mem` (base, length) if the call uses memory: the converted values.
    pub(super) fn lift_flat(
        &mut self,
        ty: &AdapterType,
        vals: &mut dyn Iterator<Item = Value>,
        src: &Side,
        mem: Option<(Value, Value)>,
    ) -> Vec<Value> {
        let mut next = || vals.next().expect("the adapter's core signature");
        match ty {
            AdapterType::Scalar(c) => vec![convert(&mut self.b, *c, next())],
            AdapterType::Own(_) | AdapterType::Borrow(_) => {
                let v = next();
                self.take_handle(ty, v, src);
                vec![v]
            }
            AdapterType::String | AdapterType::List(_) => {
                let (ptr, len) = (next(), next());
                let mem = mem.expect("a memory for strings and lists");
                self.lift_range(ty, ptr, len, src, mem, true);
                vec![ptr, len]
            }
            AdapterType::FixedList(t, n) => (0..*n)
                .flat_map(|_| self.lift_flat(t, vals, src, mem))
                .collect(),
            AdapterType::Record(fields) => fields
                .iter()
                .flat_map(|f| self.lift_flat(f, vals, src, mem))
                .collect(),
            AdapterType::Variant(cases) => {
                let disc = next();
                let n = AdapterType::variant_slots(cases).len();
                let slots: Vec<Value> = (0..n).map(|_| next()).collect();
                self.variant_flat(cases, disc, &slots, |g, t, vals| {
                    g.lift_flat(t, &mut vals.into_iter(), src, mem)
                })
            }
        }
    }

    /// Checks the string or list (`ty`) of `len` code units or elements at `ptr` (both
    /// `i32`) in the memory `mem` of `src`: its length, alignment and bounds, in the
    /// canonical ABI's order, and, if `deep`, its encoding or each of its elements.
    /// Returns its length in bytes, as an `i64`.
    pub(super) fn lift_range(
        &mut self,
        ty: &AdapterType,
        ptr: Value,
        len: Value,
        src: &Side,
        (base, mem_len): (Value, Value),
        deep: bool,
    ) -> Value {
        let AdapterType::List(t) = ty else {
            return self.lift_string(ptr, len, src, (base, mem_len), deep).0;
        };
        let abi = t.abi();
        let size = abi.size32;
        let len64 = self.extend(len);
        let byte_len = self.b.ins().imul_imm_u(len64, i64::from(size));
        let start = self.check_range(
            ptr,
            byte_len,
            abi.align32,
            mem_len,
            (Trap::ListTooLong, Trap::ListOutOfBounds),
        );
        if deep && t.has_checks() {
            self.for_each(len64, |g, i| {
                let at = g.b.ins().imul_imm_u(i, i64::from(size));
                let at = g.b.ins().iadd(start, at);
                g.lift_memory(t, at, src, (base, mem_len));
            });
        }
        byte_len
    }

    /// The canonical ABI's checks of a range of `byte_len` bytes (an `i64`) at `ptr` (an
    /// `i32`) aligned to `align` in a memory of `mem_len` bytes: its length (the first
    /// trap), alignment and bounds (the second trap). Returns `ptr` as an `i64`.
    fn check_range(
        &mut self,
        ptr: Value,
        byte_len: Value,
        align: u32,
        mem_len: Value,
        (too_long, out_of_bounds): (Trap, Trap),
    ) -> Value {
        let over = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThan, byte_len, MAX_BYTE_LENGTH);
        self.b.ins().trapnz(over, trap_code(too_long));
        self.check_aligned(ptr, align, Trap::UnalignedPointer);
        let start = self.extend(ptr);
        self.check_within(start, byte_len, mem_len, out_of_bounds);
        start
    }

    /// Checks the string of `tagged_len` code units (tagged as `src`'s encoding tags it)
    /// at `ptr` (both `i32`) in the memory `mem` of `src`: its length, alignment and
    /// bounds, and, if `deep`, its encoding. Returns its length in bytes and in code units
    /// (`i64`s), and for `latin1+utf16` whether it is UTF-16 (an `i8` condition).
    pub(super) fn lift_string(
        &mut self,
        ptr: Value,
        tagged_len: Value,
        src: &Side,
        (base, mem_len): (Value, Value),
        deep: bool,
    ) -> (Value, Value, Option<Value>) {
        let len64 = self.extend(tagged_len);
        let (byte_len, units, wide) = match src.encoding {
            AdapterEncoding::Utf8 => (len64, len64, None),
            AdapterEncoding::Utf16 => (self.b.ins().imul_imm_u(len64, 2), len64, None),
            AdapterEncoding::CompactUtf16 => {
                let units = self.b.ins().band_imm_u(len64, i64::from(!UTF16_TAG));
                let tag = self.b.ins().band_imm_u(len64, i64::from(UTF16_TAG));
                let wide = self.b.ins().icmp_imm_u(IntCC::NotEqual, tag, 0);
                let doubled = self.b.ins().imul_imm_u(units, 2);
                (self.b.ins().select(wide, doubled, units), units, Some(wide))
            }
        };
        let start = self.check_range(
            ptr,
            byte_len,
            src.encoding.align(),
            mem_len,
            (Trap::StringTooLong, Trap::StringOutOfBounds),
        );
        if deep {
            let addr = self.addr(base, start);
            let validate = |g: &mut Self, helper, trap| {
                let ok = g.call_helper(helper, &[addr, byte_len], I32);
                g.b.ins().trapz(ok, trap_code(trap));
            };
            match (src.encoding, wide) {
                (AdapterEncoding::Utf8, _) => {
                    validate(self, adapter::UTF8_VALID, Trap::InvalidUtf8)
                }
                (AdapterEncoding::Utf16, _) => {
                    validate(self, adapter::UTF16_VALID, Trap::InvalidUtf16)
                }
                (_, Some(wide)) => {
                    // Latin-1 needs no check; UTF-16 does.
                    self.if_else(
                        wide,
                        &[],
                        |g| {
                            validate(g, adapter::UTF16_VALID, Trap::InvalidUtf16);
                            Vec::new()
                        },
                        |_| Vec::new(),
                    );
                }
                (_, None) => unreachable!("a latin1+utf16 string has a tag"),
            }
        }
        (byte_len, units, wide)
    }

    /// Checks the value of type `ty` at offset `at` (an `i64`, in bounds for the type) of
    /// the memory `mem` of `src`.
    pub(super) fn lift_memory(
        &mut self,
        ty: &AdapterType,
        at: Value,
        src: &Side,
        mem: (Value, Value),
    ) {
        if !ty.has_checks() {
            return;
        }
        let base = mem.0;
        match ty {
            AdapterType::Scalar(c) => {
                let v = self.load_scalar(*c, base, at);
                convert(&mut self.b, *c, v);
            }
            AdapterType::Own(_) | AdapterType::Borrow(_) => {
                let v = self.load_int(base, at, 4);
                self.take_handle(ty, v, src);
            }
            AdapterType::String | AdapterType::List(_) => {
                let addr = self.addr(base, at);
                let ptr = self.b.ins().load(I32, guest(), addr, 0);
                let len = self.b.ins().load(I32, guest(), addr, 4);
                self.lift_range(ty, ptr, len, src, mem, true);
            }
            AdapterType::FixedList(t, n) => {
                let size = t.abi().size32;
                let count = self.i64(i64::from(*n));
                self.for_each(count, |g, i| {
                    let off = g.b.ins().imul_imm_u(i, i64::from(size));
                    let at = g.b.ins().iadd(at, off);
                    g.lift_memory(t, at, src, mem);
                });
            }
            AdapterType::Record(fields) => {
                for (f, off) in fields.iter().zip(AdapterType::field_offsets(fields)) {
                    let at = self.b.ins().iadd_imm_u(at, i64::from(off));
                    self.lift_memory(f, at, src, mem);
                }
            }
            AdapterType::Variant(cases) => {
                let (disc_size, payload) = AdapterType::variant_layout(cases);
                let disc = self.load_int(base, at, disc_size);
                if !cases.iter().flatten().any(|t| t.has_checks()) {
                    self.check_discriminant(disc, cases.len());
                    return;
                }
                self.switch(disc, cases.len(), &[], |g, i| {
                    if let Some(t) = &cases[i] {
                        let at = g.b.ins().iadd_imm_u(at, i64::from(payload));
                        g.lift_memory(t, at, src, mem);
                    }
                    Vec::new()
                });
            }
        }
    }

    /// Lifts the handle `v` of `src` (an `i32`): moves it out of `src`'s table (`own`) or
    /// lends it (`borrow`), its representation queued for lowering.
    fn take_handle(&mut self, ty: &AdapterType, v: Value, src: &Side) {
        let (op, r) = match *ty {
            AdapterType::Own(r) if src.caller => (HandleOp::TakeOwnFromCaller, r),
            AdapterType::Own(r) => (HandleOp::TakeOwnFromCallee, r),
            AdapterType::Borrow(r) => (HandleOp::Lend, r),
            _ => unreachable!("not a handle"),
        };
        self.handle_op(op, r, v);
    }

    /// Checks that the `i32` `ptr`, a pointer to a value of type `ty` in `side`'s memory,
    /// is aligned for the type and in bounds; returns it as an `i64`.
    pub(super) fn check_pointer(&mut self, ty: &AdapterType, ptr: Value, side: &Side) -> Value {
        let abi = ty.abi();
        self.check_aligned(ptr, abi.align32, Trap::UnalignedPointer);
        let (_, len) = self.memory(side);
        let at = self.extend(ptr);
        let size = self.i64(i64::from(abi.size32));
        self.check_within(at, size, len, Trap::PointerOutOfBounds);
        at
    }
}
