//! Inputs the fuzz targets found, kept as regression tests with the answer the spec gives.

/// `reproducers/wasmi-if-param-with-dead-then.wat`: global 2 ends as the argument. The
/// oracle answered otherwise; this pins wicker's (the spec's) answer in both bounds-check
/// modes.
#[test]
fn an_if_parameter_with_a_dead_then_branch() {
    let wat = include_str!("../reproducers/wasmi-if-param-with-dead-then.wat");
    for explicit in [false, true] {
        let mut config = wicker::Config::new();
        config.explicit_bounds_checks(explicit);
        let engine = wicker::Engine::new(&config).unwrap();
        let module = wicker::Module::new(&engine, wat).unwrap();
        for x in [0u32, 7, 12345, 3_951_663_447] {
            let mut store = wicker::Store::new(&engine, ());
            let instance = wicker::Instance::new(&mut store, &module, &[]).unwrap();
            let run = instance
                .get_typed_func::<u32, u32>(&mut store, "run")
                .unwrap();
            assert_eq!(run.call(&mut store, x).unwrap(), x, "explicit: {explicit}");
        }
    }
}

/// Runs a reproducer as its case did, in both bounds-check modes, and checks the outcome of
/// the calls named in `calls` and the globals named in `globals`.
fn pin(bytes: &[u8], arg_seed: u64, calls: &[(&str, &str)], globals: &[(&str, u128)]) {
    for explicit in [false, true] {
        let (seen_calls, seen_globals) =
            wicker_fuzz::differential::wicker_summary(bytes, arg_seed, explicit).unwrap();
        for (name, outcome) in calls {
            let seen = seen_calls.iter().find(|(n, _)| n == name);
            assert_eq!(
                seen.map(|c| c.1.as_str()),
                Some(*outcome),
                "call {name:?}, explicit: {explicit}"
            );
        }
        for (name, bits) in globals {
            let seen = seen_globals.iter().find(|(n, _)| n == name);
            assert_eq!(
                seen.map(|g| g.1),
                Some(*bits),
                "global {name:?}, explicit: {explicit}"
            );
        }
    }
}

/// `reproducers/wasmi-uninitialized-local.wasm` (case 513,990 of a run with seed 42): the
/// first export's call traps, the second reads a local it never wrote, whose value the spec
/// makes zero, into global `V\u{f}`. The oracle answered with leftovers of earlier cases
/// (it reads memory it never initialized: the same run under an allocator that fills new
/// memory with `0x03` answers `0x03030303`); this pins the spec's zero.
#[test]
fn a_local_never_written_reads_as_zero() {
    pin(
        include_bytes!("../reproducers/wasmi-uninitialized-local.wasm"),
        14_525_907_334_260_733_404,
        &[],
        // The second global is one both engines agreed on.
        &[("V\u{f}", 0), ("7", 2_227_727_559)],
    );
}

/// `reproducers/wasmi-uninitialized-local-2.wasm` (a run with seed 7): the same kind of
/// answer from the oracle, for global `9` (uninitialized memory again: its answer changes
/// with what the allocator leaves in new memory).
#[test]
fn a_second_local_never_written_reads_as_zero() {
    pin(
        include_bytes!("../reproducers/wasmi-uninitialized-local-2.wasm"),
        679_837_854_798_597_434,
        &[],
        &[("9", 5), ("7", 3_758_096_378)],
    );
}

/// `reproducers/wasmi-overflow-for-unreachable.wasm` (a run with seed 7): the call reaches
/// an `unreachable`; the oracle reported an integer overflow instead.
#[test]
fn an_unreachable_is_reported_as_such() {
    pin(
        include_bytes!("../reproducers/wasmi-overflow-for-unreachable.wasm"),
        9_582_291_538_963_966_845,
        &[("\u{b}", "Trapped(\"unreachable\")")],
        &[("2", 0), ("4", 0)],
    );
}

/// `reproducers/wasmi-wrong-global.wasm` (a run with seed 7): an `i64` global ends as
/// `12111146859987090816`; the oracle computed another value.
#[test]
fn an_i64_global_ends_with_the_specified_value() {
    pin(
        include_bytes!("../reproducers/wasmi-wrong-global.wasm"),
        11_217_178_256_484_680_488,
        &[],
        &[
            ("<\u{4}\u{1d}", 12_111_146_859_987_090_816),
            ("\u{f}", 2_134_790_128),
            ("7", 15_160_679_878_616_911_972),
            ("a-", 3_606_221_628),
        ],
    );
}

/// `reproducers/wasmi-overflow-for-a-result.wasm` (a run with seed 1000): export `1`
/// returns `0xdfffffff` and the globals end as pinned; the oracle trapped with an integer
/// overflow instead.
#[test]
fn a_call_returns_where_the_oracle_reported_an_overflow() {
    pin(
        include_bytes!("../reproducers/wasmi-overflow-for-a-result.wasm"),
        9_976_051_596_734_224_374,
        &[("1", "Returned([(0, 3758096383)])")],
        &[
            ("\u{17}U\\w", 3_962_780_267),
            ("4", 64),
            ("6", 17_489_411_302_988_422_784),
            ("tjY", 33_554_432),
        ],
    );
}

/// A module the oracle's translator panics on is skipped, not reported: the panic is the
/// oracle's (case 13924793667056788396 of a run with seed 1000).
#[test]
fn an_oracle_panic_is_not_a_failure() {
    let case = 13_924_793_667_056_788_396;
    assert!(wicker_fuzz::run_case(wicker_fuzz::Target::Differential, case).is_ok());
}
