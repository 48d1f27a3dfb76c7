//! The components of the target, in the text format: a forwarder, whose core code passes
//! its export's arguments to its import unchanged and returns what the import returned,
//! and a component that chains two forwarders, the second calling the first.
//!
//! Forwarding works at the core level because a lifted export and a lowered import of one
//! function type take the same core parameters: the flat values, or one pointer to them in
//! memory past 16 of them. Results differ: past one flat value, the import writes them
//! through a return pointer it is given, and the export returns a pointer to them; the
//! forwarder passes a static return area and returns its address.
//!
//! On entry, and again when its import returns, a forwarder stores its flat values (its
//! arguments, then its import's result) as 64-bit slots at [`SCRATCH`] and passes a copy
//! of its memory, up to the end of what its `realloc` handed out, to the host's `tap`, so
//! that the host can read what the forwarder received as the canonical ABI lays it out.

use super::abi::Abi;
use super::abi::{Flat, record_layout};
use super::noise;
use super::sig::{Layout, Sig};
use super::ty::{Ty, TypeInfo};
use crate::Rng;

/// Where a forwarder stores its flat values for `tap`: 17 slots of 8 bytes.
pub const SCRATCH: u32 = 8;

/// How one forwarder is built: the canonical options of its lift and lower, and where its
/// core code keeps things.
#[derive(Debug, Clone)]
pub struct Options {
    /// The forwarder's number in its route; its taps are sites `2 * id` (on entry) and
    /// `2 * id + 1` (when its import returned).
    pub id: u32,
    /// `utf8`, `utf16` or `latin1+utf16`.
    pub encoding: &'static str,
    /// Whether the export has a post-return function, which frees everything the call
    /// allocated and overwrites it.
    pub post_return: bool,
    /// Whether the `memory` and `realloc` options are given (always, when the type needs
    /// them).
    pub memory: bool,
    /// The byte `realloc` fills new memory with.
    pub fill: u8,
    /// The byte the post-return function overwrites freed memory with.
    pub scribble: u8,
    /// The static return area's address.
    pub ret_area: u32,
    /// If set, the seed of the noise the forwarder adds to what it passes on (see
    /// [`noise`](super::noise)).
    pub noise: Option<u64>,
}

/// The string encodings' names in the text format.
pub const ENCODINGS: [&str; 3] = ["utf8", "utf16", "latin1+utf16"];

impl Options {
    /// Random options for forwarder `id` of `sig`.
    pub fn random(rng: &mut Rng, sig: &Sig, id: u32) -> Options {
        let layout = Layout::new(sig);
        let needs_memory = layout.params_in_memory
            || layout.results_in_memory
            || sig.params.iter().any(|(_, t)| t.allocates());
        Options {
            id,
            encoding: ENCODINGS[rng.below(3) as usize],
            post_return: rng.below(2) == 0,
            memory: needs_memory || rng.below(2) == 0,
            fill: rng.next_u64() as u8,
            scribble: rng.next_u64() as u8,
            ret_area: SCRATCH + 8 * (17 + rng.below(8) as u32),
            noise: (rng.below(2) == 0).then(|| rng.next_u64()),
        }
    }
}

fn params(flat: &[Flat]) -> String {
    if flat.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = flat.iter().map(|f| f.name()).collect();
    format!(" (param {})", names.join(" "))
}

fn results(flat: &[Flat]) -> String {
    if flat.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = flat.iter().map(|f| f.name()).collect();
    format!(" (result {})", names.join(" "))
}

/// Stores the core value of type `f` that `get` pushes in scratch slot `slot`.
fn store_slot(slot: usize, f: Flat, get: &str) -> String {
    let bits = match f {
        Flat::I32 => format!("(i64.extend_i32_u {get})"),
        Flat::I64 => get.to_string(),
        Flat::F32 => format!("(i64.extend_i32_u (i32.reinterpret_f32 {get}))"),
        Flat::F64 => format!("(i64.reinterpret_f64 {get})"),
    };
    let at = SCRATCH as usize + 8 * slot;
    format!(" (i64.store offset={at} (i32.const 0) {bits})")
}

/// Calls `tap` with `site` and the memory up to the end of what `realloc` handed out.
fn tap(site: u32) -> String {
    format!(" (call $tap (i32.const {site}) (i32.const 0) (global.get $bump))")
}

/// The type of the `host` instance the components import: the resource type `r` if the
/// signature uses it, the named types, `tap` and `echo`.
fn host_instance_type(sig: &Sig) -> String {
    let mut defs = Vec::new();
    let func = sig.render(&mut defs);
    let mut out = String::new();
    if sig.uses_resources() {
        out += "\n    (export \"r\" (type $r (sub resource)))";
    }
    for (i, d) in defs.iter().enumerate() {
        out += &format!("\n    (type $t{i}' {d}) (export \"t{i}\" (type $t{i} (eq $t{i}')))");
    }
    out += "\n    (export \"tap\" (func (param \"site\" u32) (param \"memory\" (list u8))))";
    format!("(instance $host{out}\n    (export \"echo\" (func{func})))")
}

