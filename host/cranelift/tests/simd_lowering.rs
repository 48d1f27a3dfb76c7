#![cfg(target_arch = "x86_64")]
//! The machine code that hot SIMD operators become on this machine: each is the vector
//! instruction (or short straight-line sequence) made for it, never a call or a loop, and
//! never lane-by-lane scalar code.

use wicker_cranelift::Compiler;
use wicker_environ::compile::CompilerOptions;
use wicker_environ::{Features, VMOffsets, translate_module};

fn compiler() -> Compiler {
    Compiler::new(CompilerOptions {
        explicit_bounds_checks: false,
        consume_fuel: false,
        epoch_interruption: false,
        verify: true,
        multi_memory: true,
    })
    .unwrap()
}

/// The listing of each function of `wat`, in order.
fn listings(compiler: &Compiler, wat: &str) -> Vec<String> {
    let bytes = wat::parse_str(wat).expect("valid text");
    let translation = translate_module(&bytes, &Features::default()).expect("valid module");
    let info = &translation.module;
    let offsets = VMOffsets::new(info);
    translation
        .bodies
        .into_iter()
        .map(|(index, body)| {
            compiler
                .function_listing(info, &offsets, index, body)
                .unwrap()
        })
        .collect()
}

/// The instructions of a listing, without block labels and the frame's set-up and
/// tear-down.
fn instructions(listing: &str) -> Vec<&str> {
    listing
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.ends_with(':'))
        .filter(|l| {
            !matches!(
                *l,
                "pushq %rbp" | "movq %rsp, %rbp" | "movq %rbp, %rsp" | "popq %rbp" | "retq"
            )
        })
        .collect()
}

/// An operator and what its code must contain; the functions are compiled in one module.
struct Case {
    name: &'static str,
    /// The function's parameters and results.
    sig: &'static str,
    body: &'static str,
    /// Mnemonics that must appear, each as a prefix of some instruction (the legacy and the
    /// VEX form both match: `pshufb` matches `vpshufb`).
    must: &'static [&'static str],
    /// At most this many instructions besides the entry jump.
    most: usize,
}

/// Two `v128` parameters (a unary operator uses the first) and a `v128` result.
const V2: &str = "(param v128 v128) (result v128)";

