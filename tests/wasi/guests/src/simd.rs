//! SIMD kernels for the `wicker run` benchmark: `simd KIND SIZE` runs one kernel on
//! deterministic data and prints a checksum. On wasm each kernel is written with the
//! `simd128` intrinsics; elsewhere the same lanes are computed one by one, in the same
//! order, so a native build prints the same checksums and checks the wasm ones.

use std::env;

/// A xorshift generator: the same data on every run and every runtime.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| (self.next() >> 24) as u8).collect()
    }
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The image's width and height for the blur.
const WIDTH: usize = 1024;
const HEIGHT: usize = 768;

/// A 3×3 binomial blur (weights 1 2 1 on each axis) of a grayscale image, `size` times
/// over, each pass reading the last; the border rows and columns are kept.
fn blur(size: usize) -> u64 {
    let mut img = Rng(0x2545_f491_4f6c_dd1d).bytes(WIDTH * HEIGHT);
    let mut out = img.clone();
    for _ in 0..size {
        kernels::blur_pass(&img, &mut out, WIDTH, HEIGHT);
        std::mem::swap(&mut img, &mut out);
    }
    fnv(&img)
}

/// Counts a byte in `size` MiB, sixteen times over for sixteen needles.
fn count(size: usize) -> u64 {
    let data = Rng(0x9e37_79b9_7f4a_7c15).bytes(size << 20);
    (0..16u8).fold(0, |acc, needle| {
        acc.wrapping_mul(31)
            .wrapping_add(kernels::count_byte(&data, needle.wrapping_mul(37)))
    })
}

/// Dot products of two vectors of a million `f32`s, `size` times over with rotated
/// operands.
fn dot(size: usize) -> u64 {
    let mut rng = Rng(42);
    let n = 1 << 20;
    let a: Vec<f32> = (0..n).map(|_| (rng.next() % 2001) as f32 / 1000.0 - 1.0).collect();
    let b: Vec<f32> = (0..n).map(|_| (rng.next() % 2001) as f32 / 1000.0 - 1.0).collect();
    let mut acc = 0u64;
    for round in 0..size {
        let shift = (round * 4) % 4096;
        let d = kernels::dot(&a[shift..], &b[..n - shift]);
        acc = acc.rotate_left(7) ^ u64::from(d.to_bits());
    }
    acc
}

/// Base64 encoding of `size` MiB, four times over.
fn base64(size: usize) -> u64 {
    let data = Rng(7).bytes(size << 20);
    let mut out = Vec::new();
    let mut acc = 0u64;
    for _ in 0..4 {
        out.clear();
        kernels::base64(&data, &mut out);
        acc = acc.rotate_left(1) ^ fnv(&out);
    }
    acc ^ out.len() as u64
}

/// The alphabet of standard base64.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Encodes whole three-byte groups of `data` from `start` on, and the padded tail.
fn base64_scalar(data: &[u8], start: usize, out: &mut Vec<u8>) {
    let mut chunks = data[start..].chunks_exact(3);
    for c in &mut chunks {
        let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
        for shift in [18, 12, 6, 0] {
            out.push(ALPHABET[(n >> shift) as usize & 63]);
        }
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend([ALPHABET[(n >> 18) as usize], ALPHABET[(n >> 12) as usize & 63]]);
            out.extend(b"==");
        }
        [a, b] => {
            let n = (u32::from(a) << 16) | (u32::from(b) << 8);
            for shift in [18, 12, 6] {
                out.push(ALPHABET[(n >> shift) as usize & 63]);
            }
            out.push(b'=');
        }
        _ => {}
    }
}

/// The center of a 1 2 1 window.
fn weigh(a: u16, b: u16, c: u16) -> u16 {
    a + 2 * b + c
}

#[cfg(target_arch = "wasm32")]
mod kernels {
    use core::arch::wasm32::*;

    pub fn blur_pass(src: &[u8], dst: &mut [u8], w: usize, h: usize) {
        // SAFETY: every load and store below stays inside rows 0..h of `w` bytes, which
        // both buffers hold.
        unsafe { blur_simd(src, dst, w, h) }
    }

