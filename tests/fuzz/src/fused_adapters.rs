//! `fused-adapters`: one call from a component to another, of a random function type,
//! where the caller passes garbage (random flat arguments, a random parameter pointer,
//! random memory) and the callee answers garbage (a random result or return pointer into
//! random memory) and its `realloc` may misbehave. The call runs once fused into an adapter
//! and once through the host, the reference: both must end the same way (a trap of the
//! same kind, or success with the same bytes in both memories), and neither may crash.
//!
//! The garbage is biased towards what lifting reads: small numbers (lengths,
//! discriminants), pointers into the data, and now and then any 32 bits, so that values are
//! often valid several levels deep before something is not.

use crate::component_values::{BUMP_ALLOCATE, Flat, Layout, Sig, Ty, random_type};
use crate::{Failure, Passed, Rng};
use wicker::component::{Component, Linker};
use wicker::{Config, Engine, Store, StoreLimitsBuilder};

/// The bytes of random data at the start of each memory.
const DATA: u32 = 2048;

/// A word of garbage: small, a pointer into the data, or anything.
fn word(rng: &mut Rng) -> u32 {
    match rng.below(16) {
        0..=5 => rng.below(2) as u32,
        6..=7 => rng.below(8) as u32,
        8..=11 => (rng.below(u64::from(DATA) / 8) * 8) as u32,
        12 => rng.below(u64::from(DATA)) as u32,
        13 | 14 => rng.below(300) as u32,
        _ => rng.next_u64() as u32,
    }
}

/// `DATA` bytes of garbage words, as a data segment at 0.
fn data(rng: &mut Rng) -> String {
    let bytes: String = (0..DATA / 4)
        .flat_map(|_| word(rng).to_le_bytes())
        .map(|b| format!("\\{b:02x}"))
        .collect();
    format!("(data (i32.const 0) \"{bytes}\")")
}

/// A constant of core type `f` of garbage.
fn constant(rng: &mut Rng, f: Flat) -> String {
    match f {
        Flat::I32 => format!("(i32.const {})", word(rng) as i32),
        Flat::I64 => match rng.below(2) {
            0 => format!("(i64.const {})", word(rng)),
            _ => format!("(i64.const {})", rng.next_u64() as i64),
        },
        Flat::F32 => format!("(f32.const nan:0x{:x})", 1 + rng.below(0x3f_ffff)),
        Flat::F64 => format!("(f64.const {})", rng.below(1000) as f64 / 7.0),
    }
}

fn names(flat: &[Flat]) -> String {
    flat.iter().map(|f| format!(" {}", f.name())).collect()
}

/// A bump `realloc` from `DATA` that grows its memory as needed (or traps), and `hash`, a
/// hash of the memory up to its bump pointer; `answer` replaces its result when given
/// (a misbehaving `realloc`).
fn allocator(answer: Option<u32>) -> String {
    let answer = answer.map_or("(local.get $ptr)".to_string(), |a| {
        format!("(i32.const {})", a as i32)
    });
    format!(
        r#"(global $bump (mut i32) (i32.const {DATA}))
    (func (export "realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
      {BUMP_ALLOCATE}
      (if (local.get $old) (then
        (memory.copy (local.get $ptr) (local.get $old)
          (select (local.get $old_size) (local.get $size) (i32.lt_u (local.get $old_size) (local.get $size))))))
      {answer})
    (func (export "hash") (result i32)
      (local $at i32) (local $h i32)
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $at) (global.get $bump)))
        (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.load8_u (local.get $at))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $next)))
      (local.get $h))"#
    )
}

/// A `realloc` answer: mostly none (it behaves), else misaligned or out of bounds.
fn realloc_answer(rng: &mut Rng) -> Option<u32> {
    match rng.below(12) {
        0 => Some(DATA + 1),
        1 => Some(0xffff_fff0),
        _ => None,
    }
}

/// A string encoding option.
fn encoding(rng: &mut Rng) -> &'static str {
    ["utf8", "utf16", "latin1+utf16"][rng.below(3) as usize]
}

