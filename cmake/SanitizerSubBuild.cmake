# When clang-14 is installed (tools/setup.sh installs it with libclang-rt-14-dev), the native
# build also builds <build>/sanitized with it (cmake/SanitizedBuild.cmake) and registers:
#  - core.asan: the whole native doctest suite under ASan + UBSan;
#  - fuzz.backup, fuzz.csv, fuzz.vcard, fuzz.chunks: a bounded libFuzzer run of each parser
#    (35 s each, so the four take under 3 minutes), seeded from the test fixtures. New inputs it finds are kept in
#    <build>/sanitized/corpus/<target>, never in the source tree. A crash fails the test and
#    leaves crash-* in that folder: turn it into a regression test in tests/core.
find_program(CADENCE_CLANGXX clang++-14)
find_program(CADENCE_CLANG clang-14)
if(NOT CADENCE_CLANGXX OR NOT CADENCE_CLANG)
  message(STATUS "clang-14 not found: no fuzzing or sanitizer tests")
  return()
endif()

include(ExternalProject)
set(CADENCE_SANITIZED_DIR ${CMAKE_BINARY_DIR}/sanitized)
ExternalProject_Add(cadence_sanitized
  SOURCE_DIR ${CMAKE_SOURCE_DIR}
  BINARY_DIR ${CADENCE_SANITIZED_DIR}
  CMAKE_ARGS -DCADENCE_SANITIZED_BUILD=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
    -DCMAKE_C_COMPILER=${CADENCE_CLANG} -DCMAKE_CXX_COMPILER=${CADENCE_CLANGXX}
  # Two jobs: CI machines here have two cores, and a bare --parallel means unlimited with make.
  BUILD_COMMAND ${CMAKE_COMMAND} --build ${CADENCE_SANITIZED_DIR} --parallel 2
  INSTALL_COMMAND ""
  BUILD_ALWAYS ON)

add_test(NAME core.asan COMMAND ${CADENCE_SANITIZED_DIR}/tests/core/cadence_core_tests --no-version=true)
set_tests_properties(core.asan PROPERTIES LABELS "native;sanitizers"
  ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

set(CADENCE_FUZZ_SEEDS_backup ${CMAKE_SOURCE_DIR}/tests/data ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/backup)
set(CADENCE_FUZZ_SEEDS_csv ${CMAKE_SOURCE_DIR}/tests/data/interop ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/csv)
set(CADENCE_FUZZ_SEEDS_vcard ${CMAKE_SOURCE_DIR}/tests/data/interop ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/vcard)
set(CADENCE_FUZZ_SEEDS_chunks ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/chunks)
foreach(parser backup csv vcard chunks)
  set(corpus ${CADENCE_SANITIZED_DIR}/corpus/${parser})
  file(MAKE_DIRECTORY ${corpus})
  add_test(NAME fuzz.${parser}
    COMMAND ${CADENCE_SANITIZED_DIR}/tests/fuzz/fuzz_${parser} -max_total_time=35 -timeout=10 -rss_limit_mb=2048
      -print_final_stats=1 -artifact_prefix=${corpus}/ ${corpus} ${CADENCE_FUZZ_SEEDS_${parser}})
  set_tests_properties(fuzz.${parser} PROPERTIES LABELS "native;fuzz" TIMEOUT 120)
endforeach()
