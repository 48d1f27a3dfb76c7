//! Strings between components of different string encodings: every pair of UTF-8,
//! UTF-16 and `latin1+utf16`, both ways, with text that takes each transcoding path
//! (ASCII, Latin-1, the rest of the BMP, surrogate pairs, and UTF-16 that turns out to
//! be Latin-1). The two paths must agree on every `realloc` call (its arguments are
//! hashed) and every byte written.

use super::memory::{caller_of, hashing_callee, outcomes, receiving_caller, returning_callee};
use super::*;

const ENCODINGS: [&str; 3] = ["utf8", "utf16", "latin1+utf16"];

/// The texts sent: the flag says whether a `latin1+utf16` source passes it as UTF-16
/// although it fits Latin-1.
const TEXTS: &[(&str, bool)] = &[
    ("", false),
    ("hello", false),
    ("h\u{e9}llo \u{ff}", false),
    ("h\u{e9}llo \u{ff}", true),
    ("caf\u{e9} \u{20ac}5", false),
    ("a\u{1f600}b", false),
    ("\u{20ac}", false),
    ("\u{3b1}\u{3b2}\u{3b3} abc", false),
];

/// `text` in `encoding`: its bytes and its tagged length.
fn encode(text: &str, encoding: &str, wide: bool) -> (Vec<u8>, u32) {
    let utf16 = |t: &str| -> Vec<u8> { t.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    match encoding {
        "utf8" => (text.as_bytes().to_vec(), text.len() as u32),
        "utf16" => (utf16(text), text.encode_utf16().count() as u32),
        _ if !wide && text.chars().all(|c| (c as u32) < 0x100) => (
            text.chars().map(|c| c as u8).collect(),
            text.chars().count() as u32,
        ),
        _ => (utf16(text), text.encode_utf16().count() as u32 | 1 << 31),
    }
}

/// A data segment of `bytes` at `at`.
fn data(at: u32, bytes: &[u8]) -> String {
    let escaped: String = bytes.iter().map(|b| format!("\\{b:02x}")).collect();
    format!(r#"(data (i32.const {at}) "{escaped}")"#)
}

/// `text` with the lift's or lower's string encoding set to `encoding`.
fn with_encoding(text: String, canon: &str, encoding: &str) -> String {
    text.replace(canon, &format!("{canon} string-encoding={encoding}"))
}

/// The outcomes of `inputs` fused and through the host, which must agree (`what` names
/// the case).
fn agree(callee: &str, caller: &str, inputs: &[(u32, u32)], what: &str) -> Vec<String> {
    let fused = outcomes(&engine(true), callee, caller, inputs);
    let reference = outcomes(&engine(false), callee, caller, inputs);
    assert_eq!(fused, reference, "{what}");
    reference
}

const LIFT: &str = r#"(canon lift (core func $m "f")"#;
const LOWER: &str = "(canon lower (func $f)";

#[test]
fn strings_are_transcoded_by_fused_calls_as_by_the_host_path() {
    for from in ENCODINGS {
        for to in ENCODINGS {
            for &(text, wide) in TEXTS {
                let (bytes, len) = encode(text, from, wide);
                // The caller sends the string: it holds it at 600.
                let caller = with_encoding(caller_of("string", 2, "u32"), LOWER, from).replace(
                    "(data (i32.const 400)",
                    &format!("{}\n(data (i32.const 400)", data(600, &bytes)),
                );
                let callee = with_encoding(hashing_callee("string", 2, ""), LIFT, to);
                let what = format!("{from} -> {to}: {text:?}");
                let reference = agree(&callee, &caller, &[(600, len)], &what);
                assert!(
                    reference[0].contains("U32("),
                    "{from} -> {to}: {reference:?}"
                );
                // The callee returns it: it holds the pointer and length at 88.
                let (bytes, len) = encode(text, to, wide);
                let mut pair = 100u32.to_le_bytes().to_vec();
                pair.extend(len.to_le_bytes());
                let segments = format!("{}\n{}", data(88, &pair), data(100, &bytes));
                let callee = with_encoding(returning_callee("string", &segments), LIFT, to);
                let caller = with_encoding(receiving_caller("string"), LOWER, from);
                let what = format!("{to} -> {from}: {text:?}");
                let reference = agree(&callee, &caller, &[(88, 512)], &what);
                assert!(
                    reference[0].contains("U32("),
                    "{to} -> {from}: {reference:?}"
                );
            }
            // And the call is fused.
            let engine = engine(true);
            let callee = with_encoding(returning_callee("string", ""), LIFT, to)
                .replace("(local.get 0)))", "(unreachable)))");
            let caller = with_encoding(receiving_caller("string"), LOWER, from);
            let (callee, caller) = (compile(&engine, &callee), compile(&engine, &caller));
            let (mut store, _, run) = link(&engine, &callee, &caller);
            let err = call(&mut store, &run, &[Val::U32(88), Val::U32(512)]).unwrap_err();
            assert!(format!("{err:?}").contains("component adapter"), "{err:?}");
        }
    }
}

#[test]
fn invalid_strings_trap_in_every_encoding_pair_as_on_the_host_path() {
    // A lone surrogate from UTF-16 and tagged `latin1+utf16`, bad UTF-8, and an
    // unaligned UTF-16 string.
    let cases: &[(&str, &[u8], u32)] = &[
        ("utf8", b"\xc3\x28", 2),
        ("utf16", b"a\0\x00\xd8", 2),
        ("latin1+utf16", b"a\0\x00\xd8", 2 | 1 << 31),
    ];
    for &(from, bytes, len) in cases {
        for to in ENCODINGS {
            let caller = with_encoding(caller_of("string", 2, "u32"), LOWER, from).replace(
                "(data (i32.const 400)",
                &format!("{}\n(data (i32.const 400)", data(600, bytes)),
            );
            let callee = with_encoding(hashing_callee("string", 2, ""), LIFT, to);
            let inputs = [(600, len), (601, len)];
            let reference = agree(&callee, &caller, &inputs, &format!("{from} -> {to}"));
            assert!(
                reference[0].contains("error: invalid utf-"),
                "{reference:?}"
            );
        }
    }
}
