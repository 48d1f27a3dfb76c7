//! The `fused-adapters` target under libFuzzer: a failing case panics, which libFuzzer
//! reports with the input that caused it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wicker_fuzz::{Target, run_input};

fuzz_target!(|data: &[u8]| {
    if let Err(failure) = run_input(Target::FusedAdapters, data) {
        panic!("{}", failure.message);
    }
});
