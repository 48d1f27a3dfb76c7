//! Lowering: lifted values written into the destination, strings and lists copied into
//! memory its `realloc` gives.

use super::convert::convert;
use super::{Bases, Gen, Side, guest};
use cranelift_codegen::ir::{InstBuilder, Value, types::*};
use wicker_environ::compile::{AdapterType, FlatConversion, HandleOp};

impl Gen<'_, '_> {
    /// Lowers lifted flat values of type `ty` (taken from `vals`) into `dst`, copying
    /// strings and lists from `src`: the destination's flat values.
    pub(super) fn lower_flat(
        &mut self,
        ty: &AdapterType,
        vals: &mut dyn Iterator<Item = Value>,
        src: &Side,
        dst: &Side,
    ) -> Vec<Value> {
        let mut next = || vals.next().expect("the lifted values");
        match ty {
            AdapterType::Scalar(_) => vec![next()],
            AdapterType::Own(_) | AdapterType::Borrow(_) => {
                // The handle was taken as it was lifted: what is given is its
                // representation, queued.
                let _ = next();
                vec![self.give_handle(ty, dst)]
            }
            AdapterType::String => {
                let (ptr, len) = (next(), next());
                let (new, len) = self.lower_string(ptr, len, src, dst);
                vec![self.b.ins().ireduce(I32, new), len]
            }
            AdapterType::List(_) => {
                let (ptr, len) = (next(), next());
                let new = self.lower_range(ty, ptr, len, src, dst);
                vec![self.b.ins().ireduce(I32, new), len]
            }
            AdapterType::FixedList(t, n) => (0..*n)
                .flat_map(|_| self.lower_flat(t, vals, src, dst))
                .collect(),
            AdapterType::Record(fields) => fields
                .iter()
                .flat_map(|f| self.lower_flat(f, vals, src, dst))
                .collect(),
            AdapterType::Variant(cases) => {
                let disc = next();
                let n = AdapterType::variant_slots(cases).len();
                let slots: Vec<Value> = (0..n).map(|_| next()).collect();
                if !ty.lowers() {
                    // Lifting made the slots what the destination gets.
                    let mut out = vec![disc];
                    out.extend(slots);
                    return out;
                }
                self.variant_flat(cases, disc, &slots, |g, t, vals| {
                    g.lower_flat(t, &mut vals.into_iter(), src, dst)
                })
            }
        }
    }

    /// Lowers the handle lifted next (whose representation lifting queued) into `dst`'s
    /// table: the handle there.
    fn give_handle(&mut self, ty: &AdapterType, dst: &Side) -> Value {
        let (op, r) = match *ty {
            AdapterType::Own(r) if dst.caller => (HandleOp::GiveOwnToCaller, r),
            AdapterType::Own(r) => (HandleOp::GiveOwnToCallee, r),
            AdapterType::Borrow(r) => (HandleOp::GiveBorrow, r),
            _ => unreachable!("not a handle"),
        };
        let none = self.b.ins().iconst(I32, 0);
        self.handle_op(op, r, none)
    }

    /// Copies the list (`ty`) of `len` elements at `ptr` (both `i32`) in `src`'s memory
    /// into memory that `dst`'s `realloc` gives, its elements lowered one by one unless
    /// their bytes pass as they are. Checks the range again (the source's memory was read
    /// since it was lifted). Returns the new offset, as an `i64`.
    pub(super) fn lower_range(
        &mut self,
        ty: &AdapterType,
        ptr: Value,
        len: Value,
        src: &Side,
        dst: &Side,
    ) -> Value {
        let src_mem = self.memory(src);
        let byte_len = self.lift_range(ty, ptr, len, src, src_mem, false);
        let AdapterType::List(t) = ty else {
            unreachable!("not a list")
        };
        let new = self.realloc(dst, t.abi().align32, byte_len);
        let start = self.extend(ptr);
        if t.is_plain() {
            let bases = self.bases(src, dst);
            let from = self.addr(bases.src, start);
            let to = self.addr(bases.dst, new);
            self.memmove(to, from, byte_len);
            return new;
        }
        let size = t.abi().size32;
        let len64 = self.extend(len);
        // Bases taken once hold for the whole loop unless the elements allocate.
        let outer = (!t.allocates()).then(|| self.bases(src, dst));
        self.for_each(len64, |g, i| {
            let off = g.b.ins().imul_imm_u(i, i64::from(size));
            let from = g.b.ins().iadd(start, off);
            let to = g.b.ins().iadd(new, off);
            let mut inner = match outer {
                Some(bases) => bases,
                None => g.bases(src, dst),
            };
            g.lower_memory(t, from, to, src, dst, &mut inner);
        });
        new
    }

