//! Values read and written in linear memory: lists of every kind of element, results
//! returned through memory, and parameters passed through memory, with contents that
//! lifting must normalize or reject. Each callee answers with a hash of all the memory its
//! `realloc` gave out (and each caller with one of its memory), so that the two paths
//! must agree on every byte they wrote and on every `realloc` call they made.

use super::*;

/// A bump `realloc` (aligning as asked, from 1024, keeping what a grown or shrunk
/// allocation held, hashing the arguments of its calls) whose result is `answer` (the
/// memory it set aside if `answer` is empty), and `$hash`, a hash of those calls and of
/// the bytes in a range.
pub(super) fn allocator(answer: &str) -> String {
    let answer = if answer.is_empty() {
        "(local.get $at)"
    } else {
        answer
    };
    format!(
        r#"(global $bump (mut i32) (i32.const 1024))
    (global $log (mut i32) (i32.const 0))
    (func (export "realloc") (param $old i32) (param $old_size i32) (param $align i32)
      (param $size i32) (result i32)
      (local $at i32)
      ;; Every call's arguments go into the hash.
      (global.set $log (i32.add (i32.mul (global.get $log) (i32.const 31)) (local.get $old)))
      (global.set $log (i32.add (i32.mul (global.get $log) (i32.const 31)) (local.get $old_size)))
      (global.set $log (i32.add (i32.mul (global.get $log) (i32.const 31)) (local.get $align)))
      (global.set $log (i32.add (i32.mul (global.get $log) (i32.const 31)) (local.get $size)))
      (local.set $at (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
        (i32.sub (i32.const 0) (local.get $align))))
      (global.set $bump (i32.add (local.get $at) (local.get $size)))
      ;; A grown or shrunk allocation keeps what it held.
      (if (local.get $old) (then
        (memory.copy (local.get $at) (local.get $old)
          (select (local.get $old_size) (local.get $size)
            (i32.lt_u (local.get $old_size) (local.get $size))))))
      {answer})
    (func $hash (param $from i32) (param $to i32) (result i32)
      (local $h i32)
      (local.set $h (global.get $log))
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31))
          (i32.load8_u (local.get $from))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $next)))
      (local.get $h))"#
    )
}

/// A callee of `f: func(x: T) -> u32` with core parameters `params` (all `i32`),
/// answering the hash of what its `realloc` gave out plus its first parameter; its
/// `realloc` answers `answer`.
pub(super) fn hashing_callee(ty: &str, params: usize, answer: &str) -> String {
    let alloc = allocator(answer);
    let params = "i32 ".repeat(params);
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    {alloc}
    (func (export "f") (param {params}) (result i32)
      (i32.add (call $hash (i32.const 1024) (global.get $bump)) (local.get 0))))
  (core instance $m (instantiate $M))
  (func (export "f") (param "x" {ty}) (result u32)
    (canon lift (core func $m "f") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")))))"#
    )
}

/// The data every caller's memory holds, at fixed offsets, for the inputs below.
const CALLER_DATA: &str = r#"
    (data (i32.const 100) "\41\00\00\00\ff\ff\10\00")
    (data (i32.const 108) "\41\00\00\00\00\d8\00\00")
    (data (i32.const 120) "\00\01\02\ff")
    (data (i32.const 128) "\00\00\80\3f\01\00\c0\7f\00\00\00\80")
    (data (i32.const 144) "\01\05\00\09\02\00")
    (data (i32.const 160) "\90\01\00\00\05\00\00\00\95\01\00\00\00\00\00\00\9a\01\00\00\02\00\00\00\fa\ff\00\00\0a\00\00\00")
    (data (i32.const 200) "\90\01\00\00\05\00\00\00\91\01\00\00\03\00\00\00\ff\ff\00\00\02\00\00\00")
    (data (i32.const 240) "\07\aa\bb\cc\04\03\02\01\ff\00\00\00\ff\ff\ff\ff")
    (data (i32.const 260) "\01\00\00\00\41\00\00\00\02\00\00\00\00\00\11\00")
    (data (i32.const 280) "\00\00\00\00\90\01\00\00\05\00\00\00\01\00\00\00\ef\be\00\00\00\00\00\00\00\00\00\00\9a\01\00\00\02\00\00\00\03\00\00\00\00\00\00\00\00\00\00\00")
    (data (i32.const 328) "\a0\00\00\00\02\00\00\00\a0\00\00\00\04\00\00\00")
    (data (i32.const 400) "hello")
    (data (i32.const 410) "\c3\28")
    (data (i32.const 420) "h\00i\00\3d\d8\00\de")
    (data (i32.const 430) "\00\d8\41\00")
