//! `bindgen!` over the WASI 0.2 command world vendored in `wit/`: the generated host
//! bindings compile, and their traits can be implemented.

mod wasi {
    wicker::component::bindgen!({ path: "../wit", world: "command" });
}

#[test]
fn wasi_command_bindings_compile() {
    // A host implementation of one interface, through the generated trait.
    struct Env;
    impl wasi::wasi::cli::environment::Host for Env {
        fn get_environment(&mut self) -> Vec<(String, String)> {
            vec![("A".into(), "1".into())]
        }
        fn get_arguments(&mut self) -> Vec<String> {
            Vec::new()
        }
        fn initial_cwd(&mut self) -> Option<String> {
            None
        }
    }
    use wasi::wasi::cli::environment::Host as _;
    assert_eq!(Env.get_environment().len(), 1);
}
