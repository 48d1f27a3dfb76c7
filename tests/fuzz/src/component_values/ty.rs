//! Random interface types: generated within a size bound, and rendered as component
//! text.

use crate::Rng;

/// An interface type: the dynamic API's own description of one. `Own` and `Borrow` are
/// handles to the one host resource type a component imports, `$r`.
pub use wicker::component::Type as Ty;

/// The words labels are made of; any kebab-case word would do.
const WORDS: &[&str] = &[
    "a", "x", "name", "value", "type", "ok", "err", "none", "some", "list", "HTTP", "r2d2",
];

/// `n` distinct labels (each carries its index, so they never collide).
pub fn labels(rng: &mut Rng, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            match rng.below(4) {
                0 => format!("{word}-c{i}"),
                // An all-caps word takes its index as it is (`HTTP3`), or lowercased
                // (`http3`): a word is all lowercase or all uppercase.
                1 if word.chars().all(|c| c.is_ascii_uppercase()) => format!("{word}{i}"),
                _ => format!("{}{i}", word.to_ascii_lowercase()),
            }
        })
        .collect()
}

/// How many cases or flags: mostly few, sometimes at a boundary of the discriminant's or
/// the flags' size.
fn count(rng: &mut Rng, boundaries: &[usize]) -> usize {
    if rng.below(16) == 0 {
        let b = boundaries[rng.below(boundaries.len() as u64) as usize];
        b + rng.below(2) as usize
    } else {
        1 + rng.below(5) as usize
    }
}

/// A random type of at most `depth` levels, using at most `*budget` nodes (which it spends);
/// `resources` allows `own` handles.
pub fn random(rng: &mut Rng, depth: u32, budget: &mut u32, resources: bool) -> Ty {
    *budget = budget.saturating_sub(1);
    if depth == 0 || *budget == 0 || rng.below(3) == 0 {
        return leaf(rng, resources);
    }
    let sub = |rng: &mut Rng, budget: &mut u32| random(rng, depth - 1, budget, resources);
    match rng.below(8) {
        0 => Ty::List(Box::new(sub(rng, budget))),
        1 => Ty::FixedList(Box::new(sub(rng, budget)), 1 + rng.below(4) as u32),
        2 => {
            let n = 1 + rng.below(5) as usize;
            let names = labels(rng, n);
            Ty::Record(names.into_iter().map(|n| (n, sub(rng, budget))).collect())
        }
        3 => Ty::Tuple((0..1 + rng.below(4)).map(|_| sub(rng, budget)).collect()),
        4 => {
            let n = count(rng, &[255, 256]);
            let names = labels(rng, n);
            let cases = names
                .into_iter()
                .map(|n| (n, (rng.below(3) != 0).then(|| sub(rng, budget))))
                .collect();
            Ty::Variant(cases)
        }
        5 => Ty::Option(Box::new(sub(rng, budget))),
        6 => {
            let ok = (rng.below(4) != 0).then(|| Box::new(sub(rng, budget)));
            let err = (rng.below(4) != 0).then(|| Box::new(sub(rng, budget)));
            Ty::Result(ok, err)
        }
        // A long chain of one kind, for depth rather than breadth.
        _ => {
            let mut t = leaf(rng, resources);
            for _ in 0..rng.below(24) {
                t = match rng.below(3) {
                    0 => Ty::Option(Box::new(t)),
                    1 => Ty::List(Box::new(t)),
                    _ => Ty::Record(vec![(labels(rng, 1).remove(0), t)]),
                };
            }
            t
        }
    }
}

fn leaf(rng: &mut Rng, resources: bool) -> Ty {
    match rng.below(if resources { 17 } else { 16 }) {
        0 => Ty::Bool,
        1 => Ty::S8,
        2 => Ty::U8,
        3 => Ty::S16,
        4 => Ty::U16,
        5 => Ty::S32,
        6 => Ty::U32,
        7 => Ty::S64,
        8 => Ty::U64,
        9 => Ty::Float32,
        10 => Ty::Float64,
        11 => Ty::Char,
        12 | 13 => Ty::String,
        14 => {
            let n = count(rng, &[255, 256]);
            Ty::Enum(labels(rng, n))
        }
        15 => {
            let n = count(rng, &[8, 16, 31]);
            Ty::Flags(labels(rng, n))
        }
        _ => Ty::Own,
    }
}

