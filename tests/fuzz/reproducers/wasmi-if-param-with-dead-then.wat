;; Found by `wicker-fuzz differential --seed 42` (case 16935224999841787880), reduced:
;; `run(x)` calls the function, whose loop body takes its `else` branch (the condition is
;; 0), xors the `if` parameter (0) into global 2, and then xors `x`, left below on the
;; stack, into it: global 2 is `x`. wasmi 2.0.0 answers 0 (its translation of the `if`
;; with a parameter whose `then` branch ends in branches to the loop); wicker answers `x`.
(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (param i32) (result f32)))
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 3)
  (export "" (func 0))
  (export "Y" (global 2))
  (export "run" (func $run))
  (func (;0;) (type 1) (param i32) (result f32)
    (local f64 f64 f64 f64 f64 f32 f32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    global.set 4
    f32.const 0x1.p-127 (;=0.000000000000000000000000000000000000005877472;)
    i32.const 0
    f64.convert_i32_u
    f64.neg
    loop (result f32) ;; label = @1
      global.get 4
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 4
      i32.const 1
      i32.sub
      global.set 4
      local.get 0
      i32.const 0
      local.get 2
      i64.trunc_sat_f64_s
      f64.reinterpret_i64
      i32.trunc_sat_f64_s
      if (type 1) (param i32) (result f32) ;; label = @2
        block (type 0) (result i32) ;; label = @3
          br 2 (;@1;)
          local.get 0
          br_table 2 (;@1;) 2 (;@1;)
          i32.const 422496930
          i32.clz
          br_table 2 (;@1;) 2 (;@1;)
          loop (type 0) (result i32) ;; label = @4
            global.get 4
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 4
            global.set 4
            local.get 5
            ref.null func
            local.get 0
            if (result externref) ;; label = @5
              i32.const 1
              br_if 1 (;@4;)
              loop ;; label = @6
                global.get 4
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 4
                i32.const 1
                i32.sub
                global.set 4
              end
              loop ;; label = @6
                global.get 4
                if ;; label = @7
                  unreachable
                end
                global.get 4
                global.set 4
                i32.const 0
                br_if 0 (;@6;)
              end
              f64.const -0x1.e0b1676660826p+82 (;=-9080033744908892000000000;)
              i64.trunc_f64_u
              local.get 0
              br 2 (;@3;)
              i64.popcnt
              i32.const -690540790
              data.drop 0
              block (type 0) (result i32) ;; label = @6
                i64.const 1
                f32.const -0x1p+65 (;=-36893490000000000000;)
                i64.const 501804404137940525
                data.drop 0
                i32.const 1001207429
                f64.convert_i32_u
                i32.const 1655515929
                if ;; label = @7
                  ref.null extern
                  loop (result f32) ;; label = @8
                    global.get 4
                    i32.eqz
                    if ;; label = @9
                      nop
                    else
                      unreachable
                    end
                    global.get 4
                    global.set 4
                    f64.const -0x1.1bd05ec40bfcfp-258 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000002393618238321835;)
                    i64.trunc_sat_f64_s
                    i32.const 0
                    block (result i64) ;; label = @9
                      i64.const 1125899906842624
                    end
                    global.get 1
                    i64.xor
                    global.set 1
                    global.get 2
                    i32.xor
                    global.set 2
                    global.get 1
                    i64.xor
                    global.set 1
                    f32.const 0x1.p-141 (;=0.000000000000000000000000000000000000000000359;)
                  end
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  drop
                end
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                global.get 1
                i64.xor
                global.set 1
                i32.reinterpret_f32
                global.get 0
                i32.xor
                global.set 0
                global.get 1
                i64.xor
                global.set 1
                i32.const 1
              end
              global.get 2
              i32.xor
              global.set 2
              global.get 2
              i32.xor
              global.set 2
              global.get 1
              i64.xor
              global.set 1
              ref.null extern
            else
              ref.null extern
            end
            drop
            drop
            i64.reinterpret_f64
            i64.const 2109632692475514556
            i64.xor
            global.set 3
            i32.const -464170978
          end
        end
        global.get 2
        i32.xor
        global.set 2
        drop
        f32.const -nan:0x7ff000 (;=NaN;)
      else
        global.get 2
        i32.xor
        global.set 2
        f32.const 0x1p+0 (;=1;)
      end
      i32.reinterpret_f32
      global.get 0
      i32.xor
      global.set 0
      global.get 2
      i32.xor
      global.set 2
      f32.const -0x1.fffffep+127 (;=-340282350000000000000000000000000000000;)
    end
    i32.reinterpret_f32
    global.get 0
    i32.xor
    global.set 0
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
  )
  (func $run (param i32) (result i32) local.get 0 call 0 drop global.get 2)
  (data (;0;) "")
)
