//! Fused component-to-component adapters: one function per shape of call, compiled from
//! its types, that goes from the caller's lowered import straight into the callee's lifted
//! export (see `Compiler::compile_adapter`).
//!
//! Values go in two passes, as the canonical ABI orders its checks: every value is first
//! lifted out of its source (checked and converted: flat values in registers, the rest
//! read where it lies in the source's memory), and only then lowered into the destination
//! (memory asked of its `realloc`, values written into it). Strings and lists are always
//! read in memory; a record or variant is read flat or in memory as it was passed. The
//! second pass reads the source's memory again, so it checks again what it needs for its
//! own accesses to stay in bounds.

mod convert;
mod lift;
mod lower;
mod strings;

use crate::compiler::{Compiler, pending_trap_code, trap_code};
use crate::translate::{value_type, wasm_signature};
use convert::{from_slot, to_slot, zero};
use cranelift_codegen::ir::{
    self, InstBuilder, MemFlagsData, TrapCode, Value, condcodes::IntCC, types::*,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use wicker_environ::compile::{
    AdapterEncoding, AdapterSignature, AdapterType, FlatConversion, HandleOp, TranscodeOp,
};
use wicker_environ::{Trap, WasmFuncType, WasmValType, adapter, component_flags, definition};

/// Flags for the adapter's own context and the flags it points to.
fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Flags for accesses to a linear memory the adapter checked them against.
fn guest() -> MemFlagsData {
    MemFlagsData::new().with_notrap()
}

/// The canonical ABI's bound on the bytes of one string or list.
const MAX_BYTE_LENGTH: i64 = (1 << 28) - 1;

/// Traps with `code` if the flag byte at `offset` of the flags at `flags_ptr` is set.
fn trap_if_flag(b: &mut FunctionBuilder<'_>, flags_ptr: Value, offset: i32, code: TrapCode) {
    let flag = b.ins().uload8(I32, flags(), flags_ptr, offset);
    b.ins().trapnz(flag, code);
}

fn set_flag(b: &mut FunctionBuilder<'_>, flags_ptr: Value, offset: i32, on: bool) {
    let v = b.ins().iconst(I8, i64::from(on));
    b.ins().store(flags(), v, flags_ptr, offset);
}

/// One side of the call: where its memory's definition and its `realloc` are in the
/// adapter's context, its flags, and its strings' encoding.
#[derive(Copy, Clone)]
struct Side {
    /// Whether this is the caller (else the callee).
    caller: bool,
    memory: i32,
    realloc: (i32, i32),
    flags: Value,
    encoding: AdapterEncoding,
}

/// The bases of the source's and the destination's memories, valid until the next call
/// of a `realloc` (which may grow a memory and move it).
#[derive(Copy, Clone)]
struct Bases {
    src: Value,
    dst: Value,
}

/// The adapter's function under construction.
struct Gen<'a, 'f> {
    b: FunctionBuilder<'f>,
    compiler: &'a Compiler,
    ctx: Value,
}

impl Gen<'_, '_> {
    /// Loads the pointer the adapter's context holds at `offset`.
    fn ctx_ptr(&mut self, offset: i32) -> Value {
        self.b
            .ins()
            .load(I64, flags().with_readonly(), self.ctx, offset)
    }

    /// The base and length of `side`'s memory, now.
    fn memory(&mut self, side: &Side) -> (Value, Value) {
        let def = self.ctx_ptr(side.memory);
        let base = self.b.ins().load(I64, flags(), def, definition::BASE);
        let len = self.b.ins().load(I64, flags(), def, definition::LENGTH);
        (base, len)
    }

    fn bases(&mut self, src: &Side, dst: &Side) -> Bases {
        Bases {
            src: self.memory(src).0,
            dst: self.memory(dst).0,
        }
    }

    /// The host address of the byte at `offset` (an `i64`) of the memory at `base`.
    fn addr(&mut self, base: Value, offset: Value) -> Value {
        self.b.ins().iadd(base, offset)
    }

    fn i64(&mut self, v: i64) -> Value {
        self.b.ins().iconst(I64, v)
    }

    fn extend(&mut self, v: Value) -> Value {
        self.b.ins().uextend(I64, v)
    }

    /// Traps with `trap` unless the `i32` `ptr` is a multiple of `align`.
    fn check_aligned(&mut self, ptr: Value, align: u32, trap: Trap) {
        if align > 1 {
            let low = self.b.ins().band_imm_u(ptr, i64::from(align - 1));
            self.b.ins().trapnz(low, trap_code(trap));
        }
    }

    /// Traps with `trap` if `ptr + byte_len` (both `i64`) is beyond `len`.
    fn check_within(&mut self, ptr: Value, byte_len: Value, len: Value, trap: Trap) {
        let end = self.b.ins().iadd(ptr, byte_len);
        let beyond = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, len);
        self.b.ins().trapnz(beyond, trap_code(trap));
    }

    /// Calls the wasm function whose code and context the adapter context holds at
    /// `code_offset` and `vmctx_offset`, with `args` after its two contexts.
    fn call_wasm(
        &mut self,
        ty: &WasmFuncType,
        (code_offset, vmctx_offset): (i32, i32),
        args: &[Value],
    ) -> Vec<Value> {
        let sig = self.b.import_signature(wasm_signature(self.compiler, ty));
        let code = self.ctx_ptr(code_offset);
        let vmctx = self.ctx_ptr(vmctx_offset);
        // The callee is a wasm function: its own context stands for the caller's, as in
        // a call from the host.
        let mut all = vec![vmctx, vmctx];
        all.extend_from_slice(args);
        let call = self.b.ins().call_indirect(sig, code, &all);
        self.b.inst_results(call).to_vec()
    }

    /// Calls the host helper at `offset` of the context with the native calling
    /// convention: `i64` arguments, one result of type `result`.
    fn call_helper(&mut self, offset: i32, args: &[Value], result: ir::Type) -> Value {
        let mut sig = ir::Signature::new(self.compiler.isa.default_call_conv());
        for _ in args {
            sig.params.push(ir::AbiParam::new(I64));
        }
        sig.returns.push(ir::AbiParam::new(result));
        let sig = self.b.import_signature(sig);
        let f = self.ctx_ptr(offset);
        let call = self.b.ins().call_indirect(sig, f, args);
        self.b.inst_results(call)[0]
    }

    /// Copies `len` bytes (`i64`) from host address `src` to `dst`.
    fn memmove(&mut self, dst: Value, src: Value, len: Value) {
        self.call_helper(adapter::MEMMOVE, &[dst, src, len], I64);
    }

    /// Asks `to`'s `realloc` for `byte_len` (`i64`, checked below 2^32) bytes aligned to
    /// `align`, with `to` unable to leave meanwhile, and checks what it returned: the
    /// new memory's offset, as an `i64`.
    fn realloc(&mut self, to: &Side, align: u32, byte_len: Value) -> Value {
        let zero = self.i64(0);
        self.realloc_from(to, (zero, zero), align, byte_len)
    }

    /// As [`Gen::realloc`], growing or shrinking the `old` allocation (its offset and
    /// size, `i64`s) of `to`.
    fn realloc_from(
        &mut self,
        to: &Side,
        (old, old_len): (Value, Value),
        align: u32,
        byte_len: Value,
    ) -> Value {
        let realloc_ty = WasmFuncType {
            params: Box::new([WasmValType::I32; 4]),
            results: Box::new([WasmValType::I32]),
        };
        let old = self.b.ins().ireduce(I32, old);
        let old_len = self.b.ins().ireduce(I32, old_len);
        let align_v = self.b.ins().iconst(I32, i64::from(align));
        let len32 = self.b.ins().ireduce(I32, byte_len);
        // The flag is clear here (the caller's was checked on entry, the callee is not
        // running); a `realloc` that traps leaves it set, but a trap leaves both
        // instances busy, unable to be entered again, as on the host's path.
        set_flag(&mut self.b, to.flags, component_flags::NO_LEAVE, true);
        let args = [old, old_len, align_v, len32];
        let new = self.call_wasm(&realloc_ty, to.realloc, &args)[0];
        set_flag(&mut self.b, to.flags, component_flags::NO_LEAVE, false);
        self.check_aligned(new, align, Trap::ReallocUnaligned);
        let (_, len) = self.memory(to);
        let new = self.extend(new);
        self.check_within(new, byte_len, len, Trap::ReallocOutOfBounds);
        new
    }

    /// Calls the transcoding helper for `op` from `src_units` code units at host address
    /// `src` into `dst_cap` bytes at host address `dst` (all `i64`): its answer.
    fn transcode(
        &mut self,
        op: TranscodeOp,
        src: Value,
        src_units: Value,
        dst: Value,
        dst_cap: Value,
    ) -> Value {
        let op = self.i64(op as i64);
        self.call_helper(adapter::TRANSCODE, &[op, src, src_units, dst, dst_cap], I64)
    }

    /// Runs the handle operation `op` on the resource type `resource` and the handle `v`
    /// (an `i32`), trapping with the error it left pending if it failed: its answer.
    fn handle_op(&mut self, op: HandleOp, resource: u32, v: Value) -> Value {
        let op = self.i64(op as i64);
        let r = self.i64(i64::from(resource));
        let v = self.extend(v);
        let ctx = self.ctx;
        let answer = self.call_helper(adapter::HANDLE, &[ctx, op, r, v], I64);
        let failed = self.b.ins().ushr_imm_u(answer, 32);
        self.b.ins().trapnz(failed, pending_trap_code());
        self.b.ins().ireduce(I32, answer)
    }

    /// Runs a handle operation that takes no handle (opening or closing a scope).
    fn handle_scope(&mut self, op: HandleOp) {
        let zero = self.b.ins().iconst(I32, 0);
        self.handle_op(op, 0, zero);
    }

    /// Emits `then` where the condition `cond` holds and `other` where it does not, both
    /// giving values of types `out`: the values.
    fn if_else(
        &mut self,
        cond: Value,
        out: &[ir::Type],
        then: impl FnOnce(&mut Self) -> Vec<Value>,
        other: impl FnOnce(&mut Self) -> Vec<Value>,
    ) -> Vec<Value> {
        let (yes, no, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        for t in out {
            self.b.append_block_param(done, *t);
        }
        self.b.ins().brif(cond, yes, &[], no, &[]);
        for (block, arm) in [
            (
                yes,
                Box::new(then) as Box<dyn FnOnce(&mut Self) -> Vec<Value>>,
            ),
            (no, Box::new(other)),
        ] {
            self.b.switch_to_block(block);
            self.b.seal_block(block);
            let values: Vec<_> = arm(self).into_iter().map(Into::into).collect();
            self.b.ins().jump(done, &values);
        }
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        self.b.block_params(done).to_vec()
    }

    /// Emits a loop running `body` with each index (an `i64`) below `count` (an `i64`).
    fn for_each(&mut self, count: Value, mut body: impl FnMut(&mut Self, Value)) {
        let header = self.b.create_block();
        self.b.append_block_param(header, I64);
        let inner = self.b.create_block();
        let exit = self.b.create_block();
        let start = self.i64(0);
        self.b.ins().jump(header, &[start.into()]);
        self.b.switch_to_block(header);
        let i = self.b.block_params(header)[0];
        let done = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, i, count);
        self.b.ins().brif(done, exit, &[], inner, &[]);
        self.b.switch_to_block(inner);
        self.b.seal_block(inner);
        body(self, i);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(header, &[next.into()]);
        self.b.seal_block(header);
        self.b.switch_to_block(exit);
        self.b.seal_block(exit);
    }

    /// Traps unless the discriminant `disc` (an `i32`) names one of `cases` cases.
    fn check_discriminant(&mut self, disc: Value, cases: usize) {
        let out = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, disc, cases as i64);
        self.b
            .ins()
            .trapnz(out, trap_code(Trap::InvalidDiscriminant));
    }

    /// Branches on the discriminant `disc` (an `i32`) of a variant of `cases` cases: a
    /// trap for a discriminant out of range, else `case` emitted for the one it names,
    /// whose values (of types `out`) are the results.
    fn switch(
        &mut self,
        disc: Value,
        cases: usize,
        out: &[ir::Type],
        mut case: impl FnMut(&mut Self, usize) -> Vec<Value>,
    ) -> Vec<Value> {
        let done = self.b.create_block();
        for t in out {
            self.b.append_block_param(done, *t);
        }
        let blocks: Vec<_> = (0..cases).map(|_| self.b.create_block()).collect();
        let default = self.b.create_block();
        let mut switch = Switch::new();
        for (i, block) in blocks.iter().enumerate() {
            switch.set_entry(i as u128, *block);
        }
        switch.emit(&mut self.b, disc, default);
        for (i, block) in blocks.iter().enumerate() {
            self.b.switch_to_block(*block);
            self.b.seal_block(*block);
            let values = case(self, i);
            let args: Vec<_> = values.into_iter().map(Into::into).collect();
            self.b.ins().jump(done, &args);
        }
        self.b.switch_to_block(default);
        self.b.seal_block(default);
        self.b.ins().trap(trap_code(Trap::InvalidDiscriminant));
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        self.b.block_params(done).to_vec()
    }

    /// A variant's flat values, `disc` and `slots`, remade by `payload` (given each
    /// case's type and its values read from the slots): the discriminant checked, the
    /// chosen case's values written back into the slots, the other slots zero.
    fn variant_flat(
        &mut self,
        cases: &[Option<AdapterType>],
        disc: Value,
        slots: &[Value],
        mut payload: impl FnMut(&mut Self, &AdapterType, Vec<Value>) -> Vec<Value>,
    ) -> Vec<Value> {
        let slot_types = AdapterType::variant_slots(cases);
        if slot_types.is_empty() {
            self.check_discriminant(disc, cases.len());
            return vec![disc];
        }
        let out: Vec<ir::Type> = slot_types.iter().map(|t| value_type(*t)).collect();
        let mut values = self.switch(disc, cases.len(), &out, |g, i| {
            let mut new = Vec::with_capacity(slots.len());
            if let Some(ty) = &cases[i] {
                let flat = ty.flat();
                let vals = flat
                    .iter()
                    .enumerate()
                    .map(|(k, want)| from_slot(&mut g.b, slot_types[k], *want, slots[k]))
                    .collect();
                let got = payload(g, ty, vals);
                for (k, v) in got.into_iter().enumerate() {
                    new.push(to_slot(&mut g.b, flat[k], slot_types[k], v));
                }
            }
            for t in &slot_types[new.len()..] {
                new.push(zero(&mut g.b, *t));
            }
            new
        });
        values.insert(0, disc);
        values
    }

    /// Loads an unsigned integer of `size` bytes at offset `at` of the memory at `base`,
    /// as an `i32` (or an `i64` for 8 bytes).
    fn load_int(&mut self, base: Value, at: Value, size: u32) -> Value {
        let addr = self.addr(base, at);
        match size {
            1 => self.b.ins().uload8(I32, guest(), addr, 0),
            2 => self.b.ins().uload16(I32, guest(), addr, 0),
            4 => self.b.ins().load(I32, guest(), addr, 0),
            _ => self.b.ins().load(I64, guest(), addr, 0),
        }
    }

    /// Loads a scalar stored at offset `at` of the memory at `base`, as its flat core
    /// value (not yet converted).
    fn load_scalar(&mut self, c: FlatConversion, base: Value, at: Value) -> Value {
        let addr = self.addr(base, at);
        match c {
            FlatConversion::F32 => self.b.ins().load(F32, guest(), addr, 0),
            FlatConversion::F64 => self.b.ins().load(F64, guest(), addr, 0),
            FlatConversion::Signed(8) => self.b.ins().sload8(I32, guest(), addr, 0),
            FlatConversion::Signed(_) => self.b.ins().sload16(I32, guest(), addr, 0),
            _ => self.load_int(base, at, c.size()),
        }
    }

    /// Stores a scalar's flat core value at offset `at` of the memory at `base`.
    fn store_scalar(&mut self, c: FlatConversion, v: Value, base: Value, at: Value) {
        let addr = self.addr(base, at);
        match c.size() {
            1 => self.b.ins().istore8(guest(), v, addr, 0),
            2 => self.b.ins().istore16(guest(), v, addr, 0),
            _ => self.b.ins().store(guest(), v, addr, 0),
        };
    }
}

