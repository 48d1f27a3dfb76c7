//! A small model of interface types for tests: each renders as component text, flattens to
//! core types the way the Canonical ABI does, and yields sample values.

use wicker::component::Val;

/// An interface type.
#[derive(Clone, Debug)]
pub enum Ty {
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    F32,
    F64,
    Char,
    String,
    List(Box<Ty>),
    Record(Vec<(&'static str, Ty)>),
    Tuple(Vec<Ty>),
    Variant(Vec<(&'static str, Option<Ty>)>),
    Enum(Vec<&'static str>),
    Option(Box<Ty>),
    Result(Option<Box<Ty>>, Option<Box<Ty>>),
    Flags(Vec<String>),
}

/// Type definitions a rendered type refers to by name, in dependency order.
#[derive(Default)]
pub struct Defs {
    defs: Vec<String>,
}

impl Defs {
    /// The definitions as a component's own types, each exported so that exported
    /// functions may use it.
    pub fn as_component(&self) -> String {
        let mut out = String::new();
        for (i, d) in self.defs.iter().enumerate() {
            out += &format!("(type $t{i}' {d})\n(export $t{i} \"t{i}\" (type $t{i}'))\n");
        }
        out
    }

    /// The definitions inside an instance type, each exported by the instance.
    pub fn as_instance(&self) -> String {
        let mut out = String::new();
        for (i, d) in self.defs.iter().enumerate() {
            out += &format!("(type $t{i}' {d})\n(export \"t{i}\" (type $t{i} (eq $t{i}')))\n");
        }
        out
    }
}

impl Ty {
    /// The type as component text; records, variants, enums and flags become named
    /// definitions in `defs`.
    pub fn render(&self, defs: &mut Defs) -> String {
        let named = |defs: &mut Defs, d: String| {
            defs.defs.push(d);
            format!("$t{}", defs.defs.len() - 1)
        };
        match self {
            Ty::Bool => "bool".into(),
            Ty::S8 => "s8".into(),
            Ty::U8 => "u8".into(),
            Ty::S16 => "s16".into(),
            Ty::U16 => "u16".into(),
            Ty::S32 => "s32".into(),
            Ty::U32 => "u32".into(),
            Ty::S64 => "s64".into(),
            Ty::U64 => "u64".into(),
            Ty::F32 => "f32".into(),
            Ty::F64 => "f64".into(),
            Ty::Char => "char".into(),
            Ty::String => "string".into(),
            Ty::List(t) => format!("(list {})", t.render(defs)),
            Ty::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| t.render(defs)).collect();
                format!("(tuple {})", parts.join(" "))
            }
            Ty::Option(t) => format!("(option {})", t.render(defs)),
            Ty::Result(ok, err) => {
                let ok = ok.as_ref().map(|t| t.render(defs));
                let err = err.as_ref().map(|t| format!("(error {})", t.render(defs)));
                format!(
                    "(result {} {})",
                    ok.unwrap_or_default(),
                    err.unwrap_or_default()
                )
            }
            Ty::Record(fields) => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(n, t)| format!("(field \"{n}\" {})", t.render(defs)))
                    .collect();
                named(defs, format!("(record {})", parts.join(" ")))
            }
            Ty::Variant(cases) => {
                let parts: Vec<String> = cases
                    .iter()
                    .map(|(n, t)| match t {
                        Some(t) => format!("(case \"{n}\" {})", t.render(defs)),
                        None => format!("(case \"{n}\")"),
                    })
                    .collect();
                named(defs, format!("(variant {})", parts.join(" ")))
            }
            Ty::Enum(names) => {
                let parts: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
                named(defs, format!("(enum {})", parts.join(" ")))
            }
            Ty::Flags(names) => {
                let parts: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
                named(defs, format!("(flags {})", parts.join(" ")))
            }
        }
    }

    /// The core types the type flattens to.
    pub fn flat(&self) -> Vec<&'static str> {
        match self {
            Ty::Bool | Ty::S8 | Ty::U8 | Ty::S16 | Ty::U16 | Ty::S32 | Ty::U32 | Ty::Char => {
                vec!["i32"]
            }
            Ty::Enum(_) | Ty::Flags(_) => vec!["i32"],
            Ty::S64 | Ty::U64 => vec!["i64"],
            Ty::F32 => vec!["f32"],
            Ty::F64 => vec!["f64"],
            Ty::String | Ty::List(_) => vec!["i32", "i32"],
            Ty::Record(fields) => fields.iter().flat_map(|(_, t)| t.flat()).collect(),
            Ty::Tuple(ts) => ts.iter().flat_map(Ty::flat).collect(),
            Ty::Option(t) => variant_flat([Some(&**t)]),
            Ty::Result(ok, err) => variant_flat([ok.as_deref(), err.as_deref()]),
            Ty::Variant(cases) => variant_flat(cases.iter().map(|(_, t)| t.as_ref())),
        }
    }

