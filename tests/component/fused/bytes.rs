//! Strings and lists of integers against callees that misbehave in every way the
//! canonical ABI checks, and records and tuples of them.

use super::*;

/// What a callee of strings or lists does: its `f` body (after which the pair at 0 is
/// the result), and its `realloc`'s answer.
struct Callee {
    name: &'static str,
    /// Core instructions leaving the return pointer on the stack; `$p` and `$n` are the
    /// argument's pointer and length.
    body: &'static str,
    /// Core instructions giving `realloc`'s result; `$size` is the size asked for.
    realloc: &'static str,
}

const ECHO: &str = "(i32.store (i32.const 0) (local.get $p)) (i32.store (i32.const 4) (local.get $n)) (i32.const 0)";
const BUMP: &str = "(global.set $bump (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8))) (global.get $bump) (global.set $bump (i32.add (global.get $bump) (local.get $size)))";

const CALLEES: &[Callee] = &[
    Callee {
        name: "echo",
        body: ECHO,
        realloc: BUMP,
    },
    Callee {
        name: "bad utf-8 back",
        body: "(i32.store (i32.const 0) (i32.const 300)) (i32.store (i32.const 4) (i32.const 2)) (i32.const 0)",
        realloc: BUMP,
    },
    Callee {
        name: "out of bounds back",
        body: "(i32.store (i32.const 0) (i32.const 65530)) (i32.store (i32.const 4) (i32.const 16)) (i32.const 0)",
        realloc: BUMP,
    },
    Callee {
        name: "too long back",
        body: "(i32.store (i32.const 0) (i32.const 0)) (i32.store (i32.const 4) (i32.const 0x10000000)) (i32.const 0)",
        realloc: BUMP,
    },
    Callee {
        name: "misaligned return pointer",
        body: "(i32.const 2)",
        realloc: BUMP,
    },
    Callee {
        name: "return pointer out of bounds",
        body: "(i32.const 65532)",
        realloc: BUMP,
    },
    Callee {
        name: "realloc misaligned",
        body: ECHO,
        realloc: "(i32.const 1025)",
    },
    Callee {
        name: "realloc out of bounds",
        body: ECHO,
        realloc: "(i32.const 65532)",
    },
];

/// A callee of `f: func(x: T) -> T` for T a string or a `list<u32>`, counting its
/// `realloc` and post-return calls.
fn bytes_callee(ty: &str, callee: &Callee) -> String {
    let Callee { body, realloc, .. } = callee;
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    (data (i32.const 300) "\c3\28")
    (global $bump (mut i32) (i32.const 1024))
    (global $reallocs (mut i32) (i32.const 0))
    (global $posts (mut i32) (i32.const 0))
    (func (export "realloc") (param i32 i32 i32) (param $size i32) (result i32)
      (global.set $reallocs (i32.add (global.get $reallocs) (i32.const 1)))
      {realloc})
    (func (export "f") (param $p i32) (param $n i32) (result i32) {body})
    (func (export "post") (param i32) (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
    (func (export "counts") (result i32)
      (i32.add (i32.mul (global.get $reallocs) (i32.const 100)) (global.get $posts))))
  (core instance $m (instantiate $M))
  (func (export "f") (param "x" {ty}) (result {ty})
    (canon lift (core func $m "f") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")) (post-return (core func $m "post"))))
  (func (export "counts") (result u32) (canon lift (core func $m "counts"))))"#
    )
}

/// A caller exporting `run(p, n, r) -> u32`: calls `f` with the pointer and length `p`,
/// `n` of its memory, the return pointer `r`, and answers the result's length times 1000
/// plus its first byte, and its `realloc` calls times 1000000.
fn bytes_caller(ty: &str) -> String {
    format!(
        r#"(component
  (import "i" (instance $i (export "f" (func (param "x" {ty}) (result {ty})))))
  (alias export $i "f" (func $f))
  (core module $Libc
    (memory (export "mem") 1)
    (data (i32.const 100) "hello \e2\98\83!")
    (data (i32.const 200) "\ff\fe")
    (global $bump (mut i32) (i32.const 4096))
    (global $reallocs (mut i32) (i32.const 0))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (global.set $reallocs (i32.add (global.get $reallocs) (i32.const 1)))
      (global.set $bump (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8)))
      (global.get $bump)
      (global.set $bump (i32.add (global.get $bump) (local.get 3))))
    (func (export "reallocs") (result i32) (global.get $reallocs)))
  (core instance $libc (instantiate $Libc))
  (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
    (realloc (core func $libc "realloc"))))
  (core module $M
    (import "" "f" (func $f (param i32 i32 i32)))
    (import "" "reallocs" (func $reallocs (result i32)))
    (import "" "mem" (memory 1))
    (func (export "run") (param $p i32) (param $n i32) (param $r i32) (result i32)
      (call $f (local.get $p) (local.get $n) (local.get $r))
      (i32.add
        (i32.add
          (i32.mul (i32.load offset=4 (local.get $r)) (i32.const 1000))
          (i32.load8_u (i32.load (local.get $r))))
        (i32.mul (call $reallocs) (i32.const 1000000)))))
  (core instance $m (instantiate $M (with "" (instance
    (export "f" (func $f')) (export "reallocs" (func $libc "reallocs"))
    (export "mem" (memory $libc "mem"))))))
  (func (export "run") (param "p" u32) (param "n" u32) (param "r" u32) (result u32)
    (canon lift (core func $m "run"))))"#
    )
}

