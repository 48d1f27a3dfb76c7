//! `compile`: validation and compilation never panic. Half the cases are random bytes
//! behind a wasm header, half are valid generated modules with a few bytes changed.

use crate::{Failure, Passed, Rng, no_panic};
use arbitrary::Unstructured;

/// One case: the input is refused with an error or compiled, never a panic.
pub fn case(seed: u64) -> Result<Passed, Failure> {
    let mut rng = Rng::new(seed);
    let input = if rng.below(2) == 0 {
        let len = rng.below(512) as usize;
        let mut bytes = b"\0asm\x01\0\0\0".to_vec();
        bytes.extend(rng.bytes(len));
        bytes
    } else {
        let data = rng.bytes(2048);
        let mut u = Unstructured::new(&data);
        // The differential configuration, with relaxed SIMD and 64-bit memories too: here only
        // compiling counts.
        let config = wasm_smith::Config {
            relaxed_simd_enabled: true,
            memory64_enabled: true,
            ..crate::differential::config()
        };
        let Ok(module) = wasm_smith::Module::new(config, &mut u) else {
            return Ok(Passed::Skipped);
        };
        let mut bytes = module.to_bytes();
        for _ in 0..=rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len() as u64) as usize;
            bytes[at] = rng.next_u64() as u8;
        }
        bytes
    };
    check(input)
}

/// The input as it is (a libFuzzer input, say): refused with an error or compiled.
pub fn check(input: Vec<u8>) -> Result<Passed, Failure> {
    // Every proposal wicker implements, those off by default included.
    let mut config = wicker::Config::new();
    config
        .wasm_custom_page_sizes(true)
        .wasm_wide_arithmetic(true)
        .wasm_memory64(true);
    let engine = wicker::Engine::new(&config).expect("a valid configuration");
    match no_panic(|| wicker::Module::new(&engine, &input).map(drop)) {
        Ok(_) => Ok(Passed::Checked),
        Err(message) => Err(Failure { message, input }),
    }
}
