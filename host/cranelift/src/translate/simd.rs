//! The `v128` operators of the SIMD and relaxed SIMD proposals.
//!
//! Every `v128` on the operand stack, in a local, a global, a block parameter or a call is
//! an `I8X16`; an operator reinterprets its operands as the lane shape it works on and
//! pushes its result back as `I8X16`. The reinterpretations are free in registers.
//!
//! Relaxed operators have one behaviour per machine, chosen from the code generator's
//! target (see [`Relaxed`]), so a module computes the same results every time it runs on
//! one machine.

use super::FuncTranslator;
use super::memory::heap_flags;
use anyhow::Result;
use cranelift_codegen::ir::{
    self, ConstantData, Endianness, InstBuilder, MemFlagsData, condcodes::FloatCC,
    condcodes::IntCC, types::*,
};
use wasmparser::{MemArg, Operator};

/// The flags of a reinterpretation between vector shapes: lanes are numbered from the
/// lowest address, as wasm numbers them.
fn lane_order() -> MemFlagsData {
    MemFlagsData::new().with_endianness(Endianness::Little)
}

/// How a lane-widening load extends its lanes.
#[derive(Clone, Copy)]
enum Widen {
    Signed,
    Unsigned,
}

/// The behaviours picked for the relaxed operators on this machine.
///
/// On x86-64 each relaxed operator is the one instruction the proposal was designed
/// around (`pshufb` for `relaxed_swizzle`, `cvttps2dq` and `cvttpd2dq` for the signed
/// truncations,
/// `pmulhrsw`, `pmaddubsw`, `blendv`, and fused multiply-add when the processor has it);
/// elsewhere, and for the operators without such an instruction, it is the deterministic
/// operator it relaxes (`swizzle`, the saturating truncations, `q15mulr_sat`,
/// `bitselect`, `min`/`max`, and an unfused multiply and add without FMA).
struct Relaxed {
    pshufb: bool,
    pmulhrsw: bool,
    pmaddubsw: bool,
    cvtt2dq: bool,
    fma: bool,
}

impl FuncTranslator<'_, '_> {
    fn relaxed(&self) -> Relaxed {
        let isa = &self.compiler.isa;
        Relaxed {
            pshufb: isa.has_x86_pshufb_lowering(),
            pmulhrsw: isa.has_x86_pmulhrsw_lowering(),
            pmaddubsw: isa.has_x86_pmaddubsw_lowering(),
            cvtt2dq: isa.name() == "x64",
            fma: isa.has_native_fma(),
        }
    }

    /// Reinterprets `v` as a vector of shape `ty`.
    fn cast(&mut self, ty: ir::Type, v: ir::Value) -> ir::Value {
        if self.b.func.dfg.value_type(v) == ty {
            v
        } else {
            self.b.ins().bitcast(ty, lane_order(), v)
        }
    }

    /// Pops a `v128` as a vector of shape `ty`.
    fn pop_vec(&mut self, ty: ir::Type) -> ir::Value {
        let v = self.pop();
        self.cast(ty, v)
    }

    /// Pushes a vector of any shape as a `v128`.
    fn push_vec(&mut self, v: ir::Value) {
        let v = self.cast(I8X16, v);
        self.push(v);
    }

    fn vunop(&mut self, ty: ir::Type, f: impl FnOnce(&mut Self, ir::Value) -> ir::Value) {
        let a = self.pop_vec(ty);
        let v = f(self, a);
        self.push_vec(v);
    }

    fn vbinop(
        &mut self,
        ty: ir::Type,
        f: impl FnOnce(&mut Self, ir::Value, ir::Value) -> ir::Value,
    ) {
        let b = self.pop_vec(ty);
        let a = self.pop_vec(ty);
        let v = f(self, a, b);
        self.push_vec(v);
    }

    fn vternop(
        &mut self,
        ty: ir::Type,
        f: impl FnOnce(&mut Self, ir::Value, ir::Value, ir::Value) -> ir::Value,
    ) {
        let c = self.pop_vec(ty);
        let b = self.pop_vec(ty);
        let a = self.pop_vec(ty);
        let v = f(self, a, b, c);
        self.push_vec(v);
    }

    fn vicmp(&mut self, ty: ir::Type, cc: IntCC) {
        self.vbinop(ty, |t, a, b| t.b.ins().icmp(cc, a, b));
    }

    fn vfcmp(&mut self, ty: ir::Type, cc: FloatCC) {
        self.vbinop(ty, |t, a, b| t.b.ins().fcmp(cc, a, b));
    }

    /// An `i32` (or wider) scalar as the lane type of `ty`.
    fn lane_scalar(&mut self, ty: ir::Type, v: ir::Value) -> ir::Value {
        let lane = ty.lane_type();
        if lane.is_int() && lane.bits() < self.b.func.dfg.value_type(v).bits() {
            self.b.ins().ireduce(lane, v)
        } else {
            v
        }
    }

    fn splat(&mut self, ty: ir::Type) {
        let x = self.pop();
        let x = self.lane_scalar(ty, x);
        let v = self.b.ins().splat(ty, x);
        self.push_vec(v);
    }

    fn extract_lane(&mut self, ty: ir::Type, lane: u8, widen: Option<Widen>) {
        let v = self.pop_vec(ty);
        let x = self.b.ins().extractlane(v, lane);
        let x = match widen {
            Some(Widen::Signed) => self.b.ins().sextend(I32, x),
            Some(Widen::Unsigned) => self.b.ins().uextend(I32, x),
            None => x,
        };
        self.push(x);
    }

