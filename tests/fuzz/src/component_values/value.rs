//! Random values of the random types, compared the way the canonical ABI lets them differ
//! (a NaN may come back as another NaN).

use super::abi::Abi;
use super::ty::{Ty, TypeInfo};
use crate::Rng;
use wicker::component::{Resource, ResourceAny, Val};

/// The host resource type's Rust type.
pub struct Thing;

/// What values are made from: random numbers, the next resource representation (each
/// handle names a resource of its own), and a budget of list elements and string
/// characters, so that nested lists stay small, with now and then one long string or list
/// of scalars beside it.
pub struct Gen<'a> {
    /// The random numbers.
    pub rng: &'a mut Rng,
    next_rep: u32,
    budget: u32,
    long: bool,
}

impl<'a> Gen<'a> {
    /// A generator drawing from `rng`.
    pub fn new(rng: &'a mut Rng) -> Gen<'a> {
        Gen {
            rng,
            next_rep: 1,
            budget: 0,
            long: false,
        }
    }

    /// Starts a new value with a fresh budget.
    pub fn start(&mut self) {
        self.budget = 64 + self.rng.below(512) as u32;
        self.long = self.rng.below(16) == 0;
    }

    /// A length of at most `max`, within the budget, or of at most `long` outside it, if
    /// the value may have a long part yet.
    pub fn length(&mut self, max: u64, long: u64) -> usize {
        if long > 0 && self.long && self.rng.below(4) == 0 {
            self.long = false;
            return self.rng.below(long) as usize;
        }
        let n = match self.rng.below(8) {
            0 => 0,
            1 => self.rng.below(max + 1),
            _ => self.rng.below(5),
        } as u32;
        let n = n.min(self.budget);
        self.budget -= n;
        n as usize
    }

    /// An owned or borrowed handle to a new resource.
    pub fn handle(&mut self, own: bool) -> ResourceAny {
        // Representations are spread over all 32 bits (an odd factor keeps them distinct).
        let rep = self.next_rep.wrapping_mul(0x9e37_79b1);
        self.next_rep += 1;
        let r = if own {
            Resource::<Thing>::new_own(rep)
        } else {
            Resource::<Thing>::new_borrow(rep)
        };
        ResourceAny::try_from_resource(r)
    }

    /// A random value of type `ty`.
    pub fn value(&mut self, ty: &Ty) -> Val {
        let r = self.rng.next_u64();
        // Edge values as often as others.
        let int = |r: u64, bits: u32| -> u64 {
            match r % 6 {
                0 => 0,
                1 => u64::MAX,
                2 => 1 << (bits - 1),
                3 => (1 << (bits - 1)) - 1,
                _ => r >> 3,
            }
        };
        match ty {
            Ty::Bool => Val::Bool(r & 1 == 1),
            Ty::S8 => Val::S8(int(r, 8) as i8),
            Ty::U8 => Val::U8(int(r, 8) as u8),
            Ty::S16 => Val::S16(int(r, 16) as i16),
            Ty::U16 => Val::U16(int(r, 16) as u16),
            Ty::S32 => Val::S32(int(r, 32) as i32),
            Ty::U32 => Val::U32(int(r, 32) as u32),
            Ty::S64 => Val::S64(int(r, 64) as i64),
            Ty::U64 => Val::U64(int(r, 64)),
            Ty::Float32 => Val::Float32(self.f32()),
            Ty::Float64 => Val::Float64(self.f64()),
            Ty::Char => Val::Char(self.char(r % 4)),
            Ty::String => Val::String(self.string()),
            Ty::List(t) => {
                let scalar = t.flat().len() == 1 && !t.has_handles();
                let n = self.length(40, if scalar { 5000 } else { 0 });
                Val::List((0..n).map(|_| self.value(t)).collect())
            }
            Ty::FixedList(t, n) => Val::List((0..*n).map(|_| self.value(t)).collect()),
            Ty::Record(fields) => Val::Record(
                fields
                    .iter()
                    .map(|(n, t)| (n.clone(), self.value(t)))
                    .collect(),
            ),
            Ty::Tuple(ts) => Val::Tuple(ts.iter().map(|t| self.value(t)).collect()),
            Ty::Variant(cases) => {
                let (name, t) = &cases[(r % cases.len() as u64) as usize];
                Val::Variant(name.clone(), t.as_ref().map(|t| Box::new(self.value(t))))
            }
            Ty::Enum(names) => Val::Enum(names[(r % names.len() as u64) as usize].clone()),
            Ty::Option(t) => Val::Option((r & 1 == 1).then(|| Box::new(self.value(t)))),
            Ty::Result(ok, err) => {
                let (case, ok) = if r & 1 == 1 { (ok, true) } else { (err, false) };
                let payload = case.as_ref().map(|t| Box::new(self.value(t)));
                Val::Result(if ok { Ok(payload) } else { Err(payload) })
            }
            Ty::Flags(names) => Val::Flags(
                names
                    .iter()
                    .filter(|_| self.rng.below(2) == 1)
                    .cloned()
                    .collect(),
            ),
            Ty::ErrorContext => unreachable!("the target makes no `error-context` types"),
            Ty::Own => Val::Resource(self.handle(true)),
            Ty::Borrow => Val::Resource(self.handle(false)),
        }
    }

    /// A float: a NaN of any payload and sign, an infinity, a zero, a subnormal, or any
    /// bits.
    pub fn f32(&mut self) -> f32 {
        let r = self.rng.next_u64() as u32;
        f32::from_bits(match r % 6 {
            0 => 0x7f80_0000 | ((r >> 3) & 0x007f_ffff).max(1) | (r & 0x8000_0000),
            1 => 0x7f80_0000 | (r & 0x8000_0000),
            2 => r & 0x8000_0000,
            3 => (r >> 9) | (r & 0x8000_0000),
            _ => r,
        })
    }

    /// A double, made like [`Gen::f32`].
    pub fn f64(&mut self) -> f64 {
        let r = self.rng.next_u64();
        let sign = r & (1 << 63);
        f64::from_bits(match r % 6 {
            0 => 0x7ff0_0000_0000_0000 | ((r >> 12) & 0x000f_ffff_ffff_ffff).max(1) | sign,
            1 => 0x7ff0_0000_0000_0000 | sign,
            2 => sign,
            3 => (r >> 12) | sign,
            _ => r,
        })
    }

    /// A scalar value: ASCII, Latin-1, the rest of the basic plane, or beyond it, by `class`.
    pub fn char(&mut self, class: u64) -> char {
        let r = self.rng.next_u64();
        let c = match (class, r % 8) {
            // The edges of the ranges.
            (_, 0) => [
                0, 0x7f, 0x80, 0xff, 0x100, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x1_0000, 0x10_ffff,
            ][(r >> 3) as usize % 11],
            (0, _) => (r >> 3) as u32 % 0x80,
            (1, _) => (r >> 3) as u32 % 0x100,
            (2, _) => (r >> 3) as u32 % 0xd800,
            _ => 0x1_0000 + (r >> 3) as u32 % 0x10_0000,
        };
        char::from_u32(c).expect("not a surrogate")
    }

    /// A string: all ASCII, all Latin-1 (which Latin-1+UTF-16 stores as Latin-1), or any
    /// characters, some mixed so that the first character beyond Latin-1 comes late.
    pub fn string(&mut self) -> String {
        let n = self.length(300, 40_000);
        let class = self.rng.below(5);
        let late = self.rng.below(n as u64 + 1) as usize;
        (0..n)
            .map(|i| match class {
                4 if i < late => self.char(1),
                4 => {
                    let class = self.rng.below(4);
                    self.char(class)
                }
                _ => self.char(class),
            })
            .collect()
    }
}

/// Whether `a` and `b` are the same value, any NaN the same as any other.
pub fn same(a: &Val, b: &Val) -> bool {
    let all = |x: &[Val], y: &[Val]| x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b));
    let opt = |x: &Option<Box<Val>>, y: &Option<Box<Val>>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => same(x, y),
        _ => false,
    };
    match (a, b) {
        (Val::Float32(x), Val::Float32(y)) => {
            x.is_nan() && y.is_nan() || x.to_bits() == y.to_bits()
        }
        (Val::Float64(x), Val::Float64(y)) => {
            x.is_nan() && y.is_nan() || x.to_bits() == y.to_bits()
        }
        (Val::List(x), Val::List(y)) | (Val::Tuple(x), Val::Tuple(y)) => all(x, y),
        (Val::Record(x), Val::Record(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((n, a), (m, b))| n == m && same(a, b))
        }
        (Val::Variant(n, x), Val::Variant(m, y)) => n == m && opt(x, y),
        (Val::Option(x), Val::Option(y)) => opt(x, y),
        (Val::Result(Ok(x)), Val::Result(Ok(y))) | (Val::Result(Err(x)), Val::Result(Err(y))) => {
            opt(x, y)
        }
        _ => a == b,
    }
}

