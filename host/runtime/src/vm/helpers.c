// Entry and exit points for trap handling. `wicker_setjmp_call` runs `body` under a
// `sigsetjmp`, so that a trap raised anywhere in the wasm code it calls can return here
// with `wicker_longjmp`. Only wasm frames (which own no resources) are ever skipped.

#include <setjmp.h>

int wicker_setjmp_call(void (*body)(void *), void *payload, void **jmp_buf_out) {
  sigjmp_buf buf;
  if (sigsetjmp(buf, 0) != 0) {
    return 0;
  }
  *jmp_buf_out = &buf;
  body(payload);
  return 1;
}

void wicker_longjmp(void *buf) {
  siglongjmp(*(sigjmp_buf *)buf, 1);
}

// Makes freshly written code visible to instruction fetch (needed on AArch64).
void wicker_clear_cache(char *start, char *end) {
  __builtin___clear_cache(start, end);
}
