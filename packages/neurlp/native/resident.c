// Node-only helper of @mechanist/neurlp/node: switches glibc's allocator between its defaults and a
// "resident" policy for training loops whose arrays are larger than its mmap threshold (32 MiB at
// most). By default every such array is a fresh mmap, faulted in page by page on first touch and
// unmapped when freed, so a loop that allocates same-sized large outputs each step pays the page
// faults each step. Resident: large blocks come from the heap, freed blocks stay mapped and the next
// allocation of that size reuses them (calloc then zero-fills with memset, far cheaper than faults).
#define NAPI_VERSION 8
#include <node_api.h>
#include <stdint.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

// glibc's documented defaults (mallopt(3)): at most 65536 mmapped blocks, trim above 128 KiB.
#define DEFAULT_MMAP_MAX 65536
#define DEFAULT_TRIM_THRESHOLD (128 * 1024)

static napi_value boolean(napi_env env, int value) {
  napi_value result;
  napi_get_boolean(env, value != 0, &result);
  return result;
}

// resident(retainBytes): large blocks from the heap; free memory at the top of the heap is returned to
// the system only above retainBytes. Returns false where the C library is not glibc.
static napi_value resident(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double retain = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_get_value_double(env, argv[0], &retain) != napi_ok || !(retain >= 0)) {
    napi_throw_type_error(env, NULL, "resident(retainBytes): retainBytes must be a number >= 0");
    return NULL;
  }
#ifdef __GLIBC__
  // the trim threshold is an int inside glibc's mallopt: clamp to its range
  int trim = retain > (double)INT32_MAX ? INT32_MAX : (int)retain;
  return boolean(env, mallopt(M_MMAP_MAX, 0) && mallopt(M_TRIM_THRESHOLD, trim));
#else
  return boolean(env, 0);
#endif
}

// defaults(): glibc's default policy again, and the free memory kept so far handed back (malloc_trim).
static napi_value defaults(napi_env env, napi_callback_info info) {
  (void)info;
#ifdef __GLIBC__
  int ok = mallopt(M_MMAP_MAX, DEFAULT_MMAP_MAX) && mallopt(M_TRIM_THRESHOLD, DEFAULT_TRIM_THRESHOLD);
  malloc_trim(0);
  return boolean(env, ok);
#else
  return boolean(env, 0);
#endif
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"resident", NULL, resident, NULL, NULL, NULL, napi_enumerable, NULL},
      {"defaults", NULL, defaults, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  napi_define_properties(env, exports, 2, props);
  return exports;
}

NAPI_MODULE(resident, init)
