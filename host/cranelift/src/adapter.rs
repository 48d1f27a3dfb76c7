//! Fused component-to-component adapters: one function per shape of call, compiled from
//! its conversions, that goes from the caller's lowered import straight into the callee's
//! lifted export (see `Compiler::compile_adapter`).

use crate::compiler::{Compiler, trap_code};
use crate::translate::wasm_signature;
use cranelift_codegen::ir::{
    self, InstBuilder, MemFlagsData, TrapCode, Value, condcodes::FloatCC, condcodes::IntCC,
    types::*,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use wicker_environ::compile::{AdapterSignature, AdapterValue, FlatConversion, VariantShape};
use wicker_environ::{Trap, WasmValType, adapter, component_flags, definition};

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Converts `v` as lifting it from one side and lowering it into the other does, trapping
/// on a value the canonical ABI rejects.
fn convert(b: &mut FunctionBuilder<'_>, conversion: FlatConversion, v: Value) -> Value {
    match conversion {
        FlatConversion::I32 | FlatConversion::I64 => v,
        FlatConversion::F32 => {
            let nan = b.ins().f32const(f32::from_bits(0x7fc0_0000));
            let is_nan = b.ins().fcmp(FloatCC::Unordered, v, v);
            b.ins().select(is_nan, nan, v)
        }
        FlatConversion::F64 => {
            let nan = b.ins().f64const(f64::from_bits(0x7ff8_0000_0000_0000));
            let is_nan = b.ins().fcmp(FloatCC::Unordered, v, v);
            b.ins().select(is_nan, nan, v)
        }
        FlatConversion::Bool => {
            let set = b.ins().icmp_imm_u(IntCC::NotEqual, v, 0);
            b.ins().uextend(I32, set)
        }
        FlatConversion::Unsigned(bits) if bits >= 32 => v,
        FlatConversion::Unsigned(bits) => {
            let mask = (1i64 << bits) - 1;
            b.ins().band_imm_u(v, mask)
        }
        FlatConversion::Signed(bits) => {
            let shift = i64::from(32 - bits);
            let up = b.ins().ishl_imm_u(v, shift);
            b.ins().sshr_imm_u(up, shift)
        }
        FlatConversion::Char => {
            // A scalar value is below 0x110000 and outside 0xd800..=0xdfff.
            let too_big = b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, v, 0x11_0000);
            b.ins().trapnz(too_big, trap_code(Trap::InvalidChar));
            let off = b.ins().iadd_imm_s(v, -0xd800);
            let surrogate = b.ins().icmp_imm_u(IntCC::UnsignedLessThan, off, 0x800);
            b.ins().trapnz(surrogate, trap_code(Trap::InvalidChar));
            v
        }
        FlatConversion::Enum(cases) => {
            let out = b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, v, i64::from(cases));
            b.ins().trapnz(out, trap_code(Trap::InvalidDiscriminant));
            v
        }
    }
}

/// A zero of core type `ty`.
fn zero(b: &mut FunctionBuilder<'_>, ty: WasmValType) -> Value {
    match ty {
        WasmValType::I64 => b.ins().iconst(I64, 0),
        WasmValType::F32 => b.ins().f32const(0.0),
        WasmValType::F64 => b.ins().f64const(0.0),
        _ => b.ins().iconst(I32, 0),
    }
}

/// Reads a payload of core type `want` out of a slot of the joined type `have`, as the
/// canonical ABI's flat lifting of a variant does.
fn from_slot(b: &mut FunctionBuilder<'_>, have: WasmValType, want: WasmValType, v: Value) -> Value {
    use WasmValType as W;
    match (have, want) {
        (W::I32, W::F32) => b.ins().bitcast(F32, MemFlagsData::new(), v),
        (W::I64, W::I32) => b.ins().ireduce(I32, v),
        (W::I64, W::F32) => {
            let low = b.ins().ireduce(I32, v);
            b.ins().bitcast(F32, MemFlagsData::new(), low)
        }
        (W::I64, W::F64) => b.ins().bitcast(F64, MemFlagsData::new(), v),
        _ => v,
    }
}