/// Runs every callee with every input of the caller, for `ty`, in `engine`: each call's
/// outcome and the callee's `realloc` and post-return counts.
fn run_bytes(engine: &Engine, ty: &str, inputs: &[(u32, u32, u32)]) -> Vec<String> {
    let caller = compile(engine, &bytes_caller(ty));
    let mut out = Vec::new();
    for callee in CALLEES {
        let component = compile(engine, &bytes_callee(ty, callee));
        for &(p, n, r) in inputs {
            let (mut store, b, run) = link(engine, &component, &caller);
            let got = call(&mut store, &run, &[Val::U32(p), Val::U32(n), Val::U32(r)]);
            let counts = b
                .get_typed_func::<(), (u32,)>(&mut store, "counts")
                .unwrap();
            let counts = counts.call(&mut store, ()).map_or(u32::MAX, |(n,)| n);
            out.push(format!(
                "{} ({p}, {n}, {r}): {} / callee counts {counts}",
                callee.name,
                outcome(got)
            ));
        }
    }
    out
}

#[test]
fn fused_string_calls_check_and_copy_as_the_host_path_does() {
    let inputs = [
        // "hello ☃!", whole and cut inside the snowman (invalid UTF-8).
        (100, 10, 16),
        (100, 8, 16),
        // Invalid UTF-8, an empty string, out of bounds, too long.
        (200, 2, 16),
        (100, 0, 16),
        (65530, 10, 16),
        (0, 0x1000_0000, 16),
        // The caller's return pointer misaligned, or out of bounds.
        (100, 10, 18),
        (100, 10, 65532),
    ];
    let fused = run_bytes(&engine(true), "string", &inputs);
    let reference = run_bytes(&engine(false), "string", &inputs);
    assert_eq!(fused, reference);
    // The reference says what the canonical ABI says.
    // One `realloc` in the caller, ten bytes back, the first an `h`; one `realloc` and one
    // post-return in the callee.
    assert!(
        reference[0].contains("U32(1010104) / callee counts 101"),
        "{}",
        reference[0]
    );
    assert!(
        reference[1].contains("error: invalid utf-8"),
        "{}",
        reference[1]
    );
    // A string has alignment 1: any pointer `realloc` gives is aligned.
    let misaligned = inputs.len() * 6;
    assert!(
        reference[misaligned].contains("U32(1010104)"),
        "{}",
        reference[misaligned]
    );
    assert!(
        reference[misaligned + inputs.len()].contains("error: realloc out of bounds"),
        "{}",
        reference[misaligned + inputs.len()]
    );
}

#[test]
fn fused_list_calls_check_and_copy_as_the_host_path_does() {
    let inputs = [
        // Two u32s, none, misaligned, out of bounds, too long.
        (100, 2, 16),
        (100, 0, 16),
        (102, 1, 16),
        (65532, 2, 16),
        (0, 0x0400_0000, 16),
        (100, 2, 65532),
    ];
    let fused = run_bytes(&engine(true), "(list u32)", &inputs);
    let reference = run_bytes(&engine(false), "(list u32)", &inputs);
    assert_eq!(fused, reference);
    assert!(
        reference
            .iter()
            .any(|r| r.contains("error: realloc unaligned")),
        "{reference:#?}"
    );
}

