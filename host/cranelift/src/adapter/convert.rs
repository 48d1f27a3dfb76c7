//! Conversions of scalars and of a variant's payload slots, as lifting a core value from
//! one side and lowering it into the other does.

use crate::compiler::trap_code;
use cranelift_codegen::ir::{
    InstBuilder, MemFlagsData, Value, condcodes::FloatCC, condcodes::IntCC, types::*,
};
use cranelift_frontend::FunctionBuilder;
use wicker_environ::compile::FlatConversion;
use wicker_environ::{Trap, WasmValType};

/// Converts `v` as lifting it from one side and lowering it into the other does, trapping
/// on a value the canonical ABI rejects.
pub(super) fn convert(b: &mut FunctionBuilder<'_>, conversion: FlatConversion, v: Value) -> Value {
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
pub(super) fn zero(b: &mut FunctionBuilder<'_>, ty: WasmValType) -> Value {
    match ty {
        WasmValType::I64 => b.ins().iconst(I64, 0),
        WasmValType::F32 => b.ins().f32const(0.0),
        WasmValType::F64 => b.ins().f64const(0.0),
        _ => b.ins().iconst(I32, 0),
    }
}

/// Reads a payload value of core type `want` out of a slot of the joined type `have`, as
/// the canonical ABI's flat lifting of a variant does.
pub(super) fn from_slot(
    b: &mut FunctionBuilder<'_>,
    have: WasmValType,
    want: WasmValType,
    v: Value,
) -> Value {
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

/// Writes a payload value of core type `have` into a slot of the joined type `want`, as
/// the canonical ABI's flat lowering of a variant does.
pub(super) fn to_slot(
    b: &mut FunctionBuilder<'_>,
    have: WasmValType,
    want: WasmValType,
    v: Value,
) -> Value {
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