    /// Sixteen pixels at a time: the weighted rows are summed in `u16` lanes, then the
    /// columns, then divided by 16 with rounding.
    #[target_feature(enable = "simd128")]
    unsafe fn blur_simd(src: &[u8], dst: &mut [u8], w: usize, h: usize) {
        // SAFETY: the caller keeps the promise this function documents.
        unsafe {
            assert!(src.len() >= w * h && dst.len() >= w * h && w >= 18);
            let p = src.as_ptr();
            let q = dst.as_mut_ptr();
            for y in 1..h - 1 {
                let mut x = 1;
                while x + 17 <= w {
                    let mut lo = u16x8_splat(0);
                    let mut hi = u16x8_splat(0);
                    for (dy, wy) in [(0usize, 1u16), (1, 2), (2, 1)] {
                        let row = p.add((y + dy - 1) * w + x);
                        let l = v128_load(row.sub(1) as *const v128);
                        let c = v128_load(row as *const v128);
                        let r = v128_load(row.add(1) as *const v128);
                        let sl = u16x8_add(
                            u16x8_add(u16x8_extend_low_u8x16(l), u16x8_shl(u16x8_extend_low_u8x16(c), 1)),
                            u16x8_extend_low_u8x16(r),
                        );
                        let sh = u16x8_add(
                            u16x8_add(u16x8_extend_high_u8x16(l), u16x8_shl(u16x8_extend_high_u8x16(c), 1)),
                            u16x8_extend_high_u8x16(r),
                        );
                        let k = u16x8_splat(wy);
                        lo = u16x8_add(lo, u16x8_mul(sl, k));
                        hi = u16x8_add(hi, u16x8_mul(sh, k));
                    }
                    let eight = u16x8_splat(8);
                    let lo = u16x8_shr(u16x8_add(lo, eight), 4);
                    let hi = u16x8_shr(u16x8_add(hi, eight), 4);
                    v128_store(q.add(y * w + x) as *mut v128, u8x16_narrow_i16x8(lo, hi));
                    x += 16;
                }
                // The last columns, one at a time.
                while x < w - 1 {
                    *q.add(y * w + x) = super::blur_pixel(src, w, x, y);
                    x += 1;
                }
            }
        }
    }

    pub fn count_byte(data: &[u8], needle: u8) -> u64 {
        // SAFETY: loads only whole 16-byte chunks of `data`.
        unsafe { count_simd(data, needle) }
    }

    #[target_feature(enable = "simd128")]
    unsafe fn count_simd(data: &[u8], needle: u8) -> u64 {
        // SAFETY: the caller keeps the promise this function documents.
        unsafe {
            let wanted = u8x16_splat(needle);
            let mut total = 0u64;
            let mut chunks = data.chunks_exact(64);
            for c in &mut chunks {
                let p = c.as_ptr() as *const v128;
                // Four compares folded into one count: each matching lane is -1.
                let mut acc = i8x16_splat(0);
                for i in 0..4 {
                    acc = i8x16_sub(acc, u8x16_eq(v128_load(p.add(i)), wanted));
                }
                let wide = u16x8_extadd_pairwise_u8x16(acc);
                let wide = u32x4_extadd_pairwise_u16x8(wide);
                total += u64::from(
                    u32x4_extract_lane::<0>(wide)
                        + u32x4_extract_lane::<1>(wide)
                        + u32x4_extract_lane::<2>(wide)
                        + u32x4_extract_lane::<3>(wide),
                );
            }
            total + chunks.remainder().iter().filter(|b| **b == needle).count() as u64
        }
    }

    pub fn dot(a: &[f32], b: &[f32]) -> f32 {
        // SAFETY: loads only whole four-element chunks of the common prefix.
        unsafe { dot_simd(a, b) }
    }

    #[target_feature(enable = "simd128")]
    unsafe fn dot_simd(a: &[f32], b: &[f32]) -> f32 {
        // SAFETY: the caller keeps the promise this function documents.
        unsafe {
            let n = a.len().min(b.len());
            let mut acc = f32x4_splat(0.0);
            let mut i = 0;
            while i + 4 <= n {
                let x = v128_load(a.as_ptr().add(i) as *const v128);
                let y = v128_load(b.as_ptr().add(i) as *const v128);
                acc = f32x4_add(acc, f32x4_mul(x, y));
                i += 4;
            }
            let lanes = [
                f32x4_extract_lane::<0>(acc),
                f32x4_extract_lane::<1>(acc),
                f32x4_extract_lane::<2>(acc),
                f32x4_extract_lane::<3>(acc),
            ];
            super::dot_tail(lanes, &a[i..n], &b[i..n])
        }
    }