    fn replace_lane(&mut self, ty: ir::Type, lane: u8) {
        let x = self.pop();
        let v = self.pop_vec(ty);
        let x = self.lane_scalar(ty, x);
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
    }

    fn vconst(&mut self, ty: ir::Type, bytes: [u8; 16]) -> ir::Value {
        let c = self
            .b
            .func
            .dfg
            .constants
            .insert(ConstantData::from(&bytes[..]));
        // Of the shape itself: the code generator recognizes some operators by a constant
        // operand of their own type.
        self.b.ins().vconst(ty, c)
    }

    /// `i8x16.shuffle`. A shuffle of one operand's lanes only names that operand twice,
    /// which the code generator lowers to one permutation instead of one per operand.
    fn shuffle(&mut self, a: ir::Value, b: ir::Value, mut lanes: [u8; 16]) -> ir::Value {
        let (a, b) = if lanes.iter().all(|l| *l < 16) {
            (a, a)
        } else if lanes.iter().all(|l| *l >= 16) {
            lanes.iter_mut().for_each(|l| *l -= 16);
            (b, b)
        } else {
            (a, b)
        };
        let mask = self
            .b
            .func
            .dfg
            .immediates
            .push(ConstantData::from(&lanes[..]));
        self.b.ins().shuffle(a, b, mask)
    }

    // ----- memory -----

    fn v128_load(&mut self, memarg: &MemArg) {
        let (addr, off) = self.heap_addr(memarg, 16);
        let v = self.b.ins().load(I8X16, heap_flags(), addr, off);
        self.push(v);
    }

    fn v128_store(&mut self, memarg: &MemArg) {
        let v = self.pop();
        let (addr, off) = self.heap_addr(memarg, 16);
        self.b.ins().store(heap_flags(), v, addr, off);
    }

    /// Loads 8 bytes as half as many lanes of `lane` and widens them to `ty`.
    fn load_extend(&mut self, memarg: &MemArg, ty: ir::Type, widen: Widen) {
        let (addr, off) = self.heap_addr(memarg, 8);
        let f = heap_flags();
        let ins = self.b.ins();
        let v = match (ty, widen) {
            (I16X8, Widen::Signed) => ins.sload8x8(f, addr, off),
            (I16X8, Widen::Unsigned) => ins.uload8x8(f, addr, off),
            (I32X4, Widen::Signed) => ins.sload16x4(f, addr, off),
            (I32X4, Widen::Unsigned) => ins.uload16x4(f, addr, off),
            (I64X2, Widen::Signed) => ins.sload32x2(f, addr, off),
            _ => ins.uload32x2(f, addr, off),
        };
        self.push_vec(v);
    }

    fn load_splat(&mut self, memarg: &MemArg, ty: ir::Type) {
        let lane = ty.lane_type();
        let (addr, off) = self.heap_addr(memarg, lane.bytes());
        let x = self.b.ins().load(lane, heap_flags(), addr, off);
        let v = self.b.ins().splat(ty, x);
        self.push_vec(v);
    }

    /// Loads one `lane`-sized scalar into lane 0, zeroing the others.
    fn load_zero(&mut self, memarg: &MemArg, ty: ir::Type) {
        let lane = ty.lane_type();
        let (addr, off) = self.heap_addr(memarg, lane.bytes());
        let x = self.b.ins().load(lane, heap_flags(), addr, off);
        let v = self.b.ins().scalar_to_vector(ty, x);
        self.push_vec(v);
    }

    fn load_lane(&mut self, memarg: &MemArg, ty: ir::Type, lane: u8) {
        let v = self.pop_vec(ty);
        let scalar = ty.lane_type();
        let (addr, off) = self.heap_addr(memarg, scalar.bytes());
        let x = self.b.ins().load(scalar, heap_flags(), addr, off);
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
    }

    fn store_lane(&mut self, memarg: &MemArg, ty: ir::Type, lane: u8) {
        let v = self.pop_vec(ty);
        let (addr, off) = self.heap_addr(memarg, ty.lane_type().bytes());
        let x = self.b.ins().extractlane(v, lane);
        self.b.ins().store(heap_flags(), x, addr, off);
    }

    // ----- lane arithmetic built from several instructions -----

    /// Adds adjacent pairs of lanes of `ty` into lanes twice as wide.
    fn extadd_pairwise(&mut self, ty: ir::Type, widen: Widen) {
        self.vunop(ty, |t, a| {
            let (lo, hi) = t.widen_both(a, widen);
            t.b.ins().iadd_pairwise(lo, hi)
        });
    }

    fn widen_both(&mut self, a: ir::Value, widen: Widen) -> (ir::Value, ir::Value) {
        let ins = self.b.ins();
        match widen {
            Widen::Signed => {
                let lo = ins.swiden_low(a);
                (lo, self.b.ins().swiden_high(a))
            }
            Widen::Unsigned => {
                let lo = ins.uwiden_low(a);
                (lo, self.b.ins().uwiden_high(a))
            }
        }
    }

    fn widen_half(&mut self, a: ir::Value, widen: Widen, high: bool) -> ir::Value {
        let ins = self.b.ins();
        match (widen, high) {
            (Widen::Signed, false) => ins.swiden_low(a),
            (Widen::Signed, true) => ins.swiden_high(a),
            (Widen::Unsigned, false) => ins.uwiden_low(a),
            (Widen::Unsigned, true) => ins.uwiden_high(a),
        }
    }

