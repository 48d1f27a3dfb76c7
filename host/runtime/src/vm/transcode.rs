//! The transcoding helper that fused adapters call to move a string between two
//! encodings: one step of the canonical ABI's transcoding at a time (the adapter makes
//! the `realloc` calls between the steps). Memory is read and written through raw
//! pointers only, one code unit at a time, so that no reference to guest memory is made
//! and nothing is allocated; every write stops at the destination's capacity, and bytes
//! that do not decode become U+FFFD (the adapter checked the source's encoding before).

use wicker_environ::compile::TranscodeOp;

/// Writes bytes at a raw destination, never past its capacity.
struct Out {
    dst: *mut u8,
    cap: usize,
    len: usize,
}

impl Out {
    /// Appends `b`; `false` when the destination is full.
    fn push(&mut self, b: u8) -> bool {
        if self.len >= self.cap {
            return false;
        }
        // SAFETY: `len < cap`, and the caller of `transcode` made `cap` bytes at `dst`
        // writable.
        unsafe { self.dst.add(self.len).write(b) };
        self.len += 1;
        true
    }

    /// Appends a UTF-16 code unit, little-endian, whole or not at all.
    fn push16(&mut self, u: u16) -> bool {
        if self.cap - self.len < 2 {
            return false;
        }
        let [a, b] = u.to_le_bytes();
        self.push(a) && self.push(b)
    }

    /// Appends a character in UTF-8, whole or not at all.
    fn push_utf8(&mut self, c: char) -> bool {
        let mut buf = [0; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        if self.cap - self.len < bytes.len() {
            return false;
        }
        bytes.iter().all(|b| self.push(*b))
    }

    /// Appends a character in UTF-16, whole or not at all.
    fn push_utf16(&mut self, c: char) -> bool {
        let mut buf = [0; 2];
        let units = c.encode_utf16(&mut buf);
        if self.cap - self.len < 2 * units.len() {
            return false;
        }
        units.iter().all(|u| self.push16(*u))
    }
}

/// Reads the source's code units.
#[derive(Copy, Clone)]
struct Src {
    src: *const u8,
    units: usize,
}

impl Src {
    fn byte(self, i: usize) -> u8 {
        debug_assert!(i < self.units);
        // SAFETY: `i` is below the source's length in bytes, which the caller of
        // `transcode` made readable.
        unsafe { self.src.add(i).read() }
    }

    fn unit16(self, i: usize) -> u16 {
        debug_assert!(i < self.units);
        // SAFETY: `2 * i + 1` is below the source's length in bytes (two per unit), which
        // the caller of `transcode` made readable.
        unsafe { u16::from_le_bytes([self.src.add(2 * i).read(), self.src.add(2 * i + 1).read()]) }
    }

    /// The UTF-8 character at byte `i` and its length (U+FFFD and 1 for a byte that
    /// does not begin one).
    fn utf8_char(self, i: usize) -> (char, usize) {
        let b0 = self.byte(i);
        if b0 < 0x80 {
            return (char::from(b0), 1);
        }
        let (len, first) = match b0 {
            0xc0..=0xdf => (2, b0 & 0x1f),
            0xe0..=0xef => (3, b0 & 0x0f),
            0xf0..=0xf7 => (4, b0 & 0x07),
            _ => return (char::REPLACEMENT_CHARACTER, 1),
        };
        if self.units - i < len {
            return (char::REPLACEMENT_CHARACTER, 1);
        }
        let mut c = u32::from(first);
        for k in 1..len {
            let b = self.byte(i + k);
            if b & 0xc0 != 0x80 {
                return (char::REPLACEMENT_CHARACTER, 1);
            }
            c = (c << 6) | u32::from(b & 0x3f);
        }
        match char::from_u32(c) {
            Some(c) => (c, len),
            None => (char::REPLACEMENT_CHARACTER, 1),
        }
    }