/// What the target needs to know of a type besides its ABI.
pub trait TypeInfo {
    /// The type in the text format; records, variants, enums and flags become named
    /// definitions appended to `defs` (`$t0`, `$t1`, ...), after those they use.
    fn render(&self, defs: &mut Vec<String>) -> String;
    /// Whether the type contains a resource handle.
    fn has_handles(&self) -> bool;
    /// Whether a value of the type contains a string or a list, which lowering allocates
    /// for.
    fn allocates(&self) -> bool;
}

impl TypeInfo for Ty {
    fn render(&self, defs: &mut Vec<String>) -> String {
        let quoted =
            |names: &[String]| -> String { names.iter().map(|n| format!(" \"{n}\"")).collect() };
        let def = match self {
            Ty::Bool => return "bool".into(),
            Ty::S8 => return "s8".into(),
            Ty::U8 => return "u8".into(),
            Ty::S16 => return "s16".into(),
            Ty::U16 => return "u16".into(),
            Ty::S32 => return "s32".into(),
            Ty::U32 => return "u32".into(),
            Ty::S64 => return "s64".into(),
            Ty::U64 => return "u64".into(),
            Ty::Float32 => return "f32".into(),
            Ty::Float64 => return "f64".into(),
            Ty::Char => return "char".into(),
            Ty::String => return "string".into(),
            Ty::ErrorContext => return "error-context".into(),
            Ty::Own => return "(own $r)".into(),
            Ty::Borrow => return "(borrow $r)".into(),
            Ty::List(t) => return format!("(list {})", t.render(defs)),
            Ty::FixedList(t, n) => return format!("(list {} {n})", t.render(defs)),
            Ty::Option(t) => return format!("(option {})", t.render(defs)),
            Ty::Tuple(ts) => {
                let ts: String = ts.iter().map(|t| format!(" {}", t.render(defs))).collect();
                return format!("(tuple{ts})");
            }
            Ty::Result(ok, err) => {
                let ok = ok.as_ref().map(|t| format!(" {}", t.render(defs)));
                let err = err.as_ref().map(|t| format!(" (error {})", t.render(defs)));
                return format!(
                    "(result{}{})",
                    ok.unwrap_or_default(),
                    err.unwrap_or_default()
                );
            }
            Ty::Record(fields) => {
                let fields: String = fields
                    .iter()
                    .map(|(n, t)| format!(" (field \"{n}\" {})", t.render(defs)))
                    .collect();
                format!("(record{fields})")
            }
            Ty::Variant(cases) => {
                let cases: String = cases
                    .iter()
                    .map(|(n, t)| match t {
                        Some(t) => format!(" (case \"{n}\" {})", t.render(defs)),
                        None => format!(" (case \"{n}\")"),
                    })
                    .collect();
                format!("(variant{cases})")
            }
            Ty::Enum(names) => format!("(enum{})", quoted(names)),
            Ty::Flags(names) => format!("(flags{})", quoted(names)),
        };
        defs.push(def);
        format!("$t{}", defs.len() - 1)
    }

    fn has_handles(&self) -> bool {
        match self {
            Ty::Own | Ty::Borrow => true,
            Ty::List(t) | Ty::FixedList(t, _) | Ty::Option(t) => t.has_handles(),
            Ty::Record(fields) => fields.iter().any(|(_, t)| t.has_handles()),
            Ty::Tuple(ts) => ts.iter().any(Ty::has_handles),
            Ty::Variant(cases) => cases.iter().flat_map(|(_, t)| t).any(Ty::has_handles),
            Ty::Result(ok, err) => [ok, err].into_iter().flatten().any(|t| t.has_handles()),
            _ => false,
        }
    }

    fn allocates(&self) -> bool {
        match self {
            Ty::String | Ty::List(_) => true,
            Ty::FixedList(t, _) | Ty::Option(t) => t.allocates(),
            Ty::Record(fields) => fields.iter().any(|(_, t)| t.allocates()),
            Ty::Tuple(ts) => ts.iter().any(Ty::allocates),
            Ty::Variant(cases) => cases.iter().flat_map(|(_, t)| t).any(Ty::allocates),
            Ty::Result(ok, err) => [ok, err].into_iter().flatten().any(|t| t.allocates()),
            _ => false,
        }
    }
}
