//! Matching a trap or exhaustion error against the message a script expects.
//!
//! The spec interpreter's messages are not normative, and an engine phrases some traps
//! differently ("undefined element" for an out-of-bounds `call_indirect`, for example), so an
//! expected message matches if it, or a known synonym of it, occurs anywhere in the error.

use anyhow::{Result, bail};

/// Expected-message prefixes and the other phrasings that mean the same trap.
const SYNONYMS: &[(&str, &[&str])] = &[
    // `call_indirect` past the end of the table, and table accesses out of bounds.
    ("undefined element", &["out of bounds table access"]),
    ("out of bounds table access", &["undefined element"]),
    // Messages such as "uninitialized element 2" name the index; the trap does not.
    ("uninitialized element", &["uninitialized element"]),
    ("unreachable", &["unreachable"]),
    ("call stack exhausted", &["stack overflow"]),
    ("integer divide by zero", &["divide by zero"]),
    ("null function reference", &["null reference"]),
    ("null", &["null reference"]),
    ("indirect call type mismatch", &["signature mismatch"]),
    // Component values a guest's `realloc` placed badly, as reported where the host
    // lowers them rather than inside a guest-to-guest adapter.
    ("unaligned pointer", &["realloc return: result not aligned"]),
    (
        "list content out-of-bounds",
        &["realloc return: beyond end of memory"],
    ),
];

/// Succeeds if `err` is the failure `expected` describes.
pub(crate) fn expect_message(err: &anyhow::Error, expected: &str) -> Result<()> {
    // The alternate form holds the whole chain of causes on one line. The `Debug` form
    // would add a host backtrace, which is costly to symbolize for every assertion.
    let chain = format!("{err:#}");
    // Some scripts prefix trap messages with the word a particular engine prints first.
    let expected = expected.strip_prefix("wasm trap: ").unwrap_or(expected);
    let found = |text: &str| chain.contains(text);
    let synonyms = SYNONYMS
        .iter()
        .filter(|(prefix, _)| expected.starts_with(prefix))
        .flat_map(|(_, synonyms)| synonyms.iter().copied());
    if found(expected) || synonyms.into_iter().any(found) {
        Ok(())
    } else {
        bail!("expected a trap with message `{expected}`, got: {chain}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(actual: &str, expected: &str) -> bool {
        expect_message(&anyhow::anyhow!("{actual}"), expected).is_ok()
    }

    #[test]
    fn exact_substring_matches() {
        assert!(check("wasm trap: integer overflow", "integer overflow"));
        assert!(check(
            "wasm trap: wasm `unreachable` instruction executed",
            "unreachable"
        ));
    }

    #[test]
    fn synonyms_match() {
        assert!(check(
            "wasm trap: uninitialized element",
            "uninitialized element 2"
        ));
        assert!(check(
            "wasm trap: undefined element: out of bounds table access",
            "undefined element"
        ));
    }

    #[test]
    fn other_traps_do_not_match() {
        assert!(!check(
            "wasm trap: integer overflow",
            "integer divide by zero"
        ));
        assert!(!check(
            "wasm trap: out of bounds memory access",
            "unreachable"
        ));
    }
}
