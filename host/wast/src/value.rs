//! Script values: arguments turned into [`Val`]s, and results checked against the patterns
//! of `assert_return`.

use anyhow::{Result, bail};
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::token::{F32, F64};
use wast::{WastArg, WastRet};
use wicker::{ExternRef, Store, Val};

/// Converts an `invoke` argument into a value; `ref.extern N` becomes a new [`ExternRef`]
/// holding `N` as a `u32`.
pub(crate) fn arg(store: &mut Store<()>, arg: &WastArg<'_>) -> Result<Val> {
    let WastArg::Core(arg) = arg else {
        bail!("unsupported argument: component-model values")
    };
    Ok(match arg {
        WastArgCore::I32(x) => Val::I32(*x),
        WastArgCore::I64(x) => Val::I64(*x),
        WastArgCore::F32(x) => Val::F32(x.bits),
        WastArgCore::F64(x) => Val::F64(x.bits),
        WastArgCore::V128(x) => Val::V128(wicker::V128::from_le_bytes(x.to_le_bytes())),
        WastArgCore::RefNull(heap) => match null_kind(heap) {
            Some(NullKind::Func) => Val::null_func_ref(),
            Some(NullKind::Extern) => Val::null_extern_ref(),
            None => bail!("unsupported argument: null reference of type {heap:?}"),
        },
        WastArgCore::RefExtern(n) => Val::ExternRef(Some(ExternRef::new(&mut *store, *n)?)),
        WastArgCore::RefHost(_) => bail!("unsupported argument: `ref.host` needs the gc proposal"),
    })
}

/// Succeeds if `actual` matches the `assert_return` pattern `expected`.
pub(crate) fn check(store: &Store<()>, expected: &WastRet<'_>, actual: &Val) -> Result<()> {
    let WastRet::Core(expected) = expected else {
        bail!("unsupported result: component-model values")
    };
    if matches(store, expected, actual)? {
        Ok(())
    } else {
        bail!(
            "expected {}, got {}",
            describe_expected(expected),
            describe(store, actual)
        )
    }
}

/// The two reference hierarchies a null can belong to without the gc proposal.
enum NullKind {
    Func,
    Extern,
}

fn null_kind(heap: &HeapType<'_>) -> Option<NullKind> {
    match heap {
        HeapType::Abstract { shared: false, ty } => match ty {
            AbstractHeapType::Func | AbstractHeapType::NoFunc => Some(NullKind::Func),
            AbstractHeapType::Extern | AbstractHeapType::NoExtern => Some(NullKind::Extern),
            _ => None,
        },
        // A null of a concrete type is a function reference until the gc proposal adds
        // struct and array types.
        HeapType::Concrete(_) | HeapType::Exact(_) => Some(NullKind::Func),
        HeapType::Abstract { shared: true, .. } => None,
    }
}

fn matches(store: &Store<()>, expected: &WastRetCore<'_>, actual: &Val) -> Result<bool> {
    Ok(match (expected, actual) {
        (WastRetCore::I32(e), Val::I32(a)) => e == a,
        (WastRetCore::I64(e), Val::I64(a)) => e == a,
        (WastRetCore::F32(e), Val::F32(a)) => f32_matches(e, *a),
        (WastRetCore::F64(e), Val::F64(a)) => f64_matches(e, *a),
        (WastRetCore::V128(e), Val::V128(a)) => v128_matches(e, a.as_u128()),
        (WastRetCore::RefNull(heap), Val::FuncRef(a)) => {
            a.is_none() && !matches!(heap.as_ref().and_then(null_kind), Some(NullKind::Extern))
        }
        (WastRetCore::RefNull(heap), Val::ExternRef(a)) => {
            a.is_none() && !matches!(heap.as_ref().and_then(null_kind), Some(NullKind::Func))
        }
        (WastRetCore::RefExtern(e), Val::ExternRef(Some(a))) => match e {
            None => true,
            Some(e) => a.data(store)?.downcast_ref::<u32>() == Some(e),
        },
        (WastRetCore::RefFunc(_), Val::FuncRef(a)) => a.is_some(),
        (WastRetCore::Either(cases), actual) => {
            for case in cases {
                if matches(store, case, actual)? {
                    return Ok(true);
                }
            }
            false
        }
        (
            WastRetCore::RefHost(_)
            | WastRetCore::RefAny
            | WastRetCore::RefEq
            | WastRetCore::RefArray
            | WastRetCore::RefStruct
            | WastRetCore::RefI31
            | WastRetCore::RefI31Shared,
            _,
        ) => bail!("unsupported result pattern: {expected:?} needs the gc proposal"),
        _ => false,
    })
}

