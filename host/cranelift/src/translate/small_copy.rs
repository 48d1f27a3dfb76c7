//! `memory.copy` of up to 32 bytes done in line, without a call into the runtime.
//!
//! Compilers lower most `memcpy`s of short, variable lengths to `memory.copy`, so a
//! program that builds strings calls it millions of times. A copy of at most 32 bytes whose
//! ranges are in bounds is done here with two loads and two stores of the largest width
//! that fits (the second pair ending at the range's end, overlapping the first where the
//! length is not a power of two); both loads come before both stores, so overlapping
//! ranges copy as `memmove` does. Anything else calls the runtime, which checks the bounds
//! and traps.

use super::FuncTranslator;
use super::memory::heap_flags;
use cranelift_codegen::ir::{self, InstBuilder, MemFlagsData, condcodes::IntCC, types::*};
use wicker_environ::{Builtin, MemoryIndex, definition};

/// The longest copy done in line.
const MAX_INLINE: i64 = 32;

impl FuncTranslator<'_, '_> {
    /// `memory.copy` from `src_mem` to `dst_mem`, its operands (`dst`, `src`, `len`: `i32`s,
    /// or `i64`s for 64-bit memories) on the stack.
    pub(crate) fn op_memory_copy(&mut self, dst_mem: u32, src_mem: u32) {
        let (dst, src, len) = self.pop3();
        let dst = self.address(dst);
        let src = self.address(src);
        let len = self.address(len);
        // Fuel counted so far belongs to both paths.
        self.fuel_add();

        let (dst_base, dst_len) = self.memory_base_and_length(dst_mem);
        let (src_base, src_len) = if src_mem == dst_mem {
            (dst_base, dst_len)
        } else {
            self.memory_base_and_length(src_mem)
        };
        let short = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, len, MAX_INLINE);
        let dst_end = self.b.ins().iadd(dst, len);
        let dst_ok = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, dst_end, dst_len);
        let src_end = self.b.ins().iadd(src, len);
        let src_ok = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, src_end, src_len);
        let ok = self.b.ins().band(short, dst_ok);
        let ok = self.b.ins().band(ok, src_ok);

        let inline = self.b.create_block();
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(call);
        self.b.ins().brif(ok, inline, &[], call, &[]);

        self.b.switch_to_block(call);
        self.b.seal_block(call);
        let dm = self.b.ins().iconst(I32, i64::from(dst_mem));
        let sm = self.b.ins().iconst(I32, i64::from(src_mem));
        let status = self
            .call_builtin(Builtin::MemoryCopy, &[dm, dst, sm, src, len])
            .unwrap();
        self.trap_if_pending(status);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(inline);
        self.b.seal_block(inline);
        let from = self.b.ins().iadd(src_base, src);
        let to = self.b.ins().iadd(dst_base, dst);
        // Widths from the widest down: a length of at least `width` bytes copies two
        // `width`-byte pieces, the second ending at the end.
        for ty in [I8X16, I64, I32, I16] {
            let width = i64::from(ty.bytes());
            let this = self.b.create_block();
            let next = self.b.create_block();
            let fits = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, len, width);
            self.b.ins().brif(fits, this, &[], next, &[]);
            self.b.switch_to_block(this);
            self.b.seal_block(this);
            self.copy_two_pieces(ty, from, to, len);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(next);
            self.b.seal_block(next);
        }
        // Zero bytes or one.
        let one = self.b.create_block();
        self.b.ins().brif(len, one, &[], done, &[]);
        self.b.switch_to_block(one);
        self.b.seal_block(one);
        let byte = self.b.ins().load(I8, heap_flags(), from, 0);
        self.b.ins().store(heap_flags(), byte, to, 0);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
        self.b.seal_block(done);
    }

    /// Copies `[from, from + len)` to `to` as two pieces of type `ty`, for
    /// `ty.bytes() <= len <= 2 * ty.bytes()`.
    fn copy_two_pieces(&mut self, ty: ir::Type, from: ir::Value, to: ir::Value, len: ir::Value) {
        let tail = self.b.ins().iadd_imm_s(len, -i64::from(ty.bytes()));
        let from_tail = self.b.ins().iadd(from, tail);
        let to_tail = self.b.ins().iadd(to, tail);
        let f = heap_flags();
        let head = self.b.ins().load(ty, f, from, 0);
        let last = self.b.ins().load(ty, f, from_tail, 0);
        self.b.ins().store(f, head, to, 0);
        self.b.ins().store(f, last, to_tail, 0);
    }

    /// A memory's base address and its current length in bytes.
    fn memory_base_and_length(&mut self, memory: u32) -> (ir::Value, ir::Value) {
        let def = self.memory_def(MemoryIndex::from_u32(memory));
        let base = self.b.ins().load(
            I64,
            MemFlagsData::trusted().with_readonly().with_can_move(),
            def,
            definition::BASE,
        );
        let length = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), def, definition::LENGTH);
        (base, length)
    }
}
