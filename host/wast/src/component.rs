//! Component directives: components compiled, instantiated and invoked with
//! component-model values.

use anyhow::{Result, bail};
use wast::component::WastVal;
use wicker::component::{ResourceAny, Val};

/// Converts a script value into a component value.
pub(crate) fn arg(v: &WastVal<'_>) -> Result<Val> {
    Ok(match v {
        WastVal::Bool(b) => Val::Bool(*b),
        WastVal::U8(x) => Val::U8(*x),
        WastVal::S8(x) => Val::S8(*x),
        WastVal::U16(x) => Val::U16(*x),
        WastVal::S16(x) => Val::S16(*x),
        WastVal::U32(x) => Val::U32(*x),
        WastVal::S32(x) => Val::S32(*x),
        WastVal::U64(x) => Val::U64(*x),
        WastVal::S64(x) => Val::S64(*x),
        WastVal::F32(x) => Val::Float32(f32::from_bits(x.bits)),
        WastVal::F64(x) => Val::Float64(f64::from_bits(x.bits)),
        WastVal::Char(c) => Val::Char(*c),
        WastVal::String(s) => Val::String(s.to_string()),
        WastVal::List(items) => Val::List(items.iter().map(arg).collect::<Result<_>>()?),
        WastVal::Map(_) => bail!("unsupported argument: `map` values"),
        WastVal::Record(fields) => Val::Record(
            fields
                .iter()
                .map(|(n, v)| Ok((n.to_string(), arg(v)?)))
                .collect::<Result<_>>()?,
        ),
        WastVal::Tuple(items) => Val::Tuple(items.iter().map(arg).collect::<Result<_>>()?),
        WastVal::Variant(name, payload) => Val::Variant(name.to_string(), boxed(payload)?),
        WastVal::Enum(name) => Val::Enum(name.to_string()),
        WastVal::Option(v) => Val::Option(boxed(v)?),
        WastVal::Result(r) => Val::Result(match r {
            Ok(v) => Ok(boxed(v)?),
            Err(v) => Err(boxed(v)?),
        }),
        WastVal::Flags(names) => Val::Flags(names.iter().map(|n| n.to_string()).collect()),
    })
}

fn boxed(v: &Option<Box<WastVal<'_>>>) -> Result<Option<Box<Val>>> {
    Ok(match v {
        Some(v) => Some(Box::new(arg(v)?)),
        None => None,
    })
}

/// Succeeds if `actual` is the value `expected` describes (any NaN matches a NaN).
pub(crate) fn check(expected: &WastVal<'_>, actual: &Val) -> Result<()> {
    if matches(expected, actual)? {
        Ok(())
    } else {
        bail!("expected {expected:?}, got {actual:?}")
    }
}

fn matches(expected: &WastVal<'_>, actual: &Val) -> Result<bool> {
    Ok(match (expected, actual) {
        (WastVal::F32(e), Val::Float32(a)) => {
            let e = f32::from_bits(e.bits);
            (e.is_nan() && a.is_nan()) || e.to_bits() == a.to_bits()
        }
        (WastVal::F64(e), Val::Float64(a)) => {
            let e = f64::from_bits(e.bits);
            (e.is_nan() && a.is_nan()) || e.to_bits() == a.to_bits()
        }
        (WastVal::List(e), Val::List(a)) | (WastVal::Tuple(e), Val::Tuple(a)) => {
            e.len() == a.len() && all(e.iter().zip(a))?
        }
        (WastVal::Record(e), Val::Record(a)) => {
            e.len() == a.len()
                && e.iter().zip(a).all(|((en, _), (an, _))| en == an)
                && all(e.iter().map(|(_, v)| v).zip(a.iter().map(|(_, v)| v)))?
        }
        (WastVal::Variant(en, ep), Val::Variant(an, ap)) => en == an && payload(ep, ap)?,
        (WastVal::Option(e), Val::Option(a)) => payload(e, a)?,
        (WastVal::Result(Ok(e)), Val::Result(Ok(a)))
        | (WastVal::Result(Err(e)), Val::Result(Err(a))) => payload(e, a)?,
        (WastVal::Flags(e), Val::Flags(a)) => {
            let mut e: Vec<&str> = e.to_vec();
            let mut a: Vec<&str> = a.iter().map(|s| s.as_str()).collect();
            e.sort_unstable();
            a.sort_unstable();
            e == a
        }
        (_, Val::Resource(r)) => bail!("unexpected resource handle {r:?}", r = describe(r)),
        (e, a) => arg(e)? == *a,
    })
}

fn all<'a, 'b>(mut pairs: impl Iterator<Item = (&'a WastVal<'a>, &'b Val)>) -> Result<bool> {
    pairs.try_fold(true, |ok, (e, a)| Ok(ok && matches(e, a)?))
}

fn payload(e: &Option<Box<WastVal<'_>>>, a: &Option<Box<Val>>) -> Result<bool> {
    Ok(match (e, a) {
        (None, None) => true,
        (Some(e), Some(a)) => matches(e, a)?,
        _ => false,
    })
}

fn describe(r: &ResourceAny) -> String {
    format!("{:?} (owned: {})", r.ty(), r.owned())
}