    /// Copies the value of type `ty` at offset `from` (an `i64`) of `src`'s memory to
    /// offset `to` of `dst`'s, converting and checking as lifting and lowering it does;
    /// `bases` are the memories' bases, refreshed after any `realloc`.
    pub(super) fn lower_memory(
        &mut self,
        ty: &AdapterType,
        from: Value,
        to: Value,
        src: &Side,
        dst: &Side,
        bases: &mut Bases,
    ) {
        // Plain bytes are copied as they are, unless they are few (then field by field).
        let size = ty.abi().size32;
        if ty.is_plain() && (size > 16 || matches!(ty, AdapterType::FixedList(..))) {
            let size = self.i64(i64::from(size));
            let s = self.addr(bases.src, from);
            let d = self.addr(bases.dst, to);
            self.memmove(d, s, size);
            return;
        }
        match ty {
            AdapterType::Scalar(c) => {
                let v = self.load_scalar(*c, bases.src, from);
                let v = convert(&mut self.b, *c, v);
                self.store_scalar(*c, v, bases.dst, to);
            }
            AdapterType::Own(_) | AdapterType::Borrow(_) => {
                let v = self.give_handle(ty, dst);
                self.store_scalar(FlatConversion::I32, v, bases.dst, to);
            }
            AdapterType::String | AdapterType::List(_) => {
                let addr = self.addr(bases.src, from);
                let ptr = self.b.ins().load(I32, guest(), addr, 0);
                let len = self.b.ins().load(I32, guest(), addr, 4);
                let (new, len) = match ty {
                    AdapterType::String => self.lower_string(ptr, len, src, dst),
                    _ => (self.lower_range(ty, ptr, len, src, dst), len),
                };
                *bases = self.bases(src, dst);
                let new = self.b.ins().ireduce(I32, new);
                let addr = self.addr(bases.dst, to);
                self.b.ins().store(guest(), new, addr, 0);
                self.b.ins().store(guest(), len, addr, 4);
            }
            AdapterType::FixedList(t, n) => {
                let size = t.abi().size32;
                let count = self.i64(i64::from(*n));
                let outer = *bases;
                self.for_each(count, |g, i| {
                    let off = g.b.ins().imul_imm_u(i, i64::from(size));
                    let from = g.b.ins().iadd(from, off);
                    let to = g.b.ins().iadd(to, off);
                    let mut inner = if t.allocates() {
                        g.bases(src, dst)
                    } else {
                        outer
                    };
                    g.lower_memory(t, from, to, src, dst, &mut inner);
                });
                if t.allocates() {
                    *bases = self.bases(src, dst);
                }
            }
            AdapterType::Record(fields) => {
                for (f, off) in fields.iter().zip(AdapterType::field_offsets(fields)) {
                    let from = self.b.ins().iadd_imm_u(from, i64::from(off));
                    let to = self.b.ins().iadd_imm_u(to, i64::from(off));
                    self.lower_memory(f, from, to, src, dst, bases);
                }
            }
            AdapterType::Variant(cases) => {
                let (disc_size, payload) = AdapterType::variant_layout(cases);
                let disc = self.load_int(bases.src, from, disc_size);
                let c = FlatConversion::Enum(cases.len() as u32);
                self.store_scalar(c, disc, bases.dst, to);
                let outer = *bases;
                self.switch(disc, cases.len(), &[], |g, i| {
                    if let Some(t) = &cases[i] {
                        let from = g.b.ins().iadd_imm_u(from, i64::from(payload));
                        let to = g.b.ins().iadd_imm_u(to, i64::from(payload));
                        let mut inner = outer;
                        g.lower_memory(t, from, to, src, dst, &mut inner);
                    }
                    Vec::new()
                });
                if ty.allocates() {
                    *bases = self.bases(src, dst);
                }
            }
        }
    }
}
