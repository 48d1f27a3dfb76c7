//! The benchmark workloads, written against the API names wicker shares with other
//! runtimes of the same shape (`super::rt`), so that one source measures both sides.

use super::rt;
use std::time::Instant;

/// Runs `f` `iters` times, `rounds` times over, and returns the best time per iteration in
/// seconds.
fn best_of(rounds: usize, iters: u32, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let start = Instant::now();
        for _ in 0..iters {
            f();
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(iters));
    }
    best
}

/// A large module: `n` functions with loops, arithmetic, memory traffic, calls and branches.
pub fn large_module_wat(n: usize) -> String {
    let mut wat =
        String::from("(module (memory 1) (table 16 funcref) (global $g (mut i32) (i32.const 0))\n");
    for i in 0..n {
        let callee = if i == 0 { 0 } else { i - 1 };
        wat.push_str(&format!(
            r#"(func $f{i} (param $a i32) (param $b i64) (result i64)
  (local $i i32) (local $acc i64) (local $x f64)
  (local.set $x (f64.convert_i32_s (local.get $a)))
  (block $out (loop $top
    (br_if $out (i32.ge_u (local.get $i) (local.get $a)))
    (local.set $acc (i64.add (local.get $acc) (i64.mul (local.get $b) (i64.extend_i32_u (local.get $i)))))
    (i32.store offset={off} (i32.and (local.get $i) (i32.const 1023)) (i32.xor (local.get $i) (i32.const {i})))
    (local.set $acc (i64.xor (local.get $acc) (i64.load offset={off} (i32.and (local.get $i) (i32.const 1016)))))
    (local.set $x (f64.add (f64.mul (local.get $x) (f64.const 1.0001)) (f64.const 0.5)))
    (if (i32.eqz (i32.rem_u (local.get $i) (i32.const 7)))
      (then (global.set $g (i32.add (global.get $g) (i32.const 1))))
      (else (local.set $acc (i64.rotl (local.get $acc) (i64.const 3)))))
    (br_table 0 1 0 (i32.and (local.get $i) (i32.const 1)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $top)))
  (if (result i64) (i32.gt_u (local.get $a) (i32.const 1000))
    (then (call $f{callee} (i32.shr_u (local.get $a) (i32.const 1)) (local.get $acc)))
    (else (i64.add (local.get $acc) (i64.trunc_f64_s (f64.min (local.get $x) (f64.const 1e15)))))))
"#,
            off = (i * 8) % 4096,
        ));
    }
    wat.push_str("(export \"f0\" (func $f0)))\n");
    wat
}

const INSTANTIATE: &str = r#"(module
    (import "host" "log" (func $log (param i32)))
    (memory (export "memory") 16)
    (table 64 funcref)
    (global $a (mut i32) (i32.const 1)) (global $b (mut i64) (i64.const 2)) (global $c f64 (f64.const 3))
    (data (i32.const 1024) "a data segment of a plausible plugin that ships some strings")
    (elem (i32.const 0) $f1 $f2 $f3)
    (func $f1 (export "f1") (result i32) global.get $a)
    (func $f2 (export "f2") (result i64) global.get $b)
    (func $f3 (export "f3") (result f64) global.get $c)
    (func (export "run") (param i32) local.get 0 call $log))"#;

const CALLS: &str = r#"(module
    (import "host" "nop" (func $nop))
    (func (export "nop"))
    (func (export "call_host") (param $n i32)
        (loop $l
            call $nop
            (local.tee $n (i32.sub (local.get $n) (i32.const 1)))
            br_if $l)))"#;