    /// A sample value; `seed` picks among the possibilities.
    pub fn sample(&self, seed: &mut u64) -> Val {
        let r = next(seed);
        match self {
            Ty::Bool => Val::Bool(r & 1 == 1),
            Ty::S8 => Val::S8(r as i8),
            Ty::U8 => Val::U8(r as u8),
            Ty::S16 => Val::S16(r as i16),
            Ty::U16 => Val::U16(r as u16),
            Ty::S32 => Val::S32(r as i32),
            Ty::U32 => Val::U32(r as u32),
            Ty::S64 => Val::S64(r as i64),
            Ty::U64 => Val::U64(r),
            Ty::F32 => Val::Float32(match r % 5 {
                0 => f32::NAN,
                1 => f32::NEG_INFINITY,
                2 => -0.0,
                _ => f32::from_bits(r as u32 & 0x7f7f_ffff),
            }),
            Ty::F64 => Val::Float64(match r % 5 {
                0 => f64::NAN,
                1 => f64::INFINITY,
                2 => -0.0,
                _ => f64::from_bits(r & 0x7fef_ffff_ffff_ffff),
            }),
            Ty::Char => Val::Char(
                ['a', '\u{0}', 'é', '☃', '\u{10ffff}', '\u{d7ff}', '\u{e000}'][(r % 7) as usize],
            ),
            Ty::String => Val::String(
                [
                    "",
                    "hello",
                    "Grüße, café",
                    "日本語のテキスト",
                    "mixed ☃ and ÿ and 🎉",
                    "\u{0}\u{7f}\u{80}\u{ff}",
                ][(r % 6) as usize]
                    .to_string(),
            ),
            Ty::List(t) => {
                let n = (r % 5) as usize;
                Val::List((0..n).map(|_| t.sample(seed)).collect())
            }
            Ty::Record(fields) => Val::Record(
                fields
                    .iter()
                    .map(|(n, t)| (n.to_string(), t.sample(seed)))
                    .collect(),
            ),
            Ty::Tuple(ts) => Val::Tuple(ts.iter().map(|t| t.sample(seed)).collect()),
            Ty::Variant(cases) => {
                let (name, t) = &cases[(r % cases.len() as u64) as usize];
                Val::Variant(
                    name.to_string(),
                    t.as_ref().map(|t| Box::new(t.sample(seed))),
                )
            }
            Ty::Enum(names) => Val::Enum(names[(r % names.len() as u64) as usize].to_string()),
            Ty::Option(t) => Val::Option((r & 1 == 1).then(|| Box::new(t.sample(seed)))),
            Ty::Result(ok, err) => {
                let payload = |t: &Option<Box<Ty>>, seed: &mut u64| {
                    t.as_ref().map(|t| Box::new(t.sample(seed)))
                };
                Val::Result(if r & 1 == 1 {
                    Ok(payload(ok, seed))
                } else {
                    Err(payload(err, seed))
                })
            }
            Ty::Flags(names) => Val::Flags(
                names
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| (r >> (i % 64)) & 1 == 1)
                    .map(|(_, n)| n.clone())
                    .collect(),
            ),
        }
    }
}

fn variant_flat<'a>(cases: impl IntoIterator<Item = Option<&'a Ty>>) -> Vec<&'static str> {
    let mut slots: Vec<&'static str> = Vec::new();
    for t in cases.into_iter().flatten() {
        for (i, f) in t.flat().into_iter().enumerate() {
            match slots.get_mut(i) {
                Some(s) => *s = join(s, f),
                None => slots.push(f),
            }
        }
    }
    let mut out = vec!["i32"];
    out.extend(slots);
    out
}

fn join(a: &'static str, b: &'static str) -> &'static str {
    match (a, b) {
        _ if a == b => a,
        ("i32", "f32") | ("f32", "i32") => "i32",
        _ => "i64",
    }
}

