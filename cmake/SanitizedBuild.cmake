# The clang-14 sub-build that cmake/SanitizerSubBuild.cmake drives (CADENCE_SANITIZED_BUILD=ON):
# only what can be fuzzed and tested natively — the core, the store, their doctest suite and the
# libFuzzer targets — all with AddressSanitizer and UndefinedBehaviorSanitizer, so CI stays lean.
# The library code also gets libFuzzer's coverage instrumentation (fuzzer-no-link); the fuzz
# targets add the fuzzer runtime themselves (tests/fuzz/CMakeLists.txt).
# -O1 with line tables: readable sanitizer stacks, fast enough to fuzz, quick to compile in CI.
set(CMAKE_C_FLAGS_RELWITHDEBINFO "-O1 -gline-tables-only")
set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -gline-tables-only")
set(CADENCE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_compile_options(${CADENCE_SANITIZER_FLAGS} -fsanitize=fuzzer-no-link)
add_link_options(${CADENCE_SANITIZER_FLAGS})
add_subdirectory(src/core)
add_subdirectory(src/store)
add_subdirectory(tests/core)
add_subdirectory(tests/fuzz)
