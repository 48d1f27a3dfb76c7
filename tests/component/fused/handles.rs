//! Handles between components: owned handles moved (as parameters, in lists, and back as
//! results), borrows lent to the resource's implementation (which sees the
//! representation) and to a component that does not implement it (which gets a handle it
//! must drop before it returns), and the canonical ABI's traps for handles that cannot be
//! moved or lent, fused and through the host.

use super::*;

/// Defines a resource `r` and exports functions over its handles in `ns:res/api`.
const DEFINER: &str = r#"(component
  (type $r' (resource (rep i32)))
  (core func $new (canon resource.new $r'))
  (core func $rep (canon resource.rep $r'))
  (core func $drop (canon resource.drop $r'))
  (core module $M
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "rep" (func $rep (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (global.get $bump) (global.set $bump (i32.add (global.get $bump) (local.get 3))))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    (func $take (export "take") (param $h i32) (result i32)
      (local $r i32)
      (local.set $r (call $rep (local.get $h)))
      (call $drop (local.get $h))
      (local.get $r))
    (func (export "peek") (param $rep i32) (result i32) (i32.mul (local.get $rep) (i32.const 10)))
    (func (export "take-all") (param $p i32) (param $n i32) (result i32)
      (local $sum i32)
      (block $done (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $sum (i32.add (local.get $sum) (call $take (i32.load (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
      (local.get $sum))
    (func (export "echo") (param i32) (result i32) (local.get 0))
    (func (export "both") (param $rep i32) (param $h i32) (result i32)
      (i32.add (local.get $rep) (call $take (local.get $h)))))
  (core instance $m (instantiate $M (with "" (instance
    (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop))))))
  (func $make (param "rep" u32) (result (own $r')) (canon lift (core func $m "make")))
  (func $take (param "r" (own $r')) (result u32) (canon lift (core func $m "take")))
  (func $peek (param "r" (borrow $r')) (result u32) (canon lift (core func $m "peek")))
  (func $take-all (param "rs" (list (own $r'))) (result u32)
    (canon lift (core func $m "take-all") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc"))))
  (func $echo (param "r" (own $r')) (result (own $r')) (canon lift (core func $m "echo")))
  (func $both (param "b" (borrow $r')) (param "o" (own $r')) (result u32)
    (canon lift (core func $m "both")))
  (instance $api (export "r" (type $r')) (export "make" (func $make))
    (export "take" (func $take)) (export "peek" (func $peek))
    (export "take-all" (func $take-all)) (export "echo" (func $echo))
    (export "both" (func $both)))
  (export "ns:res/api" (instance $api)))"#;

/// Does not implement `r`: `inspect` passes its borrow on to `peek` and drops it; `leak`
/// keeps it.
const MIDDLE: &str = r#"(component
  (import "ns:res/api" (instance $api
    (export "r" (type $r (sub resource)))
    (export "peek" (func (param "r" (borrow $r)) (result u32)))))
  (alias export $api "r" (type $r))
  (core func $peek (canon lower (func $api "peek")))
  (core func $drop (canon resource.drop $r))
  (core module $M
    (import "" "peek" (func $peek (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (func (export "inspect") (param $h i32) (result i32)
      (local $v i32)
      (local.set $v (call $peek (local.get $h)))
      (call $drop (local.get $h))
      (i32.add (local.get $v) (i32.shl (local.get $h) (i32.const 16))))
    (func (export "leak") (param $h i32) (result i32) (local.get $h)))
  (core instance $m (instantiate $M (with "" (instance
    (export "peek" (func $peek)) (export "drop" (func $drop))))))
  (func $inspect (param "r" (borrow $r)) (result u32) (canon lift (core func $m "inspect")))
  (func $leak (param "r" (borrow $r)) (result u32) (canon lift (core func $m "leak")))
  (instance $mid (export "inspect" (func $inspect)) (export "leak" (func $leak)))
  (export "ns:mid/api" (instance $mid)))"#;

/// Runs one scenario per `case` over the definer's and the middle's functions.
const CONSUMER: &str = r#"(component
  (import "ns:res/api" (instance $api
    (export "r" (type $r (sub resource)))
    (export "make" (func (param "rep" u32) (result (own $r))))
    (export "take" (func (param "r" (own $r)) (result u32)))
    (export "peek" (func (param "r" (borrow $r)) (result u32)))
    (export "take-all" (func (param "rs" (list (own $r))) (result u32)))
    (export "echo" (func (param "r" (own $r)) (result (own $r))))
    (export "both" (func (param "b" (borrow $r)) (param "o" (own $r)) (result u32)))))
  (alias export $api "r" (type $r))
  (import "ns:mid/api" (instance $mid
    (export "inspect" (func (param "r" (borrow $r)) (result u32)))
    (export "leak" (func (param "r" (borrow $r)) (result u32)))))
  (core module $Libc (memory (export "mem") 1)
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 2048)))
  (core instance $libc (instantiate $Libc))
  (core func $make (canon lower (func $api "make")))
  (core func $take (canon lower (func $api "take")))
  (core func $peek (canon lower (func $api "peek")))
  (core func $take-all (canon lower (func $api "take-all") (memory (core memory $libc "mem"))))
  (core func $echo (canon lower (func $api "echo")))
  (core func $both (canon lower (func $api "both")))
  (core func $inspect (canon lower (func $mid "inspect")))
  (core func $leak (canon lower (func $mid "leak")))
  (core module $M
    (import "" "make" (func $make (param i32) (result i32)))
    (import "" "take" (func $take (param i32) (result i32)))
    (import "" "peek" (func $peek (param i32) (result i32)))
    (import "" "take-all" (func $take-all (param i32 i32) (result i32)))
    (import "" "echo" (func $echo (param i32) (result i32)))
    (import "" "both" (func $both (param i32 i32) (result i32)))
    (import "" "inspect" (func $inspect (param i32) (result i32)))
    (import "" "leak" (func $leak (param i32) (result i32)))
    (import "" "mem" (memory 1))
    (func (export "run") (param $case i32) (result i32)
      (local $h i32) (local $v i32)
      (local.set $h (call $make (i32.const 7)))
      (block $0 (block $1 (block $2 (block $3 (block $4 (block $5 (block $6 (block $7
        (block $8 (block $9
          (br_table $0 $1 $2 $3 $4 $5 $6 $7 $8 $9 (local.get $case)))
        ;; 9: one handle lent and moved in the same call.
        (return (call $both (local.get $h) (local.get $h))))
        ;; 8: a handle moved twice.
        (drop (call $take (local.get $h)))
        (return (call $take (local.get $h))))
        ;; 7: a borrow kept past the call.
        (return (call $leak (local.get $h))))
        ;; 6: a borrow lent on through a component that does not implement `r`.
        (local.set $v (call $inspect (local.get $h)))
        (return (i32.add (local.get $v) (call $take (local.get $h)))))
        ;; 5: an owned handle there and back.
        (return (call $take (call $echo (local.get $h)))))
        ;; 4: an unknown handle.
        (return (call $take (i32.const 12345))))
        ;; 3: the same handle twice in one list.
        (i32.store (i32.const 100) (local.get $h))
        (i32.store (i32.const 104) (local.get $h))
        (return (call $take-all (i32.const 100) (i32.const 2))))
        ;; 2: a list of owned handles.
        (i32.store (i32.const 100) (local.get $h))
        (i32.store (i32.const 104) (call $make (i32.const 20)))
        (i32.store (i32.const 108) (call $make (i32.const 300)))
        (return (call $take-all (i32.const 100) (i32.const 3))))
      ;; 1: a borrow lent to the implementation, then the handle moved.
      (local.set $v (call $peek (local.get $h)))
      (return (i32.add (local.get $v) (call $take (local.get $h)))))
      ;; 0: an owned handle moved.
      (call $take (local.get $h))))
  (core instance $m (instantiate $M (with "" (instance
    (export "make" (func $make)) (export "take" (func $take)) (export "peek" (func $peek))
    (export "take-all" (func $take-all)) (export "echo" (func $echo))
    (export "both" (func $both)) (export "inspect" (func $inspect)) (export "leak" (func $leak))
    (export "mem" (memory $libc "mem"))))))
  (func (export "run") (param "case" u32) (result u32) (canon lift (core func $m "run"))))"#;

/// Each case's outcome in `engine`, each in a fresh store (errors with their backtraces,
/// if `traces`), and whether the definer can still be called from the host after it.
fn scenarios(engine: &Engine, traces: bool) -> Vec<String> {
    let (definer, middle, consumer) = (
        compile(engine, DEFINER),
        compile(engine, MIDDLE),
        compile(engine, CONSUMER),
    );
    (0..10)
        .map(|case| {
            let mut store = Store::new(engine, ());
            let mut linker = Linker::new(engine);
            let d = linker.instantiate(&mut store, &definer).unwrap();
            let api = d.get_instance("ns:res/api").unwrap();
            linker.root().instance_exports("ns:res/api", &api).unwrap();
            let m = linker.instantiate(&mut store, &middle).unwrap();
            let mid = m.get_instance("ns:mid/api").unwrap();
            linker.root().instance_exports("ns:mid/api", &mid).unwrap();
            let c = linker.instantiate(&mut store, &consumer).unwrap();
            let run = c.get_func(&mut store, "run").unwrap();
            let got = call(&mut store, &run, &[Val::U32(case)]);
            // A trap before the definer was entered leaves it usable.
            let make = api.get_func(&mut store, "make").unwrap();
            let probe = call(&mut store, &make, &[Val::U32(1)]).map_or("busy", |_| "usable");
            match got {
                Err(e) if traces => format!("{e:?}"),
                got => format!("{case}: {} / definer {probe}", outcome(got)),
            }
        })
        .collect()
}

#[test]
fn handles_are_moved_and_lent_by_fused_calls_as_by_the_host_path() {
    let fused = scenarios(&engine(true), false);
    let reference = scenarios(&engine(false), false);
    assert_eq!(fused, reference);
    let expected = [
        "0: U32(7) / definer usable",
        "1: U32(77) / definer usable",
        "2: U32(327) / definer usable",
        // A handle that cannot be moved fails as it is lifted, before the callee is
        // entered.
        "3: error: unknown handle / definer usable",
        "4: error: unknown handle / definer usable",
        "5: U32(7) / definer usable",
        // The middle's borrow handle (1, its first) in the high bits; 70 from `peek`.
        "6: U32(65613) / definer usable",
        "7: error: borrows remain / definer usable",
        "8: error: unknown handle / definer usable",
        "9: error: lent / definer usable",
    ];
    assert_eq!(reference, expected);
}

#[test]
fn handle_calls_are_fused() {
    // The traps of cases 4 and 7 are raised in the adapter's frame.
    let traces = scenarios(&engine(true), true);
    for case in [4, 7] {
        assert!(
            traces[case].contains("component adapter"),
            "{}",
            traces[case]
        );
    }
    let traces = scenarios(&engine(false), true);
    assert!(!traces[4].contains("component adapter"), "{}", traces[4]);
}
