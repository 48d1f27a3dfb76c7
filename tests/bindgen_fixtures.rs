//! Every WIT fixture of `macros/wit-bindgen/tests/fixtures/` expanded with `bindgen!`:
//! the generated bindings compile against wicker (this file compiling is the test), and
//! a few of them are exercised below.

mod aliases {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/aliases.wit" });
}

mod empty {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/empty.wit" });
}

mod enums {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/enums.wit" });
}

mod exports_only {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/exports-only.wit" });
}

mod flags {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/flags.wit" });
}

mod guest_resources {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/guest-resources.wit" });
}

mod host_resources {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/host-resources.wit" });
}

mod imports_only {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/imports-only.wit" });
}

mod keywords {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/keywords.wit" });
}

mod kv_store {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/kv-store.wit" });
}

mod lists {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/lists.wit" });
}

mod many_params {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/many-params.wit" });
}

mod nested_types {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/nested-types.wit" });
}

mod options {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/options.wit" });
}

mod primitives {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/primitives.wit" });
}

mod records {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/records.wit" });
}

mod results {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/results.wit" });
}

mod strings {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/strings.wit" });
}

mod tuples {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/tuples.wit" });
}

mod types_only {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/types-only.wit" });
}

mod use_types {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/use-types.wit" });
}

mod variants {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/variants.wit" });
}

mod versioned {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/versioned.wit" });
}

mod with_deps {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/with-deps" });
}

mod world_funcs {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/world-funcs.wit" });
}

mod world_types {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/world-types.wit" });
}

mod errors {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/errors.wit" });
}

mod gates {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/gates.wit" });
}

mod several_names {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/several-names.wit" });
}

/// WIT names equal to generated ones (`new`, `drop`, `call_*`, `T`, `String`).
mod generated_names {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/generated-names.wit" });
}

/// An interface named `guest` with types named like `Guest`, `Host` and their resource views.
mod guest_interface {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/guest-interface.wit" });
}

/// Rust keywords as package, interface, world and plain names.
mod keyword_names {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/keyword-names.wit" });
}

/// One interface in two versions, and one named like a naive version mangling.
mod two_versions {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/two-versions.wit" });
}

/// 16 and 40 parameters, 12- and 13-field tuples.
mod wide_arity {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/wide-arity.wit" });
}

/// A world with a type of its own name, and types named like its generated items.
mod world_type_name {
    wicker::component::bindgen!({ path: "../macros/wit-bindgen/tests/fixtures/world-type-name.wit" });
}

/// The same world with an `@unstable` feature enabled: its function is in the trait.
mod gates_experimental {
    wicker::component::bindgen!({
        path: "../macros/wit-bindgen/tests/fixtures/gates.wit",
        features: ["experimental"],
    });
}

#[test]
fn unstable_features_are_opt_in() {
    struct Stable;
    impl gates::fixtures::gates::api::Host for Stable {
        fn stable(&mut self) -> u32 {
            1
        }
    }
    struct Both;
    impl gates_experimental::fixtures::gates::api::Host for Both {
        fn stable(&mut self) -> u32 {
            1
        }
        fn experimental(&mut self) -> u32 {
            2
        }
    }
    use gates_experimental::fixtures::gates::api::Host as _;
    assert_eq!(Both.experimental(), 2);
    let _ = Stable;
}

#[test]
fn an_interface_under_two_names_gets_two_modules() {
    struct Primary;
    impl several_names::primary::Host for Primary {
        fn read(&mut self, key: String) -> Option<several_names::primary::Entry> {
            Some(several_names::fixtures::several_names::store::Entry { key, value: 1 })
        }
    }
    struct Backup;
    impl several_names::backup::Host for Backup {
        fn read(&mut self, _: String) -> Option<several_names::backup::Entry> {
            None
        }
    }
    use several_names::backup::Host as _;
    use several_names::primary::Host as _;
    assert!(Primary.read("k".into()).is_some());
    assert!(Backup.read("k".into()).is_none());
}

#[test]
fn host_traits_and_world_structs_exist() {
    // Implementing a generated `Host` trait and naming generated types compiles.
    struct Clock;
    impl imports_only::fixtures::imports_only::clock::Host for Clock {
        fn now(&mut self) -> u64 {
            1
        }
        fn resolution(&mut self) -> u64 {
            1
        }
    }
    let mut c = Clock;
    use imports_only::fixtures::imports_only::clock::Host as _;
    assert_eq!(c.now(), 1);
    let p = records::fixtures::records::shapes::Point { x: 1, y: 2 };
    assert_eq!(p.clone(), p);
    let m = flags::fixtures::flags::perms::Mode {
        read: true,
        ..Default::default()
    };
    assert!(m.read && !m.write);
    let _ = keywords::fixtures::keywords::r#type::Enum::Self_;
}

#[test]
fn generated_names_never_collide_with_wit_names() {
    // `world name5 { record name5 }`: the record gets a `_`, the world keeps its name.
    let n = world_type_name::Name5_ { x: 1 };
    assert_eq!(n.clone(), n);
    let _: Option<world_type_name::Name5> = None;
    let _: Option<world_type_name::Name5Pre<()>> = None;
    // Two versions of `a:b/c`, each in a module of its own.
    let _ = two_versions::a::b__v1_0_0::c::Info { v1: 1 };
    let _ = two_versions::a::b__v2_0_0::c::Info { v2: "x".into() };
    let _: Option<&dyn two_versions::a::b__v2_0_0::c_v1_0_0::Host> = None;
    // A 13-field tuple is a tuple struct with std's derives.
    use wide_arity::__wicker::Tuple13;
    let h = wide_arity::fixtures::wide_arity::wide::Holder {
        t: Tuple13(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    };
    assert_eq!(h.clone(), h);
    // A record `string` is `String`: generated code names `::std::string::String`.
    let s = generated_names::fixtures::generated_names::names::String {
        text: String::new(),
    };
    assert_eq!(s.clone(), s);
}

/// `with` maps an interface to bindings generated elsewhere: the runner's types are the
/// `use_types` module's.
mod use_types_with {
    wicker::component::bindgen!({
        path: "../macros/wit-bindgen/tests/fixtures/use-types.wit",
        with: { "fixtures:use-types/types": crate::use_types::fixtures::use_types::types },
    });
}

/// Trappable imports: host functions return `wicker::Result`.
mod trappable {
    wicker::component::bindgen!({
        path: "../macros/wit-bindgen/tests/fixtures/imports-only.wit",
        trappable_imports: true,
        additional_derives: [Eq],
    });
}

#[test]
fn with_and_trappable_options() {
    let c = use_types::fixtures::use_types::types::Config {
        verbose: true,
        level: 3,
    };
    // The same type under both modules.
    let same: use_types_with::fixtures::use_types::runner::Config = c.clone();
    assert_eq!(same, c);

    struct Clock;
    impl trappable::fixtures::imports_only::clock::Host for Clock {
        fn now(&mut self) -> wicker::Result<u64> {
            Err(anyhow::anyhow!("the clock is broken"))
        }
        fn resolution(&mut self) -> wicker::Result<u64> {
            Ok(1)
        }
    }
    use trappable::fixtures::imports_only::clock::Host as _;
    assert!(Clock.now().is_err());
}