const KERNELS: &str = r#"(module
    (memory (export "memory") 256)
    ;; Recursive Fibonacci: calls and integer arithmetic.
    (func $fib (export "fib") (param $n i32) (result i32)
        (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
            (then (local.get $n))
            (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                           (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
    ;; Sieve of Eratosthenes over bytes at address 0: memory stores in tight loops.
    (func (export "sieve") (param $n i32) (result i32)
        (local $i i32) (local $j i32) (local $count i32)
        (memory.fill (i32.const 0) (i32.const 1) (local.get $n))
        (local.set $i (i32.const 2))
        (block $done (loop $outer
            (br_if $done (i32.gt_u (i32.mul (local.get $i) (local.get $i)) (local.get $n)))
            (if (i32.load8_u (local.get $i)) (then
                (local.set $j (i32.mul (local.get $i) (local.get $i)))
                (block $d2 (loop $inner
                    (br_if $d2 (i32.ge_u (local.get $j) (local.get $n)))
                    (i32.store8 (local.get $j) (i32.const 0))
                    (local.set $j (i32.add (local.get $j) (local.get $i)))
                    (br $inner)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $outer)))
        (local.set $i (i32.const 2))
        (block $d3 (loop $count_loop
            (br_if $d3 (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $count (i32.add (local.get $count) (i32.load8_u (local.get $i))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $count_loop)))
        (local.get $count))
    ;; n x n matrix product of f64 matrices at 0, 8n^2, result at 16n^2.
    (func (export "matmul") (param $n i32) (result f64)
        (local $i i32) (local $j i32) (local $k i32) (local $sum f64) (local $nn i32)
        (local.set $nn (i32.mul (local.get $n) (local.get $n)))
        (local.set $i (i32.const 0))
        (loop $init
            (f64.store (i32.shl (local.get $i) (i32.const 3)) (f64.convert_i32_u (i32.rem_u (local.get $i) (i32.const 17))))
            (f64.store (i32.shl (i32.add (local.get $i) (local.get $nn)) (i32.const 3)) (f64.convert_i32_u (i32.rem_u (local.get $i) (i32.const 13))))
            (br_if $init (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $nn))))
        (local.set $i (i32.const 0))
        (loop $li
            (local.set $j (i32.const 0))
            (loop $lj
                (local.set $sum (f64.const 0))
                (local.set $k (i32.const 0))
                (loop $lk
                    (local.set $sum (f64.add (local.get $sum) (f64.mul
                        (f64.load (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $k)) (i32.const 3)))
                        (f64.load (i32.shl (i32.add (local.get $nn) (i32.add (i32.mul (local.get $k) (local.get $n)) (local.get $j))) (i32.const 3))))))
                    (br_if $lk (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 1))) (local.get $n))))
                (f64.store (i32.shl (i32.add (i32.shl (local.get $nn) (i32.const 1)) (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j))) (i32.const 3)) (local.get $sum))
                (br_if $lj (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $n))))
            (br_if $li (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
        (f64.load (i32.shl (i32.sub (i32.mul (i32.const 3) (local.get $nn)) (i32.const 1)) (i32.const 3))))
    ;; FNV-1a over `len` bytes, after filling them with a xorshift stream.
    (func (export "hash") (param $len i32) (result i32)
        (local $i i32) (local $x i32) (local $h i32)
        (local.set $x (i32.const 2463534242))
        (loop $fill
            (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
            (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
            (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
            (i32.store (local.get $i) (local.get $x))
            (br_if $fill (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (local.get $len))))
        (local.set $h (i32.const 2166136261))
        (local.set $i (i32.const 0))
        (loop $mix
            (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $i))) (i32.const 16777619)))
            (br_if $mix (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $len))))
        (local.get $h)))"#;

/// One measured figure.
pub struct Figure {
    /// What was measured.
    pub name: &'static str,
    /// The value.
    pub value: f64,
    /// Its unit.
    pub unit: &'static str,
}

/// Runs every workload and returns the figures.
pub fn run() -> anyhow::Result<Vec<Figure>> {
    let engine = rt::Engine::default();
    let mut figures = Vec::new();
    let mut push = |name, value, unit| figures.push(Figure { name, value, unit });

    // Compile throughput.
    let large = wat::parse_str(large_module_wat(1500))?;
    let compile = best_of(3, 1, || {
        rt::Module::from_binary(&engine, &large).unwrap();
    });
    push(
        "compile: large module",
        large.len() as f64 / 1e6 / compile,
        "MB/s",
    );
    push("compile: large module size", large.len() as f64 / 1e6, "MB");

    // Instantiation, in a fresh store each time, from a pre-linked module.
    let module = rt::Module::new(&engine, INSTANTIATE)?;
    let mut linker = rt::Linker::<()>::new(&engine);
    linker.func_wrap("host", "log", |_: i32| {})?;
    let pre = linker.instantiate_pre(&module)?;
    let inst = best_of(5, 2000, || {
        let mut store = rt::Store::new(&engine, ());
        pre.instantiate(&mut store).unwrap();
    });
    push("instantiate (new store + instance)", inst * 1e6, "us");

    // Calls across the boundary.
    let module = rt::Module::new(&engine, CALLS)?;
    let mut linker = rt::Linker::<()>::new(&engine);
    linker.func_wrap("host", "nop", || {})?;
    let mut store = rt::Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &module)?;
    let nop = instance.get_typed_func::<(), ()>(&mut store, "nop")?;
    let h2w = best_of(5, 200_000, || nop.call(&mut store, ()).unwrap());
    push("call host -> wasm (empty)", h2w * 1e9, "ns");
    let call_host = instance.get_typed_func::<i32, ()>(&mut store, "call_host")?;
    let w2h = best_of(5, 1, || call_host.call(&mut store, 1_000_000).unwrap()) / 1e6;
    push("call wasm -> host (empty)", w2h * 1e9, "ns");

    // Compute kernels.
    let module = rt::Module::new(&engine, KERNELS)?;
    let mut store = rt::Store::new(&engine, ());
    let instance = rt::Instance::new(&mut store, &module, &[])?;
    let fib = instance.get_typed_func::<i32, i32>(&mut store, "fib")?;
    assert_eq!(fib.call(&mut store, 20)?, 6765);
    push(
        "kernel: fib(30) recursive",
        best_of(3, 1, || {
            assert_eq!(fib.call(&mut store, 30).unwrap(), 832040)
        }) * 1e3,
        "ms",
    );
    let sieve = instance.get_typed_func::<i32, i32>(&mut store, "sieve")?;
    push(
        "kernel: sieve(10^7)",
        best_of(3, 1, || {
            assert_eq!(sieve.call(&mut store, 10_000_000).unwrap(), 664579)
        }) * 1e3,
        "ms",
    );
    let matmul = instance.get_typed_func::<i32, f64>(&mut store, "matmul")?;
    push(
        "kernel: matmul 200x200 f64",
        best_of(3, 1, || {
            matmul.call(&mut store, 200).unwrap();
        }) * 1e3,
        "ms",
    );
    let hash = instance.get_typed_func::<i32, i32>(&mut store, "hash")?;
    let expected = hash.call(&mut store, 1 << 24)?;
    push(
        "kernel: fill + FNV-1a 16 MiB",
        best_of(3, 1, || {
            assert_eq!(hash.call(&mut store, 1 << 24).unwrap(), expected)
        }) * 1e3,
        "ms",
    );
    Ok(figures)
}