/// The named types a signature uses, as definitions exported from a component.
fn exported_defs(defs: &[String]) -> String {
    defs.iter()
        .enumerate()
        .map(|(i, d)| format!("\n  (type $t{i}' {d}) (export $t{i} \"t{i}\" (type $t{i}'))"))
        .collect()
}

/// The callee: `f` answers a random result (a return pointer into its random data, or
/// flat constants), with an optional post-return.
fn callee(rng: &mut Rng, sig: &Sig, layout: &Layout) -> String {
    let mut defs = Vec::new();
    let func = sig.render(&mut defs);
    let results = layout.core_results();
    let answer: String = if layout.results_in_memory {
        match rng.below(8) {
            0 => format!(" {}", constant(rng, Flat::I32)),
            _ => format!(" (i32.const {})", rng.below(u64::from(DATA) / 8) * 8),
        }
    } else {
        results
            .iter()
            .map(|f| format!(" {}", constant(rng, *f)))
            .collect()
    };
    let post = rng.below(3) == 0;
    let post_func = if post {
        format!(
            "(func (export \"post\") (param{}) (global.set $bump (global.get $bump)))",
            names(&results)
        )
    } else {
        String::new()
    };
    let post_opt = if post {
        " (post-return (core func $m \"post\"))"
    } else {
        ""
    };
    format!(
        r#"(component{defs}
  (core module $M
    (memory (export "mem") 1)
    {data}
    {alloc}
    (func (export "f") (param{params}) (result{results}){answer})
    {post_func})
  (core instance $m (instantiate $M))
  (func (export "f"){func}
    (canon lift (core func $m "f") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")) string-encoding={enc}{post_opt}))
  (func (export "hash") (result u32) (canon lift (core func $m "hash"))))"#,
        defs = exported_defs(&defs),
        data = data(rng),
        alloc = allocator(realloc_answer(rng)),
        params = names(&layout.core_params()),
        results = names(&results),
        enc = encoding(rng),
    )
}

/// The caller: `run` calls `f` with random arguments (and a return pointer, when the
/// result goes through memory) and answers a hash of its memory.
fn caller(rng: &mut Rng, sig: &Sig, layout: &Layout) -> String {
    let mut defs = Vec::new();
    let func = sig.render(&mut defs);
    let types: String = defs
        .iter()
        .enumerate()
        .map(|(i, d)| format!("\n    (type $t{i}' {d}) (export \"t{i}\" (type $t{i} (eq $t{i}')))"))
        .collect();
    let mut args: String = if layout.params_in_memory {
        match rng.below(8) {
            0 => format!(" {}", constant(rng, Flat::I32)),
            _ => format!(" (i32.const {})", rng.below(u64::from(DATA) / 8) * 8),
        }
    } else {
        layout
            .core_params()
            .iter()
            .map(|f| format!(" {}", constant(rng, *f)))
            .collect()
    };
    let mut import_params = names(&layout.core_params());
    if layout.results_in_memory {
        let retptr = match rng.below(10) {
            0 => word(rng),
            _ => DATA - 256 + (rng.below(32) * 8) as u32,
        };
        args += &format!(" (i32.const {})", retptr as i32);
        import_params += " i32";
    }
    let import_results = if layout.results_in_memory {
        String::new()
    } else {
        names(&layout.results)
    };
    format!(
        r#"(component
  (import "i" (instance $i{types}
    (export "f" (func{func}))))
  (alias export $i "f" (func $f))
  (core module $Libc
    (memory (export "mem") 1)
    {data}
    {alloc})
  (core instance $libc (instantiate $Libc))
  (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
    (realloc (core func $libc "realloc")) string-encoding={enc}))
  (core module $M
    (import "" "f" (func $f (param{import_params}) (result{import_results})))
    (import "" "hash" (func $hash (result i32)))
    (func (export "run") (result i32)
      (call $f{args})
      {drops}
      (call $hash)))
  (core instance $m (instantiate $M (with "" (instance
    (export "f" (func $f')) (export "hash" (func $libc "hash"))))))
  (func (export "run") (result u32) (canon lift (core func $m "run"))))"#,
        data = data(rng),
        alloc = allocator(None),
        enc = encoding(rng),
        drops = "(drop)".repeat(if layout.results_in_memory {
            0
        } else {
            layout.results.len()
        }),
    )
}

/// How a call ended, in a form both paths agree on: the two memories' hashes, or the
/// canonical ABI's reason for the trap (the paths word their errors differently).
fn outcome(result: wicker::Result<(u32, u32)>) -> Result<String, String> {
    let err = match result {
        Ok((a, b)) => return Ok(format!("ok: {a:#x} {b:#x}")),
        Err(e) => format!("{e:#}"),
    };
    let reasons = [
        ("too long", "too long"),
        ("realloc return: result not aligned", "realloc unaligned"),
        (
            "realloc return: beyond end of memory",
            "realloc out of bounds",
        ),
        ("unaligned pointer", "unaligned"),
        ("out-of-bounds", "out of bounds"),
        ("out of bounds", "out of bounds"),
        ("invalid utf-8", "invalid utf-8"),
        ("invalid utf-16", "invalid utf-16"),
        ("invalid `char`", "invalid char"),
        ("invalid variant discriminant", "invalid discriminant"),
        ("unreachable", "unreachable"),
    ];
    match reasons.iter().find(|(r, _)| err.contains(r)) {
        Some((_, category)) => Ok(format!("trap: {category}")),
        None => Err(err),
    }
}

/// Runs the call in an engine with fused adapters on or off.
fn run(callee: &str, caller: &str, fused: bool) -> Result<String, String> {
    let mut config = Config::new();
    config.wasm_multi_memory(true).fused_adapters(fused);
    let engine = Engine::new(&config).map_err(|e| format!("engine: {e:#}"))?;
    let compile =
        |text: &str| Component::new(&engine, text).map_err(|e| format!("compile: {e:#}\n{text}"));
    let (b, a) = (compile(callee)?, compile(caller)?);
    let mut store = Store::new(&engine, ());
    store.limiter(StoreLimitsBuilder::new().memory_size(16 << 20).build());
    let mut linker = Linker::new(&engine);
    let b = linker
        .instantiate(&mut store, &b)
        .map_err(|e| format!("instantiate: {e:#}"))?;
    let f = b.get_func(&mut store, "f").ok_or("no `f`")?;
    linker
        .instance("i")
        .and_then(|mut i| i.func("f", f))
        .map_err(|e| format!("link: {e:#}"))?;
    let a = linker
        .instantiate(&mut store, &a)
        .map_err(|e| format!("instantiate: {e:#}"))?;
    let result = (|| {
        let run = a.get_typed_func::<(), (u32,)>(&mut store, "run")?;
        let (caller_hash,) = run.call(&mut store, ())?;
        let hash = b.get_typed_func::<(), (u32,)>(&mut store, "hash")?;
        let (callee_hash,) = hash.call(&mut store, ())?;
        Ok((caller_hash, callee_hash))
    })();
    outcome(result)
}

/// One case: a random function type, caller and callee, run both ways.
pub fn case(seed: u64) -> Result<Passed, Failure> {
    let mut rng = Rng::new(seed);
    let count = 1 + rng.below(3);
    let mut budget = 2 + rng.below(20) as u32;
    let types: Vec<Ty> = (0..count)
        .map(|_| random_type(&mut rng, 4, &mut budget))
        .collect();
    let sig = Sig::new(&mut rng, types);
    let layout = Layout::new(&sig);
    let callee = callee(&mut rng, &sig, &layout);
    let caller = caller(&mut rng, &sig, &layout);
    let fail = |message: String| Failure {
        message,
        input: format!(";; callee\n{callee}\n;; caller\n{caller}\n").into_bytes(),
    };
    let fused = run(&callee, &caller, true).map_err(|e| fail(format!("fused: {e}")))?;
    let reference = run(&callee, &caller, false).map_err(|e| fail(format!("host: {e}")))?;
    if fused != reference {
        return Err(fail(format!(
            "fused: {fused}; through the host: {reference}"
        )));
    }
    Ok(Passed::Checked)
}
