//! Builds the small C helper that provides `sigsetjmp`/`siglongjmp`, which Rust cannot call
//! soundly itself because `sigsetjmp` returns twice.

fn main() {
    println!("cargo:rerun-if-changed=src/vm/helpers.c");
    cc::Build::new()
        .file("src/vm/helpers.c")
        .flag_if_supported("-U_FORTIFY_SOURCE")
        .compile("wicker-helpers");
}