const CASES: &[Case] = &[
    Case {
        name: "i8x16.swizzle",
        sig: V2,
        body: "(i8x16.swizzle (local.get 0) (local.get 1))",
        must: &["pshufb", "paddusb"],
        most: 2,
    },
    Case {
        name: "i8x16.relaxed_swizzle",
        sig: V2,
        body: "(i8x16.relaxed_swizzle (local.get 0) (local.get 1))",
        must: &["pshufb"],
        most: 1,
    },
    Case {
        name: "shuffle: interleave the low bytes",
        sig: V2,
        body: "(i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get 0) (local.get 1))",
        must: &["punpcklbw"],
        most: 1,
    },
    Case {
        name: "shuffle: broadcast i32 lane 1",
        sig: V2,
        body: "(i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get 0) (local.get 1))",
        must: &["pshufd"],
        most: 1,
    },
    Case {
        name: "shuffle: bytes 3..19 of the concatenation",
        sig: V2,
        body: "(i8x16.shuffle 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 (local.get 0) (local.get 1))",
        must: &["palignr"],
        most: 1,
    },
    Case {
        // Lanes of one operand only: one `pshufb`, not one per operand and an `or`.
        name: "shuffle: reverse the bytes",
        sig: V2,
        body: "(i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1))",
        must: &["pshufb"],
        most: 1,
    },
    Case {
        name: "f32x4.add",
        sig: V2,
        body: "(f32x4.add (local.get 0) (local.get 1))",
        must: &["addps"],
        most: 1,
    },
    Case {
        name: "f32x4.mul",
        sig: V2,
        body: "(f32x4.mul (local.get 0) (local.get 1))",
        must: &["mulps"],
        most: 1,
    },
    Case {
        name: "f32x4.div",
        sig: V2,
        body: "(f32x4.div (local.get 0) (local.get 1))",
        must: &["divps"],
        most: 1,
    },
    Case {
        name: "f32x4.sqrt",
        sig: V2,
        body: "(f32x4.sqrt (local.get 0))",
        must: &["sqrtps"],
        most: 1,
    },
    Case {
        // wasm's NaN and signed-zero rules take a few more instructions than `minps`.
        name: "f32x4.min",
        sig: V2,
        body: "(f32x4.min (local.get 0) (local.get 1))",
        must: &["minps"],
        most: 8,
    },
    Case {
        name: "f32x4.pmin",
        sig: V2,
        body: "(f32x4.pmin (local.get 0) (local.get 1))",
        must: &["minps"],
        most: 1,
    },
    Case {
        name: "f32x4.floor",
        sig: V2,
        body: "(f32x4.floor (local.get 0))",
        must: &["roundps"],
        most: 1,
    },
    Case {
        name: "i8x16.narrow_i16x8_s",
        sig: V2,
        body: "(i8x16.narrow_i16x8_s (local.get 0) (local.get 1))",
        must: &["packsswb"],
        most: 1,
    },
    Case {
        name: "i8x16.narrow_i16x8_u",
        sig: V2,
        body: "(i8x16.narrow_i16x8_u (local.get 0) (local.get 1))",
        must: &["packuswb"],
        most: 1,
    },
    Case {
        name: "i16x8.narrow_i32x4_s",
        sig: V2,
        body: "(i16x8.narrow_i32x4_s (local.get 0) (local.get 1))",
        must: &["packssdw"],
        most: 1,
    },
    Case {
        name: "i16x8.narrow_i32x4_u",
        sig: V2,
        body: "(i16x8.narrow_i32x4_u (local.get 0) (local.get 1))",
        must: &["packusdw"],
        most: 1,
    },
    Case {
        name: "i32x4.dot_i16x8_s",
        sig: V2,
        body: "(i32x4.dot_i16x8_s (local.get 0) (local.get 1))",
        must: &["pmaddwd"],
        most: 1,
    },
    Case {
        name: "i16x8.q15mulr_sat_s",
        sig: V2,
        body: "(i16x8.q15mulr_sat_s (local.get 0) (local.get 1))",
        must: &["pmulhrsw"],
        most: 4,
    },
    Case {
        name: "i16x8.relaxed_q15mulr_s",
        sig: V2,
        body: "(i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1))",
        must: &["pmulhrsw"],
        most: 1,
    },
    Case {
        name: "i16x8.extmul_low_i8x16_s",
        sig: V2,
        body: "(i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1))",
        must: &["pmovsxbw", "pmullw"],
        most: 3,
    },
    Case {
        name: "i8x16.bitmask",
        sig: "(param v128) (result i32)",
        body: "(i8x16.bitmask (local.get 0))",
        must: &["pmovmskb"],
        most: 1,
    },
    Case {
        name: "i8x16.popcnt",
        sig: V2,
        body: "(i8x16.popcnt (local.get 0))",
        must: &["pshufb"],
        most: 10,
    },
    Case {
        name: "i32x4.trunc_sat_f32x4_s",
        sig: V2,
        body: "(i32x4.trunc_sat_f32x4_s (local.get 0))",
        must: &["cvttps2dq"],
        most: 8,
    },
    Case {
        name: "i32x4.relaxed_trunc_f32x4_s",
        sig: V2,
        body: "(i32x4.relaxed_trunc_f32x4_s (local.get 0))",
        must: &["cvttps2dq"],
        most: 1,
    },
    Case {
        name: "i8x16.add_sat_u",
        sig: V2,
        body: "(i8x16.add_sat_u (local.get 0) (local.get 1))",
        must: &["paddusb"],
        most: 1,
    },
    Case {
        name: "i16x8.avgr_u",
        sig: V2,
        body: "(i16x8.avgr_u (local.get 0) (local.get 1))",
        must: &["pavgw"],
        most: 1,
    },
    Case {
        name: "i32x4.shl by a variable count",
        sig: "(param v128 i32) (result v128)",
        body: "(i32x4.shl (local.get 0) (local.get 1))",
        must: &["pslld"],
        most: 3,
    },
    Case {
        name: "shuffle: lanes of the second operand only",
        sig: V2,
        body: "(i8x16.shuffle 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 (local.get 0) (local.get 1))",
        must: &["pshufb"],
        most: 1,
    },
    Case {
        name: "v128.bitselect",
        sig: V2,
        body: "(v128.bitselect (local.get 0) (local.get 1) (v128.xor (local.get 0) (local.get 1)))",
        must: &["pand"],
        most: 5,
    },
    Case {
        name: "i8x16.relaxed_laneselect",
        sig: V2,
        body: "(i8x16.relaxed_laneselect (local.get 0) (local.get 1) (v128.xor (local.get 0) (local.get 1)))",
        must: &["pblendvb"],
        most: 2,
    },
];

