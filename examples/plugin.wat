;; A text plugin as a component. In WIT terms:
;;
;;   interface host { log: func(msg: string); }
;;   record stats { words: u32, shout: string }
;;   world plugin {
;;     import example:plugin/host;
;;     export process: func(text: string) -> stats;
;;   }
;;
;; `process` counts the words of its input, upper-cases its ASCII letters, logs the result
;; through the host, and returns both.
(component
  (import "example:plugin/host" (instance $host
    (export "log" (func (param "msg" string)))))
  (alias export $host "log" (func $log))

  ;; Memory and allocator.
  (core module $Libc
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
      (local $ptr i32)
      (local.set $ptr
        (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
                 (i32.sub (i32.const 0) (local.get $align))))
      (global.set $bump (i32.add (local.get $ptr) (local.get $size)))
      (if (i32.gt_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536)))
        (then (if (i32.eq (memory.grow (i32.add (i32.shr_u (local.get $size) (i32.const 16)) (i32.const 1)))
                          (i32.const -1))
                (then unreachable))))
      (memory.copy (local.get $ptr) (local.get $old) (local.get $old_size))
      (local.get $ptr))
    ;; After each call: the results have been read, the memory can be reused.
    (func (export "reset") (param i32) (global.set $bump (i32.const 1024))))
  (core instance $libc (instantiate $Libc))

  (core func $log' (canon lower (func $log) (memory (core memory $libc "mem"))))

  (core module $Plugin
    (import "libc" "mem" (memory 1))
    (import "libc" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
    (import "host" "log" (func $log (param i32 i32)))
    (func (export "process") (param $ptr i32) (param $len i32) (result i32)
      (local $out i32) (local $i i32) (local $c i32) (local $words i32) (local $in_word i32)
      (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (local.get $len)))
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $ptr) (local.get $i))))
        ;; A word starts where a non-space follows a space (or the start).
        (if (i32.le_u (local.get $c) (i32.const 32))
          (then (local.set $in_word (i32.const 0)))
          (else
            (if (i32.eqz (local.get $in_word))
              (then (local.set $words (i32.add (local.get $words) (i32.const 1)))))
            (local.set $in_word (i32.const 1))))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 122)))
          (then (local.set $c (i32.sub (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $out) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
      (call $log (local.get $out) (local.get $len))
      ;; The `stats` record, returned through memory: words, then the string.
      (i32.store (i32.const 16) (local.get $words))
      (i32.store (i32.const 20) (local.get $out))
      (i32.store (i32.const 24) (local.get $len))
      (i32.const 16)))
  (core instance $plugin (instantiate $Plugin
    (with "libc" (instance $libc))
    (with "host" (instance (export "log" (func $log'))))))

  (type $stats' (record (field "words" u32) (field "shout" string)))
  (export $stats "stats" (type $stats'))
  (func (export "process") (param "text" string) (result $stats)
    (canon lift (core func $plugin "process")
      (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))
      (post-return (core func $libc "reset")))))