/// The start of a bump `realloc`'s body (its parameters `$align` and `$size`, over a
/// global `$bump`): `$ptr`, the next address aligned as asked, the memory grown to hold
/// `$size` bytes there (a trap if it cannot), and `$bump` moved past them.
pub const BUMP_ALLOCATE: &str = r#"(local $ptr i32) (local $end i32)
      (local.set $ptr (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
        (i32.sub (i32.const 0) (local.get $align))))
      (local.set $end (i32.add (local.get $ptr) (local.get $size)))
      (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
        (then
          (if (i32.eq (i32.const -1) (memory.grow (i32.add (i32.const 1)
                (i32.shr_u (i32.sub (local.get $end) (i32.shl (memory.size) (i32.const 16))) (i32.const 16)))))
            (then unreachable))))
      (global.set $bump (local.get $end))"#;

/// The core module that owns a forwarder's memory: `realloc`, a bump allocator that fills
/// what it hands out, and `reset`, which frees everything and overwrites it.
fn memory_module(o: &Options, layout: &Layout) -> String {
    let heap = (o.ret_area + layout.results_size + 8).div_ceil(16) * 16;
    format!(
        r#"
  (core module $Mem
    (memory (export "memory") {pages})
    (global $bump (export "bump") (mut i32) (i32.const {heap}))
    (func (export "realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
      {BUMP_ALLOCATE}
      (memory.fill (local.get $ptr) (i32.const {fill}) (local.get $size))
      (memory.copy (local.get $ptr) (local.get $old)
        (select (local.get $old_size) (local.get $size) (i32.lt_u (local.get $old_size) (local.get $size))))
      (local.get $ptr))
    (func (export "reset")
      (memory.fill (i32.const {ret}) (i32.const {scribble}) (i32.sub (global.get $bump) (i32.const {ret})))
      (global.set $bump (i32.const {heap}))))
  (core instance $mem (instantiate $Mem))"#,
        pages = heap / 65536 + 1,
        fill = o.fill,
        scribble = o.scribble,
        ret = o.ret_area,
    )
}

/// The body of the forwarder's core export: tap the arguments, add noise to them, call the
/// import with them (and the return area, if there is one), tap its result, add noise to
/// it, drop the borrows received (as a callee must before it returns), and return the
/// result.
fn run_body(sig: &Sig, o: &Options, layout: &Layout) -> String {
    let core_params = layout.core_params();
    let mut noise = o.noise.map(Rng::new);
    let mut body = String::new();
    for (i, f) in core_params.iter().enumerate() {
        body += &store_slot(i, *f, &format!("(local.get {i})"));
    }
    body += &tap(2 * o.id);
    if let Some(rng) = &mut noise {
        body += &if layout.params_in_memory {
            noise::memory(rng, &sig.types(), "(local.get 0)")
        } else {
            noise::flat(rng, &sig.types(), 0)
        };
    }
    for i in 0..core_params.len() {
        body += &format!(" (local.get {i})");
    }
    if layout.results_in_memory {
        body += &format!(" (i32.const {})", o.ret_area);
    }
    body += " (call $echo)";
    let result = core_params.len();
    if let [f] = layout.core_results()[..]
        && !layout.results_in_memory
    {
        body += &format!(" (local.set {result})");
        body += &store_slot(0, f, &format!("(local.get {result})"));
    }
    body += &tap(2 * o.id + 1);
    if let (Some(rng), Some(ty)) = (&mut noise, sig.result()) {
        body += &if layout.results_in_memory {
            noise::memory(rng, &[ty], &format!("(i32.const {})", o.ret_area))
        } else {
            noise::flat(rng, &[ty], result)
        };
    }
    let offsets = record_layout(sig.params.iter().map(|(_, t)| t)).1;
    let mut flat_index = 0;
    for (i, (_, t)) in sig.params.iter().enumerate() {
        if *t == Ty::Borrow {
            body += &if layout.params_in_memory {
                let at = offsets[i];
                format!(" (call $drop (i32.load offset={at} (local.get 0)))")
            } else {
                format!(" (call $drop (local.get {flat_index}))")
            };
        }
        flat_index += t.flat().len();
    }
    if layout.results_in_memory {
        body += &format!(" (i32.const {})", o.ret_area);
    } else if !layout.results.is_empty() {
        body += &format!(" (local.get {result})");
    }
    body
}

/// The forwarder component's items (what follows `(component`), importing the instance
/// `host` and exporting `run`.
pub fn forwarder(sig: &Sig, o: &Options) -> String {
    let layout = Layout::new(sig);
    let resources = sig.uses_resources();
    let mut defs = Vec::new();
    let func = sig.render(&mut defs);
    let mut items = format!("\n  (import \"host\" {})", host_instance_type(sig));
    items += "\n  (alias export $host \"echo\" (func $echo))";
    items += "\n  (alias export $host \"tap\" (func $tap))";
    if resources {
        items += "\n  (alias export $host \"r\" (type $r))";
    }
    for (i, d) in defs.iter().enumerate() {
        items += &format!("\n  (type $t{i}' {d}) (export $t{i} \"t{i}\" (type $t{i}'))");
    }
    items += &memory_module(o, &layout);
    let memory = "(memory (core memory $mem \"memory\"))";
    let opts = if o.memory {
        format!(
            "{memory} (realloc (core func $mem \"realloc\")) string-encoding={}",
            o.encoding
        )
    } else {
        format!("string-encoding={}", o.encoding)
    };
    items += &format!("\n  (core func $echo' (canon lower (func $echo) {opts}))");
    items += &format!("\n  (core func $tap' (canon lower (func $tap) {memory}))");
    let (drop_import, drop_export) = if resources {
        items += "\n  (core func $drop (canon resource.drop $r))";
        (
            "\n    (import \"host\" \"drop\" (func $drop (param i32)))",
            " (export \"drop\" (func $drop))",
        )
    } else {
        ("", "")
    };
    let core_params = layout.core_params();
    let mut import_params = core_params.clone();
    let mut import_results = layout.results.clone();
    if layout.results_in_memory {
        import_params.push(Flat::I32);
        import_results.clear();
    }
    let core_results = layout.core_results();
    let local = match (&core_results[..], layout.results_in_memory) {
        ([f], false) => format!(" (local {})", f.name()),
        _ => String::new(),
    };
    items += &format!(
        r#"
  (core module $Fwd
    (import "host" "echo" (func $echo{ip}{ir}))
    (import "host" "tap" (func $tap (param i32 i32 i32))){drop_import}
    (import "mem" "memory" (memory 0))
    (import "mem" "bump" (global $bump (mut i32)))
    (import "mem" "reset" (func $reset))
    (func (export "run"){p}{r}{local}
      {body})
    (func (export "post"){r_as_params} (call $reset)))
  (core instance $fwd (instantiate $Fwd
    (with "host" (instance (export "echo" (func $echo')) (export "tap" (func $tap')){drop_export}))
    (with "mem" (instance $mem))))"#,
        ip = params(&import_params),
        ir = results(&import_results),
        p = params(&core_params),
        r = results(&core_results),
        r_as_params = params(&core_results),
        body = run_body(sig, o, &layout),
    );
    let post = if o.post_return {
        " (post-return (core func $fwd \"post\"))"
    } else {
        ""
    };
    items += &format!(
        "\n  (func $run{func} (canon lift (core func $fwd \"run\") {opts}{post}))\n  (export \"run\" (func $run))"
    );
    items
}

/// A component of one forwarder.
pub fn single(sig: &Sig, o: &Options) -> String {
    format!("(component{}\n)\n", forwarder(sig, o))
}

/// A component that chains two forwarders: `b`'s import `echo` is `a`'s export `run`, and
/// `a` imports the component's `host`; the component exports `b`'s `run`.
pub fn chain(sig: &Sig, a: &Options, b: &Options) -> String {
    let mut defs = Vec::new();
    let func = sig.render(&mut defs);
    let mut out = format!(
        "(component\n  (import \"host\" {})",
        host_instance_type(sig)
    );
    out += "\n  (alias export $host \"tap\" (func $tap))";
    let mut via = String::from("(export \"echo\" (func $a_run)) (export \"tap\" (func $tap))");
    if sig.uses_resources() {
        out += "\n  (alias export $host \"r\" (type $r))";
        via += " (export \"r\" (type $r))";
    }
    for i in 0..defs.len() {
        out += &format!("\n  (alias export $host \"t{i}\" (type $host_t{i}))");
        via += &format!(" (export \"t{i}\" (type $host_t{i}))");
    }
    for (name, o) in [("$A", a), ("$B", b)] {
        let items = forwarder(sig, o).replace('\n', "\n  ");
        out += &format!("\n  (component {name}{items}\n  )");
    }
    out += "\n  (instance $a (instantiate $A (with \"host\" (instance $host))))";
    out += "\n  (alias export $a \"run\" (func $a_run))";
    out += &format!("\n  (instance $via {via})");
    out += "\n  (instance $b (instantiate $B (with \"host\" (instance $via))))";
    // The export's type names this component's own exports of the named types.
    for (i, d) in defs.iter().enumerate() {
        out += &format!("\n  (type $t{i}' {d}) (export $t{i} \"t{i}\" (type $t{i}'))");
    }
    out += "\n  (alias export $b \"run\" (func $b_run))";
    out += &format!("\n  (export \"run\" (func $b_run) (func{func}))\n)\n");
    out
}
