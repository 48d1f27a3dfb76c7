//! Lowering a string into the destination in its encoding: the canonical ABI's
//! `store_string` cases, each with the same `realloc` calls as the host's path (the first
//! allocation's size and alignment, then the growing and shrinking ones that follow,
//! which depend on the text), the text copied or transcoded between them by the
//! transcoding helper.

use super::{Gen, Side};
use cranelift_codegen::ir::{InstBuilder, Value, condcodes::IntCC, types::*};
use wicker_environ::compile::{AdapterEncoding, TranscodeOp, UTF16_TAG};

/// How a source string's code units are encoded (`latin1+utf16` resolved by its tag).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Units {
    Utf8,
    Utf16,
    Latin1,
}

/// A lifted source string: its offset in the source's memory and its length in code
/// units (`i64`s).
#[derive(Copy, Clone)]
struct Text {
    at: Value,
    units: Value,
}

impl Gen<'_, '_> {
    /// Lowers the string of `tagged_len` code units at `ptr` (both `i32`, lifted from
    /// `src` before) into `dst`, in `dst`'s encoding; checks its range again (the source's
    /// memory was read since). Returns its offset (an `i64`) and tagged length (an `i32`)
    /// in the destination.
    pub(super) fn lower_string(
        &mut self,
        ptr: Value,
        tagged_len: Value,
        src: &Side,
        dst: &Side,
    ) -> (Value, Value) {
        use AdapterEncoding as E;
        let mem = self.memory(src);
        let (_, units, wide) = self.lift_string(ptr, tagged_len, src, mem, false);
        let text = Text {
            at: self.extend(ptr),
            units,
        };
        let out = [I64, I32];
        let pair = |v: Vec<Value>| (v[0], v[1]);
        match (dst.encoding, src.encoding, wide) {
            (E::Utf8, E::Utf8, _) => self.copy(text, Units::Utf8, Units::Utf8, dst, src),
            (E::Utf16, E::Utf16, _) => self.copy(text, Units::Utf16, Units::Utf16, dst, src),
            (E::Utf8, E::Utf16, _) => self.store_utf8(text, Units::Utf16, src, dst),
            (E::Utf16, E::Utf8, _) => self.utf8_to_utf16(text, src, dst),
            (E::CompactUtf16, E::Utf8, _) => {
                self.store_latin1_or_utf16(text, Units::Utf8, src, dst)
            }
            (E::CompactUtf16, E::Utf16, _) => {
                self.store_latin1_or_utf16(text, Units::Utf16, src, dst)
            }
            (_, E::CompactUtf16, Some(wide)) => {
                let encoding = dst.encoding;
                pair(self.if_else(
                    wide,
                    &out,
                    |g| {
                        let (p, l) = match encoding {
                            E::Utf8 => g.store_utf8(text, Units::Utf16, src, dst),
                            E::Utf16 => g.copy(text, Units::Utf16, Units::Utf16, dst, src),
                            E::CompactUtf16 => g.probably_utf16(text, src, dst),
                        };
                        vec![p, l]
                    },
                    |g| {
                        let (p, l) = match encoding {
                            E::Utf8 => g.store_utf8(text, Units::Latin1, src, dst),
                            E::Utf16 => g.copy(text, Units::Latin1, Units::Utf16, dst, src),
                            E::CompactUtf16 => g.copy(text, Units::Latin1, Units::Latin1, dst, src),
                        };
                        vec![p, l]
                    },
                ))
            }
            (_, E::CompactUtf16, None) => unreachable!("a latin1+utf16 string has a tag"),
        }
    }

    /// The host address of byte `at` (an `i64`) of `side`'s memory, now.
    fn host(&mut self, side: &Side, at: Value) -> Value {
        let (base, _) = self.memory(side);
        self.addr(base, at)
    }

    /// The host address of code unit `n` of `text` in `src`'s memory, now.
    fn unit_addr(&mut self, text: Text, units: Units, n: Value, src: &Side) -> Value {
        let off = match units {
            Units::Utf16 => self.b.ins().imul_imm_u(n, 2),
            _ => n,
        };
        let at = self.b.ins().iadd(text.at, off);
        self.host(src, at)
    }

    /// `v` (an `i64` below 2^32) as an `i32`.
    fn low(&mut self, v: Value) -> Value {
        self.b.ins().ireduce(I32, v)
    }