#[test]
fn hot_operators_become_vector_instructions() {
    let compiler = compiler();
    let funcs: String = CASES
        .iter()
        .map(|c| format!("(func {} {})\n", c.sig, c.body))
        .collect();
    let listings = listings(&compiler, &format!("(module {funcs})"));
    let mut failures = Vec::new();
    for (case, listing) in CASES.iter().zip(&listings) {
        let ins = instructions(listing);
        // The translator's entry block jumps to the body's first block.
        let body: Vec<&str> = ins
            .iter()
            .copied()
            .filter(|i| *i != "jmp     label1")
            .collect();
        let mnemonic = |i: &str| i.split_whitespace().next().unwrap_or("").to_string();
        let has = |m: &str| {
            body.iter().any(|i| {
                let op = mnemonic(i);
                op.starts_with(m) || op.strip_prefix('v').is_some_and(|o| o.starts_with(m))
            })
        };
        let mut problems = Vec::new();
        for m in case.must {
            if !has(m) {
                problems.push(format!("no `{m}`"));
            }
        }
        if body.len() > case.most {
            problems.push(format!(
                "{} instructions, at most {}",
                body.len(),
                case.most
            ));
        }
        for i in &body {
            let op = mnemonic(i);
            if op.starts_with('j') || op.starts_with("call") {
                problems.push(format!("control flow: `{i}`"));
            }
            if op.contains("pextr") || op.contains("pinsr") {
                problems.push(format!("lane by lane: `{i}`"));
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}\n{listing}", case.name, problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Fused multiply-add where the processor has it, as the relaxed operators document.
#[test]
fn relaxed_madd_is_fused_where_the_processor_has_fma() {
    let compiler = compiler();
    let listing = &listings(
        &compiler,
        "(module (func (param v128 v128) (result v128)
           (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 0))))",
    )[0];
    let fused = listing.contains("vfmadd");
    assert_eq!(
        fused,
        compiler.isa().has_native_fma(),
        "fused: {fused}\n{listing}"
    );
    assert!(!listing.contains("call"), "{listing}");
}

/// The code generator targets this processor: every vector extension it has is used.
#[test]
fn the_processor_features_are_detected() {
    let compiler = compiler();
    let flags: Vec<String> = compiler
        .isa()
        .isa_flags()
        .iter()
        .map(|f| f.to_string())
        .collect();
    let on = |name: &str| flags.iter().any(|f| f == &format!("{name}=1"));
    let detected = [
        ("has_ssse3", std::arch::is_x86_feature_detected!("ssse3")),
        ("has_sse41", std::arch::is_x86_feature_detected!("sse4.1")),
        ("has_sse42", std::arch::is_x86_feature_detected!("sse4.2")),
        ("has_avx", std::arch::is_x86_feature_detected!("avx")),
        ("has_avx2", std::arch::is_x86_feature_detected!("avx2")),
        ("has_fma", std::arch::is_x86_feature_detected!("fma")),
        ("has_popcnt", std::arch::is_x86_feature_detected!("popcnt")),
        ("has_bmi2", std::arch::is_x86_feature_detected!("bmi2")),
    ];
    for (flag, present) in detected {
        if present {
            assert!(
                on(flag),
                "{flag} is off on a processor that has it: {flags:?}"
            );
        }
    }
}