    /// The full products of the low or high halves of two vectors of shape `ty`.
    fn extmul(&mut self, ty: ir::Type, widen: Widen, high: bool) {
        self.vbinop(ty, |t, a, b| {
            let a = t.widen_half(a, widen, high);
            let b = t.widen_half(b, widen, high);
            t.b.ins().imul(a, b)
        });
    }

    fn extend(&mut self, ty: ir::Type, widen: Widen, high: bool) {
        self.vunop(ty, |t, a| t.widen_half(a, widen, high));
    }

    /// Products of adjacent pairs of signed lanes, each pair's two added (wrapping) into
    /// one lane twice as wide: `i32x4.dot_i16x8_s` (a shape the code generator turns into
    /// `pmaddwd`), and the deterministic `i16x8.relaxed_dot_i8x16_i7x16_s`, which takes
    /// both operands' bytes as signed.
    fn dot_pairs(&mut self, a: ir::Value, b: ir::Value) -> ir::Value {
        let alo = self.b.ins().swiden_low(a);
        let blo = self.b.ins().swiden_low(b);
        let lo = self.b.ins().imul(alo, blo);
        let ahi = self.b.ins().swiden_high(a);
        let bhi = self.b.ins().swiden_high(b);
        let hi = self.b.ins().imul(ahi, bhi);
        self.b.ins().iadd_pairwise(lo, hi)
    }

    /// `pmin`/`pmax`: `b` when it compares `cc` against `a`, else `a`, as a select (NaNs
    /// and signed zeros pass through as the operators define).
    fn pseudo_minmax(&mut self, ty: ir::Type, cc: FloatCC) {
        self.vbinop(ty, |t, a, b| {
            let mask = t.b.ins().fcmp(cc, b, a);
            let mask = t.cast(ty, mask);
            t.b.ins().bitselect(mask, b, a)
        });
    }

    /// An `f64x2` conversion into the low two `i32` lanes, the high two zero; `relaxed`
    /// picks the x86 conversion for a signed one.
    fn trunc_sat_f64x2(&mut self, signed: bool, relaxed: bool) {
        self.vunop(F64X2, |t, a| {
            let zero = t.vconst(I64X2, [0; 16]);
            if signed && relaxed {
                let x = t.b.ins().x86_cvtt2dq(I64X2, a);
                t.b.ins().snarrow(x, zero)
            } else if signed {
                let x = t.b.ins().fcvt_to_sint_sat(I64X2, a);
                t.b.ins().snarrow(x, zero)
            } else {
                let x = t.b.ins().fcvt_to_uint_sat(I64X2, a);
                t.b.ins().uunarrow(x, zero)
            }
        });
    }

    fn relaxed_dot_i8x16(&mut self, a: ir::Value, b: ir::Value) -> ir::Value {
        if self.relaxed().pmaddubsw {
            // `pmaddubsw` takes the second operand's bytes unsigned: the same for the
            // 7-bit values the operator is defined on.
            self.b.ins().x86_pmaddubsw(a, b)
        } else {
            self.dot_pairs(a, b)
        }
    }

    fn relaxed_madd(&mut self, ty: ir::Type, negate: bool) {
        let fma = self.relaxed().fma;
        self.vternop(ty, |t, a, b, c| {
            let a = if negate { t.b.ins().fneg(a) } else { a };
            if fma {
                t.b.ins().fma(a, b, c)
            } else {
                let p = t.b.ins().fmul(a, b);
                t.b.ins().fadd(p, c)
            }
        });
    }

    fn relaxed_laneselect(&mut self, ty: ir::Type) {
        let blendv = self.compiler.isa.has_blendv_lowering(ty);
        self.vternop(ty, |t, a, b, c| {
            if blendv {
                t.b.ins().blendv(c, a, b)
            } else {
                t.b.ins().bitselect(c, a, b)
            }
        });
    }

