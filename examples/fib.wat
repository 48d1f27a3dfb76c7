;; Fibonacci numbers, computed iteratively.
;;
;; Run it with:
;;
;;     cargo run --release -p wicker-cli -- run --invoke fib examples/fib.wat 20
;;
;; which prints `6765`. wicker compiles this text to a binary module, compiles the
;; function to native code with Cranelift, instantiates the module (it needs no imports),
;; parses the argument `20` as the `i32` the function takes, calls it, and prints the `i64`
;; it returns.
(module
  ;; fib(0) = 0, fib(1) = 1, fib(n) = fib(n - 1) + fib(n - 2).
  (func (export "fib") (param $n i32) (result i64)
    ;; $a and $b hold fib(i) and fib(i + 1); each step moves i forward by one.
    (local $a i64)
    (local $b i64)
    (local $next i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $step
        ;; Stop once i has reached n: $a is then fib(n).
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $next (i64.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $next))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $step)))
    (local.get $a)))
