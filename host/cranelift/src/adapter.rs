//! Fused component-to-component adapters: one function per shape of call, compiled from
//! its conversions, that goes from the caller's lowered import straight into the callee's
//! lifted export (see `Compiler::compile_adapter`).

use crate::compiler::{Compiler, trap_code};
use crate::translate::wasm_signature;
use cranelift_codegen::ir::{
    self, InstBuilder, MemFlagsData, TrapCode, Value, condcodes::FloatCC, condcodes::IntCC,
    types::*,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use wicker_environ::compile::{AdapterSignature, FlatConversion};
use wicker_environ::{Trap, adapter, component_flags};

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

pub(crate) fn build(
    compiler: &Compiler,
    adapter: &AdapterSignature,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
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
    // callee be entered.
    trap_if_flag(
        &mut b,
        caller_flags,
        component_flags::NO_LEAVE,
        trap_code(Trap::CannotLeaveComponent),
    );
    let args: Vec<Value> = adapter
        .params
        .iter()
        .zip(&params[2..])
        .map(|(c, v)| convert(&mut b, *c, *v))
        .collect();
    trap_if_flag(
        &mut b,
        callee_flags,
        component_flags::BUSY,
        trap_code(Trap::CannotEnterComponent),
    );
    set_flag(&mut b, callee_flags, component_flags::BUSY, true);
    let sig = b.import_signature(wasm_signature(compiler, &ty));
    let callee = (adapter::CALLEE_CODE, adapter::CALLEE_VMCTX);
    let raw = call_wasm(&mut b, sig, ctx, callee, &args);
    let results: Vec<Value> = adapter
        .result
        .iter()
        .zip(&raw)
        .map(|(c, v)| convert(&mut b, *c, *v))
        .collect();
    if adapter.post_return {
        let post_ty = wicker_environ::WasmFuncType {
            params: ty.results.clone(),
            results: Box::new([]),
        };
        let post_sig = b.import_signature(wasm_signature(compiler, &post_ty));
        let post = (adapter::POST_RETURN_CODE, adapter::POST_RETURN_VMCTX);
        set_flag(&mut b, callee_flags, component_flags::NO_LEAVE, true);
        call_wasm(&mut b, post_sig, ctx, post, &raw);
        set_flag(&mut b, callee_flags, component_flags::NO_LEAVE, false);
    }
    set_flag(&mut b, callee_flags, component_flags::BUSY, false);
    b.ins().return_(&results);
    b.finalize(compiler.isa.frontend_config());
}