fn f32_matches(expected: &NanPattern<F32>, bits: u32) -> bool {
    match expected {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff == 0x7fc0_0000,
        NanPattern::ArithmeticNan => bits & 0x7fc0_0000 == 0x7fc0_0000,
        NanPattern::Value(e) => e.bits == bits,
    }
}

fn f64_matches(expected: &NanPattern<F64>, bits: u64) -> bool {
    match expected {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
        NanPattern::ArithmeticNan => bits & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
        NanPattern::Value(e) => e.bits == bits,
    }
}

fn v128_matches(expected: &V128Pattern, actual: u128) -> bool {
    let bytes = actual.to_le_bytes();
    // Lane `i` of width `N` bytes, zero-extended into a u64.
    let lane = |i: usize, n: usize| {
        let mut buf = [0; 8];
        buf[..n].copy_from_slice(&bytes[i * n..(i + 1) * n]);
        u64::from_le_bytes(buf)
    };
    match expected {
        V128Pattern::I8x16(e) => e
            .iter()
            .enumerate()
            .all(|(i, x)| lane(i, 1) == u64::from(*x as u8)),
        V128Pattern::I16x8(e) => e
            .iter()
            .enumerate()
            .all(|(i, x)| lane(i, 2) == u64::from(*x as u16)),
        V128Pattern::I32x4(e) => e
            .iter()
            .enumerate()
            .all(|(i, x)| lane(i, 4) == u64::from(*x as u32)),
        V128Pattern::I64x2(e) => e.iter().enumerate().all(|(i, x)| lane(i, 8) == *x as u64),
        V128Pattern::F32x4(e) => e
            .iter()
            .enumerate()
            .all(|(i, x)| f32_matches(x, lane(i, 4) as u32)),
        V128Pattern::F64x2(e) => e
            .iter()
            .enumerate()
            .all(|(i, x)| f64_matches(x, lane(i, 8))),
    }
}

/// A short human-readable form of an expected result.
fn describe_expected(expected: &WastRetCore<'_>) -> String {
    match expected {
        WastRetCore::I32(x) => format!("i32 {x}"),
        WastRetCore::I64(x) => format!("i64 {x}"),
        WastRetCore::F32(NanPattern::Value(x)) => {
            format!("f32 {} ({:#010x})", f32::from_bits(x.bits), x.bits)
        }
        WastRetCore::F64(NanPattern::Value(x)) => {
            format!("f64 {} ({:#018x})", f64::from_bits(x.bits), x.bits)
        }
        WastRetCore::F32(NanPattern::CanonicalNan) => "f32 nan:canonical".into(),
        WastRetCore::F32(NanPattern::ArithmeticNan) => "f32 nan:arithmetic".into(),
        WastRetCore::F64(NanPattern::CanonicalNan) => "f64 nan:canonical".into(),
        WastRetCore::F64(NanPattern::ArithmeticNan) => "f64 nan:arithmetic".into(),
        WastRetCore::RefNull(_) => "null reference".into(),
        WastRetCore::RefExtern(Some(n)) => format!("externref {n}"),
        WastRetCore::RefExtern(None) => "non-null externref".into(),
        WastRetCore::RefFunc(_) => "non-null funcref".into(),
        WastRetCore::Either(cases) => {
            let cases: Vec<_> = cases.iter().map(describe_expected).collect();
            format!("one of [{}]", cases.join(", "))
        }
        other => format!("{other:?}"),
    }
}

/// A short human-readable form of a result.
fn describe(store: &Store<()>, actual: &Val) -> String {
    match actual {
        Val::I32(x) => format!("i32 {x}"),
        Val::I64(x) => format!("i64 {x}"),
        Val::F32(x) => format!("f32 {} ({x:#010x})", f32::from_bits(*x)),
        Val::F64(x) => format!("f64 {} ({x:#018x})", f64::from_bits(*x)),
        Val::V128(x) => format!("v128 {:#034x}", x.as_u128()),
        Val::FuncRef(None) => "null funcref".into(),
        Val::FuncRef(Some(_)) => "non-null funcref".into(),
        Val::ExternRef(None) => "null externref".into(),
        Val::ExternRef(Some(r)) => match r.data(store).ok().and_then(|d| d.downcast_ref::<u32>()) {
            Some(n) => format!("externref {n}"),
            None => "externref to a host value".into(),
        },
    }
}
