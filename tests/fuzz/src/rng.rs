//! A small deterministic random number generator (xorshift64*), so that a run is the same
//! for the same seed on every machine.

/// Random numbers from a seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed` (any value; zero is remapped). Seeds that differ only in
    /// their lowest bit give the same numbers, so [`Rng::case_seed`] never makes such pairs.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15 | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// `len` random bytes.
    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next_u64().to_le_bytes());
        }
        out.truncate(len);
        out
    }

    /// The seed of case `case` of a run with seed `seed`: each case reproduces alone.
    /// Runs with different seeds do not share cases (short of a 64-bit collision).
    pub fn case_seed(seed: u64, case: u64) -> u64 {
        // Cases of one run are `K` apart (odd and large: never just the lowest bit), from a
        // random start per run (`seed << 1`: seeds never differ in the lowest bit alone), so
        // neighbouring run seeds do not share cases.
        let base = Rng::new(seed << 1).next_u64();
        Rng::new(base.wrapping_add(case.wrapping_mul(0x9e37_79b9))).next_u64()
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;
    use std::collections::HashSet;

    /// Neighbouring seeds (as a long run on two machines would take) share no case.
    #[test]
    fn runs_with_neighbouring_seeds_share_no_case() {
        let mut seen = HashSet::new();
        for seed in 0..8u64 {
            for case in 0..20_000u64 {
                assert!(
                    seen.insert(Rng::case_seed(seed, case)),
                    "seed {seed} case {case}"
                );
            }
        }
    }
}