    /// The UTF-16 characters (U+FFFD for a lone surrogate).
    fn utf16_chars(self) -> impl Iterator<Item = char> {
        char::decode_utf16((0..self.units).map(move |i| self.unit16(i)))
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
    }
}

/// One transcoding step of a fused adapter: `op` (a [`TranscodeOp`]'s code) from the
/// `src_units` code units at `src` into the `dst_cap` bytes at `dst`. Answers what the
/// operation says (0 for an unknown operation).
///
/// # Safety
///
/// The source's bytes (one per code unit for UTF-8 and Latin-1 operations, two for
/// UTF-16 ones) must be readable at `src`, and `dst_cap` bytes readable and writable at
/// `dst`; the ranges may overlap. Compiled adapters call it only on ranges they checked
/// to lie inside linear memories.
pub(super) unsafe extern "C" fn transcode(
    op: u64,
    src: *const u8,
    src_units: usize,
    dst: *mut u8,
    dst_cap: usize,
) -> u64 {
    let Some(op) = TranscodeOp::from_code(op) else {
        return 0;
    };
    let s = Src {
        src,
        units: src_units,
    };
    let mut out = Out {
        dst,
        cap: dst_cap,
        len: 0,
    };
    match op {
        TranscodeOp::AsciiPrefixOfUtf16 => {
            let n = (0..src_units)
                .take_while(|&i| {
                    let u = s.unit16(i);
                    u < 0x80 && out.push(u as u8)
                })
                .count();
            n as u64
        }
        TranscodeOp::AsciiPrefixOfLatin1 => {
            let n = (0..src_units)
                .take_while(|&i| {
                    let b = s.byte(i);
                    b < 0x80 && out.push(b)
                })
                .count();
            n as u64
        }
        TranscodeOp::Utf8FromUtf16 => {
            let _ = s.utf16_chars().all(|c| out.push_utf8(c));
            out.len as u64
        }
        TranscodeOp::Utf8FromLatin1 => {
            let _ = (0..src_units).all(|i| out.push_utf8(char::from(s.byte(i))));
            out.len as u64
        }
        TranscodeOp::Utf16FromUtf8 => {
            let mut i = 0;
            while i < src_units {
                let (c, len) = s.utf8_char(i);
                if !out.push_utf16(c) {
                    break;
                }
                i += len;
            }
            (out.len / 2) as u64
        }
        TranscodeOp::Utf16FromLatin1 => {
            let _ = (0..src_units).all(|i| out.push16(u16::from(s.byte(i))));
            (out.len / 2) as u64
        }
        TranscodeOp::Latin1PrefixOfUtf8 => {
            let mut i = 0;
            while i < src_units {
                let (c, len) = s.utf8_char(i);
                if u32::from(c) >= 0x100 || !out.push(c as u8) {
                    break;
                }
                i += len;
            }
            ((i as u64) << 32) | out.len as u64
        }
        TranscodeOp::Latin1PrefixOfUtf16 => {
            let n = (0..src_units)
                .take_while(|&i| {
                    let u = s.unit16(i);
                    u < 0x100 && out.push(u as u8)
                })
                .count();
            ((n as u64) << 32) | n as u64
        }
        TranscodeOp::WidenInPlace => {
            if src_units.checked_mul(2).is_none_or(|n| n > dst_cap) {
                return 0;
            }
            for j in (0..src_units).rev() {
                // SAFETY: `2 * j + 1 < 2 * src_units <= dst_cap`, within the destination.
                unsafe {
                    let b = dst.add(j).read();
                    dst.add(2 * j).write(b);
                    dst.add(2 * j + 1).write(0);
                }
            }
            0
        }
        TranscodeOp::AllLatin1 => u64::from((0..src_units).all(|i| s.unit16(i) < 0x100)),
        TranscodeOp::NarrowInPlace => {
            if src_units.checked_mul(2).is_none_or(|n| n > dst_cap) {
                return 0;
            }
            for i in 0..src_units {
                // SAFETY: `2 * i < 2 * src_units <= dst_cap`, within the destination.
                unsafe { dst.add(i).write(dst.add(2 * i).read()) };
            }
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `op` on `src` (of `units` code units) into a destination of `cap` bytes.
    fn run(op: TranscodeOp, src: &[u8], units: usize, cap: usize) -> (u64, Vec<u8>) {
        let mut dst = vec![0xaau8; cap];
        // SAFETY: both buffers are live and as long as the call says.
        let n = unsafe { transcode(op as u64, src.as_ptr(), units, dst.as_mut_ptr(), cap) };
        (n, dst)
    }

    fn utf16(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn each_step_writes_what_it_says_and_stops_at_the_capacity() {
        let wide = utf16("ab\u{e9}\u{1f600}");
        assert_eq!(run(TranscodeOp::AsciiPrefixOfUtf16, &wide, 5, 5).0, 2);
        let (n, out) = run(TranscodeOp::Utf8FromUtf16, &wide, 5, 16);
        assert_eq!(&out[..n as usize], "ab\u{e9}\u{1f600}".as_bytes());
        // Too small for the emoji: only whole characters are written.
        assert_eq!(run(TranscodeOp::Utf8FromUtf16, &wide, 5, 6).0, 4);
        let (n, out) = run(
            TranscodeOp::Utf16FromUtf8,
            "h\u{e9}\u{1f600}".as_bytes(),
            7,
            8,
        );
        assert_eq!((n, &out[..8]), (4, &utf16("h\u{e9}\u{1f600}")[..]));
        let (n, out) = run(TranscodeOp::Utf8FromLatin1, b"a\xe9", 2, 3);
        assert_eq!((n, &out[..3]), (3, "a\u{e9}".as_bytes()));
        let (n, _) = run(
            TranscodeOp::Latin1PrefixOfUtf8,
            "a\u{e9}\u{100}x".as_bytes(),
            6,
            6,
        );
        assert_eq!((n >> 32, n & 0xffff_ffff), (3, 2));
        let (n, _) = run(
            TranscodeOp::Latin1PrefixOfUtf16,
            &utf16("a\u{e9}\u{100}"),
            3,
            3,
        );
        assert_eq!((n >> 32, n & 0xffff_ffff), (2, 2));
        assert_eq!(run(TranscodeOp::AllLatin1, &utf16("a\u{ff}"), 2, 0).0, 1);
        assert_eq!(run(TranscodeOp::AllLatin1, &utf16("a\u{100}"), 2, 0).0, 0);
        // Invalid UTF-8 decodes to U+FFFD, bounded like any other character.
        let (n, out) = run(TranscodeOp::Utf16FromUtf8, b"\xc3\x28", 2, 4);
        assert_eq!((n, &out[..4]), (2, &utf16("\u{fffd}(")[..]));
        assert_eq!(run(TranscodeOp::Utf16FromUtf8, b"\xf0\x9f", 2, 4).0, 2);
        assert_eq!(TranscodeOp::from_code(99), None);
    }

    #[test]
    fn in_place_steps_widen_and_narrow() {
        let mut buf = *b"ab\0\0";
        // SAFETY: the buffer is live and 4 bytes long.
        unsafe {
            transcode(
                TranscodeOp::WidenInPlace as u64,
                buf.as_ptr(),
                2,
                buf.as_mut_ptr(),
                4,
            )
        };
        assert_eq!(&buf, b"a\0b\0");
        // SAFETY: as above.
        unsafe {
            transcode(
                TranscodeOp::NarrowInPlace as u64,
                buf.as_ptr(),
                2,
                buf.as_mut_ptr(),
                4,
            )
        };
        assert_eq!(&buf[..2], b"ab");
        // A capacity too small for the step: nothing is written.
        // SAFETY: as above.
        unsafe {
            transcode(
                TranscodeOp::WidenInPlace as u64,
                buf.as_ptr(),
                3,
                buf.as_mut_ptr(),
                4,
            )
        };
        assert_eq!(&buf[..2], b"ab");
    }
}