    /// The spec's `store_string_copy`: as many code units in `to` as in the source
    /// (one byte each for UTF-8 and Latin-1, two for UTF-16), aligned as `dst`'s encoding
    /// aligns strings; the length is the source's, untagged.
    fn copy(
        &mut self,
        text: Text,
        from: Units,
        to: Units,
        dst: &Side,
        src: &Side,
    ) -> (Value, Value) {
        let byte_len = match to {
            Units::Utf16 => self.b.ins().imul_imm_u(text.units, 2),
            _ => text.units,
        };
        let new = self.realloc(dst, dst.encoding.align(), byte_len);
        let zero = self.i64(0);
        let from_addr = self.unit_addr(text, from, zero, src);
        let to_addr = self.host(dst, new);
        if from == to {
            self.memmove(to_addr, from_addr, byte_len);
        } else {
            self.transcode(
                TranscodeOp::Utf16FromLatin1,
                from_addr,
                text.units,
                to_addr,
                byte_len,
            );
        }
        (new, self.low(text.units))
    }

    /// The spec's `store_string_to_utf8` for a UTF-16 or Latin-1 source: the ASCII that
    /// begins it copied into an allocation of the source's length; at the first other
    /// character, the allocation grown to the worst case (3 or 2 bytes a unit), the rest
    /// encoded, and the allocation shrunk to what it took.
    fn store_utf8(&mut self, text: Text, units: Units, src: &Side, dst: &Side) -> (Value, Value) {
        let new = self.realloc(dst, 1, text.units);
        let zero = self.i64(0);
        let from = self.unit_addr(text, units, zero, src);
        let to = self.host(dst, new);
        let (prefix_op, rest_op, factor) = match units {
            Units::Utf16 => (
                TranscodeOp::AsciiPrefixOfUtf16,
                TranscodeOp::Utf8FromUtf16,
                3,
            ),
            _ => (
                TranscodeOp::AsciiPrefixOfLatin1,
                TranscodeOp::Utf8FromLatin1,
                2,
            ),
        };
        let n = self.transcode(prefix_op, from, text.units, to, text.units);
        let all = self.b.ins().icmp(IntCC::Equal, n, text.units);
        let units_len = self.low(text.units);
        let out = self.if_else(
            all,
            &[I64, I32],
            |_| vec![new, units_len],
            |g| {
                let worst = g.b.ins().imul_imm_u(text.units, factor);
                let grown = g.realloc_from(dst, (new, text.units), 1, worst);
                let from = g.unit_addr(text, units, n, src);
                let rest = g.b.ins().isub(text.units, n);
                let at = g.b.ins().iadd(grown, n);
                let to = g.host(dst, at);
                let room = g.b.ins().isub(worst, n);
                let written = g.transcode(rest_op, from, rest, to, room);
                let len = g.b.ins().iadd(n, written);
                let (p, l) = g.shrink(dst, (grown, worst), 1, len);
                vec![p, g.low(l)]
            },
        );
        (out[0], out[1])
    }

    /// Shrinks `alloc` (offset and size, `i64`s) of `dst` to `len` bytes (an `i64`) with
    /// `realloc` if it is larger: the allocation's offset and `len`.
    fn shrink(
        &mut self,
        dst: &Side,
        (at, size): (Value, Value),
        align: u32,
        len: Value,
    ) -> (Value, Value) {
        let larger = self.b.ins().icmp(IntCC::UnsignedGreaterThan, size, len);
        let out = self.if_else(
            larger,
            &[I64],
            |g| vec![g.realloc_from(dst, (at, size), align, len)],
            |_| vec![at],
        );
        (out[0], len)
    }

    /// The spec's `store_utf8_to_utf16`: two bytes per source byte, then shrunk to the
    /// UTF-16 the text takes.
    fn utf8_to_utf16(&mut self, text: Text, src: &Side, dst: &Side) -> (Value, Value) {
        let worst = self.b.ins().imul_imm_u(text.units, 2);
        let new = self.realloc(dst, 2, worst);
        let zero = self.i64(0);
        let from = self.unit_addr(text, Units::Utf8, zero, src);
        let to = self.host(dst, new);
        let written = self.transcode(TranscodeOp::Utf16FromUtf8, from, text.units, to, worst);
        let len = self.b.ins().imul_imm_u(written, 2);
        let (p, _) = self.shrink(dst, (new, worst), 2, len);
        (p, self.low(written))
    }