pub(crate) fn build(
    compiler: &Compiler,
    sig: &AdapterSignature,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
    func.signature = wasm_signature(compiler, &sig.core_type());
    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    b.seal_block(block);
    let params = b.block_params(block).to_vec();
    let mut g = Gen {
        b,
        compiler,
        ctx: params[0],
    };
    let caller = Side {
        caller: true,
        memory: adapter::CALLER_MEMORY,
        realloc: (adapter::CALLER_REALLOC_CODE, adapter::CALLER_REALLOC_VMCTX),
        flags: g.ctx_ptr(adapter::CALLER_FLAGS),
        encoding: sig.encodings[0],
    };
    let callee = Side {
        caller: false,
        memory: adapter::CALLEE_MEMORY,
        realloc: (adapter::CALLEE_REALLOC_CODE, adapter::CALLEE_REALLOC_VMCTX),
        flags: g.ctx_ptr(adapter::CALLEE_FLAGS),
        encoding: sig.encodings[1],
    };
    let uses_memory = sig.uses_memory();
    // The order of the host's path: may the caller leave, its arguments lifted, may the
    // callee be entered, the arguments lowered.
    trap_if_flag(
        &mut g.b,
        caller.flags,
        component_flags::NO_LEAVE,
        trap_code(Trap::CannotLeaveComponent),
    );
    let handles = sig.uses_handles();
    let borrows = sig.uses_borrows();
    if handles {
        g.handle_scope(HandleOp::Begin);
    }
    let mut incoming = params[2..].iter().copied();
    let record = sig.params_record();
    let lifted = if sig.params_in_memory() {
        let ptr = incoming.next().expect("a parameter pointer");
        let at = g.check_pointer(&record, ptr, &caller);
        let mem = g.memory(&caller);
        g.lift_memory(&record, at, &caller, mem);
        vec![at]
    } else {
        let mem = uses_memory.then(|| g.memory(&caller));
        sig.params
            .iter()
            .flat_map(|p| g.lift_flat(p, &mut incoming, &caller, mem))
            .collect::<Vec<_>>()
    };
    let caller_retptr = sig.result_in_memory().then(|| incoming.next().unwrap());
    trap_if_flag(
        &mut g.b,
        callee.flags,
        component_flags::BUSY,
        trap_code(Trap::CannotEnterComponent),
    );
    set_flag(&mut g.b, callee.flags, component_flags::BUSY, true);
    if borrows {
        g.handle_scope(HandleOp::Enter);
    }
    let args = if sig.params_in_memory() {
        let abi = record.abi();
        let size = g.i64(i64::from(abi.size32));
        let new = g.realloc(&callee, abi.align32, size);
        let mut bases = g.bases(&caller, &callee);
        g.lower_memory(&record, lifted[0], new, &caller, &callee, &mut bases);
        vec![g.b.ins().ireduce(I32, new)]
    } else {
        let mut vals = lifted.into_iter();
        sig.params
            .iter()
            .flat_map(|p| g.lower_flat(p, &mut vals, &caller, &callee))
            .collect()
    };
    let raw = g.call_wasm(
        &sig.callee_core_type(),
        (adapter::CALLEE_CODE, adapter::CALLEE_VMCTX),
        &args,
    );
    let results: Vec<Value> = match &sig.result {
        None => {
            if handles {
                g.handle_scope(HandleOp::EndLending);
            }
            Vec::new()
        }
        Some(r) if sig.result_in_memory() => {
            // The callee returned a pointer to its result, lifted in place; then the
            // caller's return pointer is checked, before anything is stored through it.
            let at = g.check_pointer(r, raw[0], &callee);
            let mem = g.memory(&callee);
            g.lift_memory(r, at, &callee, mem);
            if handles {
                g.handle_scope(HandleOp::EndLending);
            }
            let retptr = caller_retptr.expect("a return pointer");
            let to = g.check_pointer(r, retptr, &caller);
            let mut bases = g.bases(&callee, &caller);
            g.lower_memory(r, at, to, &callee, &caller, &mut bases);
            Vec::new()
        }
        Some(r) => {
            let mem = uses_memory.then(|| g.memory(&callee));
            let lifted = g.lift_flat(r, &mut raw.iter().copied(), &callee, mem);
            if handles {
                g.handle_scope(HandleOp::EndLending);
            }
            g.lower_flat(r, &mut lifted.into_iter(), &callee, &caller)
        }
    };
    if sig.post_return {
        let post = (adapter::POST_RETURN_CODE, adapter::POST_RETURN_VMCTX);
        set_flag(&mut g.b, callee.flags, component_flags::NO_LEAVE, true);
        g.call_wasm(&sig.post_return_type(), post, &raw);
        set_flag(&mut g.b, callee.flags, component_flags::NO_LEAVE, false);
    }
    if borrows {
        g.handle_scope(HandleOp::Exit);
    }
    set_flag(&mut g.b, callee.flags, component_flags::BUSY, false);
    g.b.ins().return_(&results);
    g.b.finalize(compiler.isa.frontend_config());
}
