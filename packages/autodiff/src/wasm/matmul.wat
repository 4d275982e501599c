;; Matrix-multiply kernels for @mechanist/autodiff: WebAssembly SIMD, f64x2 and f32x4.
;;
;; GotoBLAS layout. The JS glue (src/wasm/gemm.ts) copies both operands into this memory, walks the cache
;; blocks (kc deep, mc rows, nc columns), and for each block calls
;;   pack64/pack32  to copy a block of A into 4-row panels and a block of B into 4- (f64) or 8-column (f32)
;;                  panels, zero-padded, so the micro-kernel reads both front to back;
;;   block64/32     to run the register-blocked micro-kernel over every tile of the block: a 4x4 (f64) or
;;                  4x8 (f32) tile of C is held in eight v128 accumulators over all of kc, then added to C.
;; C has its row count and row length padded to whole tiles, so the micro-kernel never needs an edge case.
;; There is no fused multiply-add in baseline SIMD, so each step is a mul then an add, as in the plain JS
;; loop: float64 results are bit-identical to it while k <= kc (same summation order); float32 accumulates
;; in float32 here, where the JS loop accumulates in float64 and rounds once.
;; All pointers and strides are in bytes.
(module
  (memory (export "memory") 1)

  ;; Pack a rows x cols block (element (r, c) at src + r*rs + c*cs) into panels of w rows:
  ;; dst[r / w][c][r % w], written front to back; rows past `rows` in the last panel are zero.
  ;; Reading w rows side by side keeps to a few cache lines whichever of rs, cs is the unit stride.
  ;; 64-bit elements:
  (func (export "pack64")
    (param $src i32) (param $rs i32) (param $cs i32) (param $rows i32) (param $cols i32) (param $w i32)
    (param $dst i32)
    (local $r i32) (local $c i32) (local $h i32) (local $i i32) (local $s i32) (local $d i32) (local $end i32)
    (local.set $d (local.get $dst))
    (loop $panel                                ;; rows r .. r+h of the source, one panel of dst
      (local.set $h (select (local.get $w) (i32.sub (local.get $rows) (local.get $r))
        (i32.le_u (i32.add (local.get $r) (local.get $w)) (local.get $rows))))
      (local.set $c (i32.const 0))
      (loop $col
        (local.set $s (i32.add (local.get $src)
          (i32.add (i32.mul (local.get $r) (local.get $rs)) (i32.mul (local.get $c) (local.get $cs)))))
        (local.set $end (i32.add (local.get $d) (i32.shl (local.get $h) (i32.const 3))))
        (loop $row                              ;; h values down column c, stored next to each other
          (i64.store (local.get $d) (i64.load (local.get $s)))
          (local.set $s (i32.add (local.get $s) (local.get $rs)))
          (br_if $row (i32.lt_u (local.tee $d (i32.add (local.get $d) (i32.const 8))) (local.get $end))))
        ;; zero the rows of a short last panel
        (local.set $i (i32.shl (i32.sub (local.get $w) (local.get $h)) (i32.const 3)))
        (if (local.get $i) (then (memory.fill (local.get $d) (i32.const 0) (local.get $i))))
        (local.set $d (i32.add (local.get $d) (local.get $i)))
        (br_if $col (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $cols))))
      (br_if $panel (i32.lt_u (local.tee $r (i32.add (local.get $r) (local.get $w))) (local.get $rows)))))

  ;; The same for 32-bit elements.
  (func (export "pack32")
    (param $src i32) (param $rs i32) (param $cs i32) (param $rows i32) (param $cols i32) (param $w i32)
    (param $dst i32)
    (local $r i32) (local $c i32) (local $h i32) (local $i i32) (local $s i32) (local $d i32) (local $end i32)
    (local.set $d (local.get $dst))
    (loop $panel                                ;; rows r .. r+h of the source, one panel of dst
      (local.set $h (select (local.get $w) (i32.sub (local.get $rows) (local.get $r))
        (i32.le_u (i32.add (local.get $r) (local.get $w)) (local.get $rows))))
      (local.set $c (i32.const 0))
      (loop $col
        (local.set $s (i32.add (local.get $src)
          (i32.add (i32.mul (local.get $r) (local.get $rs)) (i32.mul (local.get $c) (local.get $cs)))))
        (local.set $end (i32.add (local.get $d) (i32.shl (local.get $h) (i32.const 2))))
        (loop $row                              ;; h values down column c, stored next to each other
          (i32.store (local.get $d) (i32.load (local.get $s)))
          (local.set $s (i32.add (local.get $s) (local.get $rs)))
          (br_if $row (i32.lt_u (local.tee $d (i32.add (local.get $d) (i32.const 4))) (local.get $end))))
        ;; zero the rows of a short last panel
        (local.set $i (i32.shl (i32.sub (local.get $w) (local.get $h)) (i32.const 2)))
        (if (local.get $i) (then (memory.fill (local.get $d) (i32.const 0) (local.get $i))))
        (local.set $d (i32.add (local.get $d) (local.get $i)))
        (br_if $col (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $cols))))
      (br_if $panel (i32.lt_u (local.tee $r (i32.add (local.get $r) (local.get $w))) (local.get $rows)))))

  ;; C[mc, nc] += A[mc, kc] . B[kc, nc] in f64, A packed in 4-row panels, B in 4-column panels (pack64),
  ;; C row-major with row stride ldc bytes. mc, nc may be ragged: the padding is computed and stored too.
  (func (export "block64")
    (param $a i32) (param $b i32) (param $c i32) (param $ldc i32) (param $mc i32) (param $nc i32)
    (param $kc i32)
    (local $i i32) (local $j i32) (local $pa i32) (local $pb i32) (local $end i32) (local $t i32)
    (local $av v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (loop $cols                                 ;; j: one 4-column panel of B
      (local.set $i (i32.const 0))
      (loop $rows                               ;; i: one 4-row panel of A
        (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (i32.shl (local.get $kc) (i32.const 3)))))
        (local.set $pb (i32.add (local.get $b) (i32.mul (local.get $j) (i32.shl (local.get $kc) (i32.const 3)))))
        (local.set $end (i32.add (local.get $pa) (i32.shl (local.get $kc) (i32.const 5))))
        (local.set $c00 (v128.const i64x2 0 0)) (local.set $c01 (v128.const i64x2 0 0))
        (local.set $c10 (v128.const i64x2 0 0)) (local.set $c11 (v128.const i64x2 0 0))
        (local.set $c20 (v128.const i64x2 0 0)) (local.set $c21 (v128.const i64x2 0 0))
        (local.set $c30 (v128.const i64x2 0 0)) (local.set $c31 (v128.const i64x2 0 0))
        (loop $k                                ;; one rank-1 update of the 4x4 tile per step
          (local.set $b0 (v128.load (local.get $pb)))
          (local.set $b1 (v128.load offset=16 (local.get $pb)))
          (local.set $av (v128.load64_splat (local.get $pa)))
          (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $av) (local.get $b0))))
          (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $av) (local.get $b1))))
          (local.set $av (v128.load64_splat offset=8 (local.get $pa)))
          (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $av) (local.get $b0))))
          (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $av) (local.get $b1))))
          (local.set $av (v128.load64_splat offset=16 (local.get $pa)))
          (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $av) (local.get $b0))))
          (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $av) (local.get $b1))))
          (local.set $av (v128.load64_splat offset=24 (local.get $pa)))
          (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $av) (local.get $b0))))
          (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $av) (local.get $b1))))
          (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
          (br_if $k (i32.lt_u (local.tee $pa (i32.add (local.get $pa) (i32.const 32))) (local.get $end))))
        ;; t = &C[i][j]; add the tile row by row
        (local.set $t (i32.add (local.get $c)
          (i32.add (i32.mul (local.get $i) (local.get $ldc)) (i32.shl (local.get $j) (i32.const 3)))))
        (v128.store (local.get $t) (f64x2.add (v128.load (local.get $t)) (local.get $c00)))
        (v128.store offset=16 (local.get $t) (f64x2.add (v128.load offset=16 (local.get $t)) (local.get $c01)))
        (local.set $t (i32.add (local.get $t) (local.get $ldc)))
        (v128.store (local.get $t) (f64x2.add (v128.load (local.get $t)) (local.get $c10)))
        (v128.store offset=16 (local.get $t) (f64x2.add (v128.load offset=16 (local.get $t)) (local.get $c11)))
        (local.set $t (i32.add (local.get $t) (local.get $ldc)))
        (v128.store (local.get $t) (f64x2.add (v128.load (local.get $t)) (local.get $c20)))
        (v128.store offset=16 (local.get $t) (f64x2.add (v128.load offset=16 (local.get $t)) (local.get $c21)))
        (local.set $t (i32.add (local.get $t) (local.get $ldc)))
        (v128.store (local.get $t) (f64x2.add (v128.load (local.get $t)) (local.get $c30)))
        (v128.store offset=16 (local.get $t) (f64x2.add (v128.load offset=16 (local.get $t)) (local.get $c31)))
        (br_if $rows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (local.get $mc))))
      (br_if $cols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 4))) (local.get $nc)))))

  ;; C[mc, nc] += A[mc, kc] . B[kc, nc] in f32: A in 4-row panels, B in 8-column panels (pack32).
  ;; Same structure as block64 with a 4x8 tile (two f32x4 vectors per row).
  (func (export "block32")
    (param $a i32) (param $b i32) (param $c i32) (param $ldc i32) (param $mc i32) (param $nc i32)
    (param $kc i32)
    (local $i i32) (local $j i32) (local $pa i32) (local $pb i32) (local $end i32) (local $t i32)
    (local $av v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (loop $cols                                 ;; j: one 8-column panel of B
      (local.set $i (i32.const 0))
      (loop $rows                               ;; i: one 4-row panel of A
        (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (i32.shl (local.get $kc) (i32.const 2)))))
        (local.set $pb (i32.add (local.get $b) (i32.mul (local.get $j) (i32.shl (local.get $kc) (i32.const 2)))))
        (local.set $end (i32.add (local.get $pa) (i32.shl (local.get $kc) (i32.const 4))))
        (local.set $c00 (v128.const i64x2 0 0)) (local.set $c01 (v128.const i64x2 0 0))
        (local.set $c10 (v128.const i64x2 0 0)) (local.set $c11 (v128.const i64x2 0 0))
        (local.set $c20 (v128.const i64x2 0 0)) (local.set $c21 (v128.const i64x2 0 0))
        (local.set $c30 (v128.const i64x2 0 0)) (local.set $c31 (v128.const i64x2 0 0))
        (loop $k
          (local.set $b0 (v128.load (local.get $pb)))
          (local.set $b1 (v128.load offset=16 (local.get $pb)))
          (local.set $av (v128.load32_splat (local.get $pa)))
          (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $av) (local.get $b0))))
          (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $av) (local.get $b1))))
          (local.set $av (v128.load32_splat offset=4 (local.get $pa)))
          (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $av) (local.get $b0))))
          (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $av) (local.get $b1))))
          (local.set $av (v128.load32_splat offset=8 (local.get $pa)))
          (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $av) (local.get $b0))))
          (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $av) (local.get $b1))))
          (local.set $av (v128.load32_splat offset=12 (local.get $pa)))
          (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $av) (local.get $b0))))
          (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $av) (local.get $b1))))
          (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
          (br_if $k (i32.lt_u (local.tee $pa (i32.add (local.get $pa) (i32.const 16))) (local.get $end))))
        (local.set $t (i32.add (local.get $c)
          (i32.add (i32.mul (local.get $i) (local.get $ldc)) (i32.shl (local.get $j) (i32.const 2)))))
        (v128.store (local.get $t) (f32x4.add (v128.load (local.get $t)) (local.get $c00)))
        (v128.store offset=16 (local.get $t) (f32x4.add (v128.load offset=16 (local.get $t)) (local.get $c01)))
        (local.set $t (i32.add (local.get $t) (local.get $ldc)))
        (v128.store (local.get $t) (f32x4.add (v128.load (local.get $t)) (local.get $c10)))
        (v128.store offset=16 (local.get $t) (f32x4.add (v128.load offset=16 (local.get $t)) (local.get $c11)))
        (local.set $t (i32.add (local.get $t) (local.get $ldc)))
        (v128.store (local.get $t) (f32x4.add (v128.load (local.get $t)) (local.get $c20)))
        (v128.store offset=16 (local.get $t) (f32x4.add (v128.load offset=16 (local.get $t)) (local.get $c21)))
        (local.set $t (i32.add (local.get $t) (local.get $ldc)))
        (v128.store (local.get $t) (f32x4.add (v128.load (local.get $t)) (local.get $c30)))
        (v128.store offset=16 (local.get $t) (f32x4.add (v128.load offset=16 (local.get $t)) (local.get $c31)))
        (br_if $rows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (local.get $mc))))
      (br_if $cols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 8))) (local.get $nc))))))