#[test]
fn string_and_list_calls_are_fused_too() {
    let trap = Callee {
        name: "trap",
        body: "unreachable",
        realloc: BUMP,
    };
    for ty in ["string", "(list u32)"] {
        for fused in [true, false] {
            let engine = engine(fused);
            let callee = compile(&engine, &bytes_callee(ty, &trap));
            let (mut store, _, run) = link(&engine, &callee, &compile(&engine, &bytes_caller(ty)));
            let args = [Val::U32(100), Val::U32(2), Val::U32(16)];
            let err = call(&mut store, &run, &args).unwrap_err();
            let trace = format!("{err:?}");
            assert!(trace.contains("unreachable"), "{trace}");
            assert_eq!(trace.contains("component adapter"), fused, "{ty}: {trace}");
        }
    }
}

/// Records and tuples as parameters: their fields flattened, each converted or checked as
/// a parameter of its own type would be.
#[test]
fn records_and_tuples_are_fused_field_by_field() {
    let callee = r#"(component
      (type $r (record (field "a" u8) (field "s" string) (field "t" (tuple s16 char))))
      (export $r' "r" (type $r))
      (core module $M
        (memory (export "mem") 1)
        (global $bump (mut i32) (i32.const 1024))
        (func (export "realloc") (param i32 i32 i32 i32) (result i32)
          (global.get $bump) (global.set $bump (i32.add (global.get $bump) (local.get 3))))
        (func (export "f") (param $a i32) (param $p i32) (param $n i32) (param $t0 i32)
          (param $t1 i32) (result i32)
          ;; a + 7 * (the first byte of s) + 11 * t0 + 13 * t1 + 17 * n
          (i32.add (i32.add (i32.add (i32.add (local.get $a)
            (i32.mul (i32.const 7) (i32.load8_u (local.get $p))))
            (i32.mul (i32.const 11) (local.get $t0)))
            (i32.mul (i32.const 13) (local.get $t1)))
            (i32.mul (i32.const 17) (local.get $n)))))
      (core instance $m (instantiate $M))
      (func (export "f") (param "x" $r') (result u32)
        (canon lift (core func $m "f") (memory (core memory $m "mem"))
          (realloc (core func $m "realloc")))))"#;
    let caller = r#"(component
      (import "i" (instance $i
        (type $r0 (record (field "a" u8) (field "s" string) (field "t" (tuple s16 char))))
        (export "r" (type $r (eq $r0)))
        (export "f" (func (param "x" $r) (result u32)))))
      (alias export $i "f" (func $f))
      (core module $Libc
        (memory (export "mem") 1)
        (data (i32.const 100) "zebra\ff")
        (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 2048)))
      (core instance $libc (instantiate $Libc))
      (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
        (realloc (core func $libc "realloc"))))
      (core module $M
        (import "" "f" (func $f (param i32 i32 i32 i32 i32) (result i32)))
        (func (export "run") (param i32 i32 i32 i32 i32) (result i32)
          (call $f (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4))))
      (core instance $m (instantiate $M (with "" (instance (export "f" (func $f'))))))
      (func (export "run") (param "a" s32) (param "p" s32) (param "n" s32) (param "t0" s32)
        (param "t1" s32) (result u32)
        (canon lift (core func $m "run"))))"#;
    let inputs: &[[i32; 5]] = &[
        [3, 100, 5, -2, 0x41],
        [0x1ff, 100, 1, 0x18000, 0x10ffff],
        [1, 100, 6, 0, 0x41],
        [1, 100, 5, 0, 0xd800],
        [1, 65530, 10, 0, 0x41],
    ];
    let run = |fused: bool| -> Vec<String> {
        let engine = engine(fused);
        let callee = compile(&engine, callee);
        let caller = compile(&engine, caller);
        inputs
            .iter()
            .map(|args| {
                let (mut store, _, run) = link(&engine, &callee, &caller);
                let args: Vec<Val> = args.iter().map(|v| Val::S32(*v)).collect();
                outcome(call(&mut store, &run, &args))
            })
            .collect()
    };
    let (fused, reference) = (run(true), run(false));
    assert_eq!(fused, reference);
    // 3 + 7 * 'z' + 11 * -2 + 13 * 'A' + 17 * 5.
    assert_eq!(reference[0], "U32(1765)");
    assert_eq!(reference[3], "error: invalid char");
    assert_eq!(reference[2], "error: invalid utf-8");
    assert_eq!(reference[4], "error: out of bounds");
    // And the call is fused: an adapter frame shows in a trap's backtrace.
    let engine = engine(true);
    let (callee, caller) = (compile(&engine, callee), compile(&engine, caller));
    let (mut store, _, run) = link(&engine, &callee, &caller);
    let err = call(&mut store, &run, &[1, 100, 5, 0, 0xd800].map(Val::S32)).unwrap_err();
    assert!(format!("{err:?}").contains("component adapter"), "{err:?}");
}
