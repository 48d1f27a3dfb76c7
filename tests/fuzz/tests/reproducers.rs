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