/// Appends the resource handles inside `v`.
pub fn handles(v: &Val, out: &mut Vec<ResourceAny>) {
    let mut inner = |v: &Val| handles(v, out);
    match v {
        Val::Resource(r) => out.push(r.clone()),
        Val::List(vs) | Val::Tuple(vs) => vs.iter().for_each(inner),
        Val::Record(fields) => fields.iter().for_each(|(_, v)| inner(v)),
        Val::Variant(_, Some(v)) | Val::Option(Some(v)) => inner(v),
        Val::Result(Ok(Some(v)) | Err(Some(v))) => inner(v),
        _ => {}
    }
}

/// `v` with each resource handle replaced by a new one of the same kind.
pub fn fresh(v: &Val, g: &mut Gen<'_>) -> Val {
    let boxed = |v: &Option<Box<Val>>, g: &mut Gen<'_>| v.as_ref().map(|v| Box::new(fresh(v, g)));
    match v {
        Val::Resource(r) => Val::Resource(g.handle(r.owned())),
        Val::List(vs) => Val::List(vs.iter().map(|v| fresh(v, g)).collect()),
        Val::Tuple(vs) => Val::Tuple(vs.iter().map(|v| fresh(v, g)).collect()),
        Val::Record(fields) => Val::Record(
            fields
                .iter()
                .map(|(n, v)| (n.clone(), fresh(v, g)))
                .collect(),
        ),
        Val::Variant(n, p) => Val::Variant(n.clone(), boxed(p, g)),
        Val::Option(p) => Val::Option(boxed(p, g)),
        Val::Result(Ok(p)) => Val::Result(Ok(boxed(p, g))),
        Val::Result(Err(p)) => Val::Result(Err(boxed(p, g))),
        other => other.clone(),
    }
}