    /// The spec's `store_string_to_latin1_or_utf16` for a UTF-8 or UTF-16 source:
    /// Latin-1 into an allocation of the source's length while the characters fit, then
    /// shrunk; at the first that does not, the allocation doubled, the Latin-1 so far
    /// widened in place, the rest written as UTF-16, the allocation shrunk, and the
    /// length tagged.
    fn store_latin1_or_utf16(
        &mut self,
        text: Text,
        units: Units,
        src: &Side,
        dst: &Side,
    ) -> (Value, Value) {
        let new = self.realloc(dst, 2, text.units);
        let zero = self.i64(0);
        let from = self.unit_addr(text, units, zero, src);
        let to = self.host(dst, new);
        let op = match units {
            Units::Utf8 => TranscodeOp::Latin1PrefixOfUtf8,
            _ => TranscodeOp::Latin1PrefixOfUtf16,
        };
        let r = self.transcode(op, from, text.units, to, text.units);
        let consumed = self.b.ins().ushr_imm_u(r, 32);
        let latin1 = self.b.ins().band_imm_u(r, 0xffff_ffff);
        let all = self.b.ins().icmp(IntCC::Equal, consumed, text.units);
        let out = self.if_else(
            all,
            &[I64, I32],
            |g| {
                let (p, l) = g.shrink(dst, (new, text.units), 2, latin1);
                vec![p, g.low(l)]
            },
            |g| {
                let worst = g.b.ins().imul_imm_u(text.units, 2);
                let grown = g.realloc_from(dst, (new, text.units), 2, worst);
                let to = g.host(dst, grown);
                g.transcode(TranscodeOp::WidenInPlace, to, latin1, to, worst);
                let rest = g.b.ins().isub(text.units, consumed);
                let from = g.unit_addr(text, units, consumed, src);
                let done = g.b.ins().imul_imm_u(latin1, 2);
                let at = g.b.ins().iadd(grown, done);
                let to = g.host(dst, at);
                let room = g.b.ins().isub(worst, done);
                let written = match units {
                    Units::Utf8 => g.transcode(TranscodeOp::Utf16FromUtf8, from, rest, to, room),
                    _ => {
                        let bytes = g.b.ins().imul_imm_u(rest, 2);
                        g.memmove(to, from, bytes);
                        rest
                    }
                };
                let total = g.b.ins().iadd(latin1, written);
                let len = g.b.ins().imul_imm_u(total, 2);
                let (p, _) = g.shrink(dst, (grown, worst), 2, len);
                let tagged = g.b.ins().bor_imm_u(total, i64::from(UTF16_TAG));
                vec![p, g.low(tagged)]
            },
        );
        (out[0], out[1])
    }

    /// The spec's `store_probably_utf16_to_latin1_or_utf16` for a tagged `latin1+utf16`
    /// source: copied as UTF-16; if every character fits Latin-1 after all, narrowed in
    /// place and the allocation shrunk (with alignment 1), the length untagged.
    fn probably_utf16(&mut self, text: Text, src: &Side, dst: &Side) -> (Value, Value) {
        let byte_len = self.b.ins().imul_imm_u(text.units, 2);
        let new = self.realloc(dst, 2, byte_len);
        let zero = self.i64(0);
        let from = self.unit_addr(text, Units::Utf16, zero, src);
        let to = self.host(dst, new);
        self.memmove(to, from, byte_len);
        let narrow = self.transcode(TranscodeOp::AllLatin1, from, text.units, to, zero);
        let units_len = self.low(text.units);
        let out = self.if_else(
            narrow,
            &[I64, I32],
            |g| {
                let to = g.host(dst, new);
                g.transcode(TranscodeOp::NarrowInPlace, to, text.units, to, byte_len);
                let p = g.realloc_from(dst, (new, byte_len), 1, text.units);
                vec![p, units_len]
            },
            |g| {
                let tagged = g.b.ins().bor_imm_u(units_len, i64::from(UTF16_TAG));
                vec![new, tagged]
            },
        );
        (out[0], out[1])
    }
}