/// A simple deterministic generator.
pub fn next(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 11
}

/// Whether two values are equal, with any NaN equal to any NaN.
pub fn same(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Float32(x), Val::Float32(y)) => {
            (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits()
        }
        (Val::Float64(x), Val::Float64(y)) => {
            (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits()
        }
        (Val::List(x), Val::List(y)) | (Val::Tuple(x), Val::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Val::Record(x), Val::Record(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((n, a), (m, b))| n == m && same(a, b))
        }
        (Val::Variant(n, x), Val::Variant(m, y)) => n == m && same_opt(x, y),
        (Val::Option(x), Val::Option(y)) => same_opt(x, y),
        (Val::Result(Ok(x)), Val::Result(Ok(y))) | (Val::Result(Err(x)), Val::Result(Err(y))) => {
            same_opt(x, y)
        }
        _ => a == b,
    }
}

fn same_opt(a: &Option<Box<Val>>, b: &Option<Box<Val>>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => same(a, b),
        _ => false,
    }
}

/// The string-encoding option names of the text format.
pub const ENCODINGS: [&str; 3] = ["utf8", "utf16", "latin1+utf16"];

/// A bump allocator module exporting `mem` and `realloc`, for components to share.
pub const LIBC: &str = r#"
  (core module $Libc
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32) (param $size i32) (result i32)
      (local $ptr i32)
      (local.set $ptr
        (i32.and
          (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get $align))))
      (global.set $bump (i32.add (local.get $ptr) (local.get $size)))
      (block $ok
        (br_if $ok (i32.le_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536))))
        (br_if $ok
          (i32.ne
            (memory.grow
              (i32.add
                (i32.shr_u
                  (i32.sub (global.get $bump) (i32.mul (memory.size) (i32.const 65536)))
                  (i32.const 16))
                (i32.const 1)))
            (i32.const -1)))
        unreachable)
      (memory.copy (local.get $ptr) (local.get $old)
        (select (local.get $osize) (local.get $size) (i32.lt_u (local.get $osize) (local.get $size))))
      (local.get $ptr)))
  (core instance $libc (instantiate $Libc))
"#;

/// A component that imports `host.echo: func(x: ty) -> ty` and exports `run` of the same
/// type, whose core code passes its argument to `echo` and returns what `echo` returned:
/// a value goes host -> guest -> host -> guest -> host.
pub fn echo_component(ty: &Ty, encoding: &str) -> String {
    let mut defs = Defs::default();
    let name = ty.render(&mut defs);
    let flat = ty.flat();
    let params: Vec<&str> = if flat.len() > 16 {
        vec!["i32"]
    } else {
        flat.clone()
    };
    let results_in_memory = flat.len() > 1;
    let mut import_params = params.clone();
    if results_in_memory {
        import_params.push("i32");
    }
    let import_results: Vec<&str> = if results_in_memory {
        vec![]
    } else {
        flat.clone()
    };
    let run_results: Vec<&str> = if results_in_memory {
        vec!["i32"]
    } else {
        flat.clone()
    };
    let gets: String = (0..params.len())
        .map(|i| format!("(local.get {i}) "))
        .collect();
    let body = if results_in_memory {
        format!("{gets} (i32.const 16) (call $echo) (i32.const 16)")
    } else {
        format!("{gets} (call $echo)")
    };
    let opts = format!(
        "(memory (core memory $libc \"mem\")) (realloc (core func $libc \"realloc\")) string-encoding={encoding}"
    );
    format!(
        r#"(component
  (import "host" (instance $host
    {instance_defs}
    (export "echo" (func (param "x" {name}) (result {name})))))
  (alias export $host "echo" (func $echo))
  {component_defs}
  {LIBC}
  (core func $echo' (canon lower (func $echo) {opts}))
  (core module $Main
    (import "host" "echo" (func $echo (param {import_params}) (result {import_results})))
    (func (export "run") (param {params}) (result {run_results}) {body}))
  (core instance $main (instantiate $Main (with "host" (instance (export "echo" (func $echo'))))))
  (func (export "run") (param "x" {name}) (result {name})
    (canon lift (core func $main "run") {opts}))
)"#,
        instance_defs = defs.as_instance(),
        component_defs = defs.as_component(),
        import_params = import_params.join(" "),
        import_results = import_results.join(" "),
        params = params.join(" "),
        run_results = run_results.join(" "),
    )
}