    pub fn base64(data: &[u8], out: &mut Vec<u8>) {
        // SAFETY: loads read 16 bytes only where 16 remain; stores go to reserved space.
        unsafe { base64_simd(data, out) }
    }

    /// Twelve input bytes to sixteen characters at a time: a shuffle puts each three-byte
    /// group in a 32-bit lane, shifts and masks cut the four 6-bit indices, and a
    /// 16-entry table of offsets (looked up by a range class) turns them into ASCII.
    #[target_feature(enable = "simd128")]
    unsafe fn base64_simd(data: &[u8], out: &mut Vec<u8>) {
        // SAFETY: the caller keeps the promise this function documents.
        unsafe {
            let offsets = i8x16(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0);
            let mut i = 0;
            out.reserve(data.len() / 3 * 4 + 4);
            while i + 16 <= data.len() {
                let v = v128_load(data.as_ptr().add(i) as *const v128);
                let v = i8x16_shuffle::<1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10>(v, v);
                let idx = v128_or(
                    v128_or(
                        v128_and(u32x4_shr(v, 10), u32x4_splat(0x3f)),
                        v128_and(u32x4_shl(v, 4), u32x4_splat(0x3f00)),
                    ),
                    v128_or(
                        v128_and(u32x4_shr(v, 6), u32x4_splat(0x3f_0000)),
                        v128_and(u32x4_shl(v, 8), u32x4_splat(0x3f00_0000)),
                    ),
                );
                let class = u8x16_sub_sat(idx, u8x16_splat(51));
                let class = v128_or(class, v128_and(u8x16_lt(idx, u8x16_splat(26)), u8x16_splat(13)));
                let chars = i8x16_add(idx, i8x16_swizzle(offsets, class));
                let len = out.len();
                v128_store(out.as_mut_ptr().add(len) as *mut v128, chars);
                out.set_len(len + 16);
                i += 12;
            }
            super::base64_scalar(data, i, out);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod kernels {
    pub fn blur_pass(src: &[u8], dst: &mut [u8], w: usize, h: usize) {
        for y in 1..h - 1 {
            for x in 1..w - 1 {
                dst[y * w + x] = super::blur_pixel(src, w, x, y);
            }
        }
    }

    pub fn count_byte(data: &[u8], needle: u8) -> u64 {
        data.iter().filter(|b| **b == needle).count() as u64
    }

    /// Four lane sums, as the vector code keeps them.
    pub fn dot(a: &[f32], b: &[f32]) -> f32 {
        let n = a.len().min(b.len());
        let mut lanes = [0f32; 4];
        let whole = n / 4 * 4;
        for i in (0..whole).step_by(4) {
            for l in 0..4 {
                lanes[l] += a[i + l] * b[i + l];
            }
        }
        super::dot_tail(lanes, &a[whole..n], &b[whole..n])
    }

    pub fn base64(data: &[u8], out: &mut Vec<u8>) {
        super::base64_scalar(data, 0, out);
    }
}

/// One blurred pixel, as the vector code computes sixteen.
fn blur_pixel(src: &[u8], w: usize, x: usize, y: usize) -> u8 {
    let row = |dy: usize| {
        let r = (y + dy - 1) * w + x;
        weigh(
            u16::from(src[r - 1]),
            u16::from(src[r]),
            u16::from(src[r + 1]),
        )
    };
    ((weigh(row(0), row(1), row(2)) + 8) >> 4) as u8
}

/// The lane sums added in lane order, then the elements past the last whole vector.
fn dot_tail(lanes: [f32; 4], a: &[f32], b: &[f32]) -> f32 {
    let mut sum = lanes[0] + lanes[1] + lanes[2] + lanes[3];
    for (x, y) in a.iter().zip(b) {
        sum += x * y;
    }
    sum
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let kind = args.get(1).map(String::as_str).unwrap_or("count");
    let size: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let checksum = match kind {
        "blur" => blur(size),
        "count" => count(size),
        "dot" => dot(size),
        "base64" => base64(size),
        other => {
            eprintln!("unknown kernel `{other}`");
            std::process::exit(2);
        }
    };
    println!("{kind} {size}: {checksum:016x}");
}