/// Writes a payload of core type `have` into a slot of the joined type `want`, as the
/// canonical ABI's flat lowering of a variant does.
fn to_slot(b: &mut FunctionBuilder<'_>, have: WasmValType, want: WasmValType, v: Value) -> Value {
    use WasmValType as W;
    match (have, want) {
        (W::F32, W::I32) => b.ins().bitcast(I32, MemFlagsData::new(), v),
        (W::I32, W::I64) => b.ins().uextend(I64, v),
        (W::F32, W::I64) => {
            let bits = b.ins().bitcast(I32, MemFlagsData::new(), v);
            b.ins().uextend(I64, bits)
        }
        (W::F64, W::I64) => b.ins().bitcast(I64, MemFlagsData::new(), v),
        _ => v,
    }
}

/// Converts a variant's flat values: traps unless the discriminant names a case, then
/// converts the case's payload in the slot (zero for a case without one). Returns the
/// discriminant and the slot, if the variant has one.
fn convert_variant(
    b: &mut FunctionBuilder<'_>,
    shape: &VariantShape,
    disc: Value,
    slot: Option<Value>,
) -> Vec<Value> {
    let cases = shape.cases.len() as i64;
    let out = b
        .ins()
        .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, disc, cases);
    b.ins().trapnz(out, trap_code(Trap::InvalidDiscriminant));
    let (Some(have), Some(slot)) = (shape.slot, slot) else {
        return vec![disc];
    };
    // One block per case, each giving the slot's new value to `done`.
    let done = b.create_block();
    b.append_block_param(done, crate::translate::value_type(have));
    let mut switch = Switch::new();
    let blocks: Vec<_> = shape.cases.iter().map(|_| b.create_block()).collect();
    for (i, block) in blocks.iter().enumerate() {
        switch.set_entry(i as u128, *block);
    }
    // Out of range was a trap above; the default is never taken.
    switch.emit(b, disc, blocks[0]);
    for (case, block) in shape.cases.iter().zip(&blocks) {
        b.switch_to_block(*block);
        b.seal_block(*block);
        let v = match case {
            Some(c) => {
                let want = c.core_type();
                let payload = from_slot(b, have, want, slot);
                let converted = convert(b, *c, payload);
                to_slot(b, want, have, converted)
            }
            None => zero(b, have),
        };
        b.ins().jump(done, &[v.into()]);
    }
    b.switch_to_block(done);
    b.seal_block(done);
    vec![disc, b.block_params(done)[0]]
}

/// Traps with `code` if the flag byte at `offset` of the flags at `flags_ptr` is set.
fn trap_if_flag(b: &mut FunctionBuilder<'_>, flags_ptr: Value, offset: i32, code: TrapCode) {
    let flag = b.ins().uload8(I32, flags(), flags_ptr, offset);
    b.ins().trapnz(flag, code);
}

fn set_flag(b: &mut FunctionBuilder<'_>, flags_ptr: Value, offset: i32, on: bool) {
    let v = b.ins().iconst(I8, i64::from(on));
    b.ins().store(flags(), v, flags_ptr, offset);
}

/// Calls the wasm function whose code and context the adapter context holds at
/// `code_offset` and `vmctx_offset`, with `args` after its two contexts.
fn call_wasm(
    b: &mut FunctionBuilder<'_>,
    sig: ir::SigRef,
    ctx: Value,
    (code_offset, vmctx_offset): (i32, i32),
    args: &[Value],
) -> Vec<Value> {
    let code = b.ins().load(I64, flags().with_readonly(), ctx, code_offset);
    let vmctx = b
        .ins()
        .load(I64, flags().with_readonly(), ctx, vmctx_offset);
    // The callee is a wasm function: its own context stands for the caller's, as in a call
    // from the host.
    let mut all = vec![vmctx, vmctx];
    all.extend_from_slice(args);
    let call = b.ins().call_indirect(sig, code, &all);
    b.inst_results(call).to_vec()
}

/// The canonical ABI's bound on the bytes of one string or list.
const MAX_BYTE_LENGTH: i64 = (1 << 28) - 1;