"#;

/// A caller exporting `run(p, n) -> u32`, which calls `f` (of core parameters `params`)
/// with `p` and `n` (or `p` alone) and answers its result.
pub(super) fn caller_of(ty: &str, params: usize, result: &str) -> String {
    let alloc = allocator("");
    let core_params = "i32 ".repeat(params);
    let args = if params == 1 {
        "(local.get 0)"
    } else {
        "(local.get 0) (local.get 1)"
    };
    format!(
        r#"(component
  (import "i" (instance $i (export "f" (func (param "x" {ty}) (result {result})))))
  (alias export $i "f" (func $f))
  (core module $Libc
    (memory (export "mem") 1)
    {CALLER_DATA}
    {alloc})
  (core instance $libc (instantiate $Libc))
  (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
    (realloc (core func $libc "realloc"))))
  (core module $M
    (import "" "f" (func $f (param {core_params}) (result i32)))
    (func (export "run") (param i32 i32) (result i32) (call $f {args})))
  (core instance $m (instantiate $M (with "" (instance (export "f" (func $f'))))))
  (func (export "run") (param "p" u32) (param "n" u32) (result u32)
    (canon lift (core func $m "run"))))"#
    )
}

/// Runs `run(p, n)` for each input with the callee and caller given, in `engine`.
pub(super) fn outcomes(
    engine: &Engine,
    callee: &str,
    caller: &str,
    inputs: &[(u32, u32)],
) -> Vec<String> {
    let (callee, caller) = (compile(engine, callee), compile(engine, caller));
    inputs
        .iter()
        .map(|&(p, n)| {
            let (mut store, _, run) = link(engine, &callee, &caller);
            let got = call(&mut store, &run, &[Val::U32(p), Val::U32(n)]);
            format!("({p}, {n}): {}", outcome(got))
        })
        .collect()
}

/// The same calls fused and through the host: their outcomes, which must agree.
fn compare(callee: &str, caller: &str, inputs: &[(u32, u32)]) -> Vec<String> {
    let fused = outcomes(&engine(true), callee, caller, inputs);
    let reference = outcomes(&engine(false), callee, caller, inputs);
    assert_eq!(fused, reference, "{caller}");
    // And the call was fused: a trapping callee shows the adapter in its backtrace.
    let engine = engine(true);
    let trapping = callee.replace("(i32.add (call $hash", "(unreachable) (i32.add (call $hash");
    let (callee, caller) = (compile(&engine, &trapping), compile(&engine, caller));
    let (mut store, _, run) = link(&engine, &callee, &caller);
    let (p, n) = inputs[0];
    let err = call(&mut store, &run, &[Val::U32(p), Val::U32(n)]).unwrap_err();
    assert!(format!("{err:?}").contains("component adapter"), "{err:?}");
    reference
}

fn list_case(elem: &str, inputs: &[(u32, u32)]) -> Vec<String> {
    let ty = format!("(list {elem})");
    compare(
        &hashing_callee(&ty, 2, ""),
        &caller_of(&ty, 2, "u32"),
        inputs,
    )
}

#[test]
fn lists_of_checked_and_converted_scalars_are_fused_as_the_host_path_does() {
    // Chars: valid, then a surrogate.
    let chars = list_case("char", &[(100, 2), (108, 2), (101, 1), (65532, 2)]);
    assert!(chars[0].contains("U32("), "{chars:?}");
    assert!(chars[1].contains("invalid char"), "{chars:?}");
    assert!(chars[2].contains("unaligned"), "{chars:?}");
    assert!(chars[3].contains("out of bounds"), "{chars:?}");
    // Bools become 0 or 1; floats' NaNs the canonical NaN.
    let bools = list_case("bool", &[(120, 4), (120, 0)]);
    let ones = list_case("bool", &[(121, 1)]);
    let twos = list_case("bool", &[(122, 1)]);
    assert_eq!(ones[0].split(": ").nth(1), twos[0].split(": ").nth(1));
    assert!(bools.iter().all(|b| b.contains("U32(")), "{bools:?}");
    let floats = list_case("float32", &[(128, 3), (130, 1)]);
    assert!(floats[1].contains("unaligned"), "{floats:?}");
}

#[test]
fn lists_of_variants_tuples_and_strings_are_fused_as_the_host_path_does() {
    // `option<u8>`: some 5, none (its payload byte ignored), then a bad discriminant.
    let options = list_case("(option u8)", &[(144, 2), (144, 3)]);
    assert!(options[1].contains("invalid discriminant"), "{options:?}");
    // Tuples without padding are copied as bytes; with padding, field by field (lowering
    // leaves padding as `realloc` gave it); with a char, checked element by element.
    list_case("(tuple u16 u16 u32)", &[(240, 2), (241, 1)]);
    list_case("(tuple u8 u32)", &[(240, 2), (241, 1)]);
    let chars = list_case("(tuple u8 char)", &[(260, 1), (260, 2)]);
    assert!(chars[1].contains("invalid char"), "{chars:?}");
    // Strings in a list: each checked for bounds and UTF-8, and copied on its own.
    let strings = list_case("string", &[(160, 2), (160, 3), (184, 1), (162, 1)]);
    assert!(strings[0].contains("U32("), "{strings:?}");
    assert!(strings[1].contains("invalid utf-8"), "{strings:?}");
    assert!(strings[2].contains("out of bounds"), "{strings:?}");
    assert!(strings[3].contains("unaligned"), "{strings:?}");
    let lists = list_case("(list u8)", &[(200, 2), (200, 3)]);
    assert!(lists[1].contains("out of bounds"), "{lists:?}");
    // Results of strings, and lists of lists of strings.
    let results = list_case(
        "(result string (error u16))",
        &[(280, 2), (280, 3), (316, 1)],
    );
    assert!(results[1].contains("invalid utf-8"), "{results:?}");
    assert!(results[2].contains("invalid discriminant"), "{results:?}");
    let nested = list_case("(list string)", &[(328, 1), (328, 2)]);
    assert!(nested[0].contains("U32("), "{nested:?}");
    assert!(nested[1].contains("invalid utf-8"), "{nested:?}");
}

/// A callee of `f: func(k: u32) -> T` returning the pointer `k` into its memory, whose
/// data is `data`.
pub(super) fn returning_callee(ty: &str, data: &str) -> String {
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    {data}
    (func (export "f") (param i32) (result i32) (local.get 0)))
  (core instance $m (instantiate $M))
  (func (export "f") (param "k" u32) (result {ty})
    (canon lift (core func $m "f") (memory (core memory $m "mem")))))"#
    )
}

/// A caller exporting `run(k, r) -> u32`, which calls `f(k)` with the return pointer
/// `r` and answers a hash of its whole memory up to its bump pointer.
pub(super) fn receiving_caller(ty: &str) -> String {
    let alloc = allocator("");
    format!(
        r#"(component
  (import "i" (instance $i (export "f" (func (param "k" u32) (result {ty})))))
  (alias export $i "f" (func $f))
  (core module $Libc
    (memory (export "mem") 1)
    {alloc}
    (func (export "hash") (result i32) (call $hash (i32.const 0) (global.get $bump))))
  (core instance $libc (instantiate $Libc))
  (core func $f' (canon lower (func $f) (memory (core memory $libc "mem"))
    (realloc (core func $libc "realloc"))))
  (core module $M
    (import "" "f" (func $f (param i32 i32)))
    (import "" "hash" (func $hash (result i32)))
    (func (export "run") (param i32 i32) (result i32)
      (call $f (local.get 0) (local.get 1)) (call $hash)))
  (core instance $m (instantiate $M (with "" (instance
    (export "f" (func $f')) (export "hash" (func $libc "hash"))))))
  (func (export "run") (param "k" u32) (param "r" u32) (result u32)
    (canon lift (core func $m "run"))))"#
    )
}

fn result_case(ty: &str, data: &str, inputs: &[(u32, u32)]) -> Vec<String> {
    let (callee, caller) = (returning_callee(ty, data), receiving_caller(ty));
    let fused = outcomes(&engine(true), &callee, &caller, inputs);
    let reference = outcomes(&engine(false), &callee, &caller, inputs);
    assert_eq!(fused, reference, "{ty}");
    let engine = engine(true);
    let trapping = callee.replace("(local.get 0)))", "(unreachable)))");
    let (callee, caller) = (compile(&engine, &trapping), compile(&engine, &caller));
    let (mut store, _, run) = link(&engine, &callee, &caller);
    let err = call(&mut store, &run, &[Val::U32(0), Val::U32(512)]).unwrap_err();
    assert!(format!("{err:?}").contains("component adapter"), "{err:?}");
    reference
}

#[test]
fn results_through_memory_are_fused_as_the_host_path_does() {
    let data = r#"
    (data (i32.const 100) "\41\00\00\00\2c\01\00\00\05\00\00\00")
    (data (i32.const 112) "\00\d8\00\00\2c\01\00\00\05\00\00\00")
    (data (i32.const 124) "\41\00\00\00\36\01\00\00\02\00\00\00")
    (data (i32.const 136) "\41\00\00\00\fd\ff\00\00\05\00\00\00")
    (data (i32.const 200) "\01\00\00\00\40\01\00\00\02\00\00\00")
    (data (i32.const 212) "\00\77\77\77\40\01\00\00\02\00\00\00")
    (data (i32.const 220) "\54\01\00\00\03\00\00\00")
    (data (i32.const 300) "hello")
    (data (i32.const 310) "\c3\28")
    (data (i32.const 320) "\01\99\02\00\03\99\04\00")
    (data (i32.const 340) "\01\00\00\00\2c\01\00\00\05\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\36\01\00\00\02\00\00\00")"#;
    // A char and a string: valid, a surrogate, bad UTF-8, out of bounds; the callee's
    // pointer misaligned or out of bounds; the caller's return pointer likewise.
    let pair = result_case(
        "(tuple char string)",
        data,
        &[
            (100, 512),
            (112, 512),
            (124, 512),
            (136, 512),
            (102, 512),
            (65532, 512),
            (100, 514),
            (100, 65532),
        ],
    );
    assert!(pair[0].contains("U32("), "{pair:?}");
    assert!(pair[1].contains("invalid char"), "{pair:?}");
    assert!(pair[2].contains("invalid utf-8"), "{pair:?}");
    assert!(pair[3].contains("out of bounds"), "{pair:?}");
    assert!(pair[4].contains("unaligned"), "{pair:?}");
    assert!(pair[5].contains("out of bounds"), "{pair:?}");
    assert!(pair[6].contains("unaligned"), "{pair:?}");
    assert!(pair[7].contains("out of bounds"), "{pair:?}");
    // An option of a list of tuples with padding (some, and none with garbage after).
    let options = result_case(
        "(option (list (tuple u8 u16)))",
        data,
        &[(200, 512), (212, 512)],
    );
    assert!(options.iter().all(|o| o.contains("U32(")), "{options:?}");
    // A list of options of strings: the third's string is not UTF-8.
    let strings = result_case("(list (option string))", data, &[(220, 512)]);
    assert!(strings[0].contains("invalid utf-8"), "{strings:?}");
}

/// The parameters of `f` when they are too many to pass flat: a char, a string and 15
/// `u32`s (18 flat values), laid out as a tuple of 72 bytes.
const MANY: &str = "(param \"c\" char) (param \"s\" string) (param \"a\" u32) (param \"b\" u32) \
    (param \"c2\" u32) (param \"d\" u32) (param \"e\" u32) (param \"f\" u32) (param \"g\" u32) \
    (param \"h\" u32) (param \"i\" u32) (param \"j\" u32) (param \"k\" u32) (param \"l\" u32) \
    (param \"m\" u32) (param \"n\" u32) (param \"o\" u32)";

#[test]
fn parameters_through_memory_are_fused_as_the_host_path_does() {
    // The callee's `realloc` answers as asked, misaligned, or out of bounds.
    for answer in ["", "(i32.const 1026)", "(i32.const 65500)"] {
        let callee = hashing_callee("u32", 1, answer).replace("(param \"x\" u32)", MANY);
        let caller = caller_of("u32", 1, "u32")
            .replace("(param \"x\" u32)", MANY)
            .replace(
                "(data (i32.const 400)",
                r#"(data (i32.const 600) "\41\00\00\00\90\01\00\00\05\00\00\00\01\00\00\00\02")
    (data (i32.const 700) "\00\d8\00\00\90\01\00\00\05\00\00\00")
    (data (i32.const 400)"#,
            );
        let got = compare(
            &callee,
            &caller,
            &[(600, 0), (700, 0), (602, 0), (65500, 0), (160, 0)],
        );
        match answer {
            "" => {
                assert!(got[0].contains("U32("), "{got:?}");
                assert!(got[1].contains("invalid char"), "{got:?}");
                assert!(got[2].contains("unaligned"), "{got:?}");
                assert!(got[3].contains("out of bounds"), "{got:?}");
            }
            "(i32.const 1026)" => assert!(got[0].contains("realloc unaligned"), "{got:?}"),
            _ => assert!(got[0].contains("realloc out of bounds"), "{got:?}"),
        }
    }
}

#[test]
fn utf16_strings_are_fused_as_the_host_path_does() {
    let utf16 = |text: String| {
        text.replace(
            r#"(canon lift (core func $m "f")"#,
            r#"(canon lift (core func $m "f") string-encoding=utf16"#,
        )
        .replace(
            "(canon lower (func $f)",
            "(canon lower (func $f) string-encoding=utf16",
        )
    };
    // "hi" and an emoji (a surrogate pair); a lone surrogate; misaligned; out of bounds;
    // too long; and a list of strings.
    let got = compare(
        &utf16(hashing_callee("string", 2, "")),
        &utf16(caller_of("string", 2, "u32")),
        &[
            (420, 4),
            (420, 3),
            (430, 2),
            (421, 1),
            (65534, 2),
            (0, 0x0800_0000),
        ],
    );
    assert!(got[0].contains("U32("), "{got:?}");
    // Cut between the two halves of the pair.
    assert!(got[1].contains("invalid utf-16"), "{got:?}");
    assert!(got[2].contains("invalid utf-16"), "{got:?}");
    assert!(got[3].contains("unaligned"), "{got:?}");
    assert!(got[4].contains("out of bounds"), "{got:?}");
    assert!(got[5].contains("too long"), "{got:?}");
}

#[test]
fn adapters_compiled_on_several_threads_at_once_all_work() {
    // Each thread's first call compiles the adapter in the shared engine; one copy wins.
    let engine = engine(true);
    let callee = compile(&engine, &hashing_callee("(list string)", 2, ""));
    let caller = compile(&engine, &caller_of("(list string)", 2, "u32"));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let (engine, callee, caller) = (engine.clone(), callee.clone(), caller.clone());
            std::thread::spawn(move || {
                let (mut store, _, run) = link(&engine, &callee, &caller);
                outcome(call(&mut store, &run, &[Val::U32(160), Val::U32(2)]))
            })
        })
        .collect();
    let got: Vec<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(
        got.iter().all(|g| *g == got[0] && g.starts_with("U32(")),
        "{got:?}"
    );
}
