//! `serialize`: a compiled module's or component's artifact, altered (bytes changed, cut
//! short, grown), is refused with an error, never loaded or crashed on; the unaltered
//! artifact loads. Every other case wraps the module in a component (its one core module),
//! so that both formats are exercised.

use crate::{Failure, Passed, Rng, no_panic};
use arbitrary::Unstructured;

/// One case.
pub fn case(seed: u64) -> Result<Passed, Failure> {
    let mut rng = Rng::new(seed);
    let len = 1024 + rng.below(4096) as usize;
    let data = rng.bytes(len);
    let mut u = Unstructured::new(&data);
    let Ok(module) = wasm_smith::Module::new(crate::differential::config(), &mut u) else {
        return Ok(Passed::Skipped);
    };
    let mut wasm = module.to_bytes();
    let component = rng.below(2) == 0;
    if component {
        wasm = wrap_in_component(&wasm);
    }
    let engine = wicker::Engine::default();
    let fail = |message: String, input: &[u8]| Failure {
        message,
        input: input.to_vec(),
    };
    let artifact = if component {
        engine.precompile_component(&wasm)
    } else {
        engine.precompile_module(&wasm)
    };
    let Ok(artifact) = artifact else {
        return Ok(Passed::Skipped);
    };
    // The artifact as written loads.
    if let Err(e) = load(&engine, &artifact, component) {
        return Err(fail(
            format!("an artifact as written does not load: {e:#}"),
            &wasm,
        ));
    }
    let mut altered = artifact.clone();
    match rng.below(3) {
        0 => {
            for _ in 0..=rng.below(4) {
                let at = rng.below(altered.len() as u64) as usize;
                altered[at] ^= 1 << rng.below(8);
            }
        }
        1 => altered.truncate(rng.below(altered.len() as u64) as usize),
        _ => {
            let n = 1 + rng.below(16) as usize;
            altered.extend(rng.bytes(n));
        }
    }
    if altered == artifact {
        return Ok(Passed::Skipped);
    }
    match no_panic(|| load(&engine, &altered, component)) {
        Ok(Err(_)) => Ok(Passed::Checked),
        Ok(Ok(())) => Err(fail("an altered artifact was loaded".into(), &altered)),
        Err(message) => Err(fail(message, &altered)),
    }
}

/// A component whose one item is the core module `wasm` (not instantiated).
fn wrap_in_component(wasm: &[u8]) -> Vec<u8> {
    let mut out = b"\0asm\x0d\0\x01\0".to_vec();
    // Section 1: a core module.
    out.push(1);
    let mut len = wasm.len() as u64;
    loop {
        let byte = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
    out.extend_from_slice(wasm);
    out
}

/// Loads `bytes` as a module or component of `engine`.
#[allow(unsafe_code, reason = "the API under test is unsafe")]
fn load(engine: &wicker::Engine, bytes: &[u8], component: bool) -> anyhow::Result<()> {
    // SAFETY: every artifact given here was written by `engine`; the altered ones are what
    // the test is about, and must be refused before any of their code is mapped.
    unsafe {
        if component {
            wicker::component::Component::deserialize(engine, bytes).map(drop)
        } else {
            wicker::Module::deserialize(engine, bytes).map(drop)
        }
    }
}