/// The base and length of the memory whose definition the adapter context points to at
/// `offset`.
fn memory(b: &mut FunctionBuilder<'_>, ctx: Value, offset: i32) -> (Value, Value) {
    let def = b.ins().load(I64, flags().with_readonly(), ctx, offset);
    let base = b.ins().load(I64, flags(), def, definition::BASE);
    let len = b.ins().load(I64, flags(), def, definition::LENGTH);
    (base, len)
}

/// Traps with `trap` unless the `i32` `ptr` is a multiple of `align`.
fn check_aligned(b: &mut FunctionBuilder<'_>, ptr: Value, align: u32, trap: Trap) {
    if align > 1 {
        let low = b.ins().band_imm_u(ptr, i64::from(align - 1));
        b.ins().trapnz(low, trap_code(trap));
    }
}

/// Traps with `trap` if `ptr + byte_len` (an `i32` and an `i64`) is beyond `len`.
fn check_within(b: &mut FunctionBuilder<'_>, ptr: Value, byte_len: Value, len: Value, trap: Trap) {
    let start = b.ins().uextend(I64, ptr);
    let end = b.ins().iadd(start, byte_len);
    let beyond = b.ins().icmp(IntCC::UnsignedGreaterThan, end, len);
    b.ins().trapnz(beyond, trap_code(trap));
}

/// A value lifted out of its source, checked and waiting to be lowered.
enum Lifted {
    /// Scalars and variants of scalars: their converted flat values.
    Scalar(Vec<Value>),
    /// A string or list: where it is in the source's memory, its length in elements and
    /// in bytes (`i64`), and its elements' alignment.
    Bytes {
        ptr: Value,
        len: Value,
        byte_len: Value,
        align: u32,
    },
}

/// Lifts a string or list of `len` elements at `ptr` out of the memory at `memory_offset`:
/// checks its length, alignment, bounds and (for a string) encoding, in the canonical ABI's
/// order, and returns its length in bytes.
fn lift_bytes(
    b: &mut FunctionBuilder<'_>,
    native: CallConv,
    ctx: Value,
    memory_offset: i32,
    (ptr, len): (Value, Value),
    (size, align, utf8): (u32, u32, bool),
) -> Value {
    let len64 = b.ins().uextend(I64, len);
    let byte_len = b.ins().imul_imm_u(len64, i64::from(size));
    let too_long = b
        .ins()
        .icmp_imm_u(IntCC::UnsignedGreaterThan, byte_len, MAX_BYTE_LENGTH);
    let (too_long_trap, out_of_bounds) = if utf8 {
        (Trap::StringTooLong, Trap::StringOutOfBounds)
    } else {
        (Trap::ListTooLong, Trap::ListOutOfBounds)
    };
    b.ins().trapnz(too_long, trap_code(too_long_trap));
    check_aligned(b, ptr, align, Trap::UnalignedPointer);
    let (base, mem_len) = memory(b, ctx, memory_offset);
    check_within(b, ptr, byte_len, mem_len, out_of_bounds);
    if utf8 {
        let start = b.ins().uextend(I64, ptr);
        let addr = b.ins().iadd(base, start);
        let valid = b
            .ins()
            .load(I64, flags().with_readonly(), ctx, adapter::UTF8_VALID);
        let mut sig = ir::Signature::new(native);
        sig.params.push(ir::AbiParam::new(I64));
        sig.params.push(ir::AbiParam::new(I64));
        sig.returns.push(ir::AbiParam::new(I32));
        let sig = b.import_signature(sig);
        let call = b.ins().call_indirect(sig, valid, &[addr, byte_len]);
        let ok = b.inst_results(call)[0];
        b.ins().trapz(ok, trap_code(Trap::InvalidUtf8));
    }
    byte_len
}

/// Where a string or list goes: the destination's memory, `realloc` and flags.
struct Destination {
    memory: i32,
    realloc: (i32, i32),
    flags: Value,
}

