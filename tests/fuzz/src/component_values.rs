//! `component-values`: random interface types (records, variants, lists and fixed-length
//! lists, strings, enums, flags, options, results, tuples, chars, floats, and `own` and
//! `borrow` handles of a host resource) and random values of them, sent from the host
//! through a component whose core code forwards them to a host function `echo`, which
//! returns them, and back; directly, or from one component to another that forwards them
//! on (both nested in one component, or linked by the host), each with its own string
//! encoding and canonical options.
//!
//! What `echo` received and what the call returned must equal what was sent (a NaN may
//! come back as another NaN). Each forwarder shows the host what it received and what its
//! import returned, which an independent decoder of the canonical ABI reads and compares
//! with what was sent, so that a lowering and a lifting wrong in the same way are found
//! too; and a forwarder may change, before passing values on, the bits that lifting must
//! ignore. Every owned resource sent must come back and be destroyed once when the host
//! drops it, and no handle may stay behind in an instance's table. Values go through the
//! dynamic API (`Val`) and through typed Rust types, both ways.

mod abi;
mod derived;
mod dynamic;
mod host;
mod noise;
mod oracle;
mod rust_types;
mod seen;
mod sig;
mod text;
mod ty;
mod typed;
mod value;

use crate::{Failure, Passed, Rng};

pub use abi::Flat;
pub use sig::{Layout, Sig};
pub use text::BUMP_ALLOCATE;
pub use ty::{Ty, TypeInfo};

/// A random type without handles, of at most `depth` levels and `*budget` nodes (which it
/// spends), for other targets.
pub fn random_type(rng: &mut Rng, depth: u32, budget: &mut u32) -> Ty {
    ty::random(rng, depth, budget, false)
}

/// One case: random types through the dynamic API, or a fixed Rust type's random values
/// through the typed one.
pub fn case(seed: u64) -> Result<Passed, Failure> {
    let mut rng = Rng::new(seed);
    if rng.below(4) == 0 {
        typed::case(&mut rng)
    } else {
        dynamic::case(&mut rng)
    }
}