    /// Translates `op` if it is a SIMD operator; returns `false` if it is not one.
    pub(crate) fn translate_simd(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator as O;
        use Widen::{Signed as S, Unsigned as U};
        match op {
            O::V128Load { memarg } => self.v128_load(memarg),
            O::V128Store { memarg } => self.v128_store(memarg),
            O::V128Load8x8S { memarg } => self.load_extend(memarg, I16X8, S),
            O::V128Load8x8U { memarg } => self.load_extend(memarg, I16X8, U),
            O::V128Load16x4S { memarg } => self.load_extend(memarg, I32X4, S),
            O::V128Load16x4U { memarg } => self.load_extend(memarg, I32X4, U),
            O::V128Load32x2S { memarg } => self.load_extend(memarg, I64X2, S),
            O::V128Load32x2U { memarg } => self.load_extend(memarg, I64X2, U),
            O::V128Load8Splat { memarg } => self.load_splat(memarg, I8X16),
            O::V128Load16Splat { memarg } => self.load_splat(memarg, I16X8),
            O::V128Load32Splat { memarg } => self.load_splat(memarg, I32X4),
            O::V128Load64Splat { memarg } => self.load_splat(memarg, I64X2),
            O::V128Load32Zero { memarg } => self.load_zero(memarg, I32X4),
            O::V128Load64Zero { memarg } => self.load_zero(memarg, I64X2),
            O::V128Load8Lane { memarg, lane } => self.load_lane(memarg, I8X16, *lane),
            O::V128Load16Lane { memarg, lane } => self.load_lane(memarg, I16X8, *lane),
            O::V128Load32Lane { memarg, lane } => self.load_lane(memarg, I32X4, *lane),
            O::V128Load64Lane { memarg, lane } => self.load_lane(memarg, I64X2, *lane),
            O::V128Store8Lane { memarg, lane } => self.store_lane(memarg, I8X16, *lane),
            O::V128Store16Lane { memarg, lane } => self.store_lane(memarg, I16X8, *lane),
            O::V128Store32Lane { memarg, lane } => self.store_lane(memarg, I32X4, *lane),
            O::V128Store64Lane { memarg, lane } => self.store_lane(memarg, I64X2, *lane),

            O::V128Const { value } => {
                let v = self.vconst(I8X16, *value.bytes());
                self.push(v);
            }
            O::I8x16Shuffle { lanes } => {
                let b = self.pop_vec(I8X16);
                let a = self.pop_vec(I8X16);
                let v = self.shuffle(a, b, *lanes);
                self.push(v);
            }
            O::I8x16Swizzle => self.vbinop(I8X16, |t, a, b| t.b.ins().swizzle(a, b)),
            O::I8x16RelaxedSwizzle => {
                let pshufb = self.relaxed().pshufb;
                self.vbinop(I8X16, |t, a, b| {
                    if pshufb {
                        t.b.ins().x86_pshufb(a, b)
                    } else {
                        t.b.ins().swizzle(a, b)
                    }
                })
            }

            O::I8x16Splat => self.splat(I8X16),
            O::I16x8Splat => self.splat(I16X8),
            O::I32x4Splat => self.splat(I32X4),
            O::I64x2Splat => self.splat(I64X2),
            O::F32x4Splat => self.splat(F32X4),
            O::F64x2Splat => self.splat(F64X2),
            O::I8x16ExtractLaneS { lane } => self.extract_lane(I8X16, *lane, Some(S)),
            O::I8x16ExtractLaneU { lane } => self.extract_lane(I8X16, *lane, Some(U)),
            O::I16x8ExtractLaneS { lane } => self.extract_lane(I16X8, *lane, Some(S)),
            O::I16x8ExtractLaneU { lane } => self.extract_lane(I16X8, *lane, Some(U)),
            O::I32x4ExtractLane { lane } => self.extract_lane(I32X4, *lane, None),
            O::I64x2ExtractLane { lane } => self.extract_lane(I64X2, *lane, None),
            O::F32x4ExtractLane { lane } => self.extract_lane(F32X4, *lane, None),
            O::F64x2ExtractLane { lane } => self.extract_lane(F64X2, *lane, None),
            O::I8x16ReplaceLane { lane } => self.replace_lane(I8X16, *lane),
            O::I16x8ReplaceLane { lane } => self.replace_lane(I16X8, *lane),
            O::I32x4ReplaceLane { lane } => self.replace_lane(I32X4, *lane),
            O::I64x2ReplaceLane { lane } => self.replace_lane(I64X2, *lane),
            O::F32x4ReplaceLane { lane } => self.replace_lane(F32X4, *lane),
            O::F64x2ReplaceLane { lane } => self.replace_lane(F64X2, *lane),

            O::I8x16Eq => self.vicmp(I8X16, IntCC::Equal),
            O::I8x16Ne => self.vicmp(I8X16, IntCC::NotEqual),
            O::I8x16LtS => self.vicmp(I8X16, IntCC::SignedLessThan),
            O::I8x16LtU => self.vicmp(I8X16, IntCC::UnsignedLessThan),
            O::I8x16GtS => self.vicmp(I8X16, IntCC::SignedGreaterThan),
            O::I8x16GtU => self.vicmp(I8X16, IntCC::UnsignedGreaterThan),
            O::I8x16LeS => self.vicmp(I8X16, IntCC::SignedLessThanOrEqual),
            O::I8x16LeU => self.vicmp(I8X16, IntCC::UnsignedLessThanOrEqual),
            O::I8x16GeS => self.vicmp(I8X16, IntCC::SignedGreaterThanOrEqual),
            O::I8x16GeU => self.vicmp(I8X16, IntCC::UnsignedGreaterThanOrEqual),
            O::I16x8Eq => self.vicmp(I16X8, IntCC::Equal),
            O::I16x8Ne => self.vicmp(I16X8, IntCC::NotEqual),
            O::I16x8LtS => self.vicmp(I16X8, IntCC::SignedLessThan),
            O::I16x8LtU => self.vicmp(I16X8, IntCC::UnsignedLessThan),
            O::I16x8GtS => self.vicmp(I16X8, IntCC::SignedGreaterThan),
            O::I16x8GtU => self.vicmp(I16X8, IntCC::UnsignedGreaterThan),
            O::I16x8LeS => self.vicmp(I16X8, IntCC::SignedLessThanOrEqual),
            O::I16x8LeU => self.vicmp(I16X8, IntCC::UnsignedLessThanOrEqual),
            O::I16x8GeS => self.vicmp(I16X8, IntCC::SignedGreaterThanOrEqual),
            O::I16x8GeU => self.vicmp(I16X8, IntCC::UnsignedGreaterThanOrEqual),
            O::I32x4Eq => self.vicmp(I32X4, IntCC::Equal),
            O::I32x4Ne => self.vicmp(I32X4, IntCC::NotEqual),
            O::I32x4LtS => self.vicmp(I32X4, IntCC::SignedLessThan),
            O::I32x4LtU => self.vicmp(I32X4, IntCC::UnsignedLessThan),
            O::I32x4GtS => self.vicmp(I32X4, IntCC::SignedGreaterThan),
            O::I32x4GtU => self.vicmp(I32X4, IntCC::UnsignedGreaterThan),
            O::I32x4LeS => self.vicmp(I32X4, IntCC::SignedLessThanOrEqual),
            O::I32x4LeU => self.vicmp(I32X4, IntCC::UnsignedLessThanOrEqual),
            O::I32x4GeS => self.vicmp(I32X4, IntCC::SignedGreaterThanOrEqual),
            O::I32x4GeU => self.vicmp(I32X4, IntCC::UnsignedGreaterThanOrEqual),
            O::I64x2Eq => self.vicmp(I64X2, IntCC::Equal),
            O::I64x2Ne => self.vicmp(I64X2, IntCC::NotEqual),
            O::I64x2LtS => self.vicmp(I64X2, IntCC::SignedLessThan),
            O::I64x2GtS => self.vicmp(I64X2, IntCC::SignedGreaterThan),
            O::I64x2LeS => self.vicmp(I64X2, IntCC::SignedLessThanOrEqual),
            O::I64x2GeS => self.vicmp(I64X2, IntCC::SignedGreaterThanOrEqual),
            O::F32x4Eq => self.vfcmp(F32X4, FloatCC::Equal),
            O::F32x4Ne => self.vfcmp(F32X4, FloatCC::NotEqual),
            O::F32x4Lt => self.vfcmp(F32X4, FloatCC::LessThan),
            O::F32x4Gt => self.vfcmp(F32X4, FloatCC::GreaterThan),
            O::F32x4Le => self.vfcmp(F32X4, FloatCC::LessThanOrEqual),
            O::F32x4Ge => self.vfcmp(F32X4, FloatCC::GreaterThanOrEqual),
            O::F64x2Eq => self.vfcmp(F64X2, FloatCC::Equal),
            O::F64x2Ne => self.vfcmp(F64X2, FloatCC::NotEqual),
            O::F64x2Lt => self.vfcmp(F64X2, FloatCC::LessThan),
            O::F64x2Gt => self.vfcmp(F64X2, FloatCC::GreaterThan),
            O::F64x2Le => self.vfcmp(F64X2, FloatCC::LessThanOrEqual),
            O::F64x2Ge => self.vfcmp(F64X2, FloatCC::GreaterThanOrEqual),

            O::V128Not => self.vunop(I8X16, |t, a| t.b.ins().bnot(a)),
            O::V128And => self.vbinop(I8X16, |t, a, b| t.b.ins().band(a, b)),
            O::V128AndNot => self.vbinop(I8X16, |t, a, b| t.b.ins().band_not(a, b)),
            O::V128Or => self.vbinop(I8X16, |t, a, b| t.b.ins().bor(a, b)),
            O::V128Xor => self.vbinop(I8X16, |t, a, b| t.b.ins().bxor(a, b)),
            O::V128Bitselect => self.vternop(I8X16, |t, a, b, c| t.b.ins().bitselect(c, a, b)),
            O::V128AnyTrue => {
                let v = self.pop_vec(I8X16);
                let x = self.b.ins().vany_true(v);
                let x = self.b.ins().uextend(I32, x);
                self.push(x);
            }
            O::I8x16AllTrue => self.all_true(I8X16),
            O::I16x8AllTrue => self.all_true(I16X8),
            O::I32x4AllTrue => self.all_true(I32X4),
            O::I64x2AllTrue => self.all_true(I64X2),
            O::I8x16Bitmask => self.bitmask(I8X16),
            O::I16x8Bitmask => self.bitmask(I16X8),
            O::I32x4Bitmask => self.bitmask(I32X4),
            O::I64x2Bitmask => self.bitmask(I64X2),

            O::I8x16Shl => self.shift(I8X16, Shift::Left),
            O::I8x16ShrS => self.shift(I8X16, Shift::RightSigned),
            O::I8x16ShrU => self.shift(I8X16, Shift::RightUnsigned),
            O::I16x8Shl => self.shift(I16X8, Shift::Left),
            O::I16x8ShrS => self.shift(I16X8, Shift::RightSigned),
            O::I16x8ShrU => self.shift(I16X8, Shift::RightUnsigned),
            O::I32x4Shl => self.shift(I32X4, Shift::Left),
            O::I32x4ShrS => self.shift(I32X4, Shift::RightSigned),
            O::I32x4ShrU => self.shift(I32X4, Shift::RightUnsigned),
            O::I64x2Shl => self.shift(I64X2, Shift::Left),
            O::I64x2ShrS => self.shift(I64X2, Shift::RightSigned),
            O::I64x2ShrU => self.shift(I64X2, Shift::RightUnsigned),

            O::I8x16Abs => self.vunop(I8X16, |t, a| t.b.ins().iabs(a)),
            O::I16x8Abs => self.vunop(I16X8, |t, a| t.b.ins().iabs(a)),
            O::I32x4Abs => self.vunop(I32X4, |t, a| t.b.ins().iabs(a)),
            O::I64x2Abs => self.vunop(I64X2, |t, a| t.b.ins().iabs(a)),
            O::I8x16Neg => self.vunop(I8X16, |t, a| t.b.ins().ineg(a)),
            O::I16x8Neg => self.vunop(I16X8, |t, a| t.b.ins().ineg(a)),
            O::I32x4Neg => self.vunop(I32X4, |t, a| t.b.ins().ineg(a)),
            O::I64x2Neg => self.vunop(I64X2, |t, a| t.b.ins().ineg(a)),
            O::I8x16Popcnt => self.vunop(I8X16, |t, a| t.b.ins().popcnt(a)),
            O::I8x16Add => self.vbinop(I8X16, |t, a, b| t.b.ins().iadd(a, b)),
            O::I16x8Add => self.vbinop(I16X8, |t, a, b| t.b.ins().iadd(a, b)),
            O::I32x4Add => self.vbinop(I32X4, |t, a, b| t.b.ins().iadd(a, b)),
            O::I64x2Add => self.vbinop(I64X2, |t, a, b| t.b.ins().iadd(a, b)),
            O::I8x16Sub => self.vbinop(I8X16, |t, a, b| t.b.ins().isub(a, b)),
            O::I16x8Sub => self.vbinop(I16X8, |t, a, b| t.b.ins().isub(a, b)),
            O::I32x4Sub => self.vbinop(I32X4, |t, a, b| t.b.ins().isub(a, b)),
            O::I64x2Sub => self.vbinop(I64X2, |t, a, b| t.b.ins().isub(a, b)),
            O::I16x8Mul => self.vbinop(I16X8, |t, a, b| t.b.ins().imul(a, b)),
            O::I32x4Mul => self.vbinop(I32X4, |t, a, b| t.b.ins().imul(a, b)),
            O::I64x2Mul => self.vbinop(I64X2, |t, a, b| t.b.ins().imul(a, b)),
            O::I8x16AddSatS => self.vbinop(I8X16, |t, a, b| t.b.ins().sadd_sat(a, b)),
            O::I8x16AddSatU => self.vbinop(I8X16, |t, a, b| t.b.ins().uadd_sat(a, b)),
            O::I16x8AddSatS => self.vbinop(I16X8, |t, a, b| t.b.ins().sadd_sat(a, b)),
            O::I16x8AddSatU => self.vbinop(I16X8, |t, a, b| t.b.ins().uadd_sat(a, b)),
            O::I8x16SubSatS => self.vbinop(I8X16, |t, a, b| t.b.ins().ssub_sat(a, b)),
            O::I8x16SubSatU => self.vbinop(I8X16, |t, a, b| t.b.ins().usub_sat(a, b)),
            O::I16x8SubSatS => self.vbinop(I16X8, |t, a, b| t.b.ins().ssub_sat(a, b)),
            O::I16x8SubSatU => self.vbinop(I16X8, |t, a, b| t.b.ins().usub_sat(a, b)),
            O::I8x16MinS => self.vbinop(I8X16, |t, a, b| t.b.ins().smin(a, b)),
            O::I8x16MinU => self.vbinop(I8X16, |t, a, b| t.b.ins().umin(a, b)),
            O::I8x16MaxS => self.vbinop(I8X16, |t, a, b| t.b.ins().smax(a, b)),
            O::I8x16MaxU => self.vbinop(I8X16, |t, a, b| t.b.ins().umax(a, b)),
            O::I16x8MinS => self.vbinop(I16X8, |t, a, b| t.b.ins().smin(a, b)),
            O::I16x8MinU => self.vbinop(I16X8, |t, a, b| t.b.ins().umin(a, b)),
            O::I16x8MaxS => self.vbinop(I16X8, |t, a, b| t.b.ins().smax(a, b)),
            O::I16x8MaxU => self.vbinop(I16X8, |t, a, b| t.b.ins().umax(a, b)),
            O::I32x4MinS => self.vbinop(I32X4, |t, a, b| t.b.ins().smin(a, b)),
            O::I32x4MinU => self.vbinop(I32X4, |t, a, b| t.b.ins().umin(a, b)),
            O::I32x4MaxS => self.vbinop(I32X4, |t, a, b| t.b.ins().smax(a, b)),
            O::I32x4MaxU => self.vbinop(I32X4, |t, a, b| t.b.ins().umax(a, b)),
            O::I8x16AvgrU => self.vbinop(I8X16, |t, a, b| t.b.ins().avg_round(a, b)),
            O::I16x8AvgrU => self.vbinop(I16X8, |t, a, b| t.b.ins().avg_round(a, b)),
            O::I16x8Q15MulrSatS => self.vbinop(I16X8, |t, a, b| t.b.ins().sqmul_round_sat(a, b)),
            O::I16x8RelaxedQ15mulrS => {
                let pmulhrsw = self.relaxed().pmulhrsw;
                self.vbinop(I16X8, |t, a, b| {
                    if pmulhrsw {
                        t.b.ins().x86_pmulhrsw(a, b)
                    } else {
                        t.b.ins().sqmul_round_sat(a, b)
                    }
                })
            }

            O::I8x16NarrowI16x8S => self.vbinop(I16X8, |t, a, b| t.b.ins().snarrow(a, b)),
            O::I8x16NarrowI16x8U => self.vbinop(I16X8, |t, a, b| t.b.ins().unarrow(a, b)),
            O::I16x8NarrowI32x4S => self.vbinop(I32X4, |t, a, b| t.b.ins().snarrow(a, b)),
            O::I16x8NarrowI32x4U => self.vbinop(I32X4, |t, a, b| t.b.ins().unarrow(a, b)),
            O::I16x8ExtendLowI8x16S => self.extend(I8X16, S, false),
            O::I16x8ExtendHighI8x16S => self.extend(I8X16, S, true),
            O::I16x8ExtendLowI8x16U => self.extend(I8X16, U, false),
            O::I16x8ExtendHighI8x16U => self.extend(I8X16, U, true),
            O::I32x4ExtendLowI16x8S => self.extend(I16X8, S, false),
            O::I32x4ExtendHighI16x8S => self.extend(I16X8, S, true),
            O::I32x4ExtendLowI16x8U => self.extend(I16X8, U, false),
            O::I32x4ExtendHighI16x8U => self.extend(I16X8, U, true),
            O::I64x2ExtendLowI32x4S => self.extend(I32X4, S, false),
            O::I64x2ExtendHighI32x4S => self.extend(I32X4, S, true),
            O::I64x2ExtendLowI32x4U => self.extend(I32X4, U, false),
            O::I64x2ExtendHighI32x4U => self.extend(I32X4, U, true),
            O::I16x8ExtAddPairwiseI8x16S => self.extadd_pairwise(I8X16, S),
            O::I16x8ExtAddPairwiseI8x16U => self.extadd_pairwise(I8X16, U),
            O::I32x4ExtAddPairwiseI16x8S => self.extadd_pairwise(I16X8, S),
            O::I32x4ExtAddPairwiseI16x8U => self.extadd_pairwise(I16X8, U),
            O::I16x8ExtMulLowI8x16S => self.extmul(I8X16, S, false),
            O::I16x8ExtMulHighI8x16S => self.extmul(I8X16, S, true),
            O::I16x8ExtMulLowI8x16U => self.extmul(I8X16, U, false),
            O::I16x8ExtMulHighI8x16U => self.extmul(I8X16, U, true),
            O::I32x4ExtMulLowI16x8S => self.extmul(I16X8, S, false),
            O::I32x4ExtMulHighI16x8S => self.extmul(I16X8, S, true),
            O::I32x4ExtMulLowI16x8U => self.extmul(I16X8, U, false),
            O::I32x4ExtMulHighI16x8U => self.extmul(I16X8, U, true),
            O::I64x2ExtMulLowI32x4S => self.extmul(I32X4, S, false),
            O::I64x2ExtMulHighI32x4S => self.extmul(I32X4, S, true),
            O::I64x2ExtMulLowI32x4U => self.extmul(I32X4, U, false),
            O::I64x2ExtMulHighI32x4U => self.extmul(I32X4, U, true),
            O::I32x4DotI16x8S => self.vbinop(I16X8, |t, a, b| t.dot_pairs(a, b)),
            O::I16x8RelaxedDotI8x16I7x16S => {
                self.vbinop(I8X16, |t, a, b| t.relaxed_dot_i8x16(a, b))
            }
            O::I32x4RelaxedDotI8x16I7x16AddS => {
                let c = self.pop_vec(I32X4);
                let b = self.pop_vec(I8X16);
                let a = self.pop_vec(I8X16);
                let dot = self.relaxed_dot_i8x16(a, b);
                let lo = self.b.ins().swiden_low(dot);
                let hi = self.b.ins().swiden_high(dot);
                let sums = self.b.ins().iadd_pairwise(lo, hi);
                let v = self.b.ins().iadd(sums, c);
                self.push_vec(v);
            }

            O::F32x4Ceil => self.vunop(F32X4, |t, a| t.b.ins().ceil(a)),
            O::F32x4Floor => self.vunop(F32X4, |t, a| t.b.ins().floor(a)),
            O::F32x4Trunc => self.vunop(F32X4, |t, a| t.b.ins().trunc(a)),
            O::F32x4Nearest => self.vunop(F32X4, |t, a| t.b.ins().nearest(a)),
            O::F32x4Abs => self.vunop(F32X4, |t, a| t.b.ins().fabs(a)),
            O::F32x4Neg => self.vunop(F32X4, |t, a| t.b.ins().fneg(a)),
            O::F32x4Sqrt => self.vunop(F32X4, |t, a| t.b.ins().sqrt(a)),
            O::F32x4Add => self.vbinop(F32X4, |t, a, b| t.b.ins().fadd(a, b)),
            O::F32x4Sub => self.vbinop(F32X4, |t, a, b| t.b.ins().fsub(a, b)),
            O::F32x4Mul => self.vbinop(F32X4, |t, a, b| t.b.ins().fmul(a, b)),
            O::F32x4Div => self.vbinop(F32X4, |t, a, b| t.b.ins().fdiv(a, b)),
            O::F32x4Min | O::F32x4RelaxedMin => self.vbinop(F32X4, |t, a, b| t.b.ins().fmin(a, b)),
            O::F32x4Max | O::F32x4RelaxedMax => self.vbinop(F32X4, |t, a, b| t.b.ins().fmax(a, b)),
            O::F32x4PMin => self.pseudo_minmax(F32X4, FloatCC::LessThan),
            O::F32x4PMax => self.pseudo_minmax(F32X4, FloatCC::GreaterThan),
            O::F64x2Ceil => self.vunop(F64X2, |t, a| t.b.ins().ceil(a)),
            O::F64x2Floor => self.vunop(F64X2, |t, a| t.b.ins().floor(a)),
            O::F64x2Trunc => self.vunop(F64X2, |t, a| t.b.ins().trunc(a)),
            O::F64x2Nearest => self.vunop(F64X2, |t, a| t.b.ins().nearest(a)),
            O::F64x2Abs => self.vunop(F64X2, |t, a| t.b.ins().fabs(a)),
            O::F64x2Neg => self.vunop(F64X2, |t, a| t.b.ins().fneg(a)),
            O::F64x2Sqrt => self.vunop(F64X2, |t, a| t.b.ins().sqrt(a)),
            O::F64x2Add => self.vbinop(F64X2, |t, a, b| t.b.ins().fadd(a, b)),
            O::F64x2Sub => self.vbinop(F64X2, |t, a, b| t.b.ins().fsub(a, b)),
            O::F64x2Mul => self.vbinop(F64X2, |t, a, b| t.b.ins().fmul(a, b)),
            O::F64x2Div => self.vbinop(F64X2, |t, a, b| t.b.ins().fdiv(a, b)),
            O::F64x2Min | O::F64x2RelaxedMin => self.vbinop(F64X2, |t, a, b| t.b.ins().fmin(a, b)),
            O::F64x2Max | O::F64x2RelaxedMax => self.vbinop(F64X2, |t, a, b| t.b.ins().fmax(a, b)),
            O::F64x2PMin => self.pseudo_minmax(F64X2, FloatCC::LessThan),
            O::F64x2PMax => self.pseudo_minmax(F64X2, FloatCC::GreaterThan),
            O::F32x4RelaxedMadd => self.relaxed_madd(F32X4, false),
            O::F32x4RelaxedNmadd => self.relaxed_madd(F32X4, true),
            O::F64x2RelaxedMadd => self.relaxed_madd(F64X2, false),
            O::F64x2RelaxedNmadd => self.relaxed_madd(F64X2, true),
            O::I8x16RelaxedLaneselect => self.relaxed_laneselect(I8X16),
            O::I16x8RelaxedLaneselect => self.relaxed_laneselect(I16X8),
            O::I32x4RelaxedLaneselect => self.relaxed_laneselect(I32X4),
            O::I64x2RelaxedLaneselect => self.relaxed_laneselect(I64X2),

            O::I32x4TruncSatF32x4S | O::I32x4RelaxedTruncF32x4S => {
                let cvtt2dq = matches!(op, O::I32x4RelaxedTruncF32x4S) && self.relaxed().cvtt2dq;
                self.vunop(F32X4, |t, a| {
                    if cvtt2dq {
                        t.b.ins().x86_cvtt2dq(I32X4, a)
                    } else {
                        t.b.ins().fcvt_to_sint_sat(I32X4, a)
                    }
                })
            }
            O::I32x4TruncSatF32x4U | O::I32x4RelaxedTruncF32x4U => {
                self.vunop(F32X4, |t, a| t.b.ins().fcvt_to_uint_sat(I32X4, a))
            }
            O::I32x4TruncSatF64x2SZero => self.trunc_sat_f64x2(true, false),
            O::I32x4RelaxedTruncF64x2SZero => {
                let cvtt2dq = self.relaxed().cvtt2dq;
                self.trunc_sat_f64x2(true, cvtt2dq)
            }
            O::I32x4TruncSatF64x2UZero | O::I32x4RelaxedTruncF64x2UZero => {
                self.trunc_sat_f64x2(false, false)
            }
            O::F32x4ConvertI32x4S => self.vunop(I32X4, |t, a| t.b.ins().fcvt_from_sint(F32X4, a)),
            O::F32x4ConvertI32x4U => self.vunop(I32X4, |t, a| t.b.ins().fcvt_from_uint(F32X4, a)),
            O::F64x2ConvertLowI32x4S => self.vunop(I32X4, |t, a| {
                let a = t.b.ins().swiden_low(a);
                t.b.ins().fcvt_from_sint(F64X2, a)
            }),
            O::F64x2ConvertLowI32x4U => self.vunop(I32X4, |t, a| {
                let a = t.b.ins().uwiden_low(a);
                t.b.ins().fcvt_from_uint(F64X2, a)
            }),
            O::F32x4DemoteF64x2Zero => self.vunop(F64X2, |t, a| t.b.ins().fvdemote(a)),
            O::F64x2PromoteLowF32x4 => self.vunop(F32X4, |t, a| t.b.ins().fvpromote_low(a)),

            _ => return Ok(false),
        }
        Ok(true)
    }

    fn all_true(&mut self, ty: ir::Type) {
        let v = self.pop_vec(ty);
        let x = self.b.ins().vall_true(v);
        let x = self.b.ins().uextend(I32, x);
        self.push(x);
    }

    fn bitmask(&mut self, ty: ir::Type) {
        let v = self.pop_vec(ty);
        let x = self.b.ins().vhigh_bits(I32, v);
        self.push(x);
    }

    /// A shift of every lane by a scalar `i32` count, which the instruction takes modulo
    /// the lane width, as wasm does.
    fn shift(&mut self, ty: ir::Type, shift: Shift) {
        let count = self.pop();
        let v = self.pop_vec(ty);
        let r = match shift {
            Shift::Left => self.b.ins().ishl(v, count),
            Shift::RightSigned => self.b.ins().sshr(v, count),
            Shift::RightUnsigned => self.b.ins().ushr(v, count),
        };
        self.push_vec(r);
    }
}

/// The direction of a lane shift.
#[derive(Clone, Copy)]
enum Shift {
    Left,
    RightSigned,
    RightUnsigned,
}