/// Lowers a lifted string or list into `to`: asks its `realloc` (with the destination
/// unable to leave) for room, checks what it returned, and copies the bytes from the memory
/// at `from`. Returns the new pointer.
fn lower_bytes(
    b: &mut FunctionBuilder<'_>,
    compiler: &Compiler,
    ctx: Value,
    from: i32,
    to: &Destination,
    (ptr, byte_len, align): (Value, Value, u32),
) -> Value {
    let realloc_ty = wicker_environ::WasmFuncType {
        params: Box::new([wicker_environ::WasmValType::I32; 4]),
        results: Box::new([wicker_environ::WasmValType::I32]),
    };
    let sig = b.import_signature(wasm_signature(compiler, &realloc_ty));
    let zero = b.ins().iconst(I32, 0);
    let align_v = b.ins().iconst(I32, i64::from(align));
    let len32 = b.ins().ireduce(I32, byte_len);
    // The flag is clear here (the caller's was checked on entry, the callee is not
    // running); a `realloc` that traps leaves it set, but a trap leaves both instances
    // busy, unable to be entered again, as on the host's path.
    set_flag(b, to.flags, component_flags::NO_LEAVE, true);
    let new = call_wasm(b, sig, ctx, to.realloc, &[zero, zero, align_v, len32])[0];
    set_flag(b, to.flags, component_flags::NO_LEAVE, false);
    check_aligned(b, new, align, Trap::ReallocUnaligned);
    let (dst_base, dst_len) = memory(b, ctx, to.memory);
    check_within(b, new, byte_len, dst_len, Trap::ReallocOutOfBounds);
    let (src_base, _) = memory(b, ctx, from);
    let src_off = b.ins().uextend(I64, ptr);
    let src = b.ins().iadd(src_base, src_off);
    let dst_off = b.ins().uextend(I64, new);
    let dst = b.ins().iadd(dst_base, dst_off);
    let memmove = b
        .ins()
        .load(I64, flags().with_readonly(), ctx, adapter::MEMMOVE);
    let mut msig = ir::Signature::new(compiler.isa.default_call_conv());
    for _ in 0..3 {
        msig.params.push(ir::AbiParam::new(I64));
    }
    msig.returns.push(ir::AbiParam::new(I64));
    let msig = b.import_signature(msig);
    b.ins().call_indirect(msig, memmove, &[dst, src, byte_len]);
    new
}

pub(crate) fn build(
    compiler: &Compiler,
    adapter: &AdapterSignature,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
    let native = compiler.isa.default_call_conv();
    let ty = adapter.core_type();
    func.signature = wasm_signature(compiler, &ty);
    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    b.seal_block(block);
    let params = b.block_params(block).to_vec();
    let ctx = params[0];
    let load_ptr = |b: &mut FunctionBuilder<'_>, offset| {
        b.ins().load(I64, flags().with_readonly(), ctx, offset)
    };
    let caller_flags = load_ptr(&mut b, adapter::CALLER_FLAGS);
    let callee_flags = load_ptr(&mut b, adapter::CALLEE_FLAGS);
    // The order of the host's path: may the caller leave, its arguments lifted, may the
    // callee be entered, the arguments lowered.
    trap_if_flag(
        &mut b,
        caller_flags,
        component_flags::NO_LEAVE,
        trap_code(Trap::CannotLeaveComponent),
    );
    let mut incoming = params[2..].iter().copied();
    let mut next = || incoming.next().expect("the adapter's core signature");
    let mut lifted = Vec::with_capacity(adapter.params.len());
    for p in &adapter.params {
        lifted.push(match *p {
            AdapterValue::Scalar(c) => Lifted::Scalar(vec![convert(&mut b, c, next())]),
            AdapterValue::Variant(i) => {
                let shape = &adapter.variants[i as usize];
                let disc = next();
                let slot = shape.slot.map(|_| next());
                Lifted::Scalar(convert_variant(&mut b, shape, disc, slot))
            }
            AdapterValue::Bytes { size, align, utf8 } => {
                let (ptr, len) = (next(), next());
                let byte_len = lift_bytes(
                    &mut b,
                    native,
                    ctx,
                    adapter::CALLER_MEMORY,
                    (ptr, len),
                    (size, align, utf8),
                );
                Lifted::Bytes {
                    ptr,
                    len,
                    byte_len,
                    align,
                }
            }
        });
    }
    let caller_retptr = adapter.result_in_memory().then(&mut next);
    trap_if_flag(
        &mut b,
        callee_flags,
        component_flags::BUSY,
        trap_code(Trap::CannotEnterComponent),
    );
    set_flag(&mut b, callee_flags, component_flags::BUSY, true);
    let into_callee = Destination {
        memory: adapter::CALLEE_MEMORY,
        realloc: (adapter::CALLEE_REALLOC_CODE, adapter::CALLEE_REALLOC_VMCTX),
        flags: callee_flags,
    };
    let mut args = Vec::new();
    for l in lifted {
        match l {
            Lifted::Scalar(v) => args.extend(v),
            Lifted::Bytes {
                ptr,
                len,
                byte_len,
                align,
            } => {
                let new = lower_bytes(
                    &mut b,
                    compiler,
                    ctx,
                    adapter::CALLER_MEMORY,
                    &into_callee,
                    (ptr, byte_len, align),
                );
                args.push(new);
                args.push(len);
            }
        }
    }
    let sig = b.import_signature(wasm_signature(compiler, &adapter.callee_core_type()));
    let callee = (adapter::CALLEE_CODE, adapter::CALLEE_VMCTX);
    let raw = call_wasm(&mut b, sig, ctx, callee, &args);
    let results: Vec<Value> = match adapter.result {
        None => Vec::new(),
        Some(AdapterValue::Scalar(c)) => vec![convert(&mut b, c, raw[0])],
        Some(AdapterValue::Variant(i)) => {
            let shape = &adapter.variants[i as usize];
            convert_variant(&mut b, shape, raw[0], raw.get(1).copied())
        }
        Some(AdapterValue::Bytes { size, align, utf8 }) => {
            // The callee returned a pointer to the string's or list's pointer and length.
            let rp = raw[0];
            check_aligned(&mut b, rp, 4, Trap::UnalignedPointer);
            let (base, mem_len) = memory(&mut b, ctx, adapter::CALLEE_MEMORY);
            let eight = b.ins().iconst(I64, 8);
            check_within(&mut b, rp, eight, mem_len, Trap::PointerOutOfBounds);
            let rp64 = b.ins().uextend(I64, rp);
            let at = b.ins().iadd(base, rp64);
            let ptr = b.ins().load(I32, flags(), at, 0);
            let len = b.ins().load(I32, flags(), at, 4);
            let byte_len = lift_bytes(
                &mut b,
                native,
                ctx,
                adapter::CALLEE_MEMORY,
                (ptr, len),
                (size, align, utf8),
            );
            // Then the caller's return pointer, before anything is stored through it.
            let retptr = caller_retptr.expect("a return pointer");
            check_aligned(&mut b, retptr, 4, Trap::UnalignedPointer);
            let (_, caller_len) = memory(&mut b, ctx, adapter::CALLER_MEMORY);
            check_within(&mut b, retptr, eight, caller_len, Trap::PointerOutOfBounds);
            let into_caller = Destination {
                memory: adapter::CALLER_MEMORY,
                realloc: (adapter::CALLER_REALLOC_CODE, adapter::CALLER_REALLOC_VMCTX),
                flags: caller_flags,
            };
            let new = lower_bytes(
                &mut b,
                compiler,
                ctx,
                adapter::CALLEE_MEMORY,
                &into_caller,
                (ptr, byte_len, align),
            );
            // The caller's realloc may have grown its memory: its base and length anew
            // (the return pointer was checked against a length that only grows).
            let (caller_base, _) = memory(&mut b, ctx, adapter::CALLER_MEMORY);
            let ret64 = b.ins().uextend(I64, retptr);
            let out = b.ins().iadd(caller_base, ret64);
            b.ins().store(flags(), new, out, 0);
            b.ins().store(flags(), len, out, 4);
            Vec::new()
        }
    };
    if adapter.post_return {
        let post_sig = b.import_signature(wasm_signature(compiler, &adapter.post_return_type()));
        let post = (adapter::POST_RETURN_CODE, adapter::POST_RETURN_VMCTX);
        set_flag(&mut b, callee_flags, component_flags::NO_LEAVE, true);
        call_wasm(&mut b, post_sig, ctx, post, &raw);
        set_flag(&mut b, callee_flags, component_flags::NO_LEAVE, false);
    }
    set_flag(&mut b, callee_flags, component_flags::BUSY, false);
    b.ins().return_(&results);
    b.finalize(compiler.isa.frontend_config());
}
